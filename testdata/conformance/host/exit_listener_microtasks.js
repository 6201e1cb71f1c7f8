// After natural exit's 'exit' listeners, their microtasks and rejections still
// run (ticks do not); with process.exit() nothing runs after the listeners.
process.on('unhandledRejection', (r) => console.log('unhandledRejection in exit:', r.message));
process.on('exit', (c) => {
  console.log('exit', c);
  Promise.reject(new Error('late'));
  process.nextTick(() => console.log('tick: never'));
  queueMicrotask(() => {
    console.log('microtask after exit listeners');
    process.exitCode = 3;
  });
});
console.log('main');
