'use strict';
// send() to an IP literal without a callback (the fast path in gojanet)
// must look exactly like node's, where every send waits for dns.lookup's
// next tick: the bytes sent are the Buffer's at that tick, a socket closed
// in the same tick sends nothing, sends with and without callbacks keep
// their order, and bad arguments throw the same errors.
const dgram = require('dgram');

const rx = dgram.createSocket('udp4');
const got = [];
let expected = 0;
let done;
rx.on('message', (msg) => {
  got.push(msg.toString());
  if (got.length === expected) done();
});

function expect(n, then) {
  expected = got.length + n;
  done = then;
}

rx.bind(0, '127.0.0.1', () => {
  const port = rx.address().port;
  const tx = dgram.createSocket('udp4');
  tx.bind(0, '127.0.0.1', () => {
    // Changed after send() in the same tick: node sends the change.
    const buf = Buffer.from('aaaa');
    tx.send(buf, port, '127.0.0.1');
    buf.write('bbbb');
    // A nextTick queued before send() runs before its lookup's tick; one
    // queued after runs after it.
    const b2 = Buffer.from('cccc');
    process.nextTick(() => b2.write('dddd'));
    tx.send(b2, port, '127.0.0.1');
    const b3 = Buffer.from('eeee');
    tx.send(b3, port, '127.0.0.1');
    process.nextTick(() => b3.write('ffff'));
    // offset/length form, then a callback send between two without.
    tx.send(Buffer.from('0123456789'), 3, 4, port, '127.0.0.1');
    tx.send('cb', port, '127.0.0.1', (err, n) => console.log('cb sent', err, n));
    tx.send(new Uint8Array([104, 105]), port, '127.0.0.1');
    tx.send(new DataView(new TextEncoder().encode('dv').buffer), port, '127.0.0.1');
    tx.send(Buffer.from('hostname'), port, 'localhost');
    expect(8, step2);
  });

  function step2() {
    console.log(got.join(' '));
    got.length = 0;
    // Errors thrown by send() itself.
    const tries = [
      () => tx.send(Buffer.from('x'), 0, '127.0.0.1'),
      () => tx.send(Buffer.from('x'), 70000, '127.0.0.1'),
      () => tx.send(Buffer.from('x'), -1, '127.0.0.1'),
      () => tx.send(Buffer.from('x'), 1.5, '127.0.0.1'),
      () => tx.send(Buffer.from('xyz'), 2, 2, port, '127.0.0.1'),
      () => tx.send(Buffer.from('xyz'), 4, 0, port, '127.0.0.1'),
      () => tx.send(Buffer.from('xyz'), -1, 1, port, '127.0.0.1'),
      () => tx.send(Buffer.from('x'), port, 12),
      () => tx.send(new ArrayBuffer(2), port, '127.0.0.1'),
      () => tx.send(Buffer.from('x'), port, '127.0.0.1', 'notfn'),
    ];
    for (const f of tries) {
      try {
        f();
        console.log('no throw');
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
    }
    // Odd but valid: a numeric string port, a fractional offset, an IPv6
    // literal on an IPv4 socket (dropped: no callback to tell).
    tx.send(Buffer.from('strport'), String(port), '127.0.0.1');
    tx.send(Buffer.from('frac-offset'), 1.7, 4, port, '127.0.0.1');
    tx.send(Buffer.from('v6'), port, '::1');
    tx.send(Buffer.from('last'), port, '127.0.0.1');
    expect(3, step3);
  }

  function step3() {
    console.log(got.join(' '));
    got.length = 0;
    // Closed in the same tick: node's lookup tick finds no handle, nothing
    // goes out. A second socket's datagram shows the first sent nothing.
    const t2 = dgram.createSocket('udp4');
    t2.bind(0, '127.0.0.1', () => {
      t2.send(Buffer.from('never'), port, '127.0.0.1');
      t2.close(() => {
        tx.send(Buffer.from('after-close'), port, '127.0.0.1');
        expect(1, step4);
      });
    });
  }

  function step4() {
    console.log(got.join(' '));
    got.length = 0;
    // udp6 to ::1.
    const s6 = dgram.createSocket('udp6');
    s6.bind(0, '::1', () => {
      const p6 = s6.address().port;
      const c6 = dgram.createSocket('udp6');
      let n = 0;
      s6.on('message', (msg, rinfo) => {
        console.log('udp6 got', msg.toString(), rinfo.family, rinfo.address);
        if (++n < 2) return;
        s6.close();
        c6.close();
        step5();
      });
      c6.bind(0, '::1', () => {
        c6.send(Buffer.from('six'), p6, '0:0:0:0:0:0:0:1');
        c6.send(Buffer.from('seven'), p6, '::1');
      });
    });
  }

  function step5() {
    // A replaced process.nextTick is what dns.lookup calls in node: it
    // sees every send to an IP literal.
    const original = process.nextTick;
    let ticks = 0;
    process.nextTick = function(...args) {
      ticks++;
      return original.apply(this, args);
    };
    tx.send(Buffer.from('patched1'), port, '127.0.0.1');
    tx.send(Buffer.from('patched2'), 0, 8, port, '127.0.0.1');
    process.nextTick = original;
    console.log('ticks', ticks);
    expect(2, () => {
      console.log(got.join(' '));
      tx.close();
      rx.close();
    });
  }
});
