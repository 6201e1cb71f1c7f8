// Keep-alive connections whose responses change, one at a time, what the
// head's last lines depend on (Date, Connection/Keep-Alive, the framing):
// the message's fields, its headers, the status, the request's method and
// version, the server's settings. The host renders a response that changed
// none of them from the prototypes' defaults it checked once
// (js/_http_outgoing.js endPlain); each changed response, and the plain
// ones around it on the same connection, must come out as node's.
const http = require('http');
const net = require('net');

const steps = [
  ['sendDate false', (req, res) => { res.sendDate = false; }],
  ['shouldKeepAlive false', (req, res) => { res.shouldKeepAlive = false; }],
  ['useChunkedEncodingByDefault false', (req, res) => { res.useChunkedEncodingByDefault = false; }],
  ['removeHeader date', (req, res) => { res.removeHeader('date'); }],
  ['removeHeader connection', (req, res) => { res.removeHeader('connection'); }],
  ['removeHeader content-length', (req, res) => { res.removeHeader('content-length'); }],
  ['removeHeader transfer-encoding', (req, res) => { res.removeHeader('transfer-encoding'); }],
  ['Content-Length header', (req, res) => { res.setHeader('Content-Length', 2); }],
  ['Connection header', (req, res) => { res.setHeader('Connection', 'keep-alive'); }],
  ['Date header', (req, res) => { res.setHeader('Date', 'Thu, 01 Jan 1970 00:00:00 GMT'); }],
  ['Transfer-Encoding header', (req, res) => { res.setHeader('Transfer-Encoding', 'chunked'); }],
  ['Keep-Alive header', (req, res) => { res.setHeader('Keep-Alive', 'timeout=3'); }],
  ['Keep-Alive header, headers of arrays', (req, res) => {
    res.setHeader('Keep-Alive', 'timeout=3');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('X-List', ['1', '2']);
  }],
  ['headers of arrays', (req, res) => { res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.setHeader('X-List', ['1', '2']); }],
  ['writeHead with headers', (req, res) => { res.writeHead(200, { 'X-A': '1', 'Keep-Alive': 'timeout=2' }); }],
  ['writeHead with an array', (req, res) => { res.writeHead(201, ['X-B', '2']); }],
  ['204', (req, res) => { res.statusCode = 204; }],
  ['304', (req, res) => { res.statusCode = 304; }],
  ['strictContentLength', (req, res) => { res.strictContentLength = true; }],
  ['_keepAliveTimeout 0', (req, res) => { res._keepAliveTimeout = 0; }],
  ['_defaultKeepAlive false', (req, res) => { res._defaultKeepAlive = false; }],
  ['maxRequestsOnConnectionReached', (req, res) => { res.maxRequestsOnConnectionReached = true; }],
  ['_maxRequestsPerSocket 7', (req, res) => { res._maxRequestsPerSocket = 7; }],
  ['no headers', (req, res) => { res.removeHeader('content-type'); }],
  ['empty body', (req, res) => { res.end(); return true; }],
  ['Buffer body', (req, res) => { res.end(Buffer.from('ok')); return true; }],
  ['latin1 body', (req, res) => { res.end('\xe9', 'latin1'); return true; }],
  ['HEAD', null, 'HEAD / HTTP/1.1'],
  ['HTTP/1.0', null, 'GET / HTTP/1.0\r\nConnection: keep-alive'],
  ['request Connection: close', null, 'GET / HTTP/1.1\r\nConnection: close'],
  ['server keepAliveTimeout 0', () => { server.keepAliveTimeout = 0; }, undefined, () => { server.keepAliveTimeout = 5000; }],
  ['server maxRequestsPerSocket 3', () => { server.maxRequestsPerSocket = 3; }, undefined, () => { server.maxRequestsPerSocket = 0; }],
];

let current = null; // the step of the request being answered
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  if (current && current(req, res)) return;
  res.end('ok');
});

// one request on socket, its response (head lines, body) read whole
function exchange(socket, line, noBody) {
  return new Promise((resolve) => {
    let buf = '';
    function done(lines, body, closed) {
      socket.removeListener('data', onData);
      socket.removeListener('end', onEnd);
      resolve({ lines, body, closed });
    }
    function onData(d) {
      buf += d;
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buf.slice(0, end);
      const rest = buf.slice(end + 4);
      const cl = /content-length: (\d+)/i.exec(head);
      if (noBody || / (204|304) /.test(head.split('\r\n')[0])) return done(head.split('\r\n'), '', false);
      if (cl) {
        if (rest.length >= Number(cl[1])) done(head.split('\r\n'), rest.slice(0, Number(cl[1])), false);
      } else if (/transfer-encoding: chunked/i.test(head)) {
        if (rest.endsWith('0\r\n\r\n')) done(head.split('\r\n'), JSON.stringify(rest), false);
      }
    }
    function onEnd() {
      const end = buf.indexOf('\r\n\r\n');
      done(buf.slice(0, end).split('\r\n'), JSON.stringify(buf.slice(end + 4)), true);
    }
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.write(`${line}\r\nHost: x\r\n\r\n`);
  });
}

function show(label, r) {
  console.log(`${label}:`);
  for (const l of r.lines) console.log('  ' + (/^date: /i.test(l) && !l.includes('1970') ? 'Date: (now)' : l));
  console.log(`  body ${r.body}${r.closed ? ' (closed)' : ''}`);
}

server.listen(0, async () => {
  for (const [name, f, line, after] of steps) {
    console.log(`-- ${name}`);
    const socket = net.connect(server.address().port);
    socket.setEncoding('latin1');
    current = null;
    show('plain', await exchange(socket, 'GET / HTTP/1.1'));
    show('plain', await exchange(socket, 'GET / HTTP/1.1'));
    current = f;
    const r = await exchange(socket, line || 'GET / HTTP/1.1', line === 'HEAD / HTTP/1.1');
    show(name, r);
    current = null;
    if (after) after();
    // (a response that says the connection closes ends the exchange)
    if (!r.closed && !r.lines.some((l) => /^connection: close$/i.test(l)) && !(line || '').includes('HTTP/1.0')) {
      const r2 = await exchange(socket, 'GET / HTTP/1.1');
      show('plain after', r2);
      if (!r2.closed) show('plain after', await exchange(socket, 'GET / HTTP/1.1'));
    }
    socket.destroy();
  }
  server.close();
});
