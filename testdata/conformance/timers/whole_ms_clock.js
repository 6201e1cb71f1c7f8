'use strict';
// The loop clock timers and socket timeouts count in is whole milliseconds
// (libuv's): _idleStart is an integer, and timers, socket timeouts and a
// keep-alive timeout fire in the order of their expiries.
const http = require('http');
const net = require('net');

const order = [];
const t1 = setTimeout(() => order.push('t1'), 1);
const t1b = setTimeout(() => order.push('t1.7'), 1.7); // truncated: t1's list
const t2 = setTimeout(() => order.push('t2'), 2);
const t2b = setTimeout(() => order.push('t2b'), 2);
setTimeout(() => {
  order.push('t10');
  console.log('phase 1', order.join(' '));
  phase2();
}, 10);
for (const t of [t1, t1b, t2, t2b]) {
  console.log('_idleStart', typeof t._idleStart, Number.isInteger(t._idleStart), '_idleTimeout', t._idleTimeout);
}

function phase2() {
  const seen = [];
  require('fs').stat(__filename, () => {
    // from an I/O callback: the immediate first
    setTimeout(() => {
      seen.push('io t1');
      startServer();
    }, 1);
    setImmediate(() => seen.push('io immediate'));
  });
  // Each step starts from the one before (the server once the stat's timer
  // has run), and each timer is armed before a later-due one: a slow turn
  // under load cannot reorder them.
  let clientClosed = false;
  let server;
  const done = () => {
    if (!clientClosed || seen[seen.length - 1] !== 't30') return;
    console.log('phase 2', seen.join(', '), '/ client closed');
    server.close(phase3);
  };
  const startServer = () => {
    server = net.createServer((s) => {
      setTimeout(() => seen.push('t2 after accept'), 2);
      s.setTimeout(5, () => {
        seen.push('socket timeout 5');
        s.destroy();
      });
      setTimeout(() => {
        seen.push('t30');
        done();
      }, 30);
    });
    server.listen(0, () => {
      const c = net.connect(server.address().port);
      c.on('close', () => {
        clientClosed = true;
        done();
      });
    });
  };
}

function phase3() {
  const seen = [];
  const server = http.createServer((req, res) => res.end('ok'));
  // (a margin for the response to reach the client under load: its t5 is
  // armed when it does)
  server.keepAliveTimeout = 100;
  server.listen(0, () => {
    const c = net.connect(server.address().port, () => {
      c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    let got = false;
    c.on('data', () => {
      if (got) return;
      got = true;
      seen.push('response');
      setTimeout(() => seen.push('t5 after response'), 5);
      setTimeout(() => seen.push('t3000 after response'), 3000).unref();
    });
    c.on('end', () => seen.push('server ended the keep-alive connection'));
    c.on('close', () => {
      seen.push('closed');
      console.log('phase 3', seen.join(', '));
      server.close();
    });
  });
}
