// Write callbacks run in order, before 'finish'; end()'s callback after it.
const net = require('net');
const server = net.createServer((c) => { c.resume(); c.on('end', () => c.end()); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('a', () => console.log('write a'));
    c.write('b', 'utf8', () => console.log('write b'));
    c.write(Buffer.from('c'), () => console.log('write c'));
    c.end('d', () => console.log('end callback'));
    console.log('writableEnded', c.writableEnded, 'writableFinished', c.writableFinished);
  });
  c.on('finish', () => console.log('finish', c.writableFinished));
  c.on('end', () => console.log('end'));
  c.on('close', (h) => { console.log('close', h); server.close(); });
  c.resume();
});
