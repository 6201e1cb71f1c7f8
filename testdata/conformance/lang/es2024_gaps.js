// Built-ins goja lacks that npm code reaches: String isWellFormed and
// toWellFormed, and %AsyncIteratorPrototype% through a (lowered) async
// generator function, as whatwg-url takes it.
console.log('a\ud800b'.toWellFormed(), 'ab'.isWellFormed(), '\udc00'.isWellFormed(), '😀'.isWellFormed());
console.log('x\ud83d'.toWellFormed().length, String.prototype.toWellFormed.name, String.prototype.isWellFormed.length);
try { String.prototype.toWellFormed.call(null); } catch (e) { console.log(e.name); }
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
console.log(typeof AsyncIteratorPrototype[Symbol.asyncIterator], AsyncIteratorPrototype[Symbol.asyncIterator].call(7));
const it = Object.create(AsyncIteratorPrototype);
console.log(it[Symbol.asyncIterator]() === it, Object.keys(Function.prototype), typeof WeakRef, typeof FinalizationRegistry);
async function* gen() { yield 1; yield 2; }
(async () => { const out = []; for await (const v of gen()) out.push(v); console.log(out); })();
function plain() {}
const arrow = () => {};
arrow.prototype = { x: 1 };
console.log(typeof plain.prototype, arrow.prototype.x, (() => 1).prototype, Math.max.prototype, typeof class {}.prototype, Object.hasOwn(arrow, "prototype"));
