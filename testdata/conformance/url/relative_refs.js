// References against special, file and opaque-host bases: path-absolute ones (the fast path when
// nothing needs normalizing) and the ones the parser must normalize or reject.
const bases = ['http://user:pw@Host.com:8080/b/c/d?q#f', 'https://a.b/', 'ws://x/y', 'file:///tmp/x', 'sc://host/p', 'http://[::1]/'];
const refs = ['/', '/a', '/a//b', '/a/./b', '/a/../b', '/.x', '/%2e/', '/a?x=1&y=\'2\'', '/a#frag#2', '//evil.com/x', '/a b', '/a\\b', '/é', '/a?q#f', '/a/%2E%2e/b', '/%41', '/a;b=c:d@e', '/?', '/#', '/a/.', '/a/..'];
for (const b of bases) for (const r of refs) {
  try { const u = new URL(r, b); console.log(b, r, u.href, u.pathname, u.search, u.hash); } catch (e) { console.log(b, r, 'ERR', e.code); }
}
