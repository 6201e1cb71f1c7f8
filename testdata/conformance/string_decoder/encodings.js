'use strict';
const { StringDecoder } = require('string_decoder');
const show = (s) => JSON.stringify(s);
for (const enc of [undefined, 'utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary',
  'base64', 'base64url', 'hex', 'ascii', 'BASE64']) {
  console.log(String(enc), new StringDecoder(enc).encoding);
}
for (const bad of ['nope', 'utf9', 'raw']) {
  try { new StringDecoder(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const u16 = new StringDecoder('utf16le');
console.log(show(u16.write(Buffer.from([0x61]))), show(u16.write(Buffer.from([0x00, 0x62]))), show(u16.write(Buffer.from([0x00]))));
// Surrogate pair split across writes.
console.log(show(u16.write(Buffer.from([0x3d, 0xd8]))), show(u16.write(Buffer.from([0x00, 0xde]))));
console.log(show(u16.write(Buffer.from([0x3d, 0xd8, 0x00]))), show(u16.write(Buffer.from([0xde]))));
console.log(show(u16.write(Buffer.from([0x3d]))), show(u16.end()));
console.log(show(u16.write(Buffer.from([0x3d, 0xd8]))), show(u16.end()));
const b64 = new StringDecoder('base64');
console.log(b64.write(Buffer.from('a')), b64.write(Buffer.from('b')), b64.write(Buffer.from('cd')), b64.end());
console.log(b64.write(Buffer.from('hello world!')), b64.end(Buffer.from('?')));
const b64u = new StringDecoder('base64url');
console.log(b64u.write(Buffer.from([0xfb, 0xff])), b64u.end());
console.log(b64u.write(Buffer.from([0xfb, 0xff, 0xfe, 0x01])), b64u.end());
const hex = new StringDecoder('hex');
console.log(hex.write(Buffer.from([0, 15, 255])), hex.end(Buffer.from([16])));
const latin1 = new StringDecoder('latin1');
console.log(show(latin1.write(Buffer.from([0x41, 0xe9, 0xff, 0x80]))), show(latin1.end()));
const ascii = new StringDecoder('ascii');
console.log(show(ascii.write(Buffer.from([0x41, 0xe9, 0xff, 0x80]))), show(ascii.end()));
