'use strict';
const { Readable } = require('stream');
const log = (s) => console.log(s);
let i = 0;
const r = new Readable({ read() { if (i < 5) this.push(String(i++)); else this.push(null); } });
r.on('pause', () => log('pause event'));
r.on('resume', () => log('resume event'));
log('initial paused=' + r.isPaused() + ' flowing=' + r.readableFlowing);
r.pause();
log('after pause paused=' + r.isPaused() + ' flowing=' + r.readableFlowing);
r.on('data', (d) => {
  log('data ' + d);
  if (d === '1') {
    r.pause();
    log('paused in data ' + r.isPaused());
    setTimeout(() => { log('resuming'); r.resume(); }, 2);
  }
});
log('after data listener flowing=' + r.readableFlowing);
setTimeout(() => { log('first resume'); r.resume(); log('flowing=' + r.readableFlowing); }, 1);
r.on('end', () => log('end'));
