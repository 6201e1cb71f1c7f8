'use strict';
// The write half of the tcp_wrap handle contract for handles written in JS
// (TLSHandle in _tls_wrap, JSStreamHandle in internal/js_stream_socket):
// every write method js/net.js calls becomes this.doWrite(req, buffers).

const { Buffer } = require('buffer');
const methods = {
  writeBuffer(req, data) { return this.doWrite(req, [data]); },
  writeUtf8String(req, s) { return this.doWrite(req, [Buffer.from(s, 'utf8')]); },
  writeLatin1String(req, s) { return this.doWrite(req, [Buffer.from(s, 'latin1')]); },
  writeAsciiString(req, s) { return this.doWrite(req, [Buffer.from(s, 'latin1')]); },
  writeUcs2String(req, s) { return this.doWrite(req, [Buffer.from(s, 'utf16le')]); },
  // chunks: buffers (allBuffers), else chunk, encoding pairs.
  writev(req, chunks, allBuffers) {
    const list = [];
    if (allBuffers) {
      for (let i = 0; i < chunks.length; i++) list.push(chunks[i]);
    } else {
      for (let i = 0; i + 1 < chunks.length; i += 2) {
        const c = chunks[i];
        list.push(typeof c === 'string' ? Buffer.from(c, chunks[i + 1]) : c);
      }
    }
    return this.doWrite(req, list);
  },
};

// addWriteMethods gives a handle class the write methods over its doWrite.
function addWriteMethods(Class) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(Class.prototype, name, { value: methods[name], writable: true, configurable: true });
  }
}

module.exports = { addWriteMethods };
