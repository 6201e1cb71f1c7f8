'use strict';
// A handled exception from a tick whose handler queues another throwing tick
// (what a domain's error handler can do) does not starve the loop: after a
// handled throw the remaining ticks wait for a next callback, so timers and
// immediates still run, as in node.
let throws = 0;
let stop = false;
let immediateAt = -1;
process.on('uncaughtException', (e) => {
  throws++;
  if (!stop && throws < 10000) process.nextTick(() => { throw new Error('again'); });
});
process.nextTick(() => { throw new Error('first'); });
setImmediate(() => {
  immediateAt = throws;
  stop = true;
});
process.on('exit', () => {
  console.log('immediate ran while ticks kept throwing:', immediateAt > 0 && immediateAt < 100);
});
