// ipv6Only: a server on :: with ipv6Only refuses IPv4 clients; without it,
// the dual-stack server accepts them (as IPv4-mapped addresses).
const net = require('net');
const dual = net.createServer((c) => c.end(c.remoteFamily + ' ' + c.remoteAddress));
dual.listen({ port: 0, host: '::' }, () => {
  const c = net.connect(dual.address().port, '127.0.0.1');
  c.on('data', (d) => console.log('dual stack:', String(d)));
  c.on('close', () => {
    dual.close();
    const only = net.createServer((s) => s.end('unexpected'));
    only.listen({ port: 0, host: '::', ipv6Only: true }, () => {
      const d = net.connect(only.address().port, '127.0.0.1');
      d.on('error', (e) => console.log('ipv6Only, IPv4 client:', e.code));
      d.on('close', () => {
        const e6 = net.connect(only.address().port, '::1');
        e6.on('connect', () => console.log('ipv6Only, IPv6 client connects'));
        e6.resume();
        e6.on('close', () => only.close());
      });
    });
  });
});
