'use strict';
const { Readable } = require('stream');
const log = (s) => console.log(s);
const r = new Readable({ read() { log('_read called size=' + arguments[0]); }, highWaterMark: 5 });
log('push ab ' + r.push('ab'));
log('push cde ' + r.push('cde'));
log('push f ' + r.push('f'));
log('len ' + r.readableLength);
const o = new Readable({ objectMode: true, read() {} });
for (let i = 0; i < 18; i++) {
  const ret = o.push({ i });
  if (!ret) { log('objectMode push false at ' + i + ' len=' + o.readableLength + ' hwm=' + o.readableHighWaterMark); break; }
}
const z = new Readable({ read() {}, highWaterMark: 0 });
log('hwm0 push ' + z.push('x') + ' len=' + z.readableLength);
process.nextTick(() => log('tick'));
setTimeout(() => log('timeout'), 1);
