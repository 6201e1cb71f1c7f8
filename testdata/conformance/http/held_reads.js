// A server socket's reads go to the parser without a Buffer or 'data'
// (node's parser consumes the handle); what a script sees of them stays:
// bytesRead, bodies split anywhere, pipelined requests in one read, a parse
// error's rawPacket, an upgrade's head, a handler that pauses the socket or
// adds a 'data' listener, the socket's timeout, the client's reset and end.
const http = require('http');
const net = require('net');

const steps = [];
function step(fn) { steps.push(fn); }
function run() { const f = steps.shift(); if (f) f(run); }

// Sends each chunk once the server has read all before it (so each is
// its own read: `server` is the server whose latest connection's bytesRead
// is watched), then reads until the server closes or `until` is seen.
let lastConn = null;
function watch(server) { server.on('connection', (s) => { lastConn = s; }); return server; }
function send(port, chunks, until, cb) {
  const c = net.connect(port, '127.0.0.1');
  let got = '';
  let i = 0;
  let sent = 0;
  let done = false;
  lastConn = null;
  const finish = () => {
    if (done) return;
    done = true;
    c.destroy();
    cb(got.replace(/Date: [^\r]*\r\n/g, ''));
  };
  const next = () => {
    if (i === chunks.length || done) return;
    if (i > 0 && (lastConn === null || lastConn.bytesRead < sent)) {
      setTimeout(next, 5);
      return;
    }
    sent += Buffer.byteLength(chunks[i]);
    c.write(chunks[i++]);
    setTimeout(next, 5);
  };
  c.setEncoding('latin1');
  c.on('data', (d) => {
    got += d;
    if (until !== null && got.split(until).length - 1 >= until.n) finish();
  });
  c.on('end', finish);
  c.on('close', finish);
  c.on('error', () => {});
  next();
}
function responses(s) {
  return s.split('\r\n').filter((l) => l.startsWith('HTTP/')).join(' | ');
}
function bodies(s) {
  return s.split('HTTP/1.1 ').slice(1).map((r) => r.slice(r.indexOf('\r\n\r\n') + 4)).join(' | ');
}
function untilN(s, n) { const u = new String(s); u.n = n; return u; }

step((done) => {
  // bytesRead per request, bodies split across reads and in one read with
  // the next request
  const server = watch(http.createServer((req, res) => {
    let body = '';
    req.setEncoding('latin1');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      console.log('A', req.method, req.url, JSON.stringify(body), 'bytesRead', req.socket.bytesRead);
      res.end(req.url + ':' + body.length);
    });
  }));
  server.listen(0, () => {
    const get = 'GET /g HTTP/1.1\r\nHost: x\r\n\r\n';
    send(server.address().port, [
      get,
      'POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nhello',
      'world' + get,
      'POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n',
      '0\r\n\r\n' + get + get,
      'GET /split HTTP/1.1\r\nHo',
      'st: x\r\n\r\n',
    ], untilN('HTTP/1.1 ', 7), (out) => {
      console.log('A got', responses(out));
      console.log('A bodies', bodies(out));
      server.close(done);
    });
  });
});

step((done) => {
  // a parse error: rawPacket is the read's bytes
  const server = watch(http.createServer((req, res) => res.end('ok')));
  server.on('clientError', (err, socket) => {
    console.log('B clientError', err.code, JSON.stringify(err.rawPacket && err.rawPacket.toString('latin1')),
      'bytesRead', socket.bytesRead);
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  server.listen(0, () => {
    send(server.address().port, [
      'GET / HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET / HTTP/1.1\r\nBad Header\r\n\r\n',
    ], null, (out) => {
      console.log('B got', responses(out));
      server.close(done);
    });
  });
});

step((done) => {
  // an upgrade with bytes after the head in the same read, then reads of
  // the socket by the script
  const server = watch(http.createServer((req, res) => res.end('ok')));
  server.on('upgrade', (req, socket, head) => {
    console.log('C upgrade', req.url, JSON.stringify(head.toString()), 'data listeners', socket.listenerCount('data'));
    socket.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n');
    socket.on('data', (d) => {
      console.log('C data', JSON.stringify(d.toString()), 'bytesRead', socket.bytesRead);
      socket.write(d.toString().toUpperCase());
      if (d.toString().includes('bye')) socket.end();
    });
  });
  server.listen(0, () => {
    send(server.address().port, [
      'GET /a HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /up HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\nfirst',
      'second',
      'bye',
    ], null, (out) => {
      console.log('C got', JSON.stringify(out.replace(/\r\n/g, '|')));
      server.close(done);
    });
  });
});

step((done) => {
  // a handler that pauses the socket and resumes it later; one that adds a
  // 'data' listener; the order of requests stays
  const server = watch(http.createServer((req, res) => {
    console.log('D request', req.url, 'flowing', req.socket.readableFlowing);
    if (req.url === '/pause') req.socket.pause();
    if (req.url === '/after') {
      console.log('D resume, buffered', req.socket.readableLength);
      req.socket.resume();
    }
    if (req.url === '/listen') req.socket.on('data', (d) => console.log('D data', JSON.stringify(d.toString())));
    res.end(req.url);
  }));
  server.listen(0, () => {
    const get = (u) => `GET ${u} HTTP/1.1\r\nHost: x\r\n\r\n`;
    send(server.address().port, [
      get('/one'), get('/pause'), get('/while-paused'), get('/after'), get('/listen'), get('/heard'),
    ], untilN('HTTP/1.1 ', 6), (out) => {
      console.log('D got', bodies(out));
      server.close(done);
    });
  });
});

step((done) => {
  // server.timeout between requests; the client's reset; the client's end
  const server = watch(http.createServer((req, res) => {
    console.log('E request', req.url, 'timeout', req.socket.timeout);
    res.end('ok');
  }));
  // (1 s: with 150 ms, a request read later than that after the accept
  // under load timed the connection out before it)
  server.timeout = 1000;
  server.keepAliveTimeout = 100; // (the socket's timeout between requests: 1.1 s)
  server.on('timeout', (s) => { console.log('E timeout'); s.destroy(); });
  server.on('connection', (s) => {
    s.on('close', (hadError) => console.log('E close', hadError, 'bytesRead', s.bytesRead));
    s.on('error', (e) => console.log('E error', e.code));
    s.on('end', () => console.log('E end'));
  });
  server.listen(0, () => {
    const port = server.address().port;
    send(port, ['GET /t HTTP/1.1\r\nHost: x\r\n\r\n'], null, (out) => {
      console.log('E got', responses(out));
      const c = net.connect(port, '127.0.0.1', () => {
        c.write('GET /r HTTP/1.1\r\nHost: x\r\n\r\n');
        c.once('data', () => { c.resetAndDestroy(); });
      });
      c.on('error', () => {});
      c.on('close', () => {
        setTimeout(() => {
          const d = net.connect(port, '127.0.0.1', () => {
            d.end('GET /e HTTP/1.1\r\nHost: x\r\n\r\n');
          });
          d.resume();
          d.on('close', () => setTimeout(() => server.close(done), 50));
        }, 50);
      });
    });
  });
});

step((done) => {
  // a body that trickles in, each read activity for the request's timeout
  const server = watch(http.createServer((req, res) => {
    let n = 0;
    req.setTimeout(800, () => console.log('F timeout fired'));
    req.on('data', (d) => { n += d.length; });
    req.on('end', () => {
      console.log('F end', n, 'bytesRead', req.socket.bytesRead > 1000);
      res.end('ok');
    });
  }));
  server.listen(0, () => {
    const req = http.request({ port: server.address().port, method: 'POST' }, (res) => {
      res.resume();
      res.on('end', () => server.close(done));
    });
    let i = 0;
    const iv = setInterval(() => {
      req.write('x'.repeat(40));
      if (++i === 30) {
        clearInterval(iv);
        req.end();
      }
    }, 40);
  });
});

run();
