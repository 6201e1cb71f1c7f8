// What an http2 session writes to a socket that is a plain JavaScript
// stream: one write per frame (a DATA frame as its header, pad length,
// data and padding), SETTINGS and their ACK ahead of a request, frames
// padded as paddingStrategy asks; the default :authority is host:port.
'use strict';
const http2 = require('http2');
const { Duplex } = require('stream');

// two in-memory duplexes: what one writes the other reads, one write at a
// time (the next write waits until the peer has read)
function pair() {
  const a = new Duplex({ read() { const cb = this.pending; this.pending = null; if (cb) cb(); } });
  const b = new Duplex({ read() { const cb = this.pending; this.pending = null; if (cb) cb(); } });
  for (const [x, y] of [[a, b], [b, a]]) {
    x._write = (chunk, enc, cb) => { y.push(chunk); y.pending = cb; };
    x._final = (cb) => { y.push(null); cb(); };
  }
  return [a, b];
}

const { PADDING_STRATEGY_NONE, PADDING_STRATEGY_ALIGNED, PADDING_STRATEGY_MAX } = http2.constants;
const runs = [
  ['none', PADDING_STRATEGY_NONE, 'http://localhost:80'],
  ['aligned', PADDING_STRATEGY_ALIGNED, 'http://localhost'],
  ['max', PADDING_STRATEGY_MAX, 'http://[::1]:8080'],
  ['aligned+servername', PADDING_STRATEGY_ALIGNED, 'https://example.com'],
];

function run(i) {
  if (i === runs.length) {
    advertised();
    return;
  }
  const [name, strategy, url] = runs[i];
  const server = http2.createServer({ paddingStrategy: strategy });
  const body = 'x'.repeat(5 + i * 7);
  server.on('stream', (stream, headers) => {
    console.log(name, 'authority', headers[':authority'], 'scheme', headers[':scheme']);
    stream.respond({ ':status': 200, 'content-type': 'text/plain', date: 'Sun, 06 Dec 2026 00:00:00 GMT' });
    stream.write(body.slice(0, 3));
    stream.end(body.slice(3));
  });
  const [clientSide, serverSide] = pair();
  const toServer = [];
  const toClient = [];
  serverSide.on('data', (c) => toServer.push(c.length));
  clientSide.on('data', (c) => toClient.push(c.length));
  server.emit('connection', serverSide);
  const opts = { paddingStrategy: strategy, createConnection: () => clientSide };
  if (name.endsWith('servername')) opts.servername = 'other.example';
  const client = http2.connect(url, opts);
  const req = client.request({ ':path': '/p' });
  let got = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { got += d; });
  req.on('close', () => {
    console.log(name, 'body ok', got === body);
    console.log(name, 'client wrote', toServer.join(' '));
    console.log(name, 'server wrote', toClient.join(' '));
    console.log(name, 'remote maxHeaderListSize', client.remoteSettings.maxHeaderListSize,
                'local', client.localSettings.maxHeaderListSize);
    clientSide.destroy();
    serverSide.destroy();
    setImmediate(run, i + 1);
  });
  req.end();
}
run(0);

// a maxHeaderListSize the script sets is advertised
function advertised() {
  const server = http2.createServer({ settings: { maxHeaderListSize: 1000 } });
  const [c2, s2] = pair();
  server.emit('connection', s2);
  const client = http2.connect('http://localhost', { createConnection: () => c2 });
  client.on('remoteSettings', (settings) => {
    console.log('advertised maxHeaderListSize', settings.maxHeaderListSize);
    c2.destroy();
    s2.destroy();
  });
}
