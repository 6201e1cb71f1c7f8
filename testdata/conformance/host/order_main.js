// nextTick before promise microtasks; both before timers and immediates.
const log = [];
setTimeout(() => {
  log.push('timeout');
  setImmediate(() => {
    log.push('immediate-after-timeout');
    console.log(log.join('\n'));
  });
}, 5);
Promise.resolve().then(() => log.push('promise1'));
process.nextTick(() => log.push('tick1'));
queueMicrotask(() => log.push('microtask'));
process.nextTick(() => log.push('tick2'));
Promise.resolve().then(() => log.push('promise2'));
log.push('sync');
