// After a request with Connection: upgrade that nothing took (no 'upgrade'
// listener: an ordinary request), node's parser keeps llhttp's upgrade flag
// until the next request's headers: a parse error before then is no
// clientError, and the bytes from it on are dropped. A request whose
// headers completed clears it (a later error is a clientError again).
const http = require('http');
const net = require('net');

const steps = [
  ['GET /a HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\nUpgrade: foo\r\n\r\n', 'garbage\x01\r\n\r\nGET /dropped HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['GET /b HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\nUpgrade: foo\r\n\r\n', 'GET /c HTTP/1.1\r\nHo st: x\r\n\r\n'],
  ['GET /d HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\nUpgrade: foo\r\n\r\n', 'GET /e HTTP/1.1\r\nHost: x\r\n\r\ngarbage\x01\r\n\r\n'],
  ['GET /f HTTP/1.1\r\nHost: x\r\n\r\n', 'garbage\x01\r\n\r\n'],
];

const server = http.createServer((req, res) => {
  console.log('request', req.url, req.upgrade);
  res.end('ok');
});
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code);
  socket.destroy();
});

function run(i) {
  if (i === steps.length) {
    server.close();
    return;
  }
  const [first, then] = steps[i];
  const c = net.connect(server.address().port);
  let got = '';
  let sent = false;
  c.setEncoding('latin1');
  c.on('data', (d) => {
    got += d;
    if (!sent && got.endsWith('\r\n\r\nok')) {
      sent = true;
      c.end(then); // the server ends its side at the end of ours, or at an error
    }
  });
  c.on('close', () => {
    console.log(`step ${i}: responses`, got.split('\r\n\r\nok').length - 1);
    run(i + 1);
  });
  c.write(first);
}
server.listen(0, () => run(0));
