'use strict';
const util = require('util');
const show = (s) => JSON.stringify(s);
const d = new TextDecoder();
console.log(d, new TextEncoder(), Object.prototype.toString.call(d), Object.prototype.toString.call(new TextEncoder()));
console.log(util.inspect({ d, e: new TextEncoder() }, { depth: 0 }), util.inspect([new TextDecoder('utf-16le', { fatal: true })]));
console.log(Object.keys(d), Object.getOwnPropertyNames(TextDecoder.prototype), Object.getOwnPropertyNames(TextEncoder.prototype));
console.log(Object.keys(TextDecoder.prototype), Object.keys(TextEncoder.prototype));
for (const l of ['utf8', ' UTF-8 ', 'unicode-1-1-utf-8', 'utf-16', 'UCS-2', 'utf-16be', 'latin1', 'ascii', 'windows-1252', 'iso-8859-1']) console.log(show(l), new TextDecoder(l).encoding);
for (const bad of ['x', 'utf-32', '', 'utf16']) { try { new TextDecoder(bad); } catch (e) { console.log(e.name, e.code, e.message, Object.keys(e)); } }
try { new TextDecoder('utf-8', 5); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(show(d.decode()), show(d.decode(new ArrayBuffer(2))), show(d.decode(new DataView(new Uint8Array([0x41, 0x42]).buffer, 1))), show(d.decode(new Uint16Array([0x4241]))));
try { d.decode('str'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(show(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]))));
const s = new TextDecoder();
console.log(show(s.decode(new Uint8Array([0xef, 0xbb]), { stream: true })), show(s.decode(new Uint8Array([0xbf, 0x41]), { stream: true })), show(s.decode(new Uint8Array([0xef, 0xbb, 0xbf]))));
console.log(show(s.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))));
const s2 = new TextDecoder();
console.log(show(s2.decode(new Uint8Array([0xf0, 0x9f]), { stream: true })), show(s2.decode(new Uint8Array([0x98]), { stream: true })), show(s2.decode(new Uint8Array([0x80, 0x21]))));
console.log(show(s2.decode(new Uint8Array([0xf0, 0x9f]), { stream: true })), show(s2.decode()));
console.log(show(s2.decode(new Uint8Array([0xe2, 0x28, 0xa1]))), show(s2.decode(new Uint8Array([0xff, 0xc0, 0x80, 0xed, 0xa0, 0x80]))));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc3])); } catch (e) { console.log(e.name, e.code, e.message, Object.keys(e)); }
const f = new TextDecoder('utf-8', { fatal: true });
console.log(show(f.decode(new Uint8Array([0xc3]), { stream: true })), show(f.decode(new Uint8Array([0xa9]))));
const u = new TextDecoder('utf-16le');
console.log(show(u.decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))), show(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))));
console.log(show(u.decode(new Uint8Array([0x00, 0xd8, 0x41, 0x00]))), show(u.decode(new Uint8Array([0x41, 0x00, 0x42]))));
console.log(show(u.decode(new Uint8Array([0x3d, 0xd8]), { stream: true })), show(u.decode(new Uint8Array([0x00, 0xde]))));
console.log(show(u.decode(new Uint8Array([0x3d]), { stream: true })), show(u.decode(new Uint8Array([0xd8, 0x00]), { stream: true })), show(u.decode(new Uint8Array([0xde]))));
try { new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xd8])); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(show(new TextDecoder('utf-16be').decode(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00]))));
console.log(show(new TextDecoder('latin1').decode(new Uint8Array([0x41, 0xe9, 0xff, 0xef, 0xbb, 0xbf]))));
const e = new TextEncoder();
console.log(e.encode(undefined), e.encode(null), e.encode(12), e.encode(), e.encode('héllo €😀 \ud800'));
console.log(e.encodeInto('a\ud800b', new Uint8Array(10)), e.encodeInto('😀x', new Uint8Array(5)), e.encodeInto('😀', new Uint8Array(3)), e.encodeInto('héllo', new Uint8Array(3)));
try { e.encodeInto('x', []); } catch (er) { console.log(er.code, er.message); }
try { e.encodeInto(1, new Uint8Array(2)); } catch (er) { console.log(er.code, er.message); }
const long = 'long text é€😀 '.repeat(200);
const bytes = e.encode(long);
console.log(bytes.length, bytes.constructor.name, new TextDecoder().decode(bytes) === long);
let acc = '';
const sd = new TextDecoder();
for (let i = 0; i < bytes.length; i += 37) acc += sd.decode(bytes.subarray(i, i + 37), { stream: true });
acc += sd.decode();
console.log(acc === long);
const bad = new Uint8Array(100).map((_, i) => (i % 7 === 0 ? 0xff : 0x61 + (i % 26)));
console.log(show(new TextDecoder().decode(bad)));
const lat = new TextDecoder('latin1');
const hi = Uint8Array.from([0x41, 0x80, 0x82, 0x9f, 0xe9]);
console.log(show(lat.decode(hi)), show(lat.decode(hi, { stream: true })), show(lat.decode(hi)));
