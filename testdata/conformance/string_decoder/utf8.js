'use strict';
const { StringDecoder } = require('string_decoder');
const show = (s) => JSON.stringify(s);
const d = new StringDecoder('utf8');
console.log(d.encoding);
// Euro sign split across three writes.
console.log(show(d.write(Buffer.from([0xe2]))), show(d.write(Buffer.from([0x82]))), show(d.write(Buffer.from([0xac]))));
// Emoji split 1+3 and 3+1.
console.log(show(d.write(Buffer.from([0xf0]))), show(d.write(Buffer.from([0x9f, 0x98, 0x80]))));
console.log(show(d.write(Buffer.from([0xf0, 0x9f, 0x98]))), show(d.write(Buffer.from([0x80, 0x41]))));
// Incomplete sequence interrupted by ASCII.
console.log(show(d.write(Buffer.from([0xe2, 0x82]))), show(d.write(Buffer.from([0x41]))));
// Invalid bytes.
console.log(show(d.write(Buffer.from([0xff, 0xfe, 0x41, 0x80, 0xc0, 0xaf]))));
// end() with leftovers.
console.log(show(d.write(Buffer.from([0xe2, 0x82]))), show(d.end()));
console.log(show(d.write(Buffer.from([0xf0]))), show(d.end(Buffer.from([0x9f]))));
console.log(show(d.end()), show(d.end(Buffer.from('fine'))));
// Strings pass through; other types are rejected.
console.log(show(d.write('already a string')));
try { d.write(42); } catch (e) { console.log(e.name, e.code, e.message); }
try { d.write(null); } catch (e) { console.log(e.name, e.code, e.message); }
// Typed arrays and DataViews are accepted.
console.log(show(d.write(new Uint8Array([0x68, 0x69]))), show(d.write(new DataView(new Uint8Array([0x21]).buffer))));
const long = Buffer.from('ü'.repeat(1000));
let out = '';
for (let i = 0; i < long.length; i += 7) out += d.write(long.subarray(i, i + 7));
out += d.end();
console.log(out.length, out === 'ü'.repeat(1000));
