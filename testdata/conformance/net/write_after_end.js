// write() after end(): ERR_STREAM_WRITE_AFTER_END to the callback and 'error'.
const net = require('net');
const server = net.createServer((c) => { c.resume(); c.on('end', () => c.end()); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end('a');
    const r = c.write('b', (err) => console.log('write callback', err.code, err.message));
    console.log('write returned', r);
  });
  c.on('error', (e) => console.log('error', e.name, e.code, e.message));
  c.on('close', (hadError) => { console.log('close', hadError); server.close(); });
  c.resume();
});
