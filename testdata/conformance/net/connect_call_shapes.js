// The call shapes of connect: (port), (port, cb), (port, host, cb),
// ({ port }), (path, cb), ({ path }, cb), new Socket().connect(...).
const net = require('net');
const ipcPath = (process.env.TMPDIR || '/tmp') + '/gojanet-shapes-' + process.pid + '-' + Math.random().toString(36).slice(2) + '.sock';
const tcp = net.createServer((c) => c.end('tcp'));
const ipc = net.createServer((c) => c.end('ipc'));
tcp.listen(0, '127.0.0.1', () => ipc.listen(ipcPath, run));
function run() {
  const port = tcp.address().port;
  const shapes = [
    ['connect(port)', () => net.connect(port)],
    ['connect(port, cb)', (cb) => net.connect(port, cb)],
    ['connect(port, host, cb)', (cb) => net.connect(port, '127.0.0.1', cb)],
    ['connect("port" as string, host)', () => net.connect(String(port), '127.0.0.1')],
    ['connect({ port })', () => net.connect({ port })],
    ['createConnection({ port, host }, cb)', (cb) => net.createConnection({ port, host: 'localhost' }, cb)],
    ['connect(path, cb)', (cb) => net.connect(ipcPath, cb)],
    ['connect({ path }, cb)', (cb) => net.connect({ path: ipcPath }, cb)],
    ['new Socket().connect(port, host, cb)', (cb) => new net.Socket().connect(port, '127.0.0.1', cb)],
    ['new Socket().connect({ path })', () => new net.Socket().connect({ path: ipcPath })],
  ];
  let i = 0;
  (function next() {
    if (i === shapes.length) {
      tcp.close();
      ipc.close();
      return;
    }
    const [name, fn] = shapes[i++];
    let called = false;
    const s = fn(() => { called = true; });
    let got = '';
    s.on('data', (d) => { got += d; });
    s.on('close', () => {
      console.log(name, '->', got, 'callback', called, 'is Socket', s instanceof net.Socket);
      next();
    });
  })();
}
