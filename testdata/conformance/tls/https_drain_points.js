// Where ticks and microtasks run while an https server parses a read, as
// for plain sockets (conformance http/drain_points): node's parser consumes
// the TLS socket's decrypted reads too, and drains nextTicks and microtasks
// after each body piece (onBody is a top-level callback), so a 'request'
// handler's tick sees req.complete false when the body came in its read.
const https = require('https');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const key = fx('server-key.pem');
const cert = fx('server-cert.pem');

const steps = [];
function step(fn) { steps.push(fn); }
function run() { const f = steps.shift(); if (f) f(run); }

let log = [];
function L(s) { log.push(s); }

function makeServer(opts) {
  let n = 0;
  return https.createServer({ key, cert }, (req, res) => {
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
}

// Sends the chunks over TLS, each (one record) once the server has read all
// before it.
function send(server, chunks, nres, cb) {
  let conn = null;
  server.once('secureConnection', (s) => { conn = s; });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false });
    let got = '';
    let i = 0;
    let sent = 0;
    const next = () => {
      if (i === chunks.length) return;
      if (i > 0 && (conn === null || conn.bytesRead < sent)) {
        setTimeout(next, 5);
        return;
      }
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
    c.on('secureConnect', next);
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
  console.log('--- a GET alone');
  send(makeServer({}), ['GET /only HTTP/1.1\r\nHost: x\r\n\r\n'], 1, done);
});
step((done) => {
  console.log('--- a body split across reads');
  send(makeServer({}), ['POST /s HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\n\r\nfir', 'st', 'end!'], 1, done);
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
  send(makeServer({}), ['POST /ah HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbodyGET /g2 HTTP/1.1\r\nHost: x\r\n\r\n'], 2, () => {
    hook.disable();
    done();
  });
});
run();
