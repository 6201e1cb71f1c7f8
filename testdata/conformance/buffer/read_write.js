// Every read/write method at edge offsets: values, return offsets, and node's
// errors (ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE, ERR_BUFFER_OUT_OF_BOUNDS)
// for bad offsets, values and byteLengths; never a crash.
'use strict';
const r = (label, f) => {
  try {
    const v = f();
    console.log(label, typeof v === 'bigint' ? `${v}n` : v);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
const buf = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0xff, 0xfe, 0x80, 0x7f]);
const sizes = {
  UInt8: 1, Int8: 1, UInt16LE: 2, UInt16BE: 2, Int16LE: 2, Int16BE: 2, UInt32LE: 4, UInt32BE: 4,
  Int32LE: 4, Int32BE: 4, FloatLE: 4, FloatBE: 4, DoubleLE: 8, DoubleBE: 8,
  BigInt64LE: 8, BigInt64BE: 8, BigUInt64LE: 8, BigUInt64BE: 8,
};
const offsets = [undefined, 0, 4, 8, 11, 12, -1, 1.5, NaN, Infinity, -Infinity, '1', null, 2 ** 53, {}];
for (const name of Object.keys(sizes)) {
  for (const off of offsets) r(`read${name}(${String(off)})`, () => buf[`read${name}`](off));
}
for (const name of ['UIntLE', 'UIntBE', 'IntLE', 'IntBE']) {
  for (const bl of [1, 2, 3, 4, 5, 6, 0, 7, undefined, 1.5, NaN, '2', Infinity]) {
    r(`read${name}(0, ${String(bl)})`, () => buf[`read${name}`](0, bl));
  }
  for (const off of [undefined, 6, 7, -1, 2.5]) r(`read${name}(${String(off)}, 6)`, () => buf[`read${name}`](off, 6));
}
const values = [0, 1, -1, 127, 128, 255, 256, -129, 65535, 65536, -32769, 2 ** 31, 2 ** 32, -(2 ** 31) - 1,
  1.5, -1.5, NaN, Infinity, -Infinity, '7', null, 1e300];
for (const name of ['UInt8', 'Int8', 'UInt16LE', 'UInt16BE', 'Int16LE', 'Int16BE', 'UInt32LE', 'UInt32BE',
  'Int32LE', 'Int32BE', 'FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE']) {
  for (const v of values) {
    const b = Buffer.alloc(8, 0xaa);
    r(`write${name}(${String(v)})`, () => `${b[`write${name}`](v, 0)} ${b.toString('hex')}`);
  }
  for (const off of [1, 7, 8, -1, 0.5, NaN, '0', Infinity]) {
    const b = Buffer.alloc(8);
    r(`write${name}(1, ${String(off)})`, () => `${b[`write${name}`](1, off)} ${b.toString('hex')}`);
  }
}
for (const name of ['UIntLE', 'UIntBE', 'IntLE', 'IntBE']) {
  for (const bl of [1, 2, 3, 4, 5, 6, 0, 7, undefined, 'x']) {
    for (const v of [0, 1, -1, 0x7f, 0xff, 0x800000, 2 ** 40, -(2 ** 47), 2 ** 48, 1.5]) {
      const b = Buffer.alloc(8);
      r(`write${name}(${v}, 1, ${String(bl)})`, () => `${b[`write${name}`](v, 1, bl)} ${b.toString('hex')}`);
    }
  }
  r(`write${name} off`, () => Buffer.alloc(4)[`write${name}`](1, 2, 3));
}
for (const name of ['BigInt64LE', 'BigInt64BE', 'BigUInt64LE', 'BigUInt64BE']) {
  for (const v of [0n, 1n, -1n, 2n ** 63n, -(2n ** 63n), 2n ** 64n - 1n, 2n ** 64n, 1]) {
    const b = Buffer.alloc(9);
    r(`write${name}(${typeof v === 'bigint' ? `${v}n` : v})`, () => `${b[`write${name}`](v, 1)} ${b.toString('hex')}`);
  }
  r(`write${name} off`, () => Buffer.alloc(9)[`write${name}`](0n, 2));
}
// Aliases
console.log(Buffer.prototype.readUint8 === Buffer.prototype.readUInt8,
  Buffer.prototype.writeBigUint64LE === Buffer.prototype.writeBigUInt64LE);
// Round trips
const d = Buffer.alloc(8);
for (const v of [Math.PI, -0, 5e-324, 1.7976931348623157e308, NaN, Infinity]) {
  d.writeDoubleBE(v);
  console.log(v, d.toString('hex'), d.readDoubleBE(), Object.is(d.readDoubleBE(), v));
  d.writeFloatLE(v);
  console.log(d.subarray(0, 4).toString('hex'), d.readFloatLE());
}
