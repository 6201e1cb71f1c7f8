// Ticks queued by microtasks run after the current microtask queue drains;
// microtasks queued by ticks run after the tick queue drains.
const log = [];
process.nextTick(() => {
  log.push('tick A');
  Promise.resolve().then(() => {
    log.push('promise from A');
    process.nextTick(() => log.push('tick from promise from A'));
    Promise.resolve().then(() => log.push('promise from promise from A'));
  });
  process.nextTick(() => log.push('tick from A'));
});
Promise.resolve().then(() => {
  log.push('promise B');
  process.nextTick(() => {
    log.push('tick from B');
    Promise.resolve().then(() => log.push('promise from tick from B'));
  });
  queueMicrotask(() => log.push('microtask from B'));
});
process.nextTick(() => log.push('tick C'));
setTimeout(() => console.log(log.join('\n')), 1);
