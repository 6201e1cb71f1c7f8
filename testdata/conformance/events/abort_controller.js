'use strict';
const ac = new AbortController();
const { signal } = ac;
console.log('initial', signal.aborted, signal.reason, signal.onabort, signal === ac.signal);
console.log('tags', Object.prototype.toString.call(ac), Object.prototype.toString.call(signal));
console.log('signal is EventTarget', signal instanceof EventTarget, signal instanceof AbortSignal);
const order = [];
signal.addEventListener('abort', (ev) => order.push(`listener1 ${ev.type} trusted=${ev.isTrusted} target=${ev.target === signal} aborted=${signal.aborted}`));
signal.onabort = (ev) => order.push(`onabort ${ev.constructor.name}`);
signal.addEventListener('abort', () => order.push('listener2'));
ac.abort();
ac.abort(); // second abort is a no-op
console.log(order.join('\n'));
const r = signal.reason;
console.log('reason', r.name, r.message, r.code, r.constructor.name, r instanceof Error, String(r));
try {
  signal.throwIfAborted();
} catch (err) {
  console.log('throwIfAborted threw reason', err === r);
}

// Custom reasons, including falsy ones.
for (const reason of ['why', 0, null, new Error('err reason')]) {
  const c = new AbortController();
  c.abort(reason);
  const got = c.signal.reason;
  console.log('custom reason', got === reason, c.signal.aborted);
}
const u = new AbortController();
u.abort(undefined);
console.log('undefined reason becomes', u.signal.reason.name);

// onabort replacement keeps one slot; null disables it.
const c2 = new AbortController();
const calls = [];
c2.signal.onabort = () => calls.push('first handler');
c2.signal.addEventListener('abort', () => calls.push('added after'));
c2.signal.onabort = () => calls.push('replacement handler');
console.log('onabort getter is function', typeof c2.signal.onabort);
c2.abort();
console.log(calls.join(','));
const c3 = new AbortController();
c3.signal.onabort = () => console.log('never');
c3.signal.onabort = null;
console.log('onabort null', c3.signal.onabort);
c3.abort();
// throwIfAborted on a live signal does nothing
new AbortController().signal.throwIfAborted();
console.log('live throwIfAborted ok');
// Listener added after abort never fires.
c3.signal.addEventListener('abort', () => console.log('never after'));
console.log('proto keys', Object.keys(AbortController.prototype).join(','), Object.keys(AbortSignal.prototype).join(','));
