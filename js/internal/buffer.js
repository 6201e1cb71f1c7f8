'use strict';
// FastBuffer and Buffer's numeric read/write methods, as node has them in
// internal/buffer. FastBuffer is a plain subclass of Uint8Array: every
// Buffer is one (Buffer.prototype === FastBuffer.prototype, set up in
// js/buffer.js), so views (slice, subarray) and species construction (map,
// filter) make Buffers. The read/write methods check their offset and value
// with node's errors (ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE,
// ERR_BUFFER_OUT_OF_BOUNDS) and then touch only indexes they have checked.

const { codes, errors } = require('internal/errors_lazy');
const { validateNumber } = require('internal/validators');

class FastBuffer extends Uint8Array {
  // One explicit constructor: a default one would spread its arguments.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// Scratch memory for float conversions.
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);
float32Array[0] = -1; // 0xBF800000: the sign byte tells the host's byte order
const bigEndian = uInt8Float32Array[3] === 0;

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new codes.ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new codes.ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
  throw new codes.ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// --- reads -------------------------------------------------------------------
// check validates offset for an n-byte read and returns it.
function check(buf, offset, n) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
  return offset;
}

// Unsigned little/big-endian integers of n <= 6 bytes (exact in doubles).
function readUnsigned(buf, offset, n, little) {
  check(buf, offset, n);
  let v = 0;
  if (little) {
    for (let i = n - 1; i >= 0; i--) v = v * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < n; i++) v = v * 256 + buf[offset + i];
  }
  return v;
}

function readSigned(buf, offset, n, little) {
  const v = readUnsigned(buf, offset, n, little);
  const top = 2 ** (8 * n - 1);
  return v >= top ? v - 2 * top : v;
}

function byteLengthError(byteLength) {
  boundsError(byteLength, 6, 'byteLength');
}

function validByteLength(byteLength) {
  return byteLength === 1 || byteLength === 2 || byteLength === 3 || byteLength === 4 ||
    byteLength === 5 || byteLength === 6;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (!validByteLength(byteLength)) byteLengthError(byteLength);
  return readUnsigned(this, offset, byteLength, true);
}
function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (!validByteLength(byteLength)) byteLengthError(byteLength);
  return readUnsigned(this, offset, byteLength, false);
}
function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (!validByteLength(byteLength)) byteLengthError(byteLength);
  return readSigned(this, offset, byteLength, true);
}
function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (!validByteLength(byteLength)) byteLengthError(byteLength);
  return readSigned(this, offset, byteLength, false);
}

function readUInt8(offset = 0) { return readUnsigned(this, offset, 1, true); }
function readUInt16LE(offset = 0) { return readUnsigned(this, offset, 2, true); }
function readUInt16BE(offset = 0) { return readUnsigned(this, offset, 2, false); }
function readUInt32LE(offset = 0) { return readUnsigned(this, offset, 4, true); }
function readUInt32BE(offset = 0) { return readUnsigned(this, offset, 4, false); }
function readInt8(offset = 0) { return readSigned(this, offset, 1, true); }
function readInt16LE(offset = 0) { return readSigned(this, offset, 2, true); }
function readInt16BE(offset = 0) { return readSigned(this, offset, 2, false); }
function readInt32LE(offset = 0) { return readSigned(this, offset, 4, true); }
function readInt32BE(offset = 0) { return readSigned(this, offset, 4, false); }

function readFloat(buf, offset, little) {
  check(buf, offset, 4);
  const swap = little === bigEndian;
  for (let i = 0; i < 4; i++) uInt8Float32Array[swap ? 3 - i : i] = buf[offset + i];
  return float32Array[0];
}
function readDouble(buf, offset, little) {
  check(buf, offset, 8);
  const swap = little === bigEndian;
  for (let i = 0; i < 8; i++) uInt8Float64Array[swap ? 7 - i : i] = buf[offset + i];
  return float64Array[0];
}
function readFloatLE(offset = 0) { return readFloat(this, offset, true); }
function readFloatBE(offset = 0) { return readFloat(this, offset, false); }
function readDoubleLE(offset = 0) { return readDouble(this, offset, true); }
function readDoubleBE(offset = 0) { return readDouble(this, offset, false); }

function readBigUInt64LE(offset = 0) {
  check(this, offset, 8);
  const lo = readUnsigned(this, offset, 4, true);
  const hi = readUnsigned(this, offset + 4, 4, true);
  return BigInt(lo) + (BigInt(hi) << 32n);
}
function readBigUInt64BE(offset = 0) {
  check(this, offset, 8);
  const hi = readUnsigned(this, offset, 4, false);
  const lo = readUnsigned(this, offset + 4, 4, false);
  return (BigInt(hi) << 32n) + BigInt(lo);
}
function readBigInt64LE(offset = 0) {
  check(this, offset, 8);
  const lo = readUnsigned(this, offset, 4, true);
  const hi = readSigned(this, offset + 4, 4, true);
  return (BigInt(hi) << 32n) + BigInt(lo);
}
function readBigInt64BE(offset = 0) {
  check(this, offset, 8);
  const hi = readSigned(this, offset, 4, false);
  const lo = readUnsigned(this, offset + 4, 4, false);
  return (BigInt(hi) << 32n) + BigInt(lo);
}

// --- writes ------------------------------------------------------------------
// Stores the n low bytes of the (already range-checked) integer value.
function store(buf, value, offset, n, little) {
  // Two's complement for negatives: values fit in 48 bits, doubles hold 53.
  if (value < 0) value += 2 ** (8 * n);
  for (let i = 0; i < n; i++) {
    const b = value % 256;
    buf[little ? offset + i : offset + n - 1 - i] = b;
    value = (value - b) / 256;
  }
  return offset + n;
}

function writeInt8Checked(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) throw new codes.ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeChecked(buf, value, offset, n, min, max, little) {
  value = +value;
  checkInt(value, min, max, buf, offset, n - 1);
  return store(buf, Math.trunc(value) || 0, offset, n, little);
}

const uintMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
const intMin = [0, -0x80, -0x8000, -0x800000, -0x80000000, -0x8000000000, -0x800000000000];

function writeUInt(buf, value, offset, byteLength, little) {
  if (!validByteLength(byteLength)) byteLengthError(byteLength);
  if (byteLength === 1) return writeInt8Checked(buf, value, offset, 0, 0xff);
  return writeChecked(buf, value, offset, byteLength, 0, uintMax[byteLength], little);
}
function writeInt(buf, value, offset, byteLength, little) {
  if (!validByteLength(byteLength)) byteLengthError(byteLength);
  if (byteLength === 1) return writeInt8Checked(buf, value, offset, -0x80, 0x7f);
  return writeChecked(buf, value, offset, byteLength, intMin[byteLength], -intMin[byteLength] - 1, little);
}

function writeUIntLE(value, offset, byteLength) { return writeUInt(this, value, offset, byteLength, true); }
function writeUIntBE(value, offset, byteLength) { return writeUInt(this, value, offset, byteLength, false); }
function writeIntLE(value, offset, byteLength) { return writeInt(this, value, offset, byteLength, true); }
function writeIntBE(value, offset, byteLength) { return writeInt(this, value, offset, byteLength, false); }
function writeUInt8(value, offset = 0) { return writeInt8Checked(this, value, offset, 0, 0xff); }
function writeUInt16LE(value, offset = 0) { return writeChecked(this, value, offset, 2, 0, 0xffff, true); }
function writeUInt16BE(value, offset = 0) { return writeChecked(this, value, offset, 2, 0, 0xffff, false); }
function writeUInt32LE(value, offset = 0) { return writeChecked(this, value, offset, 4, 0, 0xffffffff, true); }
function writeUInt32BE(value, offset = 0) { return writeChecked(this, value, offset, 4, 0, 0xffffffff, false); }
function writeInt8(value, offset = 0) { return writeInt8Checked(this, value, offset, -0x80, 0x7f); }
function writeInt16LE(value, offset = 0) { return writeChecked(this, value, offset, 2, -0x8000, 0x7fff, true); }
function writeInt16BE(value, offset = 0) { return writeChecked(this, value, offset, 2, -0x8000, 0x7fff, false); }
function writeInt32LE(value, offset = 0) {
  return writeChecked(this, value, offset, 4, -0x80000000, 0x7fffffff, true);
}
function writeInt32BE(value, offset = 0) {
  return writeChecked(this, value, offset, 4, -0x80000000, 0x7fffffff, false);
}

// setNaN stores the canonical quiet NaN (V8's; Go's math.NaN has a
// payload bit set) in native byte order.
function setNaN(bytes, n) {
  bytes.fill(0);
  const hi = n === 4 ? [0x7f, 0xc0] : [0x7f, 0xf8];
  bytes[bigEndian ? 0 : n - 1] = hi[0];
  bytes[bigEndian ? 1 : n - 2] = hi[1];
}

function writeFloat(buf, value, offset, little) {
  value = +value;
  checkBounds(buf, offset, 3);
  float32Array[0] = value;
  if (value !== value) setNaN(uInt8Float32Array, 4); // eslint-disable-line no-self-compare
  const swap = little === bigEndian;
  for (let i = 0; i < 4; i++) buf[offset + i] = uInt8Float32Array[swap ? 3 - i : i];
  return offset + 4;
}
function writeDouble(buf, value, offset, little) {
  value = +value;
  checkBounds(buf, offset, 7);
  float64Array[0] = value;
  if (value !== value) setNaN(uInt8Float64Array, 8); // eslint-disable-line no-self-compare
  const swap = little === bigEndian;
  for (let i = 0; i < 8; i++) buf[offset + i] = uInt8Float64Array[swap ? 7 - i : i];
  return offset + 8;
}
function writeFloatLE(value, offset = 0) { return writeFloat(this, value, offset, true); }
function writeFloatBE(value, offset = 0) { return writeFloat(this, value, offset, false); }
function writeDoubleLE(value, offset = 0) { return writeDouble(this, value, offset, true); }
function writeDoubleBE(value, offset = 0) { return writeDouble(this, value, offset, false); }

function writeBig64(buf, value, offset, min, max, little) {
  checkInt(value, min, max, buf, offset, 7);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  if (little) {
    store(buf, lo, offset, 4, true);
    store(buf, hi, offset + 4, 4, true);
  } else {
    store(buf, hi, offset, 4, false);
    store(buf, lo, offset + 4, 4, false);
  }
  return offset + 8;
}
function writeBigUInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, -(0x7fffffffffffffffn + 1n), 0x7fffffffffffffffn, true);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, -(0x7fffffffffffffffn + 1n), 0x7fffffffffffffffn, false);
}

// Installs the methods (and node's lower-case "Uint" aliases) on proto, in
// node's order.
function addBufferPrototypeMethods(proto) {
  const methods = {
    readBigUInt64LE, readBigUInt64BE, readBigUint64LE: readBigUInt64LE, readBigUint64BE: readBigUInt64BE,
    readBigInt64LE, readBigInt64BE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigUint64LE: writeBigUInt64LE, writeBigUint64BE: writeBigUInt64BE,
    writeBigInt64LE, writeBigInt64BE,
    readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE,
    readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE, readUint8: readUInt8,
    readUintBE: readUIntBE, readUint32BE: readUInt32BE, readUint16BE: readUInt16BE,
    readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,
    writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE, writeUInt16BE,
    writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE,
    writeUint8: writeUInt8, writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE, writeUint16BE: writeUInt16BE,
    writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,
    readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
    writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
  };
  // for-in, not Object.keys: a worker may load buffer first after its
  // script replaced Object.keys (its first postMessage).
  for (const name in methods) {
    Object.defineProperty(proto, name, { value: methods[name], writable: true, configurable: true, enumerable: true });
  }
}

// Buffer's allocation pools are never transferred (postMessage copies a
// Buffer over one instead): other Buffers share them. node marks them with a
// private symbol; a WeakSet is as invisible.
const pools = new WeakSet();
function markPool(ab) { pools.add(ab); }
function isPool(ab) { return pools.has(ab); }

module.exports = { FastBuffer, addBufferPrototypeMethods, boundsError, markPool, isPool };
