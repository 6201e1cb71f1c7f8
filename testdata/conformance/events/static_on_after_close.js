const { on, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'x');
  e.emit('x', 1); e.emit('x', 2);
  console.log(JSON.stringify(await it.return()));
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.next()));
  const it2 = on(e, 'y');
  e.emit('y', 1);
  e.emit('error', new Error('E'));
  console.log(JSON.stringify(await it2.next()));
  await it2.next().catch((er) => console.log('rejected', er.message));
  console.log(JSON.stringify(await it2.next()));
  const it3 = on(e, 'z');
  e.emit('error', new Error('E3'));
  e.emit('error', new Error('E4'));
})().catch((er) => console.log('outer', er.message));
