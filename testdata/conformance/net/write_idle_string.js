'use strict';
// Writes of strings without encoding or callback to an idle socket (net's
// writeIdle) against the general path: results, counters, ticks, encodings,
// a write past the high-water mark, one the kernel queues, one after end.
const net = require('net');
const log = [];
const server = net.createServer((c) => {
  const r1 = c.write('hello\r\n');
  log.push(['w1', r1, c.bytesWritten, c.writableLength, c._writableState.pendingcb, c.writableNeedDrain]);
  process.nextTick(() => log.push('tick after w1'));
  const r2 = c.write('é€x');
  log.push(['w2', r2, c.bytesWritten, c.writableLength]);
  c.setDefaultEncoding('latin1');
  const r3 = c.write('\u00e9');
  log.push(['w3', r3, c.bytesWritten]);
  c.setDefaultEncoding('hex');
  const r4 = c.write('4142');
  log.push(['w4', r4, c.bytesWritten]);
  c.setDefaultEncoding('utf8');
  const big = 'y'.repeat(20000);
  const r5 = c.write(big);
  log.push(['w5', r5, c.writableLength, c.writableNeedDrain]);
  c.on('drain', () => log.push('drain'));
  c.on('finish', () => log.push('finish'));
  c.on('end', () => { log.push('end'); c.end('bye'); 
    try { const r6 = c.write('late'); log.push(['w6', r6]); } catch (e) { log.push(['w6 threw', e.code]); } });
  c.on('error', (e) => log.push(['error', e.code]));
  c.on('close', () => { log.push('close'); server.close(); done(); });
  c.resume();
});
server.listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1', () => {});
  let got = 0;
  s.on('data', (d) => { got += d.length; if (got >= 7 + 6 + 1 + 2 + 20000) s.end(); });
  s.on('close', () => { clientGot = got; done(); });
});
let clientGot = -1, closes = 0;
function done() {
  if (++closes < 2) return;
  console.log(JSON.stringify(log, null, 0));
  console.log('client got', clientGot);
  second();
}

function second() {
  const log2 = [];
  const server = net.createServer((c) => {
    let n = 0, total = 0;
    const chunk = 'x'.repeat(1000);
    function pump() {
      for (;;) {
        n++; total += 1000;
        const ok = c.write(chunk);
        if (!ok) { log2.push(['full', c.writableLength > 0, c.writableNeedDrain]); break; }
        if (n > 20000) break;
      }
    }
    pump();
    c.once('drain', () => { log2.push(['drain', c.writableLength]); c.end(); });
    c.on('finish', () => log2.push('finish'));
    c.on('close', () => { log2.push(['close', c.bytesWritten === total]); server.close(); done2(); });
    c.resume();
  });
  server.listen(0, '127.0.0.1', () => {
    const s = net.connect(server.address().port, '127.0.0.1');
    s.pause();
    setTimeout(() => s.resume(), 200);
    let got = 0;
    s.on('data', (d) => { got += d.length; });
    s.on('end', () => { got2 = got; s.end(); });
    s.on('close', done2);
  });
  let closes2 = 0, got2 = 0;
  function done2() {
    if (++closes2 === 2) console.log(JSON.stringify(log2), 'client got', got2 > 100000);
  }
}
