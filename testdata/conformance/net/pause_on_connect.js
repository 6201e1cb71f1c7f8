// pauseOnConnect: no data is read until resume().
const net = require('net');
const server = net.createServer({ pauseOnConnect: true }, (c) => {
  console.log('server: connection, flowing', c.readableFlowing, 'isPaused', c.isPaused());
  let got = '';
  c.on('data', (d) => { got += d; });
  setTimeout(() => {
    console.log('server: before resume got', JSON.stringify(got), 'bytesRead', c.bytesRead);
    c.resume();
  }, 50);
  c.on('end', () => {
    console.log('server: end got', JSON.stringify(got), 'bytesRead', c.bytesRead);
    server.close(() => console.log('server closed'));
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end('early data'));
  c.resume();
});
