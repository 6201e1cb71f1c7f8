'use strict';
const util = require('util');
let seed = 101;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
const words = ['a', 'bb', 'ccc', 'a longer string', 'x'.repeat(30), "it's", '', 'multi\nline text that is long enough to split maybe yes'];
class Point { constructor(x, y) { this.x = x; this.y = y; } }
function value(depth) {
  const t = rnd(depth > 3 ? 6 : 14);
  switch (t) {
    case 0: return rnd(1000) - 500;
    case 1: return words[rnd(words.length)];
    case 2: return rnd(2) === 0;
    case 3: return [null, undefined, NaN, -0, 10n, Symbol('s')][rnd(6)];
    case 4: return rnd(100000) / 7;
    case 5: return new Date(rnd(2) * 1e12);
    case 6: case 7: { const n = rnd(rnd(3) === 0 ? 30 : 8); const a = []; for (let i = 0; i < n; i++) a.push(value(depth + 1)); return a; }
    case 8: { const m = new Map(); const n = rnd(5); for (let i = 0; i < n; i++) m.set(value(depth + 2), value(depth + 1)); return m; }
    case 9: { const s = new Set(); const n = rnd(6); for (let i = 0; i < n; i++) s.add(value(depth + 1)); return s; }
    case 10: return new Point(value(depth + 1), value(depth + 1));
    case 11: return new Uint16Array(rnd(20)).map(() => rnd(70000));
    default: { const n = rnd(7); const o = {}; for (let i = 0; i < n; i++) o[['k', 'key-x', 'long_key_name', 'Ω'][rnd(4)] + i] = value(depth + 1); return o; }
  }
}
const optionSets = [{}, { compact: false }, { compact: 1 }, { compact: true }, { breakLength: 40 }, { breakLength: 120 }, { sorted: true }, { depth: 0 }, { depth: 4 }, { maxArrayLength: 3 }, { compact: 5, breakLength: 60 }];
for (let i = 0; i < 300; i++) {
  const v = value(0);
  const opts = optionSets[rnd(optionSets.length)];
  console.log(JSON.stringify(opts));
  console.log(util.inspect(v, opts));
}
