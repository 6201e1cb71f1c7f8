// listen({ signal }): aborting closes the server; an aborted signal closes it at once.
const net = require('net');
const ac = new AbortController();
const server = net.createServer();
server.on('close', () => console.log('closed by abort; listening', server.listening));
server.listen({ port: 0, signal: ac.signal }, () => {
  console.log('listening');
  ac.abort();
});
const ac2 = new AbortController();
ac2.abort();
const s2 = net.createServer();
s2.on('listening', () => console.log('s2 listening event'));
s2.on('close', () => console.log('s2 closed (pre-aborted)'));
s2.listen({ port: 0, signal: ac2.signal });
