// One keep-alive connection whose server, parser and socket a script
// changes between requests: each request is made as the changed state says
// (the server checks what its shortcuts assume per read: the binding
// answers those checks from what they read the last times they passed).
const http = require('http');
const net = require('net');
const { kIncomingMessage } = require('_http_common');

class MyMessage extends http.IncomingMessage {}

let socket = null;
const server = http.createServer((req, res) => {
  console.log(req.url, req.constructor.name, JSON.stringify(req.headers.from), req.rawHeaders.length,
    req.readableHighWaterMark, req.complete);
  res.end('ok');
});
server.on('connection', (s) => { socket = s; });

const changes = [
  ['plain', () => {}],
  ['plain again', () => {}],
  ['server.joinDuplicateHeaders', () => { server.joinDuplicateHeaders = true; }],
  ['server.joinDuplicateHeaders off', () => { server.joinDuplicateHeaders = false; }],
  ['parser.joinDuplicateHeaders', () => { socket.parser.joinDuplicateHeaders = true; }],
  ['parser.joinDuplicateHeaders off', () => { socket.parser.joinDuplicateHeaders = false; }],
  ['parser.maxHeaderPairs 4', () => { socket.parser.maxHeaderPairs = 4; }],
  ['parser.maxHeaderPairs 2000', () => { socket.parser.maxHeaderPairs = 2000; }],
  ['server IncomingMessage class', () => { server[kIncomingMessage] = MyMessage; }],
  ['server IncomingMessage class back', () => { server[kIncomingMessage] = http.IncomingMessage; }],
  ['socket readable mark', () => { socket._readableState.highWaterMark = 1024; }],
  ['socket readable mark back', () => { socket._readableState.highWaterMark = 16384; }],
  ['parser.onIncoming wrapped', () => {
    const orig = socket.parser.onIncoming;
    socket.parser.onIncoming = function (req, keepAlive) {
      console.log('  wrapped onIncoming', req.url);
      socket.parser.onIncoming = orig;
      return orig.apply(this, arguments);
    };
  }],
  ['after the wrapper', () => {}],
  ['socket paused', () => {
    socket.pause();
    setTimeout(() => { console.log('  resume'); socket.resume(); }, 30);
  }],
  ['socket data listener', () => {
    socket.once('data', (d) => console.log('  socket data', d.length));
  }],
  ['last', () => {}],
];

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('latin1');
  let got = '';
  let i = 0;
  const next = () => {
    if (i === changes.length) {
      c.end();
      server.close(twoServers);
      return;
    }
    const [name, change] = changes[i];
    console.log(`-- ${name}`);
    change();
    c.write(`GET /${i++} HTTP/1.1\r\nHost: x\r\nFrom: a\r\nFrom: b\r\nY: 1\r\n\r\n`);
  };
  c.on('data', (d) => {
    got += d;
    if (got.endsWith('ok')) {
      got = '';
      setTimeout(next, 5);
    }
  });
  next();
});

// Two servers of different options, their connections' requests in turn.
function twoServers() {
  console.log('-- two servers in turn');
  const handler = (name) => (req, res) => {
    console.log(name, req.url, JSON.stringify(req.headers.from));
    res.end('ok');
  };
  const a = http.createServer(handler('a'));
  const b = http.createServer({ joinDuplicateHeaders: true }, handler('b'));
  a.listen(0, '127.0.0.1', () => b.listen(0, '127.0.0.1', () => {
    const ca = net.connect(a.address().port, '127.0.0.1');
    const cb = net.connect(b.address().port, '127.0.0.1');
    let n = 0;
    const send = () => {
      if (n === 6) {
        ca.end();
        cb.end();
        a.close();
        b.close();
        return;
      }
      const c = n % 2 === 0 ? ca : cb;
      c.write(`GET /${n++} HTTP/1.1\r\nHost: x\r\nFrom: a\r\nFrom: b\r\n\r\n`);
    };
    for (const c of [ca, cb]) {
      c.setEncoding('latin1');
      let got = '';
      c.on('data', (d) => {
        got += d;
        if (got.endsWith('ok')) {
          got = '';
          setTimeout(send, 5);
        }
      });
    }
    send();
  }));
}
