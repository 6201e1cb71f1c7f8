'use strict';
// needReadable bookkeeping around 'readable' emission (observable through read(0) and later events).
const { Readable } = require('stream');
{

const out = [];
function run(mode, count, hwm) {
  let n = 0;
  const c = new Readable({ objectMode: true, highWaterMark: hwm, read() { if (n < count) this.push(n++); else this.push(null); } });
  if (mode === 'pause') c.pause();
  c.read(0);
  setTimeout(() => { const s = c._readableState; out.push([mode, count, hwm].join(',') + ' nr=' + s.needReadable + ' len=' + s.length + ' ended=' + s.ended + ' er=' + s.emittedReadable + ' flowing=' + s.flowing); }, 2);
}
for (const m of ['pause', 'null']) for (const [c, h] of [[0, 4], [1, 4], [2, 4], [3, 4], [5, 2], [2, 1]]) run(m, c, h);
setTimeout(() => console.log(out.join('\n')), 10);
}
{

const r = new Readable({ highWaterMark: 2, read() {} });
r.read(0);
r.push('abcdef');
r._readableState.needReadable = true;
process.nextTick(() => console.log('over hwm, not ended: nr=' + r._readableState.needReadable));
const f = new Readable({ highWaterMark: 16, read() {} });
f.read(0);
f.push('ab');
f._readableState.flowing = true;
f._readableState.needReadable = true;
process.nextTick(() => console.log('flowing, not ended: nr=' + f._readableState.needReadable));
}
