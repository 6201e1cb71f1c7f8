'use strict';
const { on, EventEmitter } = require('events');

async function main() {
  const e = new EventEmitter();
  // Manual next()/return().
  const it2 = on(e, 'm');
  e.emit('m', 'queued1');
  e.emit('m', 'queued2');
  console.log(JSON.stringify(await it2.next()));
  console.log(JSON.stringify(await it2.next()));
  const pending = it2.next();
  e.emit('m', 'live');
  console.log(JSON.stringify(await pending));
  console.log(JSON.stringify(await it2.return()));
  console.log(JSON.stringify(await it2.next()));

  // throw() rejects pending next with the error and validates its argument.
  const it3 = on(e, 't');
  const p3 = it3.next();
  it3.throw(new Error('thrown in'));
  try {
    await p3;
  } catch (err) {
    console.log('throw():', err.message);
  }
  try {
    it3.throw('not an error');
  } catch (err) {
    console.log(err.code, err.message);
  }
  // Pending nexts resolve done on return().
  const it4 = on(e, 'u');
  const a = it4.next();
  const b = it4.next();
  it4.return();
  console.log(JSON.stringify(await a), JSON.stringify(await b));
  // EventTarget support.
  const et = new EventTarget();
  const it5 = on(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  const r = await it5.next();
  console.log('EventTarget', r.done, r.value[0].type);
  await it5.return();
}
main().then(() => console.log('done'));
