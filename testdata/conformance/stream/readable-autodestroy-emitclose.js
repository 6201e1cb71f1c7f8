'use strict';
const { Readable } = require('stream');
const log = (s) => console.log(s);
function mk(name, opts) {
  const r = new Readable(Object.assign({ read() { this.push('a'); this.push(null); } }, opts));
  ['end', 'close', 'error'].forEach((ev) => r.on(ev, () => log(name + ' ' + ev + ' destroyed=' + r.destroyed)));
  r.resume();
  return r;
}
mk('default', {});
mk('noAutoDestroy', { autoDestroy: false });
mk('noEmitClose', { emitClose: false });
const e = new Readable({ read() {}, autoDestroy: false, emitClose: false });
e.on('error', (er) => log('e error ' + er.message));
e.on('close', () => log('e close'));
e.destroy(new Error('x'));
setTimeout(() => log('done'), 2);
