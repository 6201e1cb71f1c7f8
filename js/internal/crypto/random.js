'use strict';
// Randomness: randomBytes/randomFill(Sync), randomInt, randomUUID,
// getRandomValues. Bytes come from Go's crypto/rand (the kernel's CSPRNG);
// the callback forms make them on the worker pool (modules/crypto).

const { Buffer } = require('buffer');
const { binding, isArrayBufferView, isAnyArrayBuffer, isTypedArray } = require('internal/crypto/util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateNumber, validateFunction, validateBoolean, validateObject } = require('internal/validators');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = kMaxInt32;

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function checkBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) {
    const buf = Buffer.allocUnsafe(size);
    if (size > 0) binding.randomFill(buf, 0, size);
    return buf;
  }
  binding.randomBytesJob(size, function(err, buf) {
    if (err) return callback.call(this, err);
    callback.call(this, null, buf);
  });
}

function randomFillSync(buf, offset = 0, size) {
  checkBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size === 0) return buf;
  binding.randomFill(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    validateNumber(offset, 'offset');
    callback = size;
    offset *= elementSize;
    size = undefined;
  } else {
    validateFunction(callback, 'callback');
    validateNumber(offset, 'offset');
    offset *= elementSize;
  }
  offset = assertOffset(offset, 1, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size === 0) {
    process.nextTick(callback, null, buf);
    return;
  }
  binding.randomFill(buf, offset, size, function(err) {
    callback(err, buf);
  });
}

// randomInt draws 48-bit values from a cache of random bytes and rejects
// those past the largest multiple of the range (no modulo bias).
const RAND_MAX = 0xFFFFFFFFFFFF;
let randomCache = Buffer.alloc(6 * 1024);
let randomCacheOffset = randomCache.length;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const randLimit = RAND_MAX - (RAND_MAX % range);
  for (;;) {
    if (randomCacheOffset === randomCache.length) {
      binding.randomFill(randomCache, 0, randomCache.length);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
}

// randomUUID: version 4, from a cache of random bytes unless disabled.
const hex = [];
for (let i = 0; i < 256; i++) hex.push((i + 0x100).toString(16).slice(1));
let uuidCache;
let uuidOffset = 0;
const kUUIDBatch = 128;

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  let b;
  let o;
  if (disableEntropyCache) {
    b = Buffer.allocUnsafe(16);
    binding.randomFill(b, 0, 16);
    o = 0;
  } else {
    if (uuidCache === undefined || uuidOffset === uuidCache.length) {
      if (uuidCache === undefined) uuidCache = Buffer.allocUnsafe(16 * kUUIDBatch);
      binding.randomFill(uuidCache, 0, uuidCache.length);
      uuidOffset = 0;
    }
    b = uuidCache;
    o = uuidOffset;
    uuidOffset += 16;
  }
  b[o + 6] = (b[o + 6] & 0x0f) | 0x40;
  b[o + 8] = (b[o + 8] & 0x3f) | 0x80;
  return hex[b[o]] + hex[b[o + 1]] + hex[b[o + 2]] + hex[b[o + 3]] + '-' +
    hex[b[o + 4]] + hex[b[o + 5]] + '-' + hex[b[o + 6]] + hex[b[o + 7]] + '-' +
    hex[b[o + 8]] + hex[b[o + 9]] + '-' + hex[b[o + 10]] + hex[b[o + 11]] +
    hex[b[o + 12]] + hex[b[o + 13]] + hex[b[o + 14]] + hex[b[o + 15]];
}

let DOMException;
function lazyDOMException(message, name) {
  if (DOMException === undefined) DOMException = require('internal/dom_exception').DOMException;
  return new DOMException(message, name);
}

// getRandomValues (WebCrypto's): integer TypedArrays of at most 64 KiB.
function getRandomValues(data) {
  if (!isTypedArray(data) || data instanceof Float32Array || data instanceof Float64Array) {
    throw lazyDOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw lazyDOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  if (data.byteLength > 0) binding.randomFill(data, 0, data.byteLength);
  return data;
}

module.exports = {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  lazyDOMException,
};
