'use strict';
// When 'finish' fires relative to other ticks: sync/async writes with and
// without callbacks, cork, construct.
const { Writable } = require('stream');
function partA(next) {

function mk(name, corked, withCb, asyncCb) {
  const w = new Writable({ write(c, e, cb) { if (asyncCb) setImmediate(cb); else cb(); } });
  w.on('prefinish', () => console.log(name + ' prefinish'));
  w.on('finish', () => console.log(name + ' finish'));
  if (corked) w.cork();
  if (withCb) w.write('a', () => console.log(name + ' write cb')); else w.write('a');
  w.end();
  process.nextTick(() => console.log(name + ' tick after end'));
}
mk('A corked nocb', true, false);
mk('B corked cb', true, true);
mk('C plain nocb', false, false);
mk('D plain cb', false, true);
setTimeout(() => { mk('E async nocb', false, false, true); mk('F async cb', false, true, true); setTimeout(next, 5); }, 5);
}
function partB(next) {

const w = new Writable({ highWaterMark: 2, write(c, e, cb) { console.log('_write ' + c); cb(); } });
w.on('drain', () => console.log('drain'));
w.on('finish', () => console.log('finish'));
w.cork();
console.log('ret', w.write('a'), w.write('b'), w.write('c'));
process.nextTick(() => console.log('tick before uncork'));
w.uncork();
console.log('after uncork len=' + w.writableLength + ' pendingcb=' + w._writableState.pendingcb);
process.nextTick(() => console.log('tick after uncork'));
setImmediate(() => {
  const x = new Writable({ highWaterMark: 2, write(c, e, cb) { cb(); } });
  x.on('finish', () => console.log('x finish'));
  x.write('aaa');
  console.log('x pendingcb after sync nop write=' + x._writableState.pendingcb);
  x.write('b', () => console.log('x cb'));
  console.log('x pendingcb after sync cb write=' + x._writableState.pendingcb);
  x.end();
  process.nextTick(() => console.log('x tick'));
  setTimeout(next, 5);
});
}
function partC() {
const { Readable } = require('stream');
const w = new Writable({
  construct(cb) { setImmediate(() => { console.log('calling construct cb'); process.nextTick(() => console.log('marker0 (before cb)')); cb(); process.nextTick(() => console.log('marker1 (after cb)')); process.nextTick(() => process.nextTick(() => console.log('marker2 (nested)'))); }); },
  write(c, e, cb) { console.log('_write ' + c); cb(); },
  final(cb) { console.log('_final'); cb(); },
});
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.write('x');
w.end();
setTimeout(() => {
  const w2 = new Writable({ construct(cb) { console.log('w2 construct (sync cb)'); cb(); }, write(c, e, cb) { console.log('w2 _write'); cb(); } });
  process.nextTick(() => console.log('w2 marker A'));
  w2.write('y');
  process.nextTick(() => console.log('w2 marker B'));
  w2.on('finish', () => console.log('w2 finish'));
  w2.end();
  process.nextTick(() => console.log('w2 marker C'));
  const r = new Readable({ construct(cb) { console.log('r construct'); cb(); }, read() { console.log('r _read'); this.push(null); } });
  r.on('end', () => console.log('r end'));
  r.resume();
  process.nextTick(() => console.log('r marker'));
}, 5);
}
partA(() => partB(partC));
