'use strict';
const { on, EventEmitter } = require('events');

async function main() {
  const e = new EventEmitter();
  process.nextTick(() => {
    e.emit('line', 'a');
    e.emit('line', 'b');
    e.emit('end');
    e.emit('line', 'after end');
  });
  const lines = [];
  const it1 = on(e, 'line', { close: ['end', 'close'] });
  for (let r = await it1.next(); !r.done; r = await it1.next()) lines.push(r.value[0]);
  console.log('lines', lines.join(','));
  console.log('cleaned', e.listenerCount('line'), e.listenerCount('end'), e.listenerCount('close'), e.listenerCount('error'));

  // Events queued before close are still delivered.
  const it = on(e, 'v', { close: ['stop'] });
  e.emit('v', 1);
  e.emit('v', 2);
  e.emit('stop');
  const out = [];
  for (let r = await it.next(); !r.done; r = await it.next()) out.push(r.value[0]);
  console.log('queued then closed', out.join(','));
}
main().then(() => console.log('done'));
