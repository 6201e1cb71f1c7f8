'use strict';
// A 'request', 'checkContinue' or client 'response' listener that throws
// while an 'uncaughtException' handler keeps the process alive: node's
// parser stays failed (HPE_CB_HEADERS_COMPLETE). The connection's next
// read is that error (a server's clientError, 400 by default; a client
// request's 'error'), its end none (the requests are aborted when the
// socket closes, after the scripts' 'end' listeners), and a request left
// without more data meets requestTimeout (408). 'upgrade' and 'connect'
// listeners run after the parser let the socket go: a throw there leaves
// the socket to the script. Also: requests pipelined before the client's
// end are aborted at close, after 'end'.
const http = require('http');
const net = require('net');

// Each side's events are logged in their order, the server's then the
// client's once both sides closed and the ticks after ran (their order
// against each other is the kernel's).
function sides(name, next) {
  const lines = [[], []];
  let left = 2;
  return {
    S: (...a) => lines[0].push(a.join(' ')),
    C: (...a) => lines[1].push(a.join(' ')),
    done: () => {
      if (--left > 0) return;
      setImmediate(() => {
        console.log(`== ${name}`);
        for (const l of lines[0]) console.log('server:', l);
        for (const l of lines[1]) console.log('client:', l);
        next();
      });
    },
  };
}
let uncaughtSide;
process.on('uncaughtException', (e) => uncaughtSide('uncaught', e.message));
const clean = (d) => JSON.stringify(String(d).replace(/Date: .*\r\n/g, ''));

// One server case: the client writes `first`; the listener for `event`
// logs, calls then(c) once the throw is done (setImmediate), and throws.
function serverCase(name, opts, event, first, then, withClientError, next) {
  let c;
  const server = http.createServer(opts);
  const { S, C, done } = sides(name, () => server.close(next));
  uncaughtSide = S;
  server.on(event, (req, res) => {
    S(event, req.method, req.url);
    req.on('aborted', () => S('req aborted'));
    req.on('end', () => S('req end'));
    req.on('close', () => S('req close'));
    res.on('close', () => S('res close'));
    req.socket.on('end', () => S('socket end'));
    setImmediate(() => then(c, req, res, S));
    throw new Error(`${name} boom`);
  });
  if (withClientError) {
    server.on('clientError', (e, s) => {
      S('clientError', e.code, e.message, e.rawPacket && e.rawPacket.length);
      s.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
  }
  server.on('connection', (s) => s.on('close', () => {
    S('socket close');
    done();
  }));
  server.listen(0, () => {
    c = net.connect(server.address().port, () => c.write(first));
    let got = ''; // (what one read brings is the kernel's)
    c.on('data', (d) => got += d);
    c.on('end', () => C('data', clean(got), 'end'));
    c.on('error', (e) => C('error', e.code));
    c.on('close', () => {
      C('close');
      done();
    });
  });
}

const get = (url) => `GET ${url} HTTP/1.1\r\nHost: x\r\n\r\n`;
const post = 'POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n';
const quick = { requestTimeout: 1000, headersTimeout: 1000, connectionsCheckingInterval: 50 };

const cases = [
  (next) => serverCase('next request', {}, 'request', get('/a'), (c) => c.write(get('/after')), false, next),
  (next) => serverCase('next request, clientError', {}, 'request', get('/a'), (c) => c.write(get('/after')), true, next),
  (next) => serverCase('body after', {}, 'request', post, (c) => c.write('hello'), true, next),
  (next) => serverCase('client ends', {}, 'request', get('/a'), (c) => c.end(), true, next),
  (next) => serverCase('nothing more', quick, 'request', get('/a'), () => {}, false, next),
  (next) => serverCase('response written', quick, 'request', get('/a'), (c, req, res, S) => {
    S('write', res.write('late'));
    res.end();
  }, false, next),
  (next) => serverCase('checkContinue', {}, 'checkContinue',
    'POST /c HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n',
    (c) => c.write('hello'), false, next),
  (next) => {
    let c;
    const server = http.createServer();
    const { S, C, done } = sides('upgrade', () => server.close(next));
    uncaughtSide = S;
    server.on('upgrade', (req, socket, head) => {
      S('upgrade', req.url, String(head));
      socket.on('data', (d) => {
        S('socket data', clean(d));
        socket.end('bye');
      });
      socket.on('close', () => {
        S('socket close');
        done();
      });
      setImmediate(() => c.write('more'));
      throw new Error('upgrade boom');
    });
    server.listen(0, () => {
      c = net.connect(server.address().port, () => {
        c.write('GET /u HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\nUpgrade: foo\r\n\r\nhead');
      });
      let got = '';
      c.on('data', (d) => got += d);
      c.on('end', () => C('data', clean(got), 'end'));
      c.on('close', () => {
        C('close');
        done();
      });
    });
  },
  (next) => {
    let s;
    const { S, C, done } = sides('response', () => server.close(next));
    const server = net.createServer((socket) => {
      s = socket;
      socket.once('data', () => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n'));
      socket.on('end', () => {
        S('socket end');
        socket.end();
      });
      socket.on('close', () => {
        S('socket close');
        done();
      });
    });
    uncaughtSide = C;
    server.listen(0, () => {
      const req = http.get({ port: server.address().port, agent: false }, (res) => {
        C('response', res.statusCode);
        res.on('data', (d) => C('res data', d.length));
        res.on('end', () => C('res end'));
        res.on('aborted', () => C('res aborted'));
        res.on('error', (e) => C('res error', e.code, e.message));
        res.on('close', () => {
          C('res close');
          done();
        });
        setImmediate(() => s.write('body'));
        throw new Error('response boom');
      });
      req.on('error', (e) => C('req error', e.code, e.message, e.rawPacket && e.rawPacket.length));
      req.on('close', () => C('req close'));
    });
  },
  (next) => {
    let c;
    let n = 0;
    const server = http.createServer((req, res) => {
      S('request', req.url);
      req.on('aborted', () => S('req aborted', req.url));
      req.on('close', () => S('req close', req.url));
      res.on('close', () => S('res close', req.url));
      req.socket.on('end', () => S('socket end'));
      if (++n === 2) c.end();
    });
    const { S, C, done } = sides('pipelined, client ends', () => server.close(next));
    server.on('connection', (s) => s.on('close', () => {
      S('socket close');
      done();
    }));
    server.listen(0, () => {
      c = net.connect(server.address().port, () => c.write(get('/a') + get('/b')));
      let got = '';
      c.on('data', (d) => got += d);
      c.on('end', () => C('data', clean(got), 'end'));
      c.on('close', () => {
        C('close');
        done();
      });
    });
  },
];

(function run(i) {
  if (i < cases.length) cases[i](() => run(i + 1));
})(0);
