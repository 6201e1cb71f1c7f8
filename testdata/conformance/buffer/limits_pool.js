// V8's allocation and string-length limits, which goja lacks (a huge
// ArrayBuffer was a fatal out-of-memory for the whole process), and small
// Buffers made from strings sharing the 8 KiB pool, which postMessage never
// transfers.
const { kMaxLength, constants: { MAX_STRING_LENGTH } } = require('buffer');
const { MessageChannel } = require('worker_threads');
const tries = {
  ab40: () => new ArrayBuffer(2 ** 40),
  abNeg: () => new ArrayBuffer(-1),
  u8: () => new Uint8Array(kMaxLength + 1),
  f64: () => new Float64Array(2 ** 37),
  neg: () => new Int16Array(-1),
  arrayLike: () => new Float64Array({ length: 2 ** 40 }),
  from: () => Uint8Array.from({ length: 2 ** 33 }),
  repeat: () => ' '.repeat(MAX_STRING_LENGTH + 1),
  repeat2: () => 'ab'.repeat(2 ** 28),
  padStart: () => 'a'.padStart(2 ** 30, 'x'),
  padEnd: () => 'a'.padEnd(MAX_STRING_LENGTH + 1),
  padEmptyFill: () => 'a'.padEnd(2 ** 40, '').length,
  repeatNeg: () => 'a'.repeat(-1),
  repeatInf: () => 'a'.repeat(Infinity),
  repeatEmpty: () => ''.repeat(2 ** 40).length,
  repeatNull: () => String.prototype.repeat.call(undefined, 1),
  repeatObj: () => String.prototype.repeat.call({ toString() { return 'o'; } }, { valueOf() { return 3; } }),
  repeatUnicode: () => 'é😀'.repeat(3),
  repeatLong: () => 'abc'.repeat(100000).length,
  okU8: () => new Uint8Array([1, 2, 3]).join(),
  okAB: () => new ArrayBuffer(16).byteLength,
  ofFrom: () => Float32Array.of(1, 2).length + Uint8Array.from([1, 2, 3]).length,
};
for (const [k, f] of Object.entries(tries)) {
  try {
    console.log(k, f());
  } catch (e) {
    console.log(k, e instanceof RangeError, e.name, e.message);
  }
}
class Sub extends Uint8Array {}
const s = new Sub(4);
console.log(s instanceof Uint8Array, s instanceof Sub, s.constructor === Sub, s.subarray(1) instanceof Sub,
  new Uint8Array(2).constructor === Uint8Array, new Float64Array(4).slice(1).constructor === Float64Array,
  Object.getPrototypeOf(Uint8Array) === Object.getPrototypeOf(Int8Array), Uint8Array.name, Uint8Array.length,
  Uint8Array.BYTES_PER_ELEMENT, ArrayBuffer.isView(s), typeof ArrayBuffer[Symbol.species], String(Float64Array),
  Object.keys(globalThis).includes('Uint8Array'), new ArrayBuffer(8) instanceof ArrayBuffer,
  Object.getOwnPropertyNames(Uint8Array).sort().join(), require('util').inspect(ArrayBuffer));

const a = Buffer.from('hello world');
const b = Buffer.from('hello world');
const big = Buffer.from('x'.repeat(5000));
console.log(a.buffer === b.buffer, big.buffer === a.buffer, big.byteOffset, a.toString(), b.toString('hex'));
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  console.log('received', Buffer.from(m).toString(), a.buffer === b.buffer, a.length, a.buffer.byteLength > 0);
  port1.close();
});
port1.postMessage(a, [a.buffer]);
// The same limits inside a vm context (its own intrinsics).
const vm = require('vm');
for (const src of ['new ArrayBuffer(2 ** 40)', 'new Uint8Array(2 ** 32 + 1)', "' '.repeat(2 ** 29)", 'new Uint8Array(3) instanceof Uint8Array']) {
  try {
    console.log('vm', src, vm.runInNewContext(src));
  } catch (e) {
    console.log('vm', src, e.name, e.message);
  }
}
