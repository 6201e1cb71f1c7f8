// close() on a server that is not listening: 'close' on the next tick and
// ERR_SERVER_NOT_RUNNING to the callback.
const net = require('net');
const s = new net.Server();
s.on('close', () => console.log('close event'));
const r = s.close((err) => console.log('callback', err.name, err.code, err.message));
console.log('returns server', r === s);
process.nextTick(() => console.log('next tick'));
