// timers/promises: setTimeout/setImmediate resolve with their value; AbortController cancels.
const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate } = tp;
console.log(require('timers').promises === tp, require('node:timers/promises') === tp);
(async () => {
  console.log('timeout value', await sleep(2, 'v1'));
  console.log('immediate value', await immediate('v2'));
  console.log('no value', await sleep(1));
  const ac = new AbortController();
  const p = sleep(1000, 'never', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log('aborted:', e.name, e.code, e.message); }
  const ac2 = new AbortController();
  ac2.abort(new Error('why'));
  try { await immediate('x', { signal: ac2.signal }); } catch (e) {
    console.log('pre-aborted:', e.name, e.code, e.cause && e.cause.message);
  }
  try { await sleep(1, 'x', { signal: 'nope' }); } catch (e) { console.log('bad signal:', e.code); }
  try { await sleep(1, 'x', { ref: 'yes' }); } catch (e) { console.log('bad ref:', e.code); }
  try { await sleep(1, 'x', 'opts'); } catch (e) { console.log('bad options:', e.code); }
  await tp.scheduler.wait(1);
  console.log('scheduler.wait done');
  await tp.scheduler.yield();
  console.log('scheduler.yield done');
})();
