'use strict';
// JSStreamSocket: a net.Socket over any Duplex, as node's internal
// js_stream_socket. The socket's handle (JSStreamHandle) keeps the
// tcp_wrap handle contract js/net.js speaks (readStart/readStop,
// writeBuffer/writev with req.async and req.oncomplete, shutdown, close,
// onread(nread, buf) with UV_EOF at the end) over the Duplex's 'data',
// 'end', write(), end() and destroy(). A TLSSocket made over a Duplex that
// is not a net.Socket exposes one as its handle's _parentWrap, which
// http2-wrapper (got) takes the class from to give its proxies sockets.

const { Buffer } = require('buffer');
const net = require('net');

const UV_EOF = -4095;
const UV_ECONNRESET = -104;
const UV_EPIPE = -32;

function noop() {}

class JSStreamHandle {
  constructor(stream) {
    this.stream = stream;
    this.owner = null;
    this.onread = noop;
    this.reading = false;
    this.closed = false;
    this.bytesRead = 0;
    this.bytesWritten = 0;
    this.writeQueueSize = 0;
    stream.pause();
    stream.on('data', (chunk) => {
      if (this.closed) return;
      if (!(chunk instanceof Uint8Array)) chunk = Buffer.from(chunk);
      else if (!Buffer.isBuffer(chunk)) chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      this.bytesRead += chunk.length;
      this.onread(chunk.length, chunk);
    });
    stream.once('end', () => {
      if (!this.closed) this.onread(UV_EOF);
    });
    stream.once('error', () => {
      if (!this.closed) this.onread(UV_ECONNRESET);
    });
  }

  readStart() {
    if (!this.closed) this.stream.resume();
    return 0;
  }

  readStop() {
    if (!this.closed) this.stream.pause();
    return 0;
  }

  // Every write completes when the Duplex calls back (req.async).
  doWrite(req, chunks) {
    const stream = this.stream;
    if (this.closed || stream.destroyed || stream.writableEnded) return UV_EPIPE;
    let n = 0;
    for (const c of chunks) n += c.length;
    req.bytes = n;
    req.async = true;
    this.writeQueueSize += n;
    let pending = chunks.length;
    let failed = null;
    const done = (err) => {
      if (err && failed === null) failed = err;
      if (--pending > 0) return;
      this.writeQueueSize -= n;
      this.bytesWritten += n;
      if (typeof req.oncomplete === 'function') req.oncomplete(failed ? UV_EPIPE : 0, this, failed || undefined);
    };
    if (pending === 0) {
      pending = 1;
      process.nextTick(done, null);
      return 0;
    }
    for (const c of chunks) stream.write(c, done);
    return 0;
  }

  shutdown(req) {
    const stream = this.stream;
    if (this.closed) return -107; // ENOTCONN
    const complete = () => { if (typeof req.oncomplete === 'function') req.oncomplete(0, this, undefined); };
    if (stream.writableEnded || stream.destroyed) process.nextTick(complete);
    else stream.end(complete);
    return 0;
  }

  close(cb) {
    if (this.closed) return;
    this.closed = true;
    const stream = this.stream;
    const done = () => { if (typeof cb === 'function') cb(); };
    if (!stream.destroyed) {
      stream.once('close', done);
      stream.destroy();
    } else {
      process.nextTick(done);
    }
  }

  ref() {}
  unref() {}
  hasRef() { return true; }
  getAsyncId() { return -1; }
  useUserBuffer() {}
  setNoDelay() { return 0; }
  setKeepAlive() { return 0; }
  getsockname() { return -22; } // EINVAL: a stream has no address
  getpeername() { return -22; }
}
require('internal/handle_writes').addWriteMethods(JSStreamHandle);

class JSStreamSocket extends net.Socket {
  constructor(stream) {
    super({ handle: new JSStreamHandle(stream), manualStart: true });
    this.stream = stream;
    stream.once('close', () => { if (!this.destroyed) this.destroy(); });
    this.read(0);
  }
}

module.exports = JSStreamSocket;
