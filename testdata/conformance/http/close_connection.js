'use strict';
// A server's connections answered with `Connection: close`: the listeners
// http adds to a socket (as a later 'connection' listener and a
// 'newListener' listener see them), once()'s wrapper on 'finish', and the
// order of the request's, the response's and the socket's events against
// ticks (a chain of ticks polling their states where nobody listens to
// them), with server.getConnections along the way.
const http = require('http');
const net = require('net');

const log = (...a) => console.log(...a);
let round = 0;

const server = http.createServer((req, res) => {
  const socket = req.socket;
  const tag = `#${round}`;
  if (round >= 4) {
    // nobody listens on the request or the response: ticks see when their
    // steps happen
    const st = () => [req.readableEnded, req.destroyed, req.closed, res.writableFinished, res.destroyed, res.closed,
      socket.writableEnded, socket.writableFinished, socket.destroyed].map(Number).join('');
    let n = 0;
    const chain = () => {
      log(tag, 'tick', n, st());
      if (++n < 6) process.nextTick(chain);
    };
    if (round < 6) process.nextTick(chain);
    setImmediate(() => log(tag, 'immediate', st()));
    socket.on('finish', () => log(tag, 'socket finish', st()));
    socket.on('close', () => log(tag, 'socket close', st()));
    if (round === 5) res.end(); else res.end('hello\n');
    log(tag, 'after res.end', st());
    return;
  }
  req.on('end', () => log(tag, 'req end'));
  req.on('close', () => log(tag, 'req close'));
  res.on('finish', () => {
    log(tag, 'res finish');
    process.nextTick(() => log(tag, 'tick after res finish'));
    Promise.resolve().then(() => log(tag, 'microtask after res finish'));
  });
  res.on('close', () => log(tag, 'res close'));
  socket.on('finish', () => {
    const raw = socket.rawListeners('finish');
    log(tag, 'socket finish', raw.length, raw.map((f) => [f.name, f.length, 'prototype' in f, typeof f.listener]));
    server.getConnections((err, n) => log(tag, 'connections at socket finish', err, n));
  });
  socket.on('end', () => log(tag, 'socket end'));
  socket.on('close', (hadError) => {
    log(tag, 'socket close', hadError, socket.destroyed, socket.writableFinished, socket.readableEnded);
    server.getConnections((err, n) => log(tag, 'connections at socket close', err, n));
  });
  res.end('hello\n');
  log(tag, 'after res.end', socket.listenerCount('finish'), socket.writableEnded);
});

// a 'connection' listener after http's sees what it added
server.on('connection', (socket) => {
  const names = socket.eventNames().filter((n) => typeof n === 'string');
  log(`#${round}`, 'connection', names.join(','), socket._eventsCount,
    names.map((n) => socket.listenerCount(n)).join(','), socket.listeners('end').length,
    socket.readableFlowing, socket.isPaused());
  process.nextTick(() => log(`#${round}`, 'tick after connection', socket.readableFlowing));
});

function get(extra) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n' + (extra || '') + '\r\n');
    });
    let data = '';
    c.on('data', (d) => { data += d; });
    c.on('close', () => {
      log(`#${round}`, 'client got', JSON.stringify(data.split('\r\n')[0]), data.endsWith(round === 5 ? '\r\n\r\n' : 'hello\n'));
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get();
  round++;
  // a 'connection' listener before http's: a 'newListener' listener and a
  // listener limit of 1 on the socket
  server.prependListener('connection', (socket) => {
    if (round === 1) {
      socket.on('newListener', (ev, fn) => log('#1 newListener', String(ev), typeof fn));
    } else if (round === 2) {
      socket.setMaxListeners(1);
    } else if (round === 3) {
      socket.on('error', () => {});
      socket.on('close', () => log('#3 early close listener'));
    }
  });
  process.on('warning', (w) => log('warning', w.name, w.type, w.count));
  await get();
  round++;
  await get();
  round++;
  await get();
  round++;
  await get();
  round++;
  await get();
  round++;
  await get();
  server.close(() => log('server closed'));
});
