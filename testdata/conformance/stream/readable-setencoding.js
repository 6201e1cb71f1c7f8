'use strict';
const { Readable } = require('stream');
const log = (s) => console.log(s);
const euro = Buffer.from('€uro ünï 😀');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
log('encoding ' + r.readableEncoding);
const parts = [];
r.on('data', (d) => parts.push(JSON.stringify(d)));
r.on('end', () => { log('utf8 chunks ' + parts.join('|')); next(); });
for (let i = 0; i < euro.length; i += 2) r.push(euro.subarray(i, i + 2));
r.push(null);
function next() {
  const h = new Readable({ read() {}, encoding: 'hex' });
  const out = [];
  h.on('data', (d) => out.push(d));
  h.on('end', () => { log('hex ' + out.join(',')); b64(); });
  h.push(Buffer.from([1, 2, 255]));
  h.push(Buffer.from('A'));
  h.push(null);
}
function b64() {
  const b = new Readable({ read() {} });
  b.push(Buffer.from('hello'));
  b.setEncoding('base64');
  b.push(Buffer.from(' world!'));
  b.push(null);
  let s = [];
  b.on('data', (d) => s.push(d));
  b.on('end', () => log('base64 ' + s.join('|')));
}
