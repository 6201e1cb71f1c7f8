// The call shapes of listen(): all pick a free port when none is given.
const net = require('net');
const shapes = [
  ['listen()', (s, cb) => { s.once('listening', cb); s.listen(); }],
  ['listen(cb)', (s, cb) => s.listen(cb)],
  ['listen(null, cb)', (s, cb) => s.listen(null, cb)],
  ['listen(0, cb)', (s, cb) => s.listen(0, cb)],
  ['listen("0", cb)', (s, cb) => s.listen('0', cb)],
  ['listen(0, host, cb)', (s, cb) => s.listen(0, '127.0.0.1', cb)],
  ['listen(0, host, backlog, cb)', (s, cb) => s.listen(0, '127.0.0.1', 10, cb)],
  ['listen({ port: 0 }, cb)', (s, cb) => s.listen({ port: 0 }, cb)],
  ['listen({ port: 0, host }, cb)', (s, cb) => s.listen({ port: 0, host: '127.0.0.1' }, cb)],
  ['listen({ host, backlog }, cb)', (s, cb) => s.listen({ port: 0, host: '127.0.0.1', backlog: 5 }, cb)],
  ['listen({ port: undefined }, cb)', (s, cb) => s.listen({ port: undefined }, cb)],
  ['listen({ ipv6Only })', (s, cb) => s.listen({ port: 0, host: '::', ipv6Only: true }, cb)],
  ['listen({ exclusive })', (s, cb) => s.listen({ port: 0, exclusive: true }, cb)],
];
let i = 0;
function next() {
  if (i === shapes.length) return;
  const [name, fn] = shapes[i++];
  const s = net.createServer();
  const r = fn(s, function () {
    const a = s.address();
    console.log(name, '->', a.family, a.address, a.port > 0, this === s, s.listening);
    s.close(next);
  });
  if (r !== undefined && r !== s) console.log('listen did not return the server');
}
next();
