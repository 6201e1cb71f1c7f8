'use strict';
function show(fn) {
  try {
    const v = fn();
    console.log('ok', typeof v);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const s = AbortSignal.abort();
console.log('abort()', s.aborted, s.reason.name, s.reason.message, s.reason.code);
const s2 = AbortSignal.abort('reason');
console.log('abort(reason)', s2.aborted, s2.reason);
show(() => new AbortSignal());
show(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
show(() => AbortSignal.timeout(-1));
show(() => AbortSignal.timeout(1.5));
show(() => AbortSignal.timeout('1'));
show(() => AbortSignal.any([1]));
show(() => AbortSignal.any('x'));

const t = AbortSignal.timeout(10);
console.log('timeout initially', t.aborted);
t.addEventListener('abort', () => {
  console.log('timeout fired', t.aborted, t.reason.name, t.reason.message, t.reason.code);
});
// An unref'd timeout does not keep the process alive.
AbortSignal.timeout(100000).addEventListener('abort', () => console.log('never'));

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.onabort = () => console.log('any aborted with', any.reason);
b.abort('b first');
a.abort('a second');
console.log('any reason', any.reason);
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('already')]);
console.log('any with aborted input', pre.aborted, pre.reason);
const none = AbortSignal.any([]);
console.log('any of none', none.aborted);
setTimeout(() => console.log('end'), 50);
