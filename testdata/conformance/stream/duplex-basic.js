'use strict';
const { Duplex, Readable, Writable, Stream } = require('stream');
const log = (s) => console.log(s);
const written = [];
const d = new Duplex({
  read() {},
  write(c, e, cb) { written.push(c.toString()); this.push(c.toString().toUpperCase()); cb(); },
  final(cb) { log('_final'); this.push(null); cb(); },
});
log('instanceof Duplex/Readable/Writable/Stream ' + [d instanceof Duplex, d instanceof Readable, d instanceof Writable, d instanceof Stream].join());
log('plain Readable instanceof Writable ' + (new Readable() instanceof Writable));
log('allowHalfOpen ' + d.allowHalfOpen + ' readable=' + d.readable + ' writable=' + d.writable);
['end', 'finish', 'prefinish', 'close'].forEach((ev) => d.on(ev, () => log('event ' + ev + ' readableEnded=' + d.readableEnded + ' writableFinished=' + d.writableFinished)));
d.on('data', (c) => log('data ' + c));
d.write('abc');
d.write('def');
d.end();
const od = new Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { cb(); } });
log('readableObjectMode=' + od.readableObjectMode + ' writableObjectMode=' + od.writableObjectMode + ' rhwm=' + od.readableHighWaterMark + ' whwm=' + od.writableHighWaterMark);
const hw = new Duplex({ readableHighWaterMark: 10, writableHighWaterMark: 20 });
log('hwm ' + hw.readableHighWaterMark + ' ' + hw.writableHighWaterMark);
const ro = new Duplex({ writable: false, read() {} });
log('writable:false writable=' + ro.writable + ' writableEnded=' + ro.writableEnded + ' finished=' + ro.writableFinished);
