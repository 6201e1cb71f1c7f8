'use strict';
// Completes goja_nodejs's Buffer with the parts of node's API it lacks
// (static byteLength/compare/isBuffer/isEncoding/allocUnsafe, copy, compare,
// toJSON, swaps, inspect). Runs once at bootstrap on the global Buffer.

const B = Buffer;
const proto = B.prototype;

function define(obj, name, fn) {
  if (typeof obj[name] !== 'function') {
    Object.defineProperty(obj, name, { value: fn, writable: true, configurable: true, enumerable: false });
  }
}

const encodings = new Set(['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'ascii', 'latin1', 'binary',
  'ucs2', 'ucs-2', 'utf16le', 'utf-16le']);

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  const e = String(enc).toLowerCase();
  if (!encodings.has(e)) return undefined;
  switch (e) {
    case 'utf-8': return 'utf8';
    case 'binary': return 'latin1';
    case 'ucs2': case 'ucs-2': case 'utf-16le': return 'utf16le';
    default: return e;
  }
}

function errors() { return require('internal/errors').codes; }

define(B, 'isBuffer', function isBuffer(b) { return b instanceof B; });
define(B, 'isEncoding', function isEncoding(enc) {
  return typeof enc === 'string' && enc.length !== 0 && normalizeEncoding(enc) !== undefined;
});

function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n += 4; i++; } else n += 3;
    } else n += 3;
  }
  return n;
}

define(B, 'byteLength', function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || string instanceof ArrayBuffer) return string.byteLength;
    throw new (errors().ERR_INVALID_ARG_TYPE)('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  switch (normalizeEncoding(encoding)) {
    case 'latin1': case 'ascii': return string.length;
    case 'utf16le': return string.length * 2;
    case 'hex': return string.length >>> 1;
    case 'base64': case 'base64url': return B.from(string, encoding).length;
    default: return utf8Length(string);
  }
});

function compareBytes(a, b, aStart, aEnd, bStart, bEnd) {
  const n = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i], y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = aEnd - aStart, lb = bEnd - bStart;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

define(B, 'compare', function compare(a, b) {
  if (!(a instanceof Uint8Array)) throw new (errors().ERR_INVALID_ARG_TYPE)('buf1', ['Buffer', 'Uint8Array'], a);
  if (!(b instanceof Uint8Array)) throw new (errors().ERR_INVALID_ARG_TYPE)('buf2', ['Buffer', 'Uint8Array'], b);
  return compareBytes(a, b, 0, a.length, 0, b.length);
});

define(B, 'allocUnsafe', function allocUnsafe(size) { return B.alloc(size); });
define(B, 'allocUnsafeSlow', function allocUnsafeSlow(size) { return B.alloc(size); });
if (B.poolSize === undefined) B.poolSize = 8192;

define(proto, 'compare', function compare(target, targetStart = 0, targetEnd = target.length, sourceStart = 0, sourceEnd = this.length) {
  if (!(target instanceof Uint8Array)) throw new (errors().ERR_INVALID_ARG_TYPE)('target', ['Buffer', 'Uint8Array'], target);
  return compareBytes(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
});

define(proto, 'copy', function copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
  if (!(target instanceof Uint8Array)) throw new (errors().ERR_INVALID_ARG_TYPE)('target', ['Buffer', 'Uint8Array'], target);
  targetStart = Math.max(0, targetStart | 0);
  sourceStart = Math.max(0, sourceStart | 0);
  sourceEnd = Math.min(this.length, sourceEnd | 0);
  const n = Math.max(0, Math.min(sourceEnd - sourceStart, target.length - targetStart));
  if (n > 0) target.set(this.subarray(sourceStart, sourceStart + n), targetStart);
  return n;
});

define(proto, 'toJSON', function toJSON() {
  return { type: 'Buffer', data: Array.prototype.slice.call(this) };
});

function swap(size) {
  return function () {
    if (this.length % size !== 0) {
      throw new (errors().ERR_INVALID_BUFFER_SIZE || RangeError)(`Buffer size must be a multiple of ${size * 8}-bits`);
    }
    for (let i = 0; i < this.length; i += size) {
      for (let j = 0; j < size / 2; j++) {
        const t = this[i + j];
        this[i + j] = this[i + size - 1 - j];
        this[i + size - 1 - j] = t;
      }
    }
    return this;
  };
}
define(proto, 'swap16', swap(2));
define(proto, 'swap32', swap(4));
define(proto, 'swap64', swap(8));

module.exports = { normalizeEncoding };
