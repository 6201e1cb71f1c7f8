// The legacy url API: url.parse (with and without query parsing), url.format of
// parsed objects and of plain objects, url.resolve.
const url = require('url');
for (const s of ['http://user:pw@Example.COM:8080/p/a/t/h?query=string&a=1&a=2#hash', '/path?x=1', 'http://127.0.0.1:3000/', '//foo/bar', 'mailto:a@b.c', 'a b/c?d e', 'https://[::1]:80/x', '/a/../b', 'http://x.com']) {
  const u = url.parse(s, true);
  console.log(JSON.stringify({ ...u, query: u.query && { ...u.query } }));
  console.log(url.format(u), url.format(url.parse(s)));
}
console.log(url.resolve('/one/two/three', 'four'), url.resolve('http://example.com/', '/one'), url.resolve('http://example.com/one', '/two'), url.resolve('http://a/b/c', '../d'));
console.log(url.format({ protocol: 'https', hostname: 'x.com', pathname: '/p', query: { a: 1, b: [2, 3] } }));
