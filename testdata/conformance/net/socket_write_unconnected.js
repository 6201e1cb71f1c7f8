// Writing to a socket that was never connected fails with ERR_SOCKET_CLOSED.
const net = require('net');
const s = new net.Socket();
s.on('error', (e) => console.log('error event', e.code, e.message));
s.on('close', () => console.log('close'));
const ret = s.write('x', (e) => console.log('write callback', e && e.code));
console.log('write returned', ret);
