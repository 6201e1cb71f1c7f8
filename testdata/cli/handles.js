// Passing handles over fork()'s IPC channel: a net.Server, a net.Socket
// (moved, and kept open with keepOpen), a dgram.Socket; send()'s callback
// and return value; messages with a NODE_ cmd stay internal.
const { fork } = require('child_process');
const net = require('net');
const dgram = require('dgram');

if (process.argv[2] === 'child') {
  process.on('internalMessage', (m) => {
    if (m.cmd === 'NODE_custom') process.send({ sawInternal: m.cmd });
  });
  process.on('message', (m, handle) => {
    switch (m.what) {
      case 'server':
        handle.once('connection', (c) => {
          c.end('served by child');
          handle.close(() => process.send({ serverClosed: true }));
        });
        process.send({ gotServer: handle instanceof net.Server, listening: handle.listening });
        break;
      case 'socket':
        handle.end(`child writes to a ${handle.constructor.name}`);
        break;
      case 'udp':
        handle.once('message', (msg) => {
          process.send({ datagram: String(msg), type: handle.type });
          handle.close();
        });
        process.send({ gotUdp: handle instanceof dgram.Socket });
        break;
      case 'bye':
        process.disconnect();
        break;
      default:
        process.send({ echo: m });
    }
  });
} else {
  // Every descriptor that came or went is closed by the end: as many are
  // open at exit as before the fork.
  const fds = () => require('fs').readdirSync('/proc/self/fd').length;
  const before = fds();
  const child = fork(__filename, ['child']);
  const out = (...a) => console.log(...a);
  const tcp = net.createServer();
  tcp.listen(0, '127.0.0.1', () => {
    const port = tcp.address().port;
    child.send({ cmd: 'NODE_custom' });
    out('send returns', child.send({ what: 'server' }, tcp, (err) => out('server sent', err)));
    child.on('message', (m) => {
      out('parent got', JSON.stringify(m));
      if (m.gotServer) {
        tcp.close(); // the child's copy keeps listening
        const c = net.connect(port, '127.0.0.1');
        c.setEncoding('utf8');
        c.on('data', (d) => out('client read:', d));
      } else if (m.serverClosed) {
        stepSocket();
      } else if (m.gotUdp) {
        const s = dgram.createSocket('udp4');
        s.send('ping', udpPort, '127.0.0.1', () => s.close());
      } else if (m.datagram) {
        child.send({ what: 'bye' });
      }
    });
  });
  let udpPort;
  function stepSocket() {
    // A server whose connection is handed to the child, then one kept open.
    const srv = net.createServer((conn) => {
      child.send({ what: 'socket' }, conn, { keepOpen: false }, () => {
        out('socket sent; parent handle', conn._handle === null ? 'gone' : 'kept', 'connections', srv._connections);
        srv.close();
      });
    });
    srv.listen(0, '127.0.0.1', () => {
      const c = net.connect(srv.address().port, '127.0.0.1');
      c.setEncoding('utf8');
      c.on('data', (d) => out('client read:', d));
      c.on('end', () => stepUdp());
    });
  }
  function stepUdp() {
    const u = dgram.createSocket('udp4');
    u.bind(0, '127.0.0.1', () => {
      udpPort = u.address().port;
      child.send({ what: 'udp' }, u);
      u.close(); // the child's copy stays bound
    });
  }
  child.on('disconnect', () => out('disconnect'));
  child.on('exit', (code, signal) => out('exit', code, signal));
  child.on('close', () => setImmediate(() => out('descriptors left open', fds() - before)));
}
