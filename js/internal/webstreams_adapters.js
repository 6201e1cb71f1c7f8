'use strict';
// Bridges between node's streams and WHATWG streams: Readable.fromWeb/toWeb,
// Writable.fromWeb/toWeb, Duplex.fromWeb/toWeb. Each side drives the other
// through its public API only: a web reader or writer on one end, a node
// stream's read/write/'data'/'drain' on the other, so backpressure passes
// through (a Readable made from a web stream reads only when pulled; a web
// stream made from a Readable pauses it while its queue is full).

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const ws = require('internal/webstreams');
// (queueMicrotask is ours, not the global a script can replace; set by
// the bootstrap, so read when called)
const timersInternal = require('internal/timers');

// What a Writable made from a web stream hands its writer: strings encoded,
// anything else (a Buffer is a Uint8Array) as it was written, as node's.
function toUint8(chunk, encoding) {
  if (typeof chunk === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') return new (require('internal/encoding').TextEncoder)().encode(chunk);
    const b = Buffer.from(chunk, encoding);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  }
  return chunk;
}

function newReadableFromReadableStream(readableStream, options = {}) {
  if (!ws.isReadableStream(readableStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  if (options === null || typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new codes.ERR_INVALID_ARG_VALUE('options.encoding', encoding);
  }
  const { Readable } = require('stream');
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) readable.push(null);
        // The chunk as the web stream gave it, as node's (a Buffer stays
        // that Buffer; push makes a Buffer view of another Uint8Array).
        else readable.push(value);
      }, (e) => readable.destroy(e));
    },
    destroy(error, callback) {
      const done = () => timersInternal.queueMicrotask(() => callback(error));
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => { closed = true; }, (e) => {
    closed = true;
    readable.destroy(e);
  });
  return readable;
}

function newReadableStreamFromReadable(readable, options = {}) {
  const { isReadableNodeStream } = require('internal/streams/utils');
  if (readable === null || typeof readable !== 'object' || typeof readable.on !== 'function' ||
      !isReadableNodeStream(readable)) {
    throw new codes.ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', readable);
  }
  const objectMode = readable.readableObjectMode;
  const strategy = options && options.strategy ? options.strategy :
    objectMode ? new ws.CountQueuingStrategy({ highWaterMark: readable.readableHighWaterMark }) :
      { highWaterMark: readable.readableHighWaterMark, size: (chunk) => chunk.byteLength || chunk.length || 1 };
  let controller;
  const onData = (chunk) => {
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) readable.pause();
  };
  const { finished } = require('stream');
  return new ws.ReadableStream({
    start(c) {
      controller = c;
      readable.on('data', onData);
      finished(readable, (error) => {
        readable.removeListener('data', onData);
        if (error) {
          try { controller.error(error); } catch { /* already closed */ }
          return;
        }
        try { controller.close(); } catch { /* already closed */ }
      });
      readable.pause();
    },
    pull() { readable.resume(); },
    cancel(reason) { readable.destroy(reason); },
  }, strategy);
}

function newWritableFromWritableStream(writableStream, options = {}) {
  if (!ws.isWritableStream(writableStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options || {};
  const { Writable } = require('stream');
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      writer.ready.then(() => Promise.all(chunks.map(({ chunk, encoding }) => writer.write(toUint8(chunk, encoding)))))
        .then(() => callback(), callback);
    },
    write(chunk, encoding, callback) {
      writer.ready.then(() => writer.write(objectMode ? chunk : toUint8(chunk, encoding))).then(() => callback(), callback);
    },
    final(callback) {
      if (closed) {
        callback();
        return;
      }
      writer.close().then(() => callback(), callback);
    },
    destroy(error, callback) {
      const done = () => timersInternal.queueMicrotask(() => callback(error));
      if (!closed) {
        if (error != null) {
          writer.abort(error).then(done, done);
          return;
        }
        writer.close().then(done, done);
        return;
      }
      done();
    },
  });
  writer.closed.then(() => { closed = true; }, (e) => {
    closed = true;
    writable.destroy(e);
  });
  return writable;
}

function newWritableStreamFromWritable(writable) {
  const { isWritableNodeStream } = require('internal/streams/utils');
  if (writable === null || typeof writable !== 'object' || !isWritableNodeStream(writable)) {
    throw new codes.ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', writable);
  }
  const { finished } = require('stream');
  let controller;
  let backpressure = null;
  const onDrain = () => {
    if (backpressure !== null) {
      const b = backpressure;
      backpressure = null;
      b();
    }
  };
  return new ws.WritableStream({
    start(c) {
      controller = c;
      writable.on('drain', onDrain);
      finished(writable, (error) => {
        writable.removeListener('drain', onDrain);
        if (error) {
          try { controller.error(error); } catch { /* already errored */ }
        }
      });
    },
    write(chunk) {
      if (writable.writableNeedDrain || !writable.write(chunk)) {
        return new Promise((resolve) => { backpressure = resolve; });
      }
      return undefined;
    },
    abort(reason) { writable.destroy(reason); },
    close() {
      return new Promise((resolve, reject) => {
        finished(writable, (error) => (error ? reject(error) : resolve()));
        writable.end();
      });
    },
  }, { highWaterMark: writable.writableHighWaterMark, size: (chunk) => chunk.byteLength || chunk.length || 1 });
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  if (pair === null || typeof pair !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('pair', 'Object', pair);
  const { readable: readableStream, writable: writableStream } = pair;
  if (!ws.isReadableStream(readableStream)) throw new codes.ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  if (!ws.isWritableStream(writableStream)) throw new codes.ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  const { Duplex } = require('stream');
  const readable = newReadableFromReadableStream(readableStream, options);
  const writable = newWritableFromWritableStream(writableStream, options);
  const duplex = new Duplex({
    allowHalfOpen: !!(options && options.allowHalfOpen !== false),
    objectMode: !!(options && options.objectMode),
    read() { readable.resume(); },
    write(chunk, encoding, callback) { writable.write(chunk, encoding, callback); },
    final(callback) { writable.end(callback); },
    destroy(error, callback) {
      readable.destroy(error);
      writable.destroy(error);
      callback(error);
    },
  });
  readable.on('data', (chunk) => { if (!duplex.push(chunk)) readable.pause(); });
  readable.on('end', () => duplex.push(null));
  readable.on('error', (e) => duplex.destroy(e));
  writable.on('error', (e) => duplex.destroy(e));
  return duplex;
}

function newReadableWritablePairFromDuplex(duplex) {
  return {
    readable: newReadableStreamFromReadable(duplex),
    writable: newWritableStreamFromWritable(duplex),
  };
}

module.exports = {
  newReadableFromReadableStream,
  newReadableStreamFromReadable,
  newWritableFromWritableStream,
  newWritableStreamFromWritable,
  newStreamDuplexFromReadableWritablePair,
  newReadableWritablePairFromDuplex,
};
