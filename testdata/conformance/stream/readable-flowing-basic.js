'use strict';
const { Readable } = require('stream');
const log = (s) => console.log(s);
let n = 0;
const r = new Readable({
  read() {
    log('read ' + n);
    if (n < 3) this.push('chunk' + n++);
    else this.push(null);
  },
});
['pause', 'resume', 'end', 'close', 'error'].forEach((ev) => r.on(ev, () => log('event ' + ev)));
r.on('data', (d) => log('data ' + d + ' flowing=' + r.readableFlowing));
log('sync flowing=' + r.readableFlowing + ' paused=' + r.isPaused());
process.nextTick(() => log('tick1'));
Promise.resolve().then(() => log('micro1'));
setTimeout(() => log('timeout ended=' + r.readableEnded + ' destroyed=' + r.destroyed + ' closed=' + r.closed), 0);
