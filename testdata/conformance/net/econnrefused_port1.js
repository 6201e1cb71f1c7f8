// The classic: connect ECONNREFUSED 127.0.0.1:1, via createConnection and a callback.
const net = require('net');
const c = net.createConnection({ port: 1, host: '127.0.0.1' }, () => console.log('connected?'));
c.on('error', (e) => console.log(e.name, e.message, e.code, e.errno, e.syscall, e.address, e.port));
c.on('close', (hadError) => console.log('close', hadError, c.destroyed));
