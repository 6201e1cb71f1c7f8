// process.nextTick with 0 to 5 arguments (the tick queue keeps up to three
// inline and runs them as plain calls): each callback sees exactly its
// arguments and `this`, in queue order with ticks that throw in between, and
// a replaced process.nextTick sees the ticks the stream builtins queue (node's
// builtins call process.nextTick too).
'use strict';
function show(tag) {
  return function (...a) { console.log(tag, a.length, JSON.stringify(a), this === undefined); };
}
process.nextTick(show('t0'));
process.nextTick(show('t1'), 1);
process.nextTick(show('t2'), 1, 'b');
process.nextTick(show('t3'), 1, 'b', null);
process.nextTick(show('t4'), 1, 'b', null, [4]);
process.nextTick(show('t5'), 1, 'b', null, [4], { e: 5 });
process.nextTick(show('undef'), undefined, undefined);
process.nextTick(() => { throw new Error('boom'); });
process.nextTick(show('after throw'), 'x');
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
queueMicrotask(() => console.log('microtask'));

setImmediate(() => {
  const { Readable, Writable } = require('stream');
  const orig = process.nextTick;
  let seen = 0;
  process.nextTick = function (fn, ...args) { seen++; return orig.call(this, fn, ...args); };
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { console.log('write', String(c)); cb(); } });
  r.on('end', () => console.log('end, wrapper saw ticks:', seen > 0));
  r.on('close', () => {
    console.log('close');
    process.nextTick = orig;
    process.nextTick(show('restored'), 'r');
  });
  w.on('finish', () => console.log('finish'));
  r.pipe(w);
  r.push('a');
  r.push(null);
  orig(() => console.log('original tick'));
});
