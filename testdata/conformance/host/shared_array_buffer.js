// SharedArrayBuffer and Atomics on one thread: views alias the buffer, the
// read-modify-write operations, wait with a timeout, util.types and inspect.
const sab = new SharedArrayBuffer(8);
const ta = new Int32Array(sab);
ta[0] = 5;
console.log(sab.byteLength, Object.prototype.toString.call(sab), new Uint8Array(sab)[0], sab instanceof SharedArrayBuffer);
console.log(Atomics.add(ta, 0, 2), Atomics.load(ta, 0), Atomics.sub(ta, 0, 1), Atomics.exchange(ta, 1, 9), Atomics.compareExchange(ta, 1, 9, 4), ta[1]);
console.log(Atomics.store(ta, 0, 3.7), ta[0], Atomics.and(ta, 0, 1), Atomics.or(ta, 0, 6), Atomics.xor(ta, 0, 1), ta[0]);
console.log(Atomics.wait(ta, 0, 99, 10), Atomics.notify(ta, 0, 1), Atomics.isLockFree(4));
const t = Date.now(); console.log(Atomics.wait(ta, 1, 4, 30), Date.now() - t >= 25);
const s2 = sab.slice(0, 4); console.log(s2.byteLength, new Int32Array(s2)[0], s2 instanceof SharedArrayBuffer);
const util = require('util');
console.log(util.types.isSharedArrayBuffer(sab), util.types.isArrayBuffer(new ArrayBuffer(1)), util.types.isAnyArrayBuffer(sab));
console.log(util.inspect(new SharedArrayBuffer(2)));
try { Atomics.load(new Float64Array(1), 0); } catch (e) { console.log(e.name); }
try { Atomics.load(ta, 5); } catch (e) { console.log(e.name); }
console.log(Buffer.from(sab).length, typeof Atomics, String(Atomics));
console.log(require('util').types.isArrayBuffer(sab), require('util').types.isArrayBuffer(sab.slice(0)));
