'use strict';
// Pseudo-random nested values (fixed seed) to exercise node's line-breaking
// and array-grouping rules.
const util = require('util');
let seed = 42;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const words = ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'a longer string', 'x'.repeat(20), 'it\'s', ''];
function value(depth) {
  const t = rnd(depth > 3 ? 5 : 10);
  switch (t) {
    case 0: return rnd(1000) - 500;
    case 1: return words[rnd(words.length)];
    case 2: return rnd(2) === 0;
    case 3: return rnd(3) === 0 ? null : undefined;
    case 4: return rnd(100000) / 7;
    case 5: case 6: {
      const n = rnd(rnd(3) === 0 ? 30 : 8);
      const arr = [];
      for (let i = 0; i < n; i++) arr.push(value(depth + 1));
      return arr;
    }
    case 7: {
      const n = rnd(rnd(3) === 0 ? 30 : 5);
      const arr = [];
      for (let i = 0; i < n; i++) arr.push(rnd(3) === 0 ? rnd(100000) : rnd(10));
      return arr;
    }
    default: {
      const n = rnd(7);
      const o = {};
      for (let i = 0; i < n; i++) o[words[rnd(5)] + i] = value(depth + 1);
      return o;
    }
  }
}
for (let i = 0; i < 150; i++) {
  const v = value(0);
  console.log(util.inspect(v));
  if (i % 10 === 0) console.log(util.inspect(v, { depth: 5, breakLength: 60 }));
}
