// Ticks and microtasks between immediates; an immediate queued by an immediate waits for the next turn.
setImmediate(() => {
  console.log('i1');
  setImmediate(() => console.log('i1 nested'));
  process.nextTick(() => console.log('i1 tick'));
  Promise.resolve().then(() => console.log('i1 promise'));
});
setImmediate(() => {
  console.log('i2');
  Promise.resolve().then(() => console.log('i2 promise'));
});
setImmediate(() => console.log('i3'));
