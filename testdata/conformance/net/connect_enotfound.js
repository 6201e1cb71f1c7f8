// A host name that does not resolve: the lookup error ends the connection
// attempt as node's getaddrinfo ENOTFOUND.
const net = require('net');
const c = net.connect({ port: 80, host: 'no-such-host.invalid', family: 4 });
c.on('lookup', (err, address, family, host) => console.log('lookup', err && err.code, address, family, host));
c.on('error', (e) => console.log(e.message, e.code, e.errno, e.syscall, e.hostname));
c.on('close', (h) => console.log('close', h));
