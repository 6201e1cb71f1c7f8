'use strict';
const { Writable } = require('stream');
const log = (s) => console.log(s);
const w = new Writable({
  highWaterMark: 3,
  write(c, e, cb) { log('_write ' + c); setTimeout(() => { log('done ' + c); cb(); }, 1); },
  final(cb) { log('_final'); setTimeout(cb, 1); },
});
['drain', 'prefinish', 'finish', 'close'].forEach((ev) => w.on(ev, () => log('event ' + ev)));
let i = 0;
function writeMore() {
  while (i < 6) {
    const ok = w.write(String(i), ((n) => () => log('cb ' + n))(i));
    i++;
    if (!ok) { log('backpressure at ' + i); w.once('drain', writeMore); return; }
  }
  w.end(() => log('end cb'));
}
writeMore();
