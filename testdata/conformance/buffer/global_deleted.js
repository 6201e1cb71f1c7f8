'use strict';
// The builtins hold their own Buffer: deleting the global before anything
// read it (buffer not loaded yet) leaves streams, net, decoders and crypto
// working, as in node.
delete globalThis.Buffer;
console.log(typeof globalThis.Buffer);

const { Readable, PassThrough, Writable } = require('stream');
const { StringDecoder } = require('string_decoder');
const util = require('util');

process.stdout.write('stdout string\n');
process.stdout.write(new Uint8Array([98, 121, 116, 101, 115, 10]));

const chunks = [];
const w = new Writable({ write(c, e, cb) { chunks.push(`${c.constructor.name}:${e}:${c}`); cb(); } });
w.write('abc');
w.write(new Uint8Array([65, 66]));
w.end('zz', 'hex', () => console.log('writable', chunks.join(' ')));

const p = new PassThrough();
p.setEncoding('utf8');
p.on('data', (d) => console.log('passthrough', JSON.stringify(d)));
p.write('x');
p.write(new Uint8Array([0xc3, 0xa9]));

const bytes = new Readable({ read() {} });
bytes.push('s1');
bytes.push(new Uint8Array([0x32]));
bytes.push(null);
console.log('read', bytes.read().toString());

Readable.from('one string').on('data', (d) => console.log('from', d));

console.log('decoder', new StringDecoder('hex').write(new Uint8Array([1, 255])));
console.log('textdecoder', new TextDecoder().decode(new Uint8Array(40).fill(97)).length);
console.log('textencoder', new TextEncoder().encode('é'.repeat(40)).length);
console.log('inspect', util.inspect(require('buffer').Buffer.from('hi')));
console.log('isBuffer', util.isBuffer(require('buffer').Buffer.alloc(1)));
require('assert').deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
console.log('hash', require('crypto').createHash('sha1').update('x').digest('hex'));
console.log(typeof globalThis.Buffer);
