// WHATWG URL: parsing (special, file, opaque, IPv4/IPv6, IDNA, percent-encoding), setters,
// searchParams tied to the URL, URLSearchParams, inspect, node's module helpers.
const url = require('url');
const tests = [
  ['http://EXAMPLE.com:80/a/./b/../c?q=1 2#f g'], ['HTTPS://a.b:443'], ['http://0x7f.1/'], ['http://1.2.3.4.5/'], ['http://[1:0:0:0:0:0:0:1]/'],
  ['http://[::ffff:192.168.0.1]/'], ['file:///C|/x'], ['file:c:\\foo\\bar', 'file:///d:/'], ['../x', 'http://a/b/c/d'], ['//host/p', 'https://q/'],
  ['mailto:me@x.com?subject=hi'], ['javascript:alert(1)  '], ['data:text/plain,hello#frag'], ['blob:https://a.com/uuid'], ['non-spec://host:99/p/../q'],
  ['http://user@:80'], ['http://a b/'], ['http://ex%41mple.com/'], ['http://münchen.de/'], ['http://xn--mnchen-3ya.de/'], ['http://a/%2e%2E/b'],
  ['sc://ñ.test/'], ['sc:/a/./../b'], ['https://x/?a=\'b\''], ['foo://bar?a=\'b\''], ['http://@/'], ['http://a:b@c:99999/'], ['http:/\\/\\a'],
  ['?x', 'http://a/b?c#d'], ['#y', 'sc:opaque'], ['', 'http://a/b?c#d'], ['http://192.168.0.257/'], ['http://0300.0250.00.01/'], ['ws://x:80/'],
  ['http://\u0000a/'], ['http://a.b.c./'], ['http://1.2.3.09/'], ['https://faß.ExAmPlE/'], ['http://a\u200Db/'], ['http://[::1.2.3.4]/'], ['http://[1::2::3]/'],
  ['https://ex.com/\ud800'], ['file://localhost/etc/x'], ['file:////x'], ['http://a/^{}|`'], ['sc://a/^{}|`\'"'],
];
for (const [i, b] of tests) {
  try { const u = new URL(i, b); console.log(JSON.stringify(i), u.href, u.origin, u.host, u.pathname, u.search, u.hash); }
  catch (e) { console.log(JSON.stringify(i), 'ERR', e.code, e.message, e.input, e.base); }
}
const u = new URL('http://a.com:8080/p?x=1#h');
u.protocol = 'https'; console.log(u.href);
u.protocol = 'foo'; console.log(u.href);
u.host = 'b.com:9'; console.log(u.href);
u.host = 'c.com:abc'; console.log(u.href);
u.hostname = 'd.com:1'; console.log(u.href);
u.port = '443'; console.log(u.href);
u.port = '80x'; console.log(u.href);
u.port = ''; console.log(u.href);
u.port = '99999'; console.log(u.href);
u.username = 'a b@'; u.password = 'p:w'; console.log(u.href);
u.pathname = '/x y/../z?#'; console.log(u.href);
u.search = 'a=1&b=2 3'; console.log(u.href, [...u.searchParams]);
u.searchParams.append('c', 'é &'); console.log(u.href);
u.searchParams.delete('a'); console.log(u.href);
u.searchParams.sort(); console.log(u.href, u.searchParams.size);
u.hash = 'x y'; console.log(u.href);
u.hash = ''; u.search = ''; console.log(u.href);
u.href = 'http://new/'; console.log(u.href, String(u.searchParams));
try { u.href = 'bad' } catch (e) { console.log(e.code, e.input) }
const o = new URL('sc:opaque  ?q#f'); o.hash=''; o.search=''; console.log(JSON.stringify(o.href));
const sp = new URLSearchParams({ a: 1, b: 'x' }); console.log(sp.toString(), sp.get('a'), sp.getAll('b'), sp.has('c'));
console.log(new URLSearchParams([['a', 'b'], ['c', 'd']]).toString(), new URLSearchParams('?a=%zz&b=%C3%A9+x&c').toString());
try { new URLSearchParams([['a']]) } catch (e) { console.log(e.code, e.message) }
try { new URLSearchParams({ [Symbol.iterator]: 1 }) } catch (e) { console.log(e.code, e.message) }
const it = new URLSearchParams('a=1&b=2').keys(); console.log(it, it.next(), it);
console.log(new URLSearchParams('a=1&b=2').entries());
console.log(url.format(new URL('http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'), { unicode: true, auth: false, search: false, fragment: false }));
console.log(url.format(new URL('http://user:pass@x.com/a?a=b#c'), { fragment: 0 }));
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'), JSON.stringify(url.domainToASCII('xn--iñvalid.com')), url.domainToASCII('1.2.3'));
console.log(Object.keys(URL.prototype), Object.keys(URLSearchParams.prototype), Object.keys(URL));
console.log(String(new URL('http://a')), JSON.stringify({ u: new URL('http://b') }), Object.prototype.toString.call(new URL('http://a')));
console.log(url.urlToHttpOptions(new URL('http://u:p@[::1]:8/x?y')));
console.log(url.pathToFileURL('/tmp/a b%#?\n').href, url.fileURLToPath('file:///tmp/a%20b'));
console.log(new URLSearchParams('a=1&a=2&b=3'), new URLSearchParams(''));
console.log([new URL('http://x/')]);
console.log(new URLSearchParams('x=' + 'y'.repeat(80)));
try { URL.prototype.href } catch (e) { console.log(e.code, e.message) }
try { URLSearchParams.prototype.get.call({}, 'a') } catch (e) { console.log(e.code, e.message) }
class MyURL extends URL {} ; console.log(new MyURL('http://sub/'));
