'use strict';
// net's 'connect' performance entries (TCP only, made only while observed)
// and a listening pipe's file mode with readableAll/writableAll.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { PerformanceObserver } = require('perf_hooks');

console.log(PerformanceObserver.supportedEntryTypes.includes('net'));
const seen = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) seen.push(e);
});

function connectOnce(target) {
  return new Promise((resolve, reject) => {
    const server = net.createServer((s) => s.destroy());
    server.listen(target, () => {
      const c = net.connect(typeof target === 'string' ? target : server.address().port);
      c.on('error', reject);
      c.on('close', () => server.close(resolve));
      c.resume();
    });
  });
}

function modeOf(opts) {
  return new Promise((resolve, reject) => {
    const p = path.join(os.tmpdir(), `gojanet-pipe-${process.pid}-${Math.random().toString(16).slice(2)}`);
    const server = net.createServer().listen({ path: p, ...opts }, () => {
      const m = fs.statSync(p).mode;
      server.close(() => resolve([!!(m & 0o004), !!(m & 0o002), !!(m & 0o040), !!(m & 0o020)]));
    });
    server.on('error', reject);
  });
}

(async () => {
  await connectOnce(0); // before observe: no entry
  obs.observe({ type: 'net' });
  await connectOnce(0);
  const pipe = path.join(os.tmpdir(), `gojanet-perf-${process.pid}.sock`);
  await connectOnce(pipe); // a pipe's connect makes no entry
  await new Promise((r) => setImmediate(r));
  console.log(seen.length);
  for (const e of seen) {
    console.log(e.name, e.entryType, typeof e.startTime, e.duration >= 0,
                e.detail.host, typeof e.detail.port, Object.keys(e.detail));
  }
  obs.disconnect();
  await connectOnce(0);
  await new Promise((r) => setImmediate(r));
  console.log('after disconnect', seen.length);

  console.log('readable+writable', await modeOf({ readableAll: true, writableAll: true }));
  console.log('readable', (await modeOf({ readableAll: true }))[0]);
  console.log('writable', (await modeOf({ writableAll: true }))[1]);
})();
