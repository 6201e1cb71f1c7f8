'use strict';
const { Readable } = require('stream');
const log = (s) => console.log(s);
const r = new Readable({ read() {} });
['end', 'close', 'error', 'pause', 'resume'].forEach((ev) => r.on(ev, (e) => log('event ' + ev + (e ? ' ' + e.message : ''))));
r.push('x');
log('before destroyed=' + r.destroyed + ' closed=' + r.closed + ' errored=' + r.errored);
r.destroy(new Error('boom'), (err) => log('destroy cb ' + (err && err.message)));
log('after destroyed=' + r.destroyed + ' closed=' + r.closed + ' errored=' + (r.errored && r.errored.message) + ' readable=' + r.readable);
log('push after destroy ' + r.push('y'));
log('second destroy returns same ' + (r.destroy(new Error('again')) === r));
process.nextTick(() => log('tick'));
setTimeout(() => {
  log('aborted=' + r.readableAborted);
  const r2 = new Readable({
    read() {},
    destroy(err, cb) { log('_destroy err=' + err); setTimeout(() => cb(new Error('from _destroy')), 1); },
  });
  r2.on('error', (e) => log('r2 error ' + e.message));
  r2.on('close', () => log('r2 close'));
  r2.destroy();
  log('r2 destroyed=' + r2.destroyed + ' closed=' + r2.closed);
}, 5);
