// An 'uncaughtException' handler receives a socket error that has no listener.
const net = require('net');
process.on('uncaughtException', (err, origin) => {
  console.log('uncaught', origin, err.code, err.message);
});
net.connect(1, '127.0.0.1').on('close', (h) => console.log('close', h));
