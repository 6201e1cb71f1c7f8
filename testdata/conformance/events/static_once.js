'use strict';
const { once, EventEmitter } = require('events');

async function main() {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('ready', 1, 'two', { three: 3 }));
  const values = await once(e, 'ready');
  console.log('resolved', JSON.stringify(values));
  console.log('listeners cleaned', e.listenerCount('ready'), e.listenerCount('error'));

  // 'error' while waiting rejects.
  process.nextTick(() => e.emit('error', new Error('bad')));
  try {
    await once(e, 'ready');
  } catch (err) {
    console.log('rejected', err.message);
  }
  console.log('listeners cleaned after error', e.listenerCount('ready'), e.listenerCount('error'));

  // Waiting for 'error' itself resolves with the error.
  process.nextTick(() => e.emit('error', new Error('wanted')));
  const [err] = await once(e, 'error');
  console.log('error event value', err.message);

  // Listener registration is visible while pending.
  const p = once(e, 'later');
  console.log('pending listeners', e.listenerCount('later'), e.listenerCount('error'));
  e.emit('later');
  console.log('after emit', e.listenerCount('later'), e.listenerCount('error'), JSON.stringify(await p));

  // Only the first emission is captured.
  const q = once(e, 'multi');
  e.emit('multi', 'first');
  e.emit('multi', 'second');
  console.log('first only', JSON.stringify(await q));

  // Works with EventTarget.
  const et = new EventTarget();
  const r = once(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  const [event] = await r;
  console.log('EventTarget', event.type, event instanceof Event);

  // Invalid emitter rejects (once is an async function).
  const bad = once({}, 'x');
  console.log('is promise', bad instanceof Promise);
  try {
    await bad;
  } catch (err) {
    console.log(err.code, err.message);
  }
}
main().then(() => console.log('done'));
