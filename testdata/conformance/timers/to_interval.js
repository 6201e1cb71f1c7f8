'use strict';
// A timeout whose callback sets _repeat runs again, as an interval (node
// reads _repeat after the callback).
let runs = 0;
const t = setTimeout(() => {
  runs++;
  console.log('run', runs);
  if (t._repeat) clearInterval(t);
  t._repeat = 1;
}, 1);
process.on('exit', () => console.log('runs', runs));
