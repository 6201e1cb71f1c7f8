'use strict';
// http2, child_process and the web stream adapters take their own timer
// functions and queueMicrotask, not the globals a script replaced (an http2
// request and its response, a session's close; execFile's timeout kill;
// Readable.fromWeb / Writable.fromWeb destroyed while open; a web stream's
// tee()).
const http2 = require('http2');
const { execFile } = require('child_process');
const { Readable, Writable } = require('stream');

for (const k of ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval',
  'queueMicrotask']) {
  globalThis[k] = null;
}

function http2Case(next) {
  const server = http2.createServer();
  server.on('stream', (stream, headers) => {
    stream.respond({ ':status': 200, 'x-path': headers[':path'] });
    stream.end('hello h2');
  });
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    const req = client.request({ ':path': '/p' });
    let body = '';
    req.setEncoding('utf8');
    req.on('response', (h) => console.log('h2 response', h[':status'], h['x-path']));
    req.on('data', (d) => body += d);
    req.on('end', () => {
      console.log('h2 body', body);
      client.close(() => server.close(next));
    });
  });
}

function execCase(next) {
  execFile('sleep', ['10'], { timeout: 100 }, (err) => {
    console.log('exec timeout', err.killed, err.signal);
    next();
  });
}

function adaptersCase(next) {
  const rs = new ReadableStream({ pull() {} });
  const r = Readable.fromWeb(rs);
  r.on('close', () => {
    console.log('fromWeb readable closed', r.destroyed);
    const w = Writable.fromWeb(new WritableStream({ write() {} }));
    w.on('error', (e) => console.log('fromWeb writable error', e.message));
    w.on('close', () => {
      console.log('fromWeb writable closed');
      next();
    });
    w.destroy(new Error('stop'));
  });
  r.destroy();
}

function teeCase(next) {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('a');
      c.enqueue('b');
      c.close();
    },
  });
  const [b1, b2] = rs.tee();
  const all = async (s) => {
    const out = [];
    for await (const x of s) out.push(x);
    return out.join('');
  };
  Promise.all([all(b1), all(b2)]).then(([x, y]) => {
    console.log('tee', x, y);
    next();
  });
}

http2Case(() => execCase(() => adaptersCase(() => teeCase(() => console.log('done')))));
