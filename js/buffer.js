'use strict';
// The 'buffer' builtin. Buffer is node's: a function whose prototype is
// FastBuffer.prototype (internal/buffer), a subclass of Uint8Array, so every
// Buffer is a Uint8Array whose views and species copies are Buffers too.
// Callable with and without `new` (the deprecated form). Small allocations
// (allocUnsafe, from(array), from(string)) come from a shared 8 KiB pool, as
// in node (so `buf.buffer` may be larger than `buf`), which Go keeps
// (modules/buffer/pool.go). This file validates arguments with node's checks and errors;
// the byte work (encodings, search, compare, fill, copy) is Go's,
// internalBinding('buffer') in modules/buffer. The bootstrap loads this
// module first and makes Buffer a global.

const binding = internalBinding('buffer');
const { codes, errors } = require('internal/errors_lazy');
const { validateArray, validateNumber, validateInteger, validateString, validateBuffer } =
  require('internal/validators');
const { FastBuffer, addBufferPrototypeMethods, markPool } = require('internal/buffer');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

binding.setBufferPrototype(FastBuffer);

// --- encodings -------------------------------------------------------------

// normalizeEncoding maps node's names (any case) to the canonical one, or
// undefined; null/undefined mean utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    case '': return 'utf8';
  }
  return undefined;
}

// getEncoding is node's getEncodingOps: like normalizeEncoding but '' and
// non-strings are converted first and nothing defaults.
function getEncoding(encoding) {
  encoding += '';
  if (encoding === 'utf8' || encoding === 'utf-8') return 'utf8';
  if (encoding === '') return undefined;
  return normalizeEncoding(encoding);
}

function base64ByteLength(str) {
  let n = str.length;
  if (n > 0 && str.charCodeAt(n - 1) === 0x3d) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 0x3d) n--;
  return (n * 3) >>> 2;
}

function byteLengthOf(string, enc) {
  switch (enc) {
    case 'utf8': return binding.byteLengthUtf8(string);
    case 'utf16le': return string.length * 2;
    case 'latin1': case 'ascii': return string.length;
    case 'base64': case 'base64url': return base64ByteLength(string);
    case 'hex': return string.length >>> 1;
  }
  return binding.byteLengthUtf8(string);
}

// --- allocation --------------------------------------------------------------

// The pool's offsets are Go's; each pool's ArrayBuffer is made here.
binding.setPoolMaker(function createPool() {
  const pool = new ArrayBuffer(Buffer.poolSize);
  markPool(pool);
  return pool;
});

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) return binding.poolAlloc(size);
  return new FastBuffer(size);
}

// Strings are encoded by Go in one call: into the pool when the bytes take
// less than half of Buffer.poolSize (so small Buffers share an ArrayBuffer,
// as in node), else into a new FastBuffer of their own.
function fromStringFast(string, enc) {
  return binding.fromStringPool(string, enc, Buffer.poolSize >>> 1);
}

function fromString(string, encoding) {
  let enc;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    enc = 'utf8';
  } else {
    enc = getEncoding(encoding);
    if (enc === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, enc);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length > kMaxLength) {
    // V8's answer (and never a huge allocation in Go): ToLength of it.
    throw new RangeError(`Invalid typed array length: ${Math.min(Math.floor(obj.length), Number.MAX_SAFE_INTEGER)}`);
  }
  if (obj.length < (Buffer.poolSize >>> 1)) {
    const b = binding.poolAlloc(obj.length);
    Uint8Array.prototype.set.call(b, obj, 0);
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
// goja has no SharedArrayBuffer of its own, and the global one
// (internal/shared_memory, loaded when first read) is an ArrayBuffer
// subclass, which abByteLength takes: the global's descriptor is looked at,
// not the global, so loading buffer does not compile that file too.
const sabGlobal = Object.getOwnPropertyDescriptor(globalThis, 'SharedArrayBuffer');
const sabByteLength = sabGlobal !== undefined && typeof sabGlobal.value === 'function' ?
  Object.getOwnPropertyDescriptor(sabGlobal.value.prototype, 'byteLength').get : undefined;
function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  try {
    abByteLength.call(v);
    return true;
  } catch {
    // not an ArrayBuffer
  }
  if (sabByteLength === undefined) return false;
  try {
    sabByteLength.call(v);
    return true;
  } catch {
    return false;
  }
}

const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;
function isUint8Array(v) { return typedArrayTag.call(v) === 'Uint8Array'; }
function isTypedArray(v) { return typedArrayTag.call(v) !== undefined; }

// --- Buffer ------------------------------------------------------------------

let bufferWarningEmitted = false;
let nodeModulesCheckCounter = 0;
const bufferWarning = 'Buffer() is deprecated due to security and usability ' +
  'issues. Please use the Buffer.alloc(), ' +
  'Buffer.allocUnsafe(), or Buffer.from() methods instead.';

// The warning is for code outside node_modules (packages cannot be fixed
// by their users), as in node.
function isInsideNodeModules() {
  for (const f of internalBinding('host').callStack()) {
    if (f.native || !f.file || f.file.startsWith('node:')) continue;
    return /[/\\]node_modules[/\\]/.test(f.file);
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesCheckCounter > 10000) return;
  const pending = require('internal/cli_options').pendingDeprecation();
  if (!pending && isInsideNodeModules()) return;
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningEmitted = true;
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

function defineStatic(name, value) {
  Object.defineProperty(Buffer, name, { value, writable: true, configurable: true, enumerable: true });
}

Buffer.poolSize = 8 * 1024;

defineStatic('from', function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') {
    // the usual call, from(string[, 'utf8']), in one step
    if ((encodingOrOffset === undefined || encodingOrOffset === 'utf8') && value.length !== 0) {
      return binding.fromStringPool(value, 'utf8', Buffer.poolSize >>> 1);
    }
    return fromString(value, encodingOrOffset);
  }
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new codes.ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
});

defineStatic('copyBytesFrom', function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new codes.ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = typedArrayProto.slice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
});

defineStatic('of', function of(...items) {
  const b = allocate(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
});

defineStatic('alloc', function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
});

defineStatic('allocUnsafe', function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
});

defineStatic('allocUnsafeSlow', function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
});

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

defineStatic('isBuffer', function isBuffer(b) { return b instanceof Buffer; });

defineStatic('compare', function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new codes.ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new codes.ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2, 0, buf1.length, 0, buf2.length);
});

defineStatic('isEncoding', function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
});

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

defineStatic('concat', function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new codes.ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    // node copies each with TypedArray#set, which refuses a detached view
    if (buf.length === 0 && binding.isDetached(buf.buffer)) {
      throw new TypeError('Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer');
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) binding.fill(buffer, 0, pos, length, 'utf8');
  return buffer;
});

// (mustMatch is node's third argument, a named parameter rather than read
// from `arguments`, whose object every call would make; length stays 2)
function byteLength(string, encoding, mustMatch) {
  // the usual call, whose answer mustMatch does not change
  if (encoding === 'utf8' && typeof string === 'string') return binding.byteLengthUtf8(string);
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new codes.ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  mustMatch = mustMatch === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return (mustMatch ? -1 : binding.byteLengthUtf8(string));
  const enc = getEncoding(encoding);
  if (enc === undefined) return (mustMatch ? -1 : binding.byteLengthUtf8(string));
  return byteLengthOf(string, enc);
}
Object.defineProperty(byteLength, 'length', { value: 2 });
defineStatic('byteLength', byteLength);

// Buffer.prototype is FastBuffer.prototype; its constructor is Buffer.
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, configurable: true, enumerable: false,
});
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
const proto = Buffer.prototype;

addBufferPrototypeMethods(proto);

// Encoding-specific slices and writes (node's C++ entry points).
function sliceMethod(enc) {
  return function (start, end) {
    const len = this.length;
    start = start === undefined ? 0 : toIndex(start);
    end = end === undefined ? len : toIndex(end);
    if (end < start) end = start;
    if (end > len) throw rangeMessage('Index out of range');
    if (end - start > kStringMaxLength) throw stringTooLong();
    return binding.slice(this, enc, start, end);
  };
}
function toIndex(v) {
  v = Math.trunc(+v);
  return v > 0 ? v : 0;
}
function writeMethod(enc) {
  return function (string, offset, length) {
    if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    const len = this.length;
    offset = offset === undefined ? 0 : toIndex(offset);
    if (offset > len) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
    length = length === undefined ? len - offset : toIndex(length);
    length = Math.min(len - offset, length);
    if (length === 0) return 0;
    return binding.write(this, string, offset, length, enc);
  };
}
const encodingNames = [['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'],
  ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'utf16le'], ['utf8', 'utf8']];
for (const [name, enc] of encodingNames) {
  Object.defineProperty(proto, `${name}Slice`, {
    value: sliceMethod(enc), writable: true, configurable: true, enumerable: true,
  });
}
for (const [name, enc] of encodingNames) {
  Object.defineProperty(proto, `${name}Write`, {
    value: writeMethod(enc), writable: true, configurable: true, enumerable: true,
  });
}

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// copy's offsets: finite numbers are floored, anything else is the default.
function toInteger(n, defaultVal) {
  n = +n;
  if (Number.isFinite(n)) return ((n % 1) === 0 ? n : Math.floor(n));
  return defaultVal;
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  return binding.copy(source, target, targetStart, sourceStart, sourceStart + nb);
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new codes.ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new codes.ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new codes.ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function defineMethod(name, fn) {
  Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: true });
}

defineMethod('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
});

defineMethod('toString', function toString(encoding, start, end) {
  // The whole buffer, as most calls ask: Go decodes a Uint8Array in a known
  // encoding; undefined sends anything else to the general path. (node tests
  // arguments.length === 0; reading no `arguments` makes no object.)
  if (start === undefined && end === undefined) {
    const s = binding.toStringWhole(this, encoding);
    if (s !== undefined) return s;
  }
  if (encoding === undefined && start === undefined && end === undefined) {
    if (this.length > kStringMaxLength) throw stringTooLong();
    return binding.slice(this, 'utf8', 0, this.length);
  }
  const len = this.length;
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) return '';
  if (end - start > kStringMaxLength) throw stringTooLong();
  if (encoding === undefined) return binding.slice(this, 'utf8', start, end);
  const enc = getEncoding(encoding);
  if (enc === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  return binding.slice(this, enc, start, end);
});

defineMethod('equals', function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, otherBuffer, 0, len, 0, len) === 0;
});

// util.inspect shows a Buffer as <Buffer 68 65 ...>, with its own
// non-index properties after the bytes.
function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.slice(this, 'hex', 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    // (without its index keys when the engine can: a big buffer's were
    // seconds of work)
    const names = internalBinding('util').ownNonIndexKeys(this);
    const keys = names === undefined ? Reflect.ownKeys(this) : [...names, ...Object.getOwnPropertySymbols(this)];
    for (const key of keys) {
      if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) continue;
      if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      const utilInspect = require('internal/util/inspect').inspect;
      if (this.length !== 0) str += ', ';
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}
defineMethod(customInspectSymbol, inspect);
defineMethod('inspect', inspect);

defineMethod('compare', function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return binding.compare(this, target, 0, this.length, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) throw rangeMessage('The value of "sourceStart" is out of range.');
  if (targetStart > target.length) throw rangeMessage('The value of "targetStart" is out of range.');
  return binding.compare(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
});

function rangeMessage(msg) {
  return nativeError(RangeError, 'ERR_OUT_OF_RANGE', msg);
}

// Errors node raises from C++: a plain message and a code property.
function nativeError(Ctor, code, msg) {
  const err = new Ctor(msg);
  err.code = code;
  return err;
}

function stringTooLong() {
  return nativeError(Error, 'ERR_STRING_TOO_LONG',
    `Cannot create a string longer than 0x${kStringMaxLength.toString(16)} characters`);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;
  if (typeof val === 'number') return binding.indexOf(buffer, val >>> 0, byteOffset, 'utf8', dir);
  const enc = encoding === undefined ? 'utf8' : getEncoding(encoding);
  if (typeof val === 'string') {
    if (enc === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    return binding.indexOf(buffer, val, byteOffset, enc, dir);
  }
  if (isUint8Array(val)) return binding.indexOf(buffer, val, byteOffset, enc === undefined ? 'utf8' : enc, dir);
  throw new codes.ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

defineMethod('indexOf', function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
});
defineMethod('lastIndexOf', function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
});
defineMethod('includes', function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
});

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    encoding = normalizedEncoding;
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value !== 'number' && typeof value !== 'string' && !ArrayBuffer.isView(value)) {
    value = (value >>> 0) & 255;
  }
  if (typeof value === 'number') {
    const byteLen = buf.byteLength;
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
    // Go fills (goja's TypedArray fill goes element by element).
    binding.fill(buf, value, offset, end, 'utf8');
  } else {
    if (end > buf.byteLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
    const res = binding.fill(buf, value, offset, end, encoding || 'utf8');
    if (res < 0) throw new codes.ERR_INVALID_ARG_VALUE('value', value);
  }
  return buf;
}

defineMethod('fill', function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
});

defineMethod('write', function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
  if (encoding === 'ascii') return this.asciiWrite(string, offset, length);
  const enc = getEncoding(encoding);
  if (enc === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  return proto[`${enc === 'utf16le' ? 'ucs2' : enc}Write`].call(this, string, offset, length);
});

defineMethod('toJSON', function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
});

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

defineMethod('subarray', function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
});
defineMethod('slice', function slice(start, end) {
  return this.subarray(start, end);
});

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

defineMethod('swap16', function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE('16-bits');
  if (len < 128) {
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  }
  binding.swap(this, 2);
  return this;
});
defineMethod('swap32', function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE('32-bits');
  binding.swap(this, 4);
  return this;
});
defineMethod('swap64', function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE('64-bits');
  binding.swap(this, 8);
  return this;
});

defineMethod('toLocaleString', proto.toString);

// --- module functions ----------------------------------------------------------

// isUtf8/isAscii: the binding answers 1, 0, or -1 for a detached buffer.
function validateInput(input, r) {
  if (r < 0) throw nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
  return r === 1;
}
function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) return validateInput(input, binding.isUtf8(input));
  throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}
function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) return validateInput(input, binding.isAscii(input));
  throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

// transcode re-encodes between the encodings node's ICU path supports.
const transcodeEncodings = new Set(['ascii', 'latin1', 'utf16le', 'utf8']);
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!transcodeEncodings.has(from) || !transcodeEncodings.has(to)) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let str = binding.slice(source, from, 0, source.length);
  if (to === 'ascii' || to === 'latin1') {
    // ICU substitutes '?' for what the target cannot hold.
    const limit = to === 'ascii' ? 0x7f : 0xff;
    let out = '';
    for (const ch of str) out += ch.codePointAt(0) > limit ? '?' : ch;
    str = out;
  }
  return binding.fromString(str, to);
}

// the globals themselves, as node's
const { atob, btoa } = require('internal/web_base64');

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  File: undefined,
  resolveObjectURL(url) {
    return require('internal/url').resolveObjectURL(url);
  },
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});

// Blob and File load on first use (they are globals too).
for (const name of ['Blob', 'File']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = require('internal/blob')[name];
      Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

// For other builtins: normalizeEncoding and the pool-aware FastBuffer.
Object.defineProperty(module.exports, 'internal', {
  value: { normalizeEncoding, FastBuffer, isUint8Array, isAnyArrayBuffer },
  enumerable: false,
});

// From here on the globals ArrayBuffer, the typed arrays and String's
// repeat/padStart/padEnd enforce V8's limits (modules/buffer/limits.go);
// FastBuffer above extends the original Uint8Array.
binding.installLimits();
// Buffer and SlowBuffer inherit from the global Uint8Array as in node
// (FastBuffer keeps the original as its parent: its super() calls skip the
// guard).
Object.setPrototypeOf(Buffer, Uint8Array);
Object.setPrototypeOf(SlowBuffer, Uint8Array);
