// The destination of a pipe is ended while its source keeps receiving: the
// next piped chunk is a write after end, as node reports it.
const net = require('net');
const server = net.createServer((c) => {
  c.pipe(c);
  c.on('error', (e) => console.log('server: error', e.code));
  c.on('close', () => { console.log('server: close'); server.close(); });
  server.endNow = () => { c.end(); console.log('server: ended its side'); };
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  c.setEncoding('utf8');
  // Each step waits for the one before (not for a fixed time from the
  // start): the server ends once 'first;' came back, the client writes
  // again once it saw that end.
  c.on('data', (d) => {
    got += d;
    if (got === 'first;') server.endNow();
  });
  c.on('end', () => {
    console.log('client: end, got', got);
    setTimeout(() => c.write('second;'), 50);
  });
  c.on('error', (e) => console.log('client: error', e.code));
  c.write('first;');
});
