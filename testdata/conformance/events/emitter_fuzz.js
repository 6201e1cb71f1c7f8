'use strict';
// Differential fuzz: random sequences of EventEmitter operations, including
// listeners that add/remove listeners while an emit is running. The trace
// must match node's exactly.
const EventEmitter = require('events');

let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

const names = ['a', 'b', 'c', 'newListener', 'removeListener'];
const out = [];
let checksum = 0;
function log(s) {
  out.push(s);
  for (let i = 0; i < s.length; i++) checksum = (checksum * 31 + s.charCodeAt(i)) | 0;
}

for (let run = 0; run < 40; run++) {
  const e = new EventEmitter();
  e.setMaxListeners(0);
  const pool = [];
  for (let i = 0; i < 6; i++) {
    const id = i;
    const fn = function (...args) {
      log(`L${id}(${args.map((a) => (typeof a === 'function' ? a.name : String(a))).join(',')})`);
      // Bounded re-entrancy: listeners nested more than two deep only log.
      if (active > 2) return;
      active++;
      try {
        mutate();
      } finally {
        active--;
      }
    };
    const mutate = () => {
      const r = rand(10);
      if (r === 0) e.on(names[rand(3)], pool[rand(pool.length)]);
      else if (r === 1) e.off(names[rand(3)], pool[rand(pool.length)]);
      else if (r === 2) e.prependOnceListener(names[rand(3)], pool[rand(pool.length)]);
      else if (r === 3 && depth < 2) { depth++; e.emit(names[rand(3)], 'nested'); depth--; }
    };
    Object.defineProperty(fn, 'name', { value: `L${id}` });
    pool.push(fn);
  }
  let depth = 0;
  let active = 0;
  for (let step = 0; step < 30; step++) {
    const op = rand(9);
    const name = names[rand(names.length)];
    const fn = pool[rand(pool.length)];
    switch (op) {
      case 0: e.on(name, fn); break;
      case 1: e.once(name, fn); break;
      case 2: e.prependListener(name, fn); break;
      case 3: e.prependOnceListener(name, fn); break;
      case 4: e.off(name, fn); break;
      case 5: if (rand(4) === 0 && e.listenerCount('removeListener') === 0) e.removeAllListeners(name); break;
      default: {
        const n = names[rand(3)];
        log(`emit ${n} -> ${e.emit(n, step)}`);
      }
    }
    log(`state ${e.eventNames().map((k) => `${String(k)}:${e.rawListeners(k).map((f) => (f.listener ? `o${f.listener.name}` : f.name)).join('')}`).join(' ')}`);
  }
}
console.log(out.length, checksum);
console.log(out.slice(0, 60).join('\n'));
