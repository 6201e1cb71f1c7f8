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
    case 'base64': case 'base64url': {
      // node's estimate from the length, as its Buffer.byteLength does.
      let n = string.length;
      if (n > 0 && string.charCodeAt(n - 1) === 0x3d) n--;
      if (n > 1 && string.charCodeAt(n - 1) === 0x3d) n--;
      return (n * 3) >>> 2;
    }
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



// --- encodings -------------------------------------------------------------
// goja_nodejs's Buffer knows utf8, hex and base64 only (and decodes invalid
// UTF-8 byte by byte). Strings in node's other encodings go through Go
// (internal/encoding); UTF-8 decoding uses TextDecoder's WHATWG decoder.

const binding = internalBinding('util');
const origFrom = B.from;
const origToString = proto.toString;
const origWrite = proto.write;
const origFill = proto.fill;
let utf8Decode;
const decodeResult = { used: 0 };

function encodingOrThrow(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new (errors().ERR_UNKNOWN_ENCODING)(encoding);
  return enc;
}

B.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string' && encodingOrOffset !== undefined) {
    const enc = encodingOrThrow(encodingOrOffset);
    if (enc !== 'utf8') return binding.encodeString(value, enc);
  }
  return origFrom.apply(this, arguments);
};

Object.defineProperty(proto, 'toString', {
  value: function toString(encoding, start, end) {
    const len = this.length;
    if (arguments.length === 0) {
      start = 0;
      end = len;
    } else {
      start = start === undefined || start < 0 ? 0 : Math.min(start | 0, len);
      end = end === undefined || end > len ? len : end | 0;
      if (end <= start) return '';
    }
    const enc = encoding === undefined ? 'utf8' : encodingOrThrow(encoding);
    if (enc === 'utf8') {
      if (utf8Decode === undefined) utf8Decode = require('internal/encoding').utf8Decode;
      return utf8Decode(this, start, end, false, false, decodeResult);
    }
    const view = start === 0 && end === len ? this : this.subarray(start, end);
    return binding.decodeBytes(view, enc);
  },
  writable: true,
  configurable: true,
});

define(proto, 'toLocaleString', proto.toString);

proto.write = function write(string, offset, length, encoding) {
  // write(string[, offset[, length]][, encoding])
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    length = this.length;
  } else if (typeof length === 'string') {
    encoding = length;
    length = this.length - (offset | 0);
  }
  const enc = encoding === undefined ? 'utf8' : encodingOrThrow(encoding);
  if (enc === 'utf8') return origWrite.apply(this, arguments);
  offset = offset === undefined ? 0 : offset | 0;
  const room = this.length - offset;
  if (length === undefined || length > room) length = room;
  const bytes = binding.encodeString(String(string), enc);
  let n = Math.min(bytes.length, length);
  if (enc === 'utf16le') n -= n % 2;
  if (n > 0) this.set(bytes.subarray(0, n), offset);
  return n;
};

proto.fill = function fill(value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = this.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = this.length;
    }
    const enc = encoding === undefined ? 'utf8' : encodingOrThrow(encoding);
    if (enc !== 'utf8') {
      const bytes = binding.encodeString(value, enc);
      offset = offset === undefined ? 0 : offset | 0;
      end = end === undefined ? this.length : end | 0;
      if (bytes.length === 0) return origFill.call(this, 0, offset, end);
      for (let i = offset; i < end; i++) this[i] = bytes[(i - offset) % bytes.length];
      return this;
    }
  }
  return origFill.apply(this, arguments);
};

const origAlloc = B.alloc;
B.alloc = function alloc(size, fill, encoding) {
  if (typeof fill === 'string' && encoding !== undefined && normalizeEncoding(encoding) !== 'utf8') {
    return origAlloc.call(this, size).fill(fill, encoding);
  }
  return origAlloc.apply(this, arguments);
};

// nativeUtf8ToString is goja_nodejs's decoder, for internal/encoding's fast path.
module.exports = { normalizeEncoding, nativeUtf8ToString: origToString };
