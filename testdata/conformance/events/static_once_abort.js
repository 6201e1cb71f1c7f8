'use strict';
const { once, EventEmitter } = require('events');

async function main() {
  const e = new EventEmitter();
  const ac = new AbortController();
  const p = once(e, 'never', { signal: ac.signal });
  console.log('pending', e.listenerCount('never'), e.listenerCount('error'));
  ac.abort();
  try {
    await p;
  } catch (err) {
    console.log('aborted:', err.name, err.code, err.message, err instanceof Error);
    console.log('cause:', err.cause && err.cause.name, err.cause && err.cause.message);
  }
  console.log('cleaned', e.listenerCount('never'), e.listenerCount('error'));

  // Already aborted signal rejects immediately, with the reason as cause.
  try {
    await once(e, 'never', { signal: AbortSignal.abort('my reason') });
  } catch (err) {
    console.log('pre-aborted:', err.name, err.code, err.message, err.cause);
  }
  console.log('nothing added', e.listenerCount('never'));

  // Resolution removes the abort listener.
  const ac2 = new AbortController();
  const p2 = once(e, 'go', { signal: ac2.signal });
  e.emit('go', 'value');
  console.log('resolved', JSON.stringify(await p2));
  ac2.abort();
  console.log('abort after resolve is harmless');

  // Invalid signal.
  try {
    await once(e, 'x', { signal: 'nope' });
  } catch (err) {
    console.log(err.code, err.message);
  }
  // Reason passed to abort() becomes the cause.
  const ac3 = new AbortController();
  const p3 = once(e, 'y', { signal: ac3.signal });
  ac3.abort(new Error('custom reason'));
  try {
    await p3;
  } catch (err) {
    console.log('custom cause:', err.cause.message);
  }
}
main().then(() => console.log('done'));
