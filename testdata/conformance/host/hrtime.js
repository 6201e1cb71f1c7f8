// process.hrtime shape, differences and hrtime.bigint.
const t = process.hrtime();
console.log(Array.isArray(t), t.length, Number.isInteger(t[0]), Number.isInteger(t[1]), t[1] < 1e9);
const d = process.hrtime(t);
console.log(d[0] >= 0, d[1] >= 0, d[1] < 1e9);
const b = process.hrtime.bigint();
console.log(typeof b);
const b2 = process.hrtime.bigint();
console.log(b2 >= b);
const s = process.hrtime();
const until = Date.now() + 15;
while (Date.now() < until);
const [sec, ns] = process.hrtime(s);
console.log('elapsed >= 10ms', sec * 1e3 + ns / 1e6 >= 10);
try { process.hrtime(1); } catch (e) { console.log(e.name, e.code); }
try { process.hrtime([1]); } catch (e) { console.log(e.name, e.code); }
console.log(typeof process.uptime(), process.uptime() >= 0);
