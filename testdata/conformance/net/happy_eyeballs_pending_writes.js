// Data written before a multi-address connect succeeds on its second address
// is still delivered.
const net = require('net');
const server = net.createServer((c) => {
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => { console.log('server got', got); c.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({
    port: server.address().port,
    host: 'dual.invalid',
    lookup(host, options, cb) { cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]); },
  });
  c.write('written early; ', () => console.log('early write callback'));
  c.on('connect', () => {
    console.log('connect', c.remoteAddress);
    c.end('ended after connect');
  });
  c.on('finish', () => console.log('finish'));
  c.on('close', (h) => console.log('close', h));
  c.resume();
});
