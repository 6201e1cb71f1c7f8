// URL statics (parse, object URLs), searchParams iterators and inspect
// options, error codes of URLSearchParams' constructor and receivers.
const util = require('util');
const { Blob, resolveObjectURL } = require('buffer');
const b = new Blob(['hi']);
const id = URL.createObjectURL(b);
console.log(/^blob:nodedata:[0-9a-f-]{36}$/.test(id), resolveObjectURL(id) instanceof Blob);
URL.revokeObjectURL(id);
console.log(resolveObjectURL(id));
console.log(URL.parse('nope'), URL.parse('/a', 'http://b').href);
const sp = new URLSearchParams('?a=a&b=b&b=c');
console.log(util.inspect(sp, { breakLength: 1 }));
console.log(util.inspect(sp.keys(), { breakLength: 1 }));
console.log(util.inspect(sp, { depth: -1 }));
const it = sp.entries(); it.next(); it.next(); it.next();
console.log(util.inspect(it));
for (const bad of [[[1]], [[1, 2, 3]], [{}], ['a'], [null], { [Symbol.iterator]: 42 }, { [Symbol('s')]: 1 }]) {
  try { new URLSearchParams(bad); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { sp[util.inspect.custom].call(); } catch (e) { console.log(e.code); }
try { sp.append('x'); } catch (e) { console.log(e.code, e.message); }
try { sp.forEach(1); } catch (e) { console.log(e.code, e.message); }
const u = new URL('http://a/?x=1');
const p = u.searchParams;
u.search = '?y=2&y=3';
console.log(p.getAll('y'), p.size, u.searchParams === p);
p.set('y', 'z'); console.log(u.href);
u.href = 'http://b/#h'; console.log([...p], u.search);
console.log(new URL('HTTP://[0:0:0:0:0:ffff:7f00:1]:0/').href, new URL('http://[::]/').host);
let n = 0; for (let i = 0; i < 2000; i++) if (URL.canParse(`https://www.example.com/p${i}/?q=${i}#h`)) n++;
console.log(n);
// Percent-decoding: a kept BOM, invalid UTF-8 and stray '%' as node decodes them.
const bom = new URLSearchParams('a=%EF%BB%BFx&b=%EF%BB%BF%FF&c=%zz%4&d=%C3%A9%20%2B+');
console.log(bom.get('a').length, JSON.stringify([bom.get('b'), bom.get('c'), bom.get('d')]), new URL('http://%EF%BB%BFa.com/').host);
