'use strict';
const { on, EventEmitter } = require('events');

async function main() {
  const e = new EventEmitter();
  process.nextTick(() => {
    e.emit('foo', 'bar');
    e.emit('foo', 42, 'two');
    e.emit('foo', 'last');
  });
  const seen = [];
  for await (const args of on(e, 'foo')) {
    seen.push(JSON.stringify(args));
    if (args[0] === 'last') break;
  }
  console.log(seen.join(' | '));
  console.log('cleaned after break', e.listenerCount('foo'), e.listenerCount('error'));

  // Errors end the iteration by throwing.
  const it = on(e, 'data');
  console.log('listening', e.listenerCount('data'), e.listenerCount('error'));
  process.nextTick(() => {
    e.emit('data', 1);
    e.emit('error', new Error('oops'));
  });
  try {
    for await (const [v] of it) console.log('data', v);
  } catch (err) {
    console.log('caught', err.message);
  }
  const it2 = on(e, 'm');
  console.log('is async iterable', typeof it2[Symbol.asyncIterator], it2[Symbol.asyncIterator]() === it2);
  it2.return();
  console.log('cleaned after error', e.listenerCount('data'), e.listenerCount('error'));
}
main().then(() => console.log('done'));
