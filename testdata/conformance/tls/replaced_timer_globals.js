'use strict';
// net, tls, events and streams take their own timer functions,
// queueMicrotask and AbortController, not the globals a script replaced
// (net's autoSelectFamily attempt timer, tls's handshake deadline and
// close steps, events.once/addAbortListener and finished() with an aborted
// signal, pipeline, Duplex.from of an async generator, AbortSignal.timeout).
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const events = require('events');
const { pipeline, finished, Readable, Writable, Duplex, PassThrough } = require('stream');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

for (const k of ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval',
  'queueMicrotask', 'AbortController']) {
  globalThis[k] = null;
}

function netCase(next) {
  const server = net.createServer((s) => s.end('hi'));
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: server.address().port, host: 'localhost', autoSelectFamily: true, autoSelectFamilyAttemptTimeout: 100 });
    c.setEncoding('utf8');
    c.on('data', (d) => console.log('net data', d));
    c.on('close', () => server.close(next));
  });
}

function tlsCase(next) {
  const server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem'), handshakeTimeout: 60000 }, (s) => s.end('tls hi'));
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: fx('ca.pem'), servername: 'localhost' });
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('error', (e) => console.log('tls error', e.code));
    c.on('close', () => {
      console.log('tls data', got);
      server.close(next);
    });
  });
}

function streamCases(next) {
  const aborted = AbortSignal.abort();
  events.once(new events.EventEmitter(), 'x', { signal: aborted }).catch((e) => console.log('once', e.name));
  finished(new PassThrough(), { signal: aborted }, (err) => console.log('finished', err && err.name));
  events.addAbortListener(aborted, () => console.log('abort listener'));
  pipeline(Readable.from(['a', 'b']), new Writable({ write(c, e, cb) { cb(); } }), (err) => {
    console.log('pipeline', err);
    const d = Duplex.from(async function* (src) { for await (const x of src) yield String(x).toUpperCase(); });
    let out = '';
    d.on('data', (x) => { out += x; });
    d.on('end', () => {
      console.log('duplex', out);
      const signal = AbortSignal.timeout(10);
      const keep = require('timers').setInterval(() => {}, 1000); // (the signal's timer is unref'd)
      signal.addEventListener('abort', () => {
        require('timers').clearInterval(keep);
        console.log('timeout signal', signal.reason.name);
        next();
      });
    });
    d.end('xy');
  });
}

netCase(() => tlsCase(() => streamCases(() => console.log('done'))));
