const { on, once, EventEmitter } = require('events');
async function main() {
  const e = new EventEmitter();
  let paused = 0, resumed = 0;
  e.pause = () => { paused++; console.log('pause called'); };
  e.resume = () => { resumed++; console.log('resume called'); };
  const it = on(e, 'd', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 0; i < 4; i++) { e.emit('d', i); console.log('emitted', i); }
  for (let i = 0; i < 4; i++) { const r = await it.next(); console.log('got', JSON.stringify(r)); }
  console.log(paused, resumed);
  await it.return();
  try { on(e, 'x', { highWaterMark: 0 }) } catch (er) { console.log(er.code, er.message) }
  try { on(e, 'x', { highWaterMark: 'a' }) } catch (er) { console.log(er.code, er.message) }
  try { on(e, 'x', { lowWaterMark: 1.5 }) } catch (er) { console.log(er.code, er.message) }
  try { on(e, 'x', { close: 'end' }); console.log('close string ok') } catch (er) { console.log(er.code, er.message) }
  try { on(e, 'x', 5); console.log('options number ok') } catch (er) { console.log(er.code, er.message) }
  // on() for 'error' itself
  const it2 = on(e, 'error');
  e.emit('error', new Error('as value'));
  const r2 = await it2.next(); console.log('error as value', r2.value[0].message, e.listenerCount('error'));
  await it2.return();
  // once with EventTarget and signal
  const et = new EventTarget(); const ac = new AbortController();
  const p = once(et, 'x', { signal: ac.signal }); ac.abort();
  await p.catch((er) => console.log('et abort', er.name));
  console.log('et listeners', require('events').getEventListeners(et, 'x').length, require('events').getEventListeners(ac.signal, 'abort').length);
  // on() after error: next rejects once then done
  const it3 = on(e, 'z');
  e.emit('error', new Error('E1'));
  await it3.next().catch((er) => console.log('rej', er.message));
  console.log(JSON.stringify(await it3.next()));
  // once with emitter lacking removeListener? use EventTarget-like without on
  const fake = { addEventListener(n, l, o) { console.log('addEventListener', n, JSON.stringify(o)); this.l = l; }, removeEventListener(n) { console.log('removeEventListener', n); } };
  const p4 = once(fake, 'q'); fake.l('evt'); console.log(JSON.stringify(await p4));
}
main().then(() => console.log('done'));
