// Microtasks and ticks run between timers that expire together.
setTimeout(() => {
  console.log('t1');
  process.nextTick(() => console.log('t1 tick'));
  Promise.resolve().then(() => console.log('t1 promise'));
}, 2);
setTimeout(() => {
  console.log('t2');
  Promise.resolve().then(() => console.log('t2 promise'));
  process.nextTick(() => console.log('t2 tick'));
}, 2);
setTimeout(() => console.log('t3'), 2);
