// process.exit inside a callback stops everything at once: no later code,
// ticks, promises or timers run; 'exit' listeners get the code.
setTimeout(() => console.log('other timer: never'), 5);
setImmediate(() => {
  console.log('immediate');
  process.nextTick(() => console.log('tick: never'));
  Promise.resolve().then(() => console.log('promise: never'));
  process.exit(5);
  console.log('after exit: never');
});
process.on('exit', function (code) {
  console.log('exit', code, this === process, process._exiting);
  process.nextTick(() => console.log('tick in exit: never'));
  setTimeout(() => console.log('timer in exit: never'), 0);
});
