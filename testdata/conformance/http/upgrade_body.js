// An Upgrade request with a body (Content-Length or chunked): a server
// without an 'upgrade' listener serves it as a plain request and reads its
// body, as node's parser does when onHeadersComplete answers 0; the rest of
// the read after that body is dropped (llhttp pauses for the upgrade once
// the message is complete) and the next read is parsed again. With an
// 'upgrade' listener the body is the upgrade's head. Through the server's
// own reads, a body split across reads, a request before it in the read,
// async hooks, a socket read by a 'data' listener, and a parser a script
// drives with its own callbacks.
const http = require('http');
const net = require('net');
const asyncHooks = require('async_hooks');

const steps = [];
function step(fn) { steps.push(fn); }
function run() { const f = steps.shift(); if (f) f(run); }
const show = (s) => JSON.stringify(s.replace(/Date: [^\r]*\r\n/g, '').replace(/\r\n/g, '|'));
const get = (u) => `GET ${u} HTTP/1.1\r\nHost: x\r\n\r\n`;
const up = (u, body, cl = body.length) =>
  `POST ${u} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: x\r\nContent-Length: ${cl}\r\n\r\n${body}`;
const upChunked = (u, chunks) =>
  `POST ${u} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: x\r\nTransfer-Encoding: chunked\r\n\r\n` +
  chunks.map((c) => c.length.toString(16) + '\r\n' + c + '\r\n').join('') + '0\r\nX-Trailer: t\r\n\r\n';

// writes: the client's writes, each once the responses so far end with
// `!` or the server read a body piece of an unfinished body (split: `lo`
// waits for `hel`); the server's log, then what the client got
function serve(tag, opts, writes, done) {
  let more = null;
  const server = http.createServer((req, res) => {
    let body = '';
    console.log(tag, 'request', req.method, req.url, req.upgrade, req.complete);
    process.nextTick(() => console.log(tag, 'tick after request', req.url, req.complete));
    if (opts.socketData && !req.socket.listenerCount('data', opts.socketData)) req.socket.on('data', opts.socketData);
    req.setEncoding('latin1');
    req.on('data', (d) => {
      body += d;
      console.log(tag, 'data', req.url, JSON.stringify(d), req.complete);
      if (body === 'hel' && more !== null) setTimeout(more, 10);
    });
    req.on('end', () => {
      console.log(tag, 'end', req.url, JSON.stringify(body), req.complete, JSON.stringify(req.trailers));
      res.end(req.url + '!');
    });
  });
  if (opts.upgrade) {
    server.on('upgrade', (req, socket, head) => {
      console.log(tag, 'upgrade', req.url, JSON.stringify(head.toString('latin1')), req.complete, req.readableEnded);
      socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n' + req.url + '!');
    });
  }
  server.on('clientError', (e, s) => { console.log(tag, 'clientError', e.code); s.destroy(); });
  server.listen(0, () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let got = '';
    let k = 0;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      console.log(tag, 'got', show(got));
      c.destroy();
      server.close(done);
    };
    c.setEncoding('latin1');
    c.on('connect', () => c.write(writes[k++]));
    more = () => { if (k < writes.length) c.write(writes[k++]); };
    c.on('data', (d) => {
      got += d;
      if (!got.endsWith('!')) return;
      if (k < writes.length) setTimeout(() => c.write(writes[k++]), 10);
      else setTimeout(finish, 30);
    });
    c.on('end', finish);
    c.on('error', () => {});
  });
}

function cases(tag, opts) {
  step((d) => serve(tag + 'A', opts, [up('/u', 'hello') + get('/dropped'), get('/later')], d));
  step((d) => serve(tag + 'B', opts, [get('/first') + up('/u', 'hello') + get('/dropped'), get('/later')], d));
  step((d) => serve(tag + 'C', opts, [up('/u', 'hel', 5), 'lo' + get('/dropped'), get('/later')], d));
  step((d) => serve(tag + 'D', opts, [upChunked('/c', ['he', 'llo']) + get('/dropped'), get('/later')], d));
  step((d) => serve(tag + 'E', opts, [up('/u', 'hello'), get('/later')], d));
}
cases('plain', {});
cases('listener', { upgrade: true });
step((done) => {
  const hook = asyncHooks.createHook({ init() {} }).enable();
  cases('hooks', {});
  step((d) => { hook.disable(); d(); });
  done();
});
step((done) => {
  cases('socketdata', { socketData: function socketData(d) { console.log('socket data', d.length); } });
  done();
});
// a parser a script consumes a handle with, with node's callbacks: an
// answer of 0 (or none) reads the body, 2 skips it
const { HTTPParser, methods } = process.binding('http_parser');
for (const answer of [0, 2, undefined]) {
  step((done) => {
    const tag = 'parser' + answer;
    const server = net.createServer((s) => {
      const p = new HTTPParser();
      p.initialize(HTTPParser.REQUEST, {});
      p[HTTPParser.kOnHeadersComplete] = (vM, vm, h, method, url, sc, sm, upgrade) => {
        console.log(tag, 'headers', methods[method], url, upgrade);
        return answer;
      };
      p[HTTPParser.kOnBody] = (b) => console.log(tag, 'body', JSON.stringify(b.toString()));
      p[HTTPParser.kOnMessageComplete] = () => console.log(tag, 'complete');
      p[HTTPParser.kOnExecute] = (r) => {
        console.log(tag, 'execute', r instanceof Error ? r.code : r);
        s.write('!');
      };
      p.consume(s._handle);
      s.on('end', () => { s.end(); });
    });
    server.listen(0, () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let n = 0;
      c.on('connect', () => c.write(up('/u', 'hello') + get('/dropped')));
      c.on('data', () => {
        if (++n === 1 && answer !== 2) c.write(get('/later'));
        else c.end();
      });
      c.on('close', () => server.close(done));
    });
  });
}
run();
