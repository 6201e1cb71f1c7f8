'use strict';
const util = require('util');
let seed = 5;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const pieces = ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', '%', '%x', 'text', ' ', '%s%s', '100%', '%5d'];
const vals = [0, -0, 1.5, -7, 'str', '42abc', '', null, undefined, true, 10n, Symbol('s'), { a: 1 }, [1, [2, [3, [4]]]],
  new Map([[1, 2]]), new Date(0), function named() {}, () => {}, NaN, Infinity, { toString() { return 'TS'; } }, [], {}];
for (let i = 0; i < 400; i++) {
  let fmt = '';
  const n = rnd(5);
  for (let j = 0; j < n; j++) fmt += pieces[rnd(pieces.length)];
  const args = [];
  const m = rnd(4);
  for (let j = 0; j < m; j++) args.push(vals[rnd(vals.length)]);
  const useFmt = rnd(5) !== 0;
  const out = useFmt ? util.format(fmt, ...args) : util.format(...args);
  console.log(JSON.stringify(out));
}
