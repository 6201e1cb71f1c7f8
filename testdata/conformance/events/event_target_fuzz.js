'use strict';
// Differential fuzz: random EventTarget operations, with listeners that add
// and remove listeners (and stop propagation) while a dispatch is running.
let seed = 987654;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const types = ['a', 'b', 'c'];
const out = [];
let checksum = 0;
function log(s) {
  out.push(s);
  for (let i = 0; i < s.length; i++) checksum = (checksum * 31 + s.charCodeAt(i)) | 0;
}
for (let run = 0; run < 40; run++) {
  const t = new EventTarget();
  const pool = [];
  let active = 0;
  for (let i = 0; i < 6; i++) {
    const id = i;
    const fn = (ev) => {
      log(`L${id}(${ev.type},${ev.eventPhase},${ev.currentTarget === t})`);
      if (active > 1) return;
      active++;
      try {
        const r = rand(10);
        if (r === 0) t.addEventListener(types[rand(3)], pool[rand(pool.length)], { once: rand(2) === 0 });
        else if (r === 1) t.removeEventListener(types[rand(3)], pool[rand(pool.length)]);
        else if (r === 2) ev.stopImmediatePropagation();
        else if (r === 3) {
          try {
            t.dispatchEvent(ev);
          } catch (err) {
            log(err.code);
          }
        } else if (r === 4) t.dispatchEvent(new Event(types[rand(3)]));
        else if (r === 5) t.addEventListener(types[rand(3)], pool[rand(pool.length)], rand(2) === 0);
      } finally {
        active--;
      }
    };
    pool.push(i % 3 === 0 ? { handleEvent: fn } : fn);
  }
  for (let step = 0; step < 30; step++) {
    const op = rand(6);
    const type = types[rand(3)];
    const l = pool[rand(pool.length)];
    if (op === 0) t.addEventListener(type, l);
    else if (op === 1) t.addEventListener(type, l, { once: true });
    else if (op === 2) t.addEventListener(type, l, { capture: true });
    else if (op === 3) t.removeEventListener(type, l, rand(2) === 0);
    else log(`dispatch ${type} -> ${t.dispatchEvent(new Event(type, { cancelable: true }))}`);
  }
}
console.log(out.length, checksum);
console.log(out.slice(0, 60).join('\n'));
