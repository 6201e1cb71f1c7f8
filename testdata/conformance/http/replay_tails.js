// A read whose events are not the usual request's (the server replays
// them from the parser's events, as does a parser that consumes a handle):
// an upgrade with bytes after its head in the same read (taken, or declined
// by a server without an 'upgrade' listener: the bytes are the next
// request), a CONNECT with bytes after it, a parse error after a request in
// the same read; each also with async hooks enabled (the parser's async
// context), and the same shapes through parser.consume().
const http = require('http');
const net = require('net');
const asyncHooks = require('async_hooks');
const { HTTPParser } = process.binding('http_parser');
const httpCommon = require('_http_common');

const steps = [];
function step(fn) { steps.push(fn); }
function run() { const f = steps.shift(); if (f) f(run); }

// One write of `data`; reads until the server closes or `n` responses came.
function send(port, data, n, cb) {
  const c = net.connect(port, '127.0.0.1');
  let got = '';
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    c.destroy();
    cb(got.replace(/Date: [^\r]*\r\n/g, ''));
  };
  c.setEncoding('latin1');
  c.on('connect', () => c.write(data));
  c.on('data', (d) => {
    got += d;
    if (got.split('HTTP/1.1 ').length - 1 >= n && got.endsWith('!')) finish();
  });
  c.on('end', finish);
  c.on('close', finish);
  c.on('error', () => {});
}
const show = (s) => JSON.stringify(s.replace(/\r\n/g, '|'));
const get = (u) => `GET ${u} HTTP/1.1\r\nHost: x\r\n\r\n`;

function serverSteps(tag) {
  step((done) => {
    // an upgrade taken, after a request and with bytes after it
    const server = http.createServer((req, res) => {
      console.log(tag, 'A request', req.method, req.url);
      res.end('ok');
    });
    server.on('upgrade', (req, socket, head) => {
      console.log(tag, 'A upgrade', req.url, JSON.stringify(head.toString()), asyncOk());
      socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n' + head + '!');
    });
    server.listen(0, () => {
      send(server.address().port, get('/a') + 'GET /up HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\ntail bytes', 2, (got) => {
        console.log(tag, 'A got', show(got));
        server.close(done);
      });
    });
  });
  step((done) => {
    // an upgrade declined (no 'upgrade' listener): the request is served
    // as a plain one and the rest of its read is dropped, as node's parser
    // does; a later read is parsed
    const server = http.createServer((req, res) => {
      console.log(tag, 'B request', req.method, req.url, req.upgrade, asyncOk());
      res.end(req.url + '!');
    });
    server.listen(0, () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let got = '';
      c.setEncoding('latin1');
      c.on('connect', () => c.write('GET /up HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\n' + get('/next') + get('/last')));
      c.on('data', (d) => {
        got += d;
        if (got.endsWith('/up!')) c.write(get('/later'));
        if (got.endsWith('/later!')) {
          console.log(tag, 'B got', show(got.replace(/Date: [^\r]*\r\n/g, '')));
          c.destroy();
          server.close(done);
        }
      });
    });
  });
  step((done) => {
    // a CONNECT with bytes after it, after a request
    const server = http.createServer((req, res) => {
      console.log(tag, 'C request', req.method, req.url);
      res.end('ok');
    });
    server.on('connect', (req, socket, head) => {
      console.log(tag, 'C connect', req.url, JSON.stringify(head.toString()), asyncOk());
      socket.end('HTTP/1.1 200 Connection Established\r\n\r\n' + head + '!');
    });
    server.listen(0, () => {
      send(server.address().port, get('/c') + 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nhello tunnel', 2, (got) => {
        console.log(tag, 'C got', show(got));
        server.close(done);
      });
    });
  });
  step((done) => {
    // a parse error after two requests in the same read
    const server = http.createServer((req, res) => {
      console.log(tag, 'D request', req.method, req.url);
      res.end('ok');
    });
    server.on('clientError', (err, socket) => {
      console.log(tag, 'D clientError', err.code, err.bytesParsed, JSON.stringify(err.rawPacket && err.rawPacket.toString('latin1')), asyncOk());
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n!');
    });
    server.listen(0, () => {
      send(server.address().port, get('/d1') + get('/d2') + 'BAD\x01 / HTTP/1.1\r\n\r\n', 3, (got) => {
        console.log(tag, 'D got', show(got));
        server.close(done);
      });
    });
  });
  step((done) => {
    // a body piece, then a parse error in the same read
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        console.log(tag, 'E request', req.method, req.url, JSON.stringify(body));
        res.end('ok');
      });
    });
    server.on('clientError', (err, socket) => {
      console.log(tag, 'E clientError', err.code, err.bytesParsed);
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n!');
    });
    server.listen(0, () => {
      send(server.address().port, 'POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc' + 'x y z\r\n\r\n', 2, (got) => {
        console.log(tag, 'E got', show(got));
        server.close(done);
      });
    });
  });
}

// the parser's async context, where hooks are enabled: a request's
// callbacks run in an HTTPINCOMINGMESSAGE resource
let hooked = false;
function asyncOk() {
  if (!hooked) return '-';
  return asyncHooks.executionAsyncId() > 1;
}

serverSteps('plain');
step((done) => {
  hooked = true;
  asyncHooks.createHook({ init() {} }).enable();
  done();
});
serverSteps('hooked');

// parser.execute() called directly: an upgrade taken or declined by
// onIncoming (2 takes it), with a request after it in the same chunk
function executeStep(take) {
  step((done) => {
    const parser = httpCommon.parsers.alloc();
    parser.initialize(HTTPParser.REQUEST, {});
    parser.onIncoming = (req) => {
      console.log('execute', take, 'incoming', req.url, req.upgrade);
      return take;
    };
    const r = parser.execute(Buffer.from('GET /up HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\n' + get('/next')));
    console.log('execute', take, 'returned', r);
    const r2 = parser.execute(Buffer.from(get('/later')));
    console.log('execute', take, 'then', r2);
    httpCommon.freeParser(parser);
    done();
  });
}
executeStep(0);
executeStep(2);

function consumeStep(tag, reply, n) {
  step((done) => {
    const server = net.createServer((s) => s.end(reply));
    server.listen(0, () => {
      const socket = net.connect(server.address().port);
      const parser = httpCommon.parsers.alloc();
      parser.initialize(HTTPParser.RESPONSE, {});
      parser.consume(socket._handle);
      let seen = 0;
      parser.onIncoming = (res) => {
        console.log(tag, 'incoming', res.statusCode, res.upgrade);
        res.on('data', (d) => console.log(tag, 'body', JSON.stringify(d.toString())));
        seen++;
        return 0;
      };
      parser[HTTPParser.kOnExecute] = (ret) => {
        if (typeof ret === 'number') console.log(tag, 'execute', ret);
        else console.log(tag, 'execute error', ret.code, ret.bytesParsed);
        if (typeof ret !== 'number' || seen === n) {
          parser.unconsume();
          socket.destroy();
          server.close(done);
        }
      };
      socket.resume();
    });
  });
}
consumeStep('consume upgrade',
  'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok' + 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\ntail', 2);
consumeStep('consume error',
  'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok' + 'HTTP/1.1 204 No Content\r\n\r\n' + 'XTTP/9 bad\r\n\r\n', 3);

run();
