// server.address() for the default dual-stack listen, IPv4 and IPv6 hosts.
const net = require('net');
const hosts = [undefined, '0.0.0.0', '127.0.0.1', '::1', '::'];
let i = 0;
function next() {
  if (i === hosts.length) return;
  const host = hosts[i++];
  const s = net.createServer();
  console.log('before listen', s.address());
  s.listen(0, host, () => {
    const a = s.address();
    console.log(String(host), JSON.stringify(Object.keys(a)), a.address, a.family, typeof a.port);
    s.close(() => { console.log('after close', s.address()); next(); });
  });
}
next();
