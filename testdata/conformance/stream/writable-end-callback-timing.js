'use strict';
const { Writable } = require('stream');
const log = (s) => console.log(s);
const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('fail')); } });
w.on('error', (e) => log('error'));
w.write('a', (err) => { log('cb a'); process.nextTick(() => log('tick from cb a')); });
w.write('b', (err) => log('cb b'));
w.end((err) => log('end err ' + (err && err.message)));
log('sync end');
// end() callbacks in other states

const x1 = new Writable({ write(c, e, cb) { cb(); } });
x1.end();
x1.on('finish', () => { x1.end((...a) => console.log('after finish', a.length, a[0] === null ? 'null' : typeof a[0], a[0] && a[0].code)); });
const x2 = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('x')); } });
x2.on('error', () => {});
x2.write('a');
x2.end((...a) => console.log('errored', a.length, a[0] && a[0].message));
const x3 = new Writable({ write(c, e, cb) { cb(); } });
x3.destroy();
x3.end((...a) => console.log('destroyed', a.length, a[0] && a[0].code));
const x4 = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
x4.on('error', () => {});
x4.destroy(new Error('d4'));
x4.end((...a) => console.log('destroyed with err', a.length, a[0] && (a[0].code || a[0].message)));
