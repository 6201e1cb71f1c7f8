// AsyncLocalStorage through a TCP echo server's callbacks, three clients at
// once: each client's store (set with run() around net.connect) is the one
// seen in its 'connect', every 'data' (the server answers in several
// writes, timers apart, each once the client read the one before) and
// 'end' callback and in the timers and promises started there. On the
// server, the store of listen()'s caller is seen in 'connection', and none
// in the sockets' 'data' (node gives an accepted socket the context of the
// listening handle's callback, not of the 'connection' handler).
const net = require('net');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const lines = [];
const server = net.createServer((socket) => {
  lines.push(`server connection store=${als.getStore()}`);
  let name = null;
  let i = 0;
  const next = () => (i === 3 ? socket.end() : socket.write(`${name}${i++};`));
  // The client's name, then its ack of each piece it read: a piece goes
  // (a timer after the ack) once the one before was read, so under load
  // no read joins two of them.
  socket.on('data', (d) => {
    if (name !== null) return setTimeout(next, 3);
    lines.push(`server data store=${als.getStore()}`);
    name = d.toString();
    next();
  });
});

als.run('server', () => server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let left = 3;
  for (const name of ['a', 'b', 'c']) {
    als.run({ client: name }, () => {
      const c = net.connect(port, '127.0.0.1', () => {
        lines.push(`client ${name} connect store=${als.getStore().client}`);
        c.write(name);
      });
      let chunks = 0;
      let got = '';
      c.on('data', (d) => {
        chunks++;
        got += d;
        if (als.getStore().client !== name) lines.push(`client ${name} data WRONG store`);
        c.write('k');
      });
      c.on('end', () => {
        Promise.resolve().then(() => {
          lines.push(`client ${name} end store=${als.getStore().client} got=${got} several=${chunks > 1}`);
          if (--left === 0) server.close();
        });
      });
    });
  }
}));

server.on('close', () => {
  console.log(lines.sort().join('\n'));
  console.log('outside:', als.getStore());
});
