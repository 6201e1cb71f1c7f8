'use strict';
// map/filter/forEach with concurrency > 1 run that many calls at once and
// keep the source's order in their results.
const { Readable } = require('stream');
const delay = (ms, v) => new Promise((resolve) => setTimeout(resolve, ms, v));
(async () => {
  let running = 0;
  let peak = 0;
  const mapped = await Readable.from([1, 2, 3, 4, 5, 6]).map(async (x) => {
    running++;
    peak = Math.max(peak, running);
    await delay(x % 2 ? 15 : 1);
    running--;
    return x * 10;
  }, { concurrency: 3 }).toArray();
  console.log('map', mapped.join(), 'peak', peak);
  const kept = await Readable.from([1, 2, 3, 4, 5, 6]).filter(async (x) => {
    await delay(7 - x);
    return x % 2 === 0;
  }, { concurrency: 2 }).toArray();
  console.log('filter', kept.join());
  const seen = [];
  await Readable.from([1, 2, 3]).forEach(async (x) => {
    await delay(4 - x);
    seen.push(x);
  }, { concurrency: 3 });
  console.log('forEach', seen.length);
})();
