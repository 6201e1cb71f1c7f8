// The legacy url.parse/format/resolve/resolveObject follow node's own
// algorithm, not the WHATWG parser: whitespace and backslashes, the
// authority's end at non-host characters, tabs dropped from it, a hostname
// cut at ':' (DEP0170), autoEscape of path/query/hash, and RFC 1808-style
// resolution with node's quirks (relative results, mailto: hosts, scheme
// changes, empty sources).
const url = require('url');
process.on('warning', (w) => console.log('warning', w.code));
const show = (u) => JSON.stringify(u);
for (const s of [
  '  \b http://EXAMPLE.com/a b?c d#e f \t',
  'http:\\\\evil-phisher\\foo.html#h\\a\\s\\h',
  'http://a\r" \t\n<\'b:b@c\r\nd/e?f',
  'http://google.com" onload="alert(42)/',
  'git+ssh://git@github.com:npm/npm',
  'http://a@b@c/', 'http://a@b?@c', 'http://a.b/\tbc\ndr?x^y',
  'javascript:alert(1);a=\x27@white-listed.com\x27', 'mailto:user@example.org?subject=x',
  'http://[fe80::1]:8080/x', 'http://[fe80::1]', 'HTTP://www.Example.COM', 'file:///etc/passwd',
  'http://www.ÖFFCHEN.com/', '//user@host/path', '/just/a/path?q=1', 'x.com:80', '?q#h', '',
]) {
  console.log(show(url.parse(s)));
  console.log(show(url.parse(s, true, true)));
}
for (const [base, rel] of [
  ['foo/bar', '../../../baz'], ['/foo/bar/baz', '../../quux'], ['http://a/b/c/d;p?q', '../../../g'],
  ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', 'g;x?y#s'], ['http://a/b/c/d;p?q', ''],
  ['mailto:local1@domain1?query1', 'local2@domain2'], ['mailto:user@example.org', 'mailto:another.host.com'],
  ['mailto:local', 'local/qual@domain.org#frag'], ['https://user:password@example.com', 'https://example.com/foo'],
  ['http://example.com/x', 'https:#hash2'], ['http://example.com/x', 'https:/p'], ['foo:a', 'foo:.'],
  ['http://example.com/b//c//d;p?q#blarg', 'http:/a/b/c/d'], ['#hash1', '#hash2'], ['/a/b', '.'],
  ['http://x.com/a/', '..'], ['fred:///s//a/b/c', '../../../g'], ['', 'foo'],
]) {
  console.log(base, '+', rel, '=', url.resolve(base || '/', rel), show(url.resolveObject(base, rel)));
}
console.log(url.format({ protocol: 'mailto', auth: 'a:b c', hostname: 'x.com', pathname: 'p#q?r', search: 's#t', hash: 'h' }));
console.log(url.format({ protocol: 'file', pathname: '/x' }), url.format({ hostname: 'fe80::1', port: 8 }));
try {
  url.parse('http://\u00ad/');
} catch (e) {
  console.log(e.code, e.message);
}
