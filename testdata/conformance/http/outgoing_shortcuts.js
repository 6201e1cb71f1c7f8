// Responses one after another on a keep-alive connection, for what end()
// and the response's finish take from caches and flags: string bodies of
// the same JS length and different UTF-8 lengths, repeated and alternating
// (Content-Length); latin1 strings; Buffer and Uint8Array bodies; the
// keep-alive timeout changed between responses (socket.timeout during a
// request and after its response); a socket piped into itself in between
// (net's fast pipe); and pipelined requests whose second response is corked
// before it has its socket.
const http = require('http');
const net = require('net');

const cases = [
  (res) => { res.end('hello'); },
  (res) => { res.end('h\u00e9llo'); },
  (res) => { res.end('h\u00e9llo'); },
  (res) => { res.end('hello'); },
  (res) => { res.end('\u20ac'); },
  (res) => { res.end('\u00e9\u00e9', 'latin1'); },
  (res) => { res.end(Buffer.from('abc')); },
  (res) => { res.end(new Uint8Array([104, 105, 33, 10])); },
  (res, server) => { server.keepAliveTimeout = 3000; res.end('k1'); },
  (res, server) => { server.keepAliveTimeout = 6000; res.end('k2'); },
  (res, server) => { server.keepAliveTimeout = 3000; res.end('k3'); },
  (res, server) => { server.keepAliveTimeout = 2500.5; res.end('k4'); },
  (res, server) => { server.keepAliveTimeout = 5000; res.end('k5'); },
  'pipe',
  (res) => { res.end('after pipe'); },
  (res, server) => { server.keepAliveTimeout = 4000; res.end('after pipe 2'); },
];

function show(res, socket) {
  console.log('  head', JSON.stringify(res._header.split('\r\n').filter((l) => !l.startsWith('Date: '))));
  res.on('finish', () => {
    console.log('  finish', socket.timeout);
    setImmediate(() => console.log('  after', socket.timeout, res.writableFinished, res.socket === null));
  });
}

let i = 0;
const server = http.createServer((req, res) => {
  const n = i++;
  const socket = req.socket;
  console.log('case', n, 'timeout during request', socket.timeout);
  cases[n](res, server);
  show(res, socket);
});

function get(agent, done) {
  http.get({ port: server.address().port, host: '127.0.0.1', agent }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => {
      console.log('  client', res.statusCode, res.headers['content-length'], JSON.stringify(Buffer.concat(chunks).toString('latin1')));
      done();
    });
  });
}

// A socket piped into itself: net forwards in Go from then on, and marks
// that a fast pipe was made.
function pipeOnce(done) {
  const echo = net.createServer((s) => s.pipe(s));
  echo.listen(0, '127.0.0.1', () => {
    const c = net.connect(echo.address().port, '127.0.0.1', () => {
      c.write('ping');
      c.once('data', (d) => {
        console.log('pipe', d.toString());
        c.end();
        echo.close(done);
      });
    });
  });
}

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const next = () => {
    if (cases[i] === 'pipe') {
      i++;
      pipeOnce(next);
      return;
    }
    if (i >= cases.length) {
      agent.destroy();
      pipelined();
      return;
    }
    get(agent, next);
  };
  next();
});

// Two requests in one write: the second response is corked before it has
// its socket, and ended once it has it.
function pipelined() {
  server.removeAllListeners('request');
  let k = 0;
  server.on('request', (req, res) => {
    const n = k++;
    console.log('pipelined', n, 'socket', res.socket !== null);
    if (n === 0) {
      setImmediate(() => res.end('first'));
      return;
    }
    res.cork();
    console.log('  corked', res.writableCorked);
    setTimeout(() => {
      console.log('  before end', res.socket !== null, res.writableCorked);
      res.end('second');
      console.log('  after end', res.writableCorked, res.writableEnded);
      process.nextTick(() => res.uncork());
      res.on('finish', () => console.log('  finish second'));
    }, 50);
  });
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    console.log('raw', JSON.stringify(got.split('\r\n').filter((l) => !l.startsWith('Date: '))));
    server.close();
  });
}
