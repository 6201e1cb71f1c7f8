// Buffer's prototype chain (FastBuffer extends Uint8Array), construction with
// and without new, every Buffer.from overload, and species paths (slice,
// subarray, map, filter) making Buffer views and copies.
'use strict';
process.on('warning', (w) => console.log('warning', w.name, w.code));
const { Buffer: B, SlowBuffer, kMaxLength, kStringMaxLength, constants, INSPECT_MAX_BYTES } = require('buffer');
const show = (label, f) => {
  try {
    const v = f();
    console.log(label, Buffer.isBuffer(v) ? `Buffer(${v.length}) ${v.toString('hex')}` : v);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
console.log(B === Buffer, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype,
  Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.prototype.constructor === Buffer,
  Buffer[Symbol.species] !== Buffer, Buffer.name, Buffer.length);
console.log(kMaxLength, kStringMaxLength, constants.MAX_LENGTH, constants.MAX_STRING_LENGTH, INSPECT_MAX_BYTES);
const b = Buffer.from('hello world');
const s = b.slice(0, 5);
console.log(s instanceof Buffer, s.toString(), s.buffer === b.buffer);
s[0] = 0x48;
console.log(b.toString(), b.subarray(6).toString(), b.subarray(-5, -1).toString());
console.log(b.slice(-3).toString(), b.slice(3, 1).length, b.slice('2', '4').toString(), b.slice(NaN, 2).toString());
const m = b.map((x) => x + 1);
console.log(m instanceof Buffer, m.toString());
const f = b.filter((x) => x !== 0x6c);
console.log(f instanceof Buffer, f.toString());
console.log(Uint8Array.prototype.slice.call(b, 0, 2) instanceof Buffer);
console.log(Buffer.isBuffer(new Uint8Array(2)), Buffer.isBuffer(b), b instanceof Uint8Array);
show('new Buffer(3)', () => new Buffer(3));
show('Buffer(3)', () => Buffer(3));
show('Buffer("ab")', () => Buffer('ab'));
show('new Buffer(3,"x")', () => new Buffer(3, 'utf8'));
show('from array', () => Buffer.from([1, 2, 256, -1, 1.5, 'x']));
show('from array-like', () => Buffer.from({ length: 3, 0: 7, 1: 8 }));
show('from bad length', () => Buffer.from({ length: 'x' }));
show('from huge length', () => Buffer.from({ length: 2 ** 40 }));
show('from length 2**53', () => Buffer.from({ length: 2 ** 53 }));
show('from length 1.5', () => Buffer.from({ length: 1.5, 0: 7 }));
show('from length NaN', () => Buffer.from({ length: NaN }));
show('from json', () => Buffer.from({ type: 'Buffer', data: [1, 2, 3] }));
show('from buffer', () => Buffer.from(b.subarray(0, 2)));
show('from u16', () => Buffer.from(new Uint16Array([1, 258])));
const ab = new ArrayBuffer(8);
show('from ab', () => Buffer.from(ab, 2, 3));
show('from ab NaN', () => Buffer.from(ab, 'x'));
show('from ab bad offset', () => Buffer.from(ab, 9));
show('from ab bad length', () => Buffer.from(ab, 2, 7));
show('from ab neg length', () => Buffer.from(ab, 2, -1));
const shared = Buffer.from(ab, 1, 2);
shared[0] = 9;
console.log(new Uint8Array(ab)[1]);
show('from String obj', () => Buffer.from(new String('abc')));
show('from toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'xy'; } }));
show('from valueOf', () => Buffer.from({ valueOf() { return [1, 2]; } }));
show('from number', () => Buffer.from(5));
show('from null', () => Buffer.from(null));
show('from fn', () => Buffer.from(() => {}));
show('from str enc', () => Buffer.from('ff00', 'hex'));
show('from str bad enc', () => Buffer.from('ff00', 'nope'));
show('from str num enc', () => Buffer.from('ab', 5));
show('of', () => Buffer.of(1, 2, 300));
show('alloc', () => Buffer.alloc(4, 'ab'));
show('alloc hex', () => Buffer.alloc(5, 'abcd', 'hex'));
show('alloc num', () => Buffer.alloc(3, 257));
show('alloc buf', () => Buffer.alloc(5, Buffer.from([1, 2])));
show('alloc neg', () => Buffer.alloc(-1));
show('alloc big', () => Buffer.alloc(2 ** 33));
show('alloc NaN', () => Buffer.alloc(NaN));
show('alloc str', () => Buffer.alloc('5'));
show('allocUnsafe', () => Buffer.allocUnsafe(3).fill(1));
show('allocUnsafe neg', () => Buffer.allocUnsafe(-5));
show('allocUnsafeSlow', () => Buffer.allocUnsafeSlow(2).fill(2));
show('SlowBuffer', () => SlowBuffer(2));
show('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
show('copyBytesFrom all', () => Buffer.copyBytesFrom(new Uint8Array([5, 6])));
show('copyBytesFrom bad', () => Buffer.copyBytesFrom([1, 2]));
show('copyBytesFrom bad off', () => Buffer.copyBytesFrom(new Uint8Array(2), -1));
console.log(Buffer.poolSize, typeof Buffer.from, typeof Buffer.of);
