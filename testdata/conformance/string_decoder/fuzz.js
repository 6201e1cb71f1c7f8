'use strict';
// Deterministic pseudo-random byte streams split at random points; prints a
// digest of every write()/end() result so any divergence shows up.
const { StringDecoder } = require('string_decoder');
let seed = 7;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const pool = [0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xa0, 0xed, 0x9f, 0xef, 0xf0, 0x90,
  0xf4, 0x8f, 0xf5, 0xff, 0xe2, 0x82, 0xac, 0x9f, 0x98, 0x00, 0xd8, 0xdc, 0x3d];
function codes(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16) + '.';
  return out;
}
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  const lines = [];
  for (let iter = 0; iter < 60; iter++) {
    const n = rnd(16);
    const bytes = [];
    for (let i = 0; i < n; i++) bytes.push(pool[rnd(pool.length)]);
    const d = new StringDecoder(enc);
    const parts = [];
    let pos = 0;
    while (pos < n) {
      const c = 1 + rnd(4);
      parts.push(codes(d.write(Buffer.from(bytes.slice(pos, pos + c)))));
      pos += c;
    }
    parts.push(codes(d.end()));
    lines.push(parts.join('|'));
  }
  console.log(enc);
  console.log(lines.join('\n'));
}
// Longer chunks (valid and invalid UTF-8 mixed with text).
const text = Buffer.from('plain ascii text, ünïcödé, €uro and 😀 emoji; ');
const lines = [];
for (let iter = 0; iter < 80; iter++) {
  const bytes = [];
  const n = 40 + rnd(120);
  for (let i = 0; i < n; i++) bytes.push(rnd(20) === 0 ? pool[rnd(pool.length)] : text[rnd(text.length)]);
  const d = new StringDecoder('utf8');
  const parts = [];
  let pos = 0;
  while (pos < n) {
    const c = 1 + rnd(70);
    parts.push(codes(d.write(Buffer.from(bytes.slice(pos, pos + c)))));
    pos += c;
  }
  parts.push(codes(d.end()));
  lines.push(parts.join('|'));
}
console.log('utf8 long');
console.log(lines.join('\n'));
