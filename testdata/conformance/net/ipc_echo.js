// A Unix domain socket server: address() is the path, sockets have no IP
// addresses, data flows both ways.
const net = require('net');
const path = (process.env.TMPDIR || '/tmp') + '/gojanet-ipc-' + process.pid + '-' + Math.random().toString(36).slice(2) + '.sock';
const server = net.createServer((c) => {
  console.log('server: connection', JSON.stringify(c.address()), c.remoteAddress, c.remotePort);
  c.setEncoding('utf8');
  c.on('data', (d) => c.write(d.toUpperCase()));
  c.on('end', () => { console.log('server: end'); c.end(); });
});
server.listen(path, () => {
  console.log('listening', server.address() === path);
  const c = net.connect(path, () => {
    console.log('client: connect', JSON.stringify(c.address()), c.remoteAddress);
    c.end('ping over ipc');
  });
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('close', (hadError) => {
    console.log('client: close', hadError, got);
    server.close(() => console.log('server closed'));
  });
});
