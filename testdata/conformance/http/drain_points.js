// Where ticks and microtasks run while a server parses a read: node's parser
// calls JS per parser event (headers, each body piece, message end), and
// drains nextTicks and microtasks after the calls that are top-level
// callbacks. Bodies in the request's read (Content-Length and chunked),
// pipelined requests in one read, a body split across reads.
const http = require('http');
const net = require('net');

const steps = [];
function step(fn) { steps.push(fn); }
function run() { const f = steps.shift(); if (f) f(run); }

let log = [];
function L(s) { log.push(s); }

// A server whose handlers log what runs when; respond: when the response is sent.
function makeServer(opts) {
  let n = 0;
  const server = http.createServer((req, res) => {
    const id = ++n;
    L(`request ${id} ${req.method} ${req.url} complete=${req.complete}`);
    process.nextTick(() => L(`  tick ${id} complete=${req.complete} readableLength=${req.readableLength}`));
    Promise.resolve().then(() => L(`  micro ${id} complete=${req.complete}`));
    queueMicrotask(() => {
      L(`  queueMicrotask ${id}`);
      process.nextTick(() => L(`  tick from micro ${id}`));
    });
    if (opts.data !== false) {
      req.on('data', (d) => {
        L(`  data ${id} ${JSON.stringify(String(d))} complete=${req.complete}`);
        process.nextTick(() => L(`    data tick ${id} complete=${req.complete}`));
        Promise.resolve().then(() => L(`    data micro ${id}`));
      });
    }
    req.on('end', () => {
      L(`  end ${id} complete=${req.complete}`);
      process.nextTick(() => L(`    end tick ${id}`));
      Promise.resolve().then(() => L(`    end micro ${id}`));
      res.end(`r${id}`);
    });
    if (opts.data === false) req.resume();
  });
  return server;
}

// Sends the chunks, each once the server has read all before it.
function send(server, chunks, nres, cb) {
  let conn = null;
  server.once('connection', (s) => { conn = s; });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let got = '';
    let i = 0;
    let sent = 0;
    const next = () => {
      if (i === chunks.length) return;
      if (i > 0 && (conn === null || conn.bytesRead < sent)) {
        setTimeout(next, 5);
        return;
      }
      // (a pause so that everything the server's last read started has run)
      setTimeout(() => {
        sent += Buffer.byteLength(chunks[i]);
        L(`[client writes ${i}]`);
        c.write(chunks[i++]);
        setTimeout(next, 20);
      }, i > 0 ? 20 : 0);
    };
    c.setEncoding('latin1');
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      c.destroy();
      server.close(() => {
        console.log(log.join('\n'));
        console.log(got.split('\r\n').filter((l) => l.startsWith('HTTP/')).join(' | '));
        log = [];
        cb();
      });
    };
    c.on('data', (d) => {
      got += d;
      if (got.split('HTTP/1.1 ').length - 1 >= nres && /r\d+$/.test(got)) finish();
    });
    c.on('end', finish);
    next();
  });
}

step((done) => {
  console.log('--- POST with a Content-Length body in the request\'s read');
  send(makeServer({}), ['POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello'], 1, done);
});
step((done) => {
  console.log('--- POST with a chunked body in the request\'s read');
  send(makeServer({}), ['POST /b HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n'], 1, done);
});
step((done) => {
  console.log('--- two pipelined GETs in one read');
  send(makeServer({}), ['GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n'], 2, done);
});
step((done) => {
  console.log('--- two pipelined GETs, no data listener');
  send(makeServer({ data: false }), ['GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n'], 2, done);
});
step((done) => {
  console.log('--- a GET alone');
  send(makeServer({}), ['GET /only HTTP/1.1\r\nHost: x\r\n\r\n'], 1, done);
});
step((done) => {
  console.log('--- a body split across reads');
  send(makeServer({}), ['POST /s HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\n\r\nfir', 'st', 'end!'], 1, done);
});
step((done) => {
  console.log('--- a head split, then its body in the next read');
  send(makeServer({}), ['POST /h HTTP/1.1\r\nHost: x\r\nConte', 'nt-Length: 3\r\n\r\nxyz'], 1, done);
});
step((done) => {
  console.log('--- a POST with its body, then a GET, in one read');
  send(makeServer({}), ['POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbodyGET /g HTTP/1.1\r\nHost: x\r\n\r\n'], 2, done);
});
step((done) => {
  console.log('--- a chunked body split across reads, its end with the next request');
  send(makeServer({}), ['POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nwxyz\r\n',
    '0\r\n\r\nGET /n HTTP/1.1\r\nHost: x\r\n\r\n'], 2, done);
});
step((done) => {
  console.log('--- three pipelined GETs in one read');
  send(makeServer({ data: false }), ['GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n'], 3, done);
});
step((done) => {
  console.log('--- a POST with its body, then bytes that do not parse, in one read');
  const server = makeServer({});
  server.on('clientError', (err, socket) => {
    L(`clientError ${err.code}`);
    process.nextTick(() => L('  clientError tick'));
    socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 2\r\n\r\nr0');
  });
  send(server, ['POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nokBAD\x01 / HTTP/1.1\r\n\r\n'], 2, done);
});
step((done) => {
  console.log('--- a POST with its body, then an upgrade, in one read');
  const server = makeServer({});
  server.on('upgrade', (req, socket, head) => {
    L(`upgrade ${req.url} head=${JSON.stringify(String(head))}`);
    process.nextTick(() => L('  upgrade tick'));
    socket.end('HTTP/1.1 101 Switching\r\n\r\nr9');
  });
  send(server, ['POST /u HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nokGET /up HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\nUpgrade: foo\r\n\r\nrest'], 2, done);
});
step((done) => {
  console.log('--- the socket paused in the handler, a body and a GET in the read');
  const server = makeServer({});
  server.prependListener('request', (req) => {
    if (req.url !== '/pa') return;
    req.socket.pause();
    L(`  paused, isPaused=${req.socket.isPaused()}`);
    setTimeout(() => req.socket.resume(), 30);
  });
  send(server, ['POST /pa HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /after HTTP/1.1\r\nHost: x\r\n\r\n'], 2, done);
});
step((done) => {
  console.log('--- async hooks on: a POST with its body, then a GET, in one read');
  const ah = require('async_hooks');
  const hook = ah.createHook({ init() {} }).enable();
  const server = makeServer({});
  send(server, ['POST /ah HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbodyGET /g2 HTTP/1.1\r\nHost: x\r\n\r\n'], 2, () => {
    hook.disable();
    done();
  });
});
step((done) => {
  console.log('--- AsyncLocalStorage: a chunked body in the request\'s read');
  const { AsyncLocalStorage } = require('async_hooks');
  const als = new AsyncLocalStorage();
  const server = makeServer({});
  server.prependListener('request', (req) => { als.enterWith(req.url); });
  send(server, ['POST /als HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n1\r\nb\r\n0\r\n\r\n'], 1, done);
});
step((done) => {
  console.log('--- the socket destroyed in a body\'s data handler, requests after it in the read');
  let n = 0;
  const server = http.createServer((req, res) => {
    const id = ++n;
    L(`request ${id} ${req.url}`);
    req.on('data', (d) => {
      L(`  data ${id} ${d}`);
      if (id === 1) { req.socket.destroy(); L('  destroyed'); }
    });
    req.on('end', () => { L(`  end ${id}`); res.end('x'); });
    req.on('close', () => L(`  close ${id}`));
    process.nextTick(() => L(`  tick ${id} destroyed=${req.socket.destroyed}`));
  });
  server.on('connection', (s) => s.on('close', () => L('socket close')));
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.write('POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nokGET /b HTTP/1.1\r\nHost: x\r\n\r\n' +
      'POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nz');
    c.on('error', () => {});
    c.on('close', () => setTimeout(() => server.close(() => {
      console.log(log.join('\n'));
      log = [];
      done();
    }), 50));
  });
});
step((done) => {
  console.log('--- a socket \'data\' listener added between body pieces of a read');
  let n = 0;
  const server = http.createServer((req, res) => {
    const id = ++n;
    L(`request ${id} ${req.url} complete=${req.complete}`);
    req.on('data', (d) => {
      L(`  data ${id} ${d}`);
      if (id === 1 && String(d) === 'ab') {
        process.nextTick(() => {
          req.socket.on('data', (c) => L(`  socket data ${JSON.stringify(String(c))}`));
          L('  added socket data');
        });
      }
    });
    req.on('end', () => { L(`  end ${id}`); res.end(`r${id}`); });
    process.nextTick(() => L(`  tick ${id} complete=${req.complete}`));
  });
  send(server, ['POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n2\r\ncd\r\n0\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /c HTTP/1.1\r\nHost: x\r\n\r\n'], 3, done);
});
run();
