// A server socket's chunks reach the parser without 'data' events while
// only http reads them (node's parser consumes the handle); a 'data' or
// 'readable' listener a script adds, from 'connection' or from a handler,
// sees the chunks after that, as in node. Also: the Host and Expect checks
// (any case, missing, cut off by maxHeadersCount) and the socket's timeout
// around keep-alive requests.
const http = require('http');
const net = require('net');

// Writes each chunk once the responses to the ones before have all come
// (a chunk's requests are counted by their request lines).
function exchange(port, chunks, cb) {
  const c = net.connect(port, '127.0.0.1');
  let got = '';
  let want = 0;
  let i = 0;
  const responses = () => got.split('HTTP/1.1 ').length - 1;
  const next = () => {
    if (i === chunks.length) { c.end(); return; }
    want += chunks[i].split(' HTTP/1.1\r\n').length - 1;
    c.write(chunks[i++]);
  };
  c.setEncoding('latin1');
  c.on('data', (d) => {
    got += d;
    // (a 400 answers and closes: nothing more is sent then)
    if (responses() >= want && !got.includes('Connection: close')) next();
  });
  c.on('end', () => cb(got.replace(/Date: [^\r]*\r\n/g, '')));
  next();
}

function summary(s) {
  return s.split('\r\n').filter((l) => l.startsWith('HTTP/') || l.startsWith('Connection') || l.startsWith('Keep-Alive')).join(' | ');
}

const steps = [];
function step(fn) { steps.push(fn); }
function run() { const f = steps.shift(); if (f) f(run); }

step((done) => {
  const server = http.createServer((req, res) => {
    console.log('A request', req.url, 'data listeners', req.socket.listenerCount('data'),
      'timeout', req.socket.timeout);
    if (req.url === '/add') req.socket.on('data', (d) => console.log('A handler data', d.length));
    res.end('ok');
    res.on('finish', () => console.log('A finish timeout', req.socket.timeout));
  });
  server.keepAliveTimeout = 4000;
  server.listen(0, () => {
    exchange(server.address().port, [
      'GET /one HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /add HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /three HTTP/1.1\r\nHost: x\r\n\r\n',
    ], (out) => {
      console.log('A got', summary(out));
      server.close(done);
    });
  });
});

step((done) => {
  const server = http.createServer((req, res) => {
    console.log('B request', req.url);
    res.end('ok');
  });
  server.on('connection', (s) => {
    s.on('data', (d) => console.log('B connection data', d.length));
  });
  server.listen(0, () => {
    exchange(server.address().port, [
      'GET /one HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\n\r\n',
    ], (out) => {
      console.log('B got', summary(out));
      server.close(done);
    });
  });
});

step((done) => {
  const server = http.createServer((req, res) => {
    console.log('C request', req.url, req.headers.host, req.headers.expect);
    res.end('ok');
  });
  server.on('checkExpectation', (req, res) => {
    console.log('C checkExpectation', req.url, req.headers.expect);
    res.writeHead(417);
    res.end();
  });
  server.maxHeadersCount = 2;
  server.listen(0, () => {
    exchange(server.address().port, [
      'GET /lower HTTP/1.1\r\nhost: x\r\n\r\n',
      'GET /upper HTTP/1.1\r\nHOST: x\r\n\r\n',
      'GET /expect HTTP/1.1\r\nHost: x\r\nEXPECT: something\r\n\r\n',
      'GET /late-host HTTP/1.1\r\nA: 1\r\nB: 2\r\nHost: x\r\n\r\n',
    ], (out) => {
      console.log('C got', summary(out));
      server.close(done);
    });
  });
});

step((done) => {
  const server = http.createServer((req, res) => {
    console.log('D request', req.url);
    res.end('ok');
  });
  server.listen(0, () => {
    exchange(server.address().port, [
      'GET /nohost HTTP/1.1\r\n\r\n',
    ], (out) => {
      console.log('D got', summary(out));
      server.close(done);
    });
  });
});

step((done) => {
  const server = http.createServer((req, res) => {
    console.log('E request', req.url, 'timeout', req.socket.timeout);
    res.end('ok');
  });
  server.on('connection', (s) => {
    s.on('readable', () => {
      let d;
      while ((d = s.read()) !== null) console.log('E readable', d.length);
    });
  });
  server.setTimeout(3000);
  server.listen(0, () => {
    exchange(server.address().port, [
      'GET /one HTTP/1.1\r\nHost: x\r\n\r\n',
    ], (out) => {
      console.log('E got', summary(out));
      server.close(done);
    });
  });
});

run();
