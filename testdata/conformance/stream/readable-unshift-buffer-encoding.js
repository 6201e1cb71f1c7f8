'use strict';
// unshift() of Buffers into a stream with an encoding; reads join as text.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
r.push(Buffer.from('ab'));
console.log('unshift', r.unshift(Buffer.from([0xe2, 0x82])), r.readableLength, JSON.stringify(r._readableState.buffer));
console.log('unshift2', r.unshift(Buffer.from('xy')), r.readableLength, JSON.stringify(r._readableState.buffer));
console.log(JSON.stringify(r.read()));
const h = new Readable({ read() {} });
h.setEncoding('hex');
h.unshift(Buffer.from('A'));
console.log(JSON.stringify(h.read()));
