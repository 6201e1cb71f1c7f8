'use strict';
const { on, EventEmitter } = require('events');

async function main() {
  const e = new EventEmitter();
  const ac = new AbortController();
  process.nextTick(() => {
    e.emit('tick', 1);
    e.emit('tick', 2);
    ac.abort();
  });
  const got = [];
  try {
    // Manual iteration (equivalent to for await).
    const it = on(e, 'tick', { signal: ac.signal });
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      got.push(r.value[0]);
    }
  } catch (err) {
    console.log('got', got.join(','), 'then', err.name, err.code, err.message, err.cause && err.cause.name);
  }
  console.log('cleaned', e.listenerCount('tick'), e.listenerCount('error'));

  // An already aborted signal throws synchronously.
  try {
    on(e, 'tick', { signal: AbortSignal.abort() });
    console.log('no throw');
  } catch (err) {
    console.log('sync', err.name, err.code, err.message);
  }
  // Invalid signal throws synchronously.
  try {
    on(e, 'tick', { signal: {} });
  } catch (err) {
    console.log(err.code, err.message);
  }
  // Invalid emitter throws synchronously.
  try {
    on(null, 'tick');
  } catch (err) {
    console.log(err.name);
  }
  try {
    on({}, 'tick');
  } catch (err) {
    console.log(err.code, err.message);
  }
}
main().then(() => console.log('done'));
