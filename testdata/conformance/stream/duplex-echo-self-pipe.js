'use strict';
// A socket-like echo: c.pipe(c) on a Duplex whose writes go to a peer.
const { Duplex } = require('stream');
const log = (s) => console.log(s);
const wire = [];
const c = new Duplex({
  highWaterMark: 4,
  read() {},
  write(chunk, enc, cb) {
    wire.push(chunk.toString());
    setTimeout(() => {
      cb();
      if (wire.length === 2) { c.push('bye'); c.push(null); }
    }, 1);
  },
  final(cb) { log('final wire=' + wire.join('|')); cb(); },
});
['end', 'finish', 'close', 'drain', 'pause', 'resume'].forEach((ev) => c.on(ev, () => log('event ' + ev)));
c.pipe(c);
c.push('hello');
c.push('world');
