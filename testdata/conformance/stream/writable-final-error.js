'use strict';
const { Writable } = require('stream');
const log = (s) => console.log(s);
const w = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { log('_final'); setTimeout(() => cb(new Error('final failed')), 1); },
});
['prefinish', 'finish', 'close'].forEach((ev) => w.on(ev, () => log('event ' + ev)));
w.on('error', (e) => log('error ' + e.message + ' errored=' + (w.errored && w.errored.message)));
w.end('x', (err) => log('end cb ' + (err && err.message)));
const w2 = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { log('_final2 sync'); cb(); },
});
['prefinish', 'finish', 'close'].forEach((ev) => w2.on(ev, () => log('w2 event ' + ev)));
w2.end(() => log('w2 end cb'));
log('w2 after end finished=' + w2.writableFinished);
w2.end(() => log('w2 second end cb'));
setTimeout(() => {
  w2.end((err) => log('w2 end after finish: ' + (err && err.code)));
  const w3 = new Writable({ write(c, e, cb) { cb(); }, final() { throw new Error('thrown in final'); } });
  w3.on('error', (e) => log('w3 error ' + e.message));
  w3.on('close', () => log('w3 close'));
  w3.end();
}, 5);
