// Full event traces on both ends for a few short exchanges: client ends with
// data, empty write, server ends first, server destroys at once.
const net = require('net');
const log = (...a) => console.log(...a);
function scenario(name, serverFn, clientFn, next) {
  const server = net.createServer((c) => {
    for (const ev of ['data', 'end', 'finish', 'close', 'error']) c.on(ev, (a) => log(name, 'S', ev, ev === 'data' ? a.length : a && a.code || a));
    serverFn(c);
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    for (const ev of ['connect', 'data', 'end', 'finish', 'close', 'error']) c.on(ev, (a) => log(name, 'C', ev, ev === 'data' ? a.length : a && a.code || a));
    clientFn(c);
    let closed = 0;
    const done = () => { if (++closed === 2) server.close(next); };
    c.on('close', done);
    server.on('connection', (s) => s.on('close', done));
  });
}
const list = [
  ['A', (s) => {}, (c) => { c.end('abc'); }],
  ['E', (s) => { s.on('end', () => s.end()); }, (c) => { c.write('', () => log('E empty write cb')); c.end(); }],
  ['F', (s) => { s.end(); }, (c) => { c.on('end', () => setTimeout(() => c.end(), 10)); }],
  ['G', (s) => { s.destroy(); }, (c) => { c.resume(); }],
];
let i = 0;
(function next() { if (i < list.length) { const [n, a, b] = list[i++]; scenario(n, a, b, next); } })();
