// readyState through a half-open exchange: opening, open, readOnly/writeOnly, closed.
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (c) => {
  c.on('end', () => {
    console.log('server after client FIN:', c.readyState);
    setTimeout(() => {
      c.end('answer');
      console.log('server after its own end():', c.readyState);
    }, 20);
  });
  c.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  console.log('client connecting:', c.readyState);
  c.on('connect', () => {
    console.log('client connected:', c.readyState);
    c.end();
    console.log('client after end():', c.readyState);
  });
  c.on('finish', () => console.log('client finish:', c.readyState));
  c.on('data', () => {});
  c.on('end', () => console.log('client end:', c.readyState));
  c.on('close', () => { console.log('client close:', c.readyState); server.close(); });
});
