'use strict';
const { TextEncoder, TextDecoder } = require('util');
const enc = new TextEncoder();
console.log(enc.encoding);
console.log(enc.encode('héllo €😀'));
console.log(enc.encode(''));
console.log(enc.encode('\ud800'));
const dest = new Uint8Array(5);
console.log(enc.encodeInto('a€b', dest), dest);
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
console.log(dec.decode(new Uint8Array([0xe2, 0x82, 0xac, 0x41])));
console.log(JSON.stringify(dec.decode(new Uint8Array([0xff, 0x41, 0xe2, 0x82]))));
console.log(JSON.stringify(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
console.log(dec.decode(enc.encode('round trip ✓')));
const s = new TextDecoder('utf-8');
console.log(JSON.stringify(s.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }) + s.decode(new Uint8Array([0x98, 0x80]))));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code); }
try { new TextDecoder('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0x00, 0x42, 0x00])));
console.log(new TextDecoder('latin1').encoding);
