// A client script that connects in a loop until the process runs out of
// descriptors, then lets go of everything and connects once more: what it
// prints must be what node prints. argv: port.
const net = require('net');
const port = +process.argv[2];
const socks = [];
let failed = false;
function next() {
  const s = net.connect(port, '127.0.0.1');
  s.on('error', (e) => {
    if (failed) return;
    failed = true;
    console.log('error', e.code, e.syscall, e.constructor.name, socks.length > 10);
    for (const o of socks) o.destroy();
    setTimeout(again, 100);
  });
  s.on('connect', () => {
    socks.push(s);
    if (socks.length < 1000) next();
    else console.log('no limit hit');
  });
}
function again() {
  const s = net.connect(port, '127.0.0.1', () => s.end('x'));
  s.on('data', (d) => console.log('recovered', String(d)));
  s.on('close', () => server.close());
}
const server = net.createServer((c) => c.pipe(c)).listen(port, '127.0.0.1', next);
