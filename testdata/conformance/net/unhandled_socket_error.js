// A socket 'error' with no listener is an uncaught exception: exit code 1.
const net = require('net');
process.on('exit', (code) => console.log('exit', code));
console.log('connecting without an error listener');
net.connect(1, '127.0.0.1');
