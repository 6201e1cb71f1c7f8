'use strict';
const { Readable, Writable, Duplex } = require('stream');
const log = (s) => console.log(s);
let rDone;
const r = new Readable({
  construct(cb) { log('r construct'); rDone = () => { log('r constructed'); cb(); }; },
  read() { log('r _read'); this.push('data'); this.push(null); },
});
r.on('data', (d) => log('r data ' + d));
r.on('end', () => log('r end'));
log('r created');
const w = new Writable({
  construct(cb) { log('w construct'); setTimeout(cb, 1); },
  write(c, e, cb) { log('w _write ' + c); cb(); },
  final(cb) { log('w _final'); cb(); },
});
log('w write ret ' + w.write('early'));
w.end('last');
w.on('finish', () => { log('w finish'); setTimeout(rDone, 1); });
const bad = new Writable({ construct(cb) { cb(new Error('construct failed')); }, write(c, e, cb) { cb(); } });
bad.on('error', (e) => log('bad error ' + e.message));
bad.on('close', () => log('bad close'));
bad.write('x', (err) => log('bad write cb ' + (err && err.message)));
const d = new Duplex({ construct(cb) { log('d construct'); cb(); }, read() {}, write(c, e, cb) { cb(); } });
d.destroy();
d.on('close', () => log('d close'));
process.nextTick(() => log('tick'));
