'use strict';
// stream/consumers: read a whole stream (a node Readable, a web
// ReadableStream or any async iterable) into one value.

const { Buffer } = require('buffer');
const { TextDecoder: Decoder } = require('util');

// each calls fn with every chunk of stream, in order (goja has no
// for await in builtins, which are not transpiled).
async function each(stream, fn) {
  const it = stream[Symbol.asyncIterator]();
  for (;;) {
    const { value, done } = await it.next();
    if (done) return;
    fn(value);
  }
}

async function chunksOf(stream) {
  const chunks = [];
  await each(stream, (chunk) => {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) :
      ArrayBuffer.isView(chunk) ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) :
        chunk instanceof ArrayBuffer ? Buffer.from(chunk) : Buffer.from(String(chunk)));
  });
  return chunks;
}

// arrayBuffer is the bytes in an ArrayBuffer of their own; buffer a Buffer
// over it (not a slice of the Buffer pool), as node's.
async function arrayBuffer(stream) {
  const b = Buffer.concat(await chunksOf(stream));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function blob(stream) {
  return new Blob(await chunksOf(stream));
}

async function text(stream) {
  const dec = new Decoder();
  let out = '';
  await each(stream, (chunk) => {
    out += typeof chunk === 'string' ? chunk : dec.decode(chunk, { stream: true });
  });
  return out + dec.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
