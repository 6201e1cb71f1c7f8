// A domain catches what a socket callback throws: the server is created in
// one domain, each accepted connection is added to a domain of its own
// whose 'error' gets a throw from the socket's 'data' callback (with
// err.domain and err.domainThrown) and an unhandled 'error' event of the
// socket (err.domainEmitter); the process goes on, process.domain is the
// domain each callback was scheduled in, and timers, ticks and promises
// started inside a domain run in it.
const domain = require('domain');
const net = require('net');

const serverDomain = domain.create();
serverDomain.name = 'server';
serverDomain.on('error', (err) => console.log('server domain caught', err.message));

let conns = 0;
serverDomain.run(() => {
  const server = net.createServer((socket) => {
    console.log('connection in', process.domain && process.domain.name);
    const d = domain.create();
    d.name = `conn${++conns}`;
    d.add(socket);
    d.on('error', (err) => {
      console.log(`${d.name} caught: ${err.message}, domain ok: ${err.domain === d}, thrown: ${err.domainThrown},`,
        `emitter is socket: ${err.domainEmitter === socket}`);
      socket.destroy();
    });
    socket.on('data', d.bind((chunk) => {
      console.log('data in', process.domain.name);
      if (String(chunk) === 'throw') throw new Error('boom from data');
      socket.emit('error', new Error('emitted error'));
    }));
    socket.on('close', () => {
      if (conns === 2 && server.listening) {
        server.close(() => {
          console.log('server closed in', process.domain && process.domain.name);
          runOther();
        });
      }
    });
  });
  server.listen(0, '127.0.0.1', () => {
    console.log('listening in', process.domain.name);
    const port = server.address().port;
    const first = net.connect(port, '127.0.0.1', () => first.write('throw'));
    first.on('close', () => {
      const second = net.connect(port, '127.0.0.1', () => second.write('emit'));
    });
  });
});

const other = domain.create();
other.name = 'other';
other.on('error', (err) => console.log('other caught', err.message, 'domain ok', err.domain === other));
function runOther() {
  other.run(() => {
    setTimeout(() => {
      console.log('timer in', process.domain.name);
      process.nextTick(() => {
        console.log('tick in', process.domain.name);
        Promise.resolve().then(() => {
          console.log('promise in', process.domain.name);
          setImmediate(() => { throw new Error('from immediate'); });
        });
      });
    }, 1);
  });
}
console.log('top level domain:', process.domain, domain.active);
process.on('exit', (code) => console.log('exit', code));
