'use strict';
// gojanet batches send()'s fast-path datagrams (no callback, IP literal)
// into one sendmmsg at the end of a burst, before the loop polls, and
// before anything that could tell: none of that may show. Datagrams of
// two sockets to one receiver keep the order of their ticks, whatever the
// phase (poll, check, timers, nextTick), socket options and queue sizes
// see every earlier datagram sent, and echoes of a burst all arrive.
const dgram = require('dgram');

const r = dgram.createSocket('udp4');
const a = dgram.createSocket('udp4');
const b = dgram.createSocket('udp4');
const got = [];
let expected = 10;
r.on('message', (m) => {
  got.push(m.toString());
  if (got.length === expected) phase2();
});

r.bind(0, '127.0.0.1', () => {
  const port = r.address().port;
  a.bind(0, '127.0.0.1', () => b.bind(0, '127.0.0.1', () => {
    const buf = Buffer.from('a1');
    a.send(buf, port, '127.0.0.1');
    console.log('queued at once', a.getSendQueueCount(), a.getSendQueueSize());
    process.nextTick(() => { buf.write('a2'); });
    b.send(Buffer.from('b1'), port, '127.0.0.1', (err, n) => console.log('b1 sent', err, n));
    a.send(Buffer.from('a3'), 0, 2, port, '127.0.0.1');
    process.nextTick(() => {
      console.log('ttl', a.setTTL(3), 'queue', a.getSendQueueCount(), a.getSendQueueSize());
    });
    setImmediate(() => {
      a.send(Buffer.from('i1'), port, '127.0.0.1');
      b.send(Buffer.from('i2'), port, '127.0.0.1');
      setTimeout(() => {
        a.send(Buffer.from('t1'), port, '127.0.0.1');
        b.send(Buffer.from('t2'), port, '127.0.0.1', () => {
          a.send(Buffer.from('t3'), port, '127.0.0.1');
        });
      }, 1);
    });
    const x = Buffer.from('x1');
    a.send(x, port, '127.0.0.1');
    x.write('x2');
    // Sent, then the socket closed in the tick after: the datagram went.
    const c = dgram.createSocket('udp4');
    c.bind(0, '127.0.0.1', () => {
      c.send(Buffer.from('c1'), port, '127.0.0.1');
      process.nextTick(() => c.close());
    });
  }));
});

// An echo server answering a burst: every echo arrives, in order per peer.
function phase2() {
  console.log(got.join(','));
  const echo = dgram.createSocket('udp4');
  echo.on('message', (m, rinfo) => echo.send(m, rinfo.port, rinfo.address));
  echo.bind(0, '127.0.0.1', () => {
    const port = echo.address().port;
    const peers = [a, b];
    const seen = new Map();
    let left = 2 * 40;
    for (const p of peers) {
      p.removeAllListeners('message');
      seen.set(p, []);
      p.on('message', (m) => {
        seen.get(p).push(Number(m.toString().slice(1)));
        if (--left === 0) {
          for (const q of peers) {
            const s = seen.get(q);
            console.log('echoes', s.length, s.every((v, i) => v === i));
          }
          for (const s of [r, a, b, echo]) s.close();
        }
      });
    }
    for (let i = 0; i < 40; i++) {
      a.send(Buffer.from('a' + i), port, '127.0.0.1');
      b.send(Buffer.from('b' + i), port, '127.0.0.1');
    }
  });
}
