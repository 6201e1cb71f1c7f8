// A socket that never connected: state getters, destroy, close arguments.
const net = require('net');
const s = new net.Socket();
console.log(JSON.stringify([s.readyState, s.pending, s.connecting, s.destroyed, s.bytesRead,
  s.bytesWritten, s.bufferSize, s.remoteAddress, s.remotePort, s.localAddress, s.localPort,
  s.timeout, s.allowHalfOpen, s.readable, s.writable, s.address()]));
s.on('close', function () { console.log('close args', arguments.length); });
s.destroy();
console.log('after destroy', s.destroyed, s.readyState);
const e = new net.Socket();
e.on('error', (err) => console.log('error', err.message));
e.on('close', function () { console.log('close args after error', arguments.length); });
e.destroy(new Error('boom'));
const r = new net.Socket();
r.on('error', (err) => console.log('reset error', err.code, err.message));
r.on('close', (h) => console.log('reset close', h));
console.log('resetAndDestroy returns socket', r.resetAndDestroy() === r);
const h = new net.Socket({ allowHalfOpen: true });
console.log('allowHalfOpen', h.allowHalfOpen);
h.destroy();
