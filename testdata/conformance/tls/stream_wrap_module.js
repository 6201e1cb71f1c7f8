// require('_stream_wrap') is JSStreamSocket (deprecated, DEP0125).
const { PassThrough } = require('stream');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const StreamWrap = require('_stream_wrap');
const tls = require('tls');
console.log(StreamWrap.name, typeof StreamWrap, StreamWrap === (new tls.TLSSocket(new PassThrough()))._handle._parentWrap.constructor);
const inner = new PassThrough();
const sock = new StreamWrap(inner);
console.log(sock instanceof require('net').Socket);
sock.on('data', (d) => { console.log('echo', String(d)); sock.destroy(); });
sock.write('ping');
