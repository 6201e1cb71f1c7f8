'use strict';
const { MIMEType, MIMEParams } = require('util');
const inputs = ['text/html', 'TEXT/HTML; Charset="UTF-8"', ' application/json ; a=1;b="x y";c=;d;=e;A=dup ',
  'text/plain;x="a\\"b\\\\c";y="unterminated', 'a/b;p=v;p=w', 'image/svg+xml', 'text/html;charset=gbk;', 'x/y ; z = 1',
  'text/html;q="";r="\\"";s=é', 'bad', '/html', 'text/', 'te xt/html', 'text/ht ml', '', 'text/html;\u00e9=1', 'a/b;c="d"e;f=g'];
for (const i of inputs) {
  try {
    const m = new MIMEType(i);
    console.log(JSON.stringify(i), '->', m.type, m.subtype, m.essence, String(m), JSON.stringify(m), [...m.params].join('|'));
  } catch (e) {
    console.log(JSON.stringify(i), e.name, e.code, e.message);
  }
}
const m = new MIMEType('text/html;a=1');
m.type = 'Application';
m.subtype = 'XHTML+XML';
m.params.set('B', 'needs quote');
m.params.set('c', '');
console.log(String(m), m.params.has('a'), m.params.get('b'), m.params.get('zz'));
m.params.delete('a');
console.log(String(m), [...m.params.keys()], [...m.params.values()], [...m.params.entries()]);
for (const bad of [['type', 'a b'], ['type', ''], ['subtype', 'x/y']]) {
  try { m[bad[0]] = bad[1]; } catch (e) { console.log(e.name, e.code, e.message); }
}
try { m.params.set('bad key', 'v'); } catch (e) { console.log(e.name, e.code, e.message); }
try { m.params.set('k', 'bad\u0001'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(m, m.params);
const p = new MIMEParams();
p.set('x', '1');
console.log(p.toString(), p.toJSON(), String(p));
console.log(`${new MIMEType('a/b')}`);
