'use strict';
// The structured clone, in V8's ValueSerializer wire format (version 15),
// written from V8's format description and checked byte for byte against
// node 20's v8.serialize. One mechanism serves every user of a clone:
//
//   v8.Serializer/Deserializer  are these two classes (the hooks a script
//                               may override — _writeHostObject,
//                               _readHostObject, _getDataCloneError,
//                               _getSharedArrayBufferId — are looked up on
//                               the instance, as node's C++ delegate does)
//   v8.serialize/deserialize    DefaultSerializer (views as host objects)
//   structuredClone, postMessage internal/worker/io's MessageSerializer: the
//                               same bytes travel between VMs as plain Go
//                               memory, with ports, transferred buffers and
//                               shared memory beside them.
//
// goja values cannot cross VMs, and V8's own serializer is not there, so the
// walk is JavaScript: types are told apart by brand checks (a getter or
// method of the type's prototype called on the value), never by
// Object.prototype.toString, which Symbol.toStringTag can fake.
//
// goja cannot tell a packed array from a holey one, or a Smi from a heap
// number holding an integer: an array is written dense when it has no holes
// (V8 writes some hole-free arrays sparse: those made by `new Array(n)`),
// and an integer in int32 range is written as one ('I') unless it sits in
// an array of numbers holding a fraction (V8's double elements: 'N').

const { codes } = require('internal/errors');
const { constructorValue } = require('internal/es_builtins');
const { ERR_INVALID_ARG_TYPE } = codes;

const kLatestVersion = 15;

// node's C++ throws these with a code and a plain message.
function codedTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

// Tags.
const T = {
  VERSION: 0xff, PADDING: 0x00, VERIFY_COUNT: 0x3f /* ? */, HOLE: 0x2d /* - */,
  UNDEFINED: 0x5f /* _ */, NULL: 0x30 /* 0 */, TRUE: 0x54 /* T */, FALSE: 0x46 /* F */,
  INT32: 0x49 /* I */, UINT32: 0x55 /* U */, DOUBLE: 0x4e /* N */, BIGINT: 0x5a /* Z */,
  UTF8: 0x53 /* S */, ONE_BYTE: 0x22 /* " */, TWO_BYTE: 0x63 /* c */,
  REF: 0x5e /* ^ */, BEGIN_OBJECT: 0x6f /* o */, END_OBJECT: 0x7b /* { */,
  BEGIN_SPARSE: 0x61 /* a */, END_SPARSE: 0x40 /* @ */, BEGIN_DENSE: 0x41 /* A */, END_DENSE: 0x24 /* $ */,
  DATE: 0x44 /* D */, TRUE_OBJECT: 0x79 /* y */, FALSE_OBJECT: 0x78 /* x */, NUMBER_OBJECT: 0x6e /* n */,
  BIGINT_OBJECT: 0x7a /* z */, STRING_OBJECT: 0x73 /* s */, REGEXP: 0x52 /* R */,
  BEGIN_MAP: 0x3b /* ; */, END_MAP: 0x3a /* : */, BEGIN_SET: 0x27 /* ' */, END_SET: 0x2c /* , */,
  ARRAY_BUFFER: 0x42 /* B */, RESIZABLE_ARRAY_BUFFER: 0x7e /* ~ */, ARRAY_BUFFER_TRANSFER: 0x74 /* t */,
  VIEW: 0x56 /* V */, SHARED_ARRAY_BUFFER: 0x75 /* u */, HOST_OBJECT: 0x5c /* \ */, ERROR: 0x72 /* r */,
};

// Error sub-tags.
const E = {
  EVAL: 0x45, RANGE: 0x52, REFERENCE: 0x46, SYNTAX: 0x53, TYPE: 0x54, URI: 0x55,
  MESSAGE: 0x6d, CAUSE: 0x63, STACK: 0x73, END: 0x2e,
};
const errorTags = { EvalError: E.EVAL, RangeError: E.RANGE, ReferenceError: E.REFERENCE,
  SyntaxError: E.SYNTAX, TypeError: E.TYPE, URIError: E.URI };
const errorByTag = { [E.EVAL]: EvalError, [E.RANGE]: RangeError, [E.REFERENCE]: ReferenceError,
  [E.SYNTAX]: SyntaxError, [E.TYPE]: TypeError, [E.URI]: URIError };

// ArrayBufferView sub-tags.
const viewTags = {
  Int8Array: 0x62, Uint8Array: 0x42, Uint8ClampedArray: 0x43, Int16Array: 0x77, Uint16Array: 0x57,
  Int32Array: 0x64, Uint32Array: 0x44, Float32Array: 0x66, Float64Array: 0x46,
  BigInt64Array: 0x71, BigUint64Array: 0x51,
};
const DATA_VIEW_TAG = 0x3f;
const viewByTag = {};
for (const name of Object.keys(viewTags)) viewByTag[viewTags[name]] = globalThis[name];
viewByTag[DATA_VIEW_TAG] = DataView;

// Taken when the module loads (a worker's: before its script runs), so that
// a script that replaced them, or the iterators, still posts its objects,
// maps and sets as node's serializer (C++) does.
const ObjectKeys = Object.keys;
const MapForEach = Map.prototype.forEach;
const SetForEach = Set.prototype.forEach;

// RegExp flag bits.
const regexpFlags = { g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, d: 128, v: 256 };

// --- brand checks -------------------------------------------------------------
function getter(proto, name) { return Object.getOwnPropertyDescriptor(proto, name).get; }
function brand(fn) {
  return (v) => { try { fn(v); return true; } catch { return false; } };
}
const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const typedArrayTag = getter(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);
const typedArrayBuffer = getter(Object.getPrototypeOf(Uint8Array.prototype), 'buffer');
const typedArrayOffset = getter(Object.getPrototypeOf(Uint8Array.prototype), 'byteOffset');
const typedArrayLength = getter(Object.getPrototypeOf(Uint8Array.prototype), 'byteLength');
const dvBuffer = getter(DataView.prototype, 'buffer');
const dvOffset = getter(DataView.prototype, 'byteOffset');
const dvLength = getter(DataView.prototype, 'byteLength');
const regexpSource = getter(RegExp.prototype, 'source');
const regexpFlagsGet = getter(RegExp.prototype, 'flags');
// A failed brand check throws an error whose message goja builds from the
// value's string form: a typed array's or an array's joins every element
// (seconds for 8 MB). Views and arrays are told apart without one.
const abBrand = brand((v) => abByteLength.call(v));
const isArrayBufferLike = (v) => v !== null && typeof v === 'object' && !ArrayBuffer.isView(v) && !Array.isArray(v) && abBrand(v);
const isDate = brand((v) => Date.prototype.getTime.call(v));
const isRegExp = (v) => v !== RegExp.prototype && brand((x) => regexpSource.call(x))(v);
const isMap = brand((v) => Map.prototype.has.call(v));
const isSet = brand((v) => Set.prototype.has.call(v));
const isWeak = (v) => brand((x) => WeakMap.prototype.has.call(x))(v) || brand((x) => WeakSet.prototype.has.call(x))(v);
const isNumberObject = brand((x) => Number.prototype.valueOf.call(x));
const isStringObject = brand((x) => String.prototype.valueOf.call(x));
const isBooleanObject = brand((x) => Boolean.prototype.valueOf.call(x));
const isSymbolObject = brand((x) => Symbol.prototype.valueOf.call(x));
const isBigIntObject = brand((x) => BigInt.prototype.valueOf.call(x));
const isDataView = brand((v) => dvLength.call(v));
function typedArrayName(v) { try { return typedArrayTag.call(v); } catch { return undefined; } }

let sharedMemory;
function isShared(v) {
  if (sharedMemory === undefined) sharedMemory = require('internal/shared_memory');
  return sharedMemory.isSharedArrayBuffer(v);
}
let utilBinding;
function isPromiseOrProxy(v) {
  if (v instanceof Promise) return true;
  if (utilBinding === undefined) utilBinding = internalBinding('util');
  return utilBinding.getProxyDetails(v) !== undefined || utilBinding.getPromiseDetails(v) !== undefined;
}
let bufferBinding;
// Buffer is the buffer module's, not a global: in a vm context's realm
// (internal/vm_realm) it is the main runtime's, reached through the
// membrane, and only ever given ArrayBuffers (which cross as the same memory).
let BufferCtor;
function bufferFrom(ab, offset, length) {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor.from(ab, offset, length);
}
function isDetached(ab) {
  if (bufferBinding === undefined) bufferBinding = internalBinding('buffer');
  return bufferBinding.isDetached(ab);
}

// What V8 prints for a value it cannot clone: a function's source, a
// symbol's description, #<Ctor> for objects.
function cloneErrorText(v) {
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') {
    try { return Function.prototype.toString.call(v); } catch { return 'function'; }
  }
  let name = 'Object';
  try {
    let p = Object.getPrototypeOf(v);
    if (utilBinding === undefined) utilBinding = internalBinding('util');
    if (utilBinding.getProxyDetails(v) !== undefined) p = Object.prototype;
    const c = p && constructorValue(Object.getOwnPropertyDescriptor(p, 'constructor'), v);
    if (typeof c === 'function' && typeof c.name === 'string' && c.name) name = c.name;
  } catch { /* keep Object */ }
  return `#<${name}>`;
}

const isSmi = (n) => (n | 0) === n && !Object.is(n, -0);
const oneByte = /^[\x00-\xff]*$/;
function isArrayIndex(k) {
  if (k === '0') return true;
  if (!/^[1-9][0-9]*$/.test(k)) return false;
  return +k < 4294967295;
}

// --- ValueSerializer ------------------------------------------------------------
const kState = Symbol('kSerializerState');

class Serializer {
  constructor() {
    this[kState] = { buf: new Uint8Array(64), pos: 0, ids: new Map(), nextId: 0, transfers: new Map(),
      viewsAsHost: false };
  }

  writeHeader() {
    s_byte(this, T.VERSION);
    s_varint(this, kLatestVersion);
  }

  writeValue(value) {
    s_write(this, value);
    return true;
  }

  releaseBuffer() {
    const s = this[kState];
    const out = bufferFrom(s.buf.buffer, 0, s.pos);
    s.buf = new Uint8Array(64);
    s.pos = 0;
    return out;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!isArrayBufferLike(arrayBuffer)) throw new ERR_INVALID_ARG_TYPE('arrayBuffer', ['ArrayBuffer', 'SharedArrayBuffer'], arrayBuffer);
    this[kState].transfers.set(arrayBuffer, id >>> 0);
  }

  writeUint32(value) { s_varint(this, Number(value) >>> 0); }

  writeUint64(hi, lo) {
    hi = Number(hi) >>> 0;
    lo = Number(lo) >>> 0;
    let big = (BigInt(hi) << 32n) | BigInt(lo);
    do {
      let b = Number(big & 0x7fn);
      big >>= 7n;
      if (big !== 0n) b |= 0x80;
      s_byte(this, b);
    } while (big !== 0n);
  }

  writeDouble(value) { s_double(this, Number(value)); }

  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) {
      throw codedTypeError('ERR_INVALID_ARG_TYPE', 'source must be a TypedArray or a DataView');
    }
    s_raw(this, new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) { this[kState].viewsAsHost = Boolean(flag); }

  // --- output -----------------------------------------------------------------
  // --- values -----------------------------------------------------------------
  // Own enumerable properties, index keys written as numbers; a property
  // deleted by an earlier getter is skipped, as in V8.
}

function s_reserve(self, n) {
  const s = self[kState];
  if (s.pos + n <= s.buf.length) return;
  let size = s.buf.length * 2;
  while (size < s.pos + n) size *= 2;
  const next = new Uint8Array(size);
  next.set(s.buf.subarray(0, s.pos));
  s.buf = next;
}

function s_byte(self, b) {
  s_reserve(self, 1);
  const s = self[kState];
  s.buf[s.pos++] = b;
}

function s_varint(self, n) {
  s_reserve(self, 10);
  const s = self[kState];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n !== 0) b |= 0x80;
    s.buf[s.pos++] = b;
  } while (n !== 0);
}

function s_double(self, d) {
  s_reserve(self, 8);
  const s = self[kState];
  // V8's quiet NaN, whatever bits goja's NaN has.
  if (d !== d) new DataView(s.buf.buffer).setFloat64(s.pos, NaN, true), s.buf[s.pos] = 0;
  else new DataView(s.buf.buffer).setFloat64(s.pos, d, true);
  s.pos += 8;
}

function s_raw(self, bytes) {
  s_reserve(self, bytes.length);
  const s = self[kState];
  s.buf.set(bytes, s.pos);
  s.pos += bytes.length;
}

function s_string(self, str) {
  const s = self[kState];
  if (oneByte.test(str)) {
    s_byte(self, T.ONE_BYTE);
    s_varint(self, str.length);
    s_reserve(self, str.length);
    for (let i = 0; i < str.length; i++) s.buf[s.pos++] = str.charCodeAt(i);
    return;
  }
  const byteLength = str.length * 2;
  // Two-byte strings start at an even offset: V8 pads before the tag.
  if ((s.pos + 1 + varintSize(byteLength)) & 1) s_byte(self, T.PADDING);
  s_byte(self, T.TWO_BYTE);
  s_varint(self, byteLength);
  s_reserve(self, byteLength);
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    s.buf[s.pos++] = c & 0xff;
    s.buf[s.pos++] = c >> 8;
  }
}

function s_bigint(self, v) {
  const negative = v < 0n;
  if (negative) v = -v;
  const words = [];
  while (v !== 0n) {
    words.push(v & 0xffffffffffffffffn);
    v >>= 64n;
  }
  const byteLength = words.length * 8;
  s_varint(self, byteLength * 2 + (negative ? 1 : 0));
  const bytes = new Uint8Array(byteLength);
  const dv = new DataView(bytes.buffer);
  for (let i = 0; i < words.length; i++) dv.setBigUint64(i * 8, words[i], true);
  s_raw(self, bytes);
}

function s_fail(self, value) {
  const err = self._getDataCloneError(`${cloneErrorText(value)} could not be cloned.`);
  throw err;
}

function s_write(self, v) {
  switch (typeof v) {
    case 'undefined': s_byte(self, T.UNDEFINED); return;
    case 'boolean': s_byte(self, v ? T.TRUE : T.FALSE); return;
    case 'number':
      if (isSmi(v)) {
        s_byte(self, T.INT32);
        s_varint(self, ((v << 1) ^ (v >> 31)) >>> 0);
      } else {
        s_byte(self, T.DOUBLE);
        s_double(self, v);
      }
      return;
    case 'bigint': s_byte(self, T.BIGINT); s_bigint(self, v); return;
    case 'string': s_string(self, v); return;
    case 'symbol': s_fail(self, v); return;
    default:
      if (v === null) {
        s_byte(self, T.NULL);
        return;
      }
  }
  // A view's buffer goes first (before the view gets its id), unless the
  // view is a host object.
  const s = self[kState];
  if (!s.viewsAsHost && !s.ids.has(v) && ArrayBuffer.isView(v)) {
    const buffer = isDataView(v) ? dvBuffer.call(v) : typedArrayBuffer.call(v);
    s_receiver(self, buffer);
  }
  s_receiver(self, v);
}

function s_receiver(self, v) {
  const s = self[kState];
  const id = s.ids.get(v);
  if (id !== undefined) {
    s_byte(self, T.REF);
    s_varint(self, id);
    return;
  }
  s.ids.set(v, s.nextId++);
  if (typeof v === 'function' || isPromiseOrProxy(v)) s_fail(self, v);
  if (Array.isArray(v)) return s_array(self, v);
  if (ArrayBuffer.isView(v)) return s_view(self, v);
  if (isWeak(v)) s_fail(self, v);
  if (isArrayBufferLike(v)) return s_arrayBuffer(self, v);
  if (isDate(v)) {
    s_byte(self, T.DATE);
    s_double(self, Date.prototype.getTime.call(v));
    return;
  }
  if (isRegExp(v)) {
    s_byte(self, T.REGEXP);
    s_string(self, regexpSource.call(v));
    let bits = 0;
    for (const f of regexpFlagsGet.call(v)) bits |= regexpFlags[f] || 0;
    s_varint(self, bits);
    return;
  }
  if (isMap(v)) {
    s_byte(self, T.BEGIN_MAP);
    const entries = [];
    MapForEach.call(v, (val, k) => { entries.push(k, val); });
    for (let i = 0; i < entries.length; i++) s_write(self, entries[i]);
    s_byte(self, T.END_MAP);
    s_varint(self, entries.length);
    return;
  }
  if (isSet(v)) {
    s_byte(self, T.BEGIN_SET);
    const values = [];
    SetForEach.call(v, (val) => { values.push(val); });
    for (let i = 0; i < values.length; i++) s_write(self, values[i]);
    s_byte(self, T.END_SET);
    s_varint(self, values.length);
    return;
  }
  if (isNumberObject(v)) {
    s_byte(self, T.NUMBER_OBJECT);
    s_double(self, Number.prototype.valueOf.call(v));
    return;
  }
  if (isBooleanObject(v)) {
    s_byte(self, Boolean.prototype.valueOf.call(v) ? T.TRUE_OBJECT : T.FALSE_OBJECT);
    return;
  }
  if (isStringObject(v)) {
    s_byte(self, T.STRING_OBJECT);
    s_string(self, String.prototype.valueOf.call(v));
    return;
  }
  if (isBigIntObject(v)) {
    s_byte(self, T.BIGINT_OBJECT);
    s_bigint(self, BigInt.prototype.valueOf.call(v));
    return;
  }
  if (isSymbolObject(v)) s_fail(self, v);
  if (v instanceof Error) return s_error(self, v);
  if (typeof self._isHostObject === 'function' && self._isHostObject(v)) {
    s_byte(self, T.HOST_OBJECT);
    self._writeHostObject(v);
    return;
  }
  s_byte(self, T.BEGIN_OBJECT);
  const n = s_properties(self, v, ObjectKeys(v));
  s_byte(self, T.END_OBJECT);
  s_varint(self, n);
}

function s_properties(self, v, keys) {
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
    const value = v[k];
    s_write(self, isArrayIndex(k) ? +k : k);
    s_write(self, value);
    n++;
  }
  return n;
}

function s_array(self, v) {
  const length = v.length;
  let dense = true;
  let numbers = true;
  let fraction = false;
  for (let i = 0; i < length; i++) {
    if (!Object.prototype.hasOwnProperty.call(v, i)) {
      dense = false;
      break;
    }
    const x = v[i];
    if (typeof x !== 'number') numbers = false;
    else if (!isSmi(x)) fraction = true;
  }
  if (!dense) {
    s_byte(self, T.BEGIN_SPARSE);
    s_varint(self, length);
    const n = s_properties(self, v, ObjectKeys(v));
    s_byte(self, T.END_SPARSE);
    s_varint(self, n);
    s_varint(self, length);
    return;
  }
  s_byte(self, T.BEGIN_DENSE);
  s_varint(self, length);
  const doubles = numbers && fraction;
  for (let i = 0; i < length; i++) {
    if (i >= v.length) {
      // A getter shortened the array: V8 writes holes for the rest.
      s_byte(self, T.HOLE);
      continue;
    }
    const x = v[i];
    if (doubles) {
      s_byte(self, T.DOUBLE);
      s_double(self, x);
    } else {
      s_write(self, x);
    }
  }
  const n = s_properties(self, v, ObjectKeys(v).filter((k) => !isArrayIndex(k)));
  s_byte(self, T.END_DENSE);
  s_varint(self, n);
  s_varint(self, length);
}

function s_arrayBuffer(self, v) {
  const s = self[kState];
  const transferId = s.transfers.get(v);
  if (transferId !== undefined) {
    s_byte(self, T.ARRAY_BUFFER_TRANSFER);
    s_varint(self, transferId);
    return;
  }
  if (isShared(v)) {
    if (typeof self._getSharedArrayBufferId !== 'function') s_fail(self, v);
    const id = self._getSharedArrayBufferId(v);
    s_byte(self, T.SHARED_ARRAY_BUFFER);
    s_varint(self, id >>> 0);
    return;
  }
  if (isDetached(v)) {
    throw self._getDataCloneError('An ArrayBuffer is detached and could not be cloned.');
  }
  const length = abByteLength.call(v);
  s_byte(self, T.ARRAY_BUFFER);
  s_varint(self, length);
  s_raw(self, new Uint8Array(v, 0, length));
}

function s_view(self, v) {
  if (self[kState].viewsAsHost) {
    s_byte(self, T.HOST_OBJECT);
    self._writeHostObject(v);
    return;
  }
  const dv = isDataView(v);
  s_byte(self, T.VIEW);
  s_byte(self, dv ? DATA_VIEW_TAG : viewTags[typedArrayName(v)]);
  s_varint(self, dv ? dvOffset.call(v) : typedArrayOffset.call(v));
  s_varint(self, dv ? dvLength.call(v) : typedArrayLength.call(v));
  s_varint(self, 0); // flags: not length-tracking, not over a resizable buffer
}

function s_error(self, v) {
  const message = Object.getOwnPropertyDescriptor(v, 'message');
  const cause = Object.getOwnPropertyDescriptor(v, 'cause');
  s_byte(self, T.ERROR);
  const name = `${v.name}`;
  if (errorTags[name] !== undefined) s_varint(self, errorTags[name]);
  if (message !== undefined && 'value' in message) {
    s_varint(self, E.MESSAGE);
    s_string(self, `${message.value}`);
  }
  const stack = v.stack;
  if (cause !== undefined && 'value' in cause) {
    s_varint(self, E.CAUSE);
    s_write(self, cause.value);
  }
  if (typeof stack === 'string') {
    s_varint(self, E.STACK);
    s_string(self, stack);
  }
  s_varint(self, E.END);
}


// node's default for the serializer's errors: a plain Error.
Serializer.prototype._getDataCloneError = Error;

function varintSize(n) {
  let size = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

// --- ValueDeserializer ------------------------------------------------------------
const kDState = Symbol('kDeserializerState');

function readFailed(what) { return new Error(`${what}() failed`); }
function dataCloneFail() { return new Error('Unable to deserialize cloned data.'); }

class Deserializer {
  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      throw codedTypeError('ERR_INVALID_ARG_TYPE', 'buffer must be a TypedArray or a DataView');
    }
    Object.defineProperty(this, 'buffer', { value: buffer, writable: true, enumerable: true, configurable: true });
    this[kDState] = { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), pos: 0,
      version: 0, objects: [], transfers: new Map() };
  }

  readHeader() {
    const d = this[kDState];
    if (d.bytes[d.pos] === T.VERSION) {
      d.pos++;
      d.version = d_varint(this);
      if (d.version > kLatestVersion) {
        throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
      }
    }
    return true;
  }

  getWireFormatVersion() { return this[kDState].version; }

  transferArrayBuffer(id, arrayBuffer) {
    if (!isArrayBufferLike(arrayBuffer) && !ArrayBuffer.isView(arrayBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('arrayBuffer', ['ArrayBuffer', 'SharedArrayBuffer'], arrayBuffer);
    }
    if (ArrayBuffer.isView(arrayBuffer)) arrayBuffer = arrayBuffer.buffer;
    this[kDState].transfers.set(id >>> 0, arrayBuffer);
  }

  readValue() {
    const d = this[kDState];
    const start = d.pos;
    try {
      return d_read(this);
    } catch (e) {
      if (e === kTruncated) {
        d.pos = start;
        throw dataCloneFail();
      }
      throw e;
    }
  }

  readUint32() {
    try { return d_varint(this) >>> 0; } catch (e) { if (e === kTruncated) throw readFailed('ReadUint32'); throw e; }
  }

  readUint64() {
    let big = 0n;
    let shift = 0n;
    const d = this[kDState];
    for (;;) {
      if (d.pos >= d.bytes.length) throw readFailed('ReadUint64');
      const b = d.bytes[d.pos++];
      big |= BigInt(b & 0x7f) << shift;
      shift += 7n;
      if ((b & 0x80) === 0) break;
    }
    big &= 0xffffffffffffffffn;
    return [Number(big >> 32n), Number(big & 0xffffffffn)];
  }

  readDouble() {
    try { return d_double(this); } catch (e) { if (e === kTruncated) throw readFailed('ReadDouble'); throw e; }
  }

  _readRawBytes(length) {
    const d = this[kDState];
    length = Number(length);
    if (!(length >= 0) || d.pos + length > d.bytes.length) throw readFailed('ReadRawBytes');
    const offset = d.pos;
    d.pos += length;
    return offset;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    const b = this.buffer;
    return bufferFrom(b.buffer, b.byteOffset + offset, length);
  }

  // --- input ------------------------------------------------------------------
}

function d_byte(self) {
  const d = self[kDState];
  if (d.pos >= d.bytes.length) throw kTruncated;
  return d.bytes[d.pos++];
}

function d_peek(self) {
  const d = self[kDState];
  while (d.pos < d.bytes.length && d.bytes[d.pos] === T.PADDING) d.pos++;
  return d.pos < d.bytes.length ? d.bytes[d.pos] : -1;
}

function d_varint(self) {
  let n = 0;
  let mul = 1;
  for (;;) {
    const b = d_byte(self);
    n += (b & 0x7f) * mul;
    mul *= 128;
    if ((b & 0x80) === 0) return n;
  }
}

function d_double(self) {
  const d = self[kDState];
  if (d.pos + 8 > d.bytes.length) throw kTruncated;
  const v = new DataView(d.bytes.buffer, d.bytes.byteOffset + d.pos, 8).getFloat64(0, true);
  d.pos += 8;
  return v;
}

function d_bytes(self, n) {
  const d = self[kDState];
  if (d.pos + n > d.bytes.length) throw kTruncated;
  const out = d.bytes.subarray(d.pos, d.pos + n);
  d.pos += n;
  return out;
}

function d_bigint(self) {
  const bitfield = d_varint(self);
  const byteLength = Math.floor(bitfield / 2);
  const bytes = d_bytes(self, byteLength);
  let v = 0n;
  for (let i = byteLength - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
  return bitfield & 1 ? -v : v;
}

function d_oneByte(self, n) {
  const b = d_bytes(self, n);
  let out = '';
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode.apply(null, b.subarray(i, i + 8192));
  return out;
}

function d_twoByte(self, n) {
  const b = d_bytes(self, n);
  let out = '';
  const units = [];
  for (let i = 0; i + 1 < b.length; i += 2) {
    units.push(b[i] | (b[i + 1] << 8));
    if (units.length === 8192) {
      out += String.fromCharCode.apply(null, units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode.apply(null, units);
}

function d_readString(self) {
  const v = d_read(self);
  if (typeof v !== 'string') throw dataCloneFail();
  return v;
}

function d_add(self, obj) {
  self[kDState].objects.push(obj);
  return obj;
}

function d_read(self) {
  const v = d_readOne(self);
  // A view follows the buffer it is over.
  if (isArrayBufferLike(v) && d_peek(self) === T.VIEW) {
    self[kDState].pos++;
    return d_readView(self, v);
  }
  return v;
}

function d_readOne(self) {
  d_peek(self);
  const tag = d_byte(self);
  const d = self[kDState];
  switch (tag) {
    case T.VERIFY_COUNT: d_varint(self); return d_readOne(self);
    case T.UNDEFINED: return undefined;
    case T.NULL: return null;
    case T.TRUE: return true;
    case T.FALSE: return false;
    case T.INT32: {
      const z = d_varint(self);
      return (z % 2 === 1) ? -((z - 1) / 2) - 1 : z / 2;
    }
    case T.UINT32: return d_varint(self);
    case T.DOUBLE: return d_double(self);
    case T.BIGINT: return d_bigint(self);
    case T.UTF8: {
      const bytes = d_bytes(self, d_varint(self));
      return bufferFrom(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
    }
    case T.ONE_BYTE: return d_oneByte(self, d_varint(self));
    case T.TWO_BYTE: return d_twoByte(self, d_varint(self));
    case T.REF: {
      const id = d_varint(self);
      if (id >= d.objects.length) throw dataCloneFail();
      return d.objects[id];
    }
    case T.BEGIN_OBJECT: {
      const o = d_add(self, {});
      const n = d_readProperties(self, o, T.END_OBJECT);
      if (d_varint(self) !== n) throw dataCloneFail();
      return o;
    }
    case T.BEGIN_SPARSE: {
      const length = d_varint(self);
      const a = d_add(self, new Array(length));
      const n = d_readProperties(self, a, T.END_SPARSE);
      if (d_varint(self) !== n) throw dataCloneFail();
      d_varint(self);
      return a;
    }
    case T.BEGIN_DENSE: {
      const length = d_varint(self);
      const a = d_add(self, new Array(length));
      for (let i = 0; i < length; i++) {
        if (d_peek(self) === T.HOLE) {
          d.pos++;
          continue;
        }
        a[i] = d_read(self);
      }
      const n = d_readProperties(self, a, T.END_DENSE);
      if (d_varint(self) !== n) throw dataCloneFail();
      d_varint(self);
      return a;
    }
    case T.DATE: return d_add(self, new Date(d_double(self)));
    case T.TRUE_OBJECT: return d_add(self, Object(true));
    case T.FALSE_OBJECT: return d_add(self, Object(false));
    case T.NUMBER_OBJECT: return d_add(self, Object(d_double(self)));
    case T.BIGINT_OBJECT: return d_add(self, Object(d_bigint(self)));
    case T.STRING_OBJECT: return d_add(self, Object(d_readString(self)));
    case T.REGEXP: {
      const source = d_readString(self);
      const bits = d_varint(self);
      let flags = '';
      for (const f of 'dgimsuvy') if (bits & regexpFlags[f]) flags += f;
      return d_add(self, new RegExp(source, flags));
    }
    case T.BEGIN_MAP: {
      const m = d_add(self, new Map());
      let n = 0;
      while (d_peek(self) !== T.END_MAP) {
        const k = d_read(self);
        m.set(k, d_read(self));
        n += 2;
      }
      d.pos++;
      if (d_varint(self) !== n) throw dataCloneFail();
      return m;
    }
    case T.BEGIN_SET: {
      const s = d_add(self, new Set());
      let n = 0;
      while (d_peek(self) !== T.END_SET) {
        s.add(d_read(self));
        n++;
      }
      d.pos++;
      if (d_varint(self) !== n) throw dataCloneFail();
      return s;
    }
    case T.ARRAY_BUFFER: {
      const bytes = d_bytes(self, d_varint(self));
      const ab = new ArrayBuffer(bytes.length);
      new Uint8Array(ab).set(bytes);
      return d_add(self, ab);
    }
    case T.RESIZABLE_ARRAY_BUFFER: {
      const length = d_varint(self);
      d_varint(self); // maxByteLength: goja's buffers are fixed
      const bytes = d_bytes(self, length);
      const ab = new ArrayBuffer(bytes.length);
      new Uint8Array(ab).set(bytes);
      return d_add(self, ab);
    }
    case T.ARRAY_BUFFER_TRANSFER: {
      const ab = d.transfers.get(d_varint(self));
      if (ab === undefined) throw dataCloneFail();
      return d_add(self, ab);
    }
    case T.SHARED_ARRAY_BUFFER: {
      const id = d_varint(self);
      if (typeof self._getSharedArrayBuffer !== 'function') throw dataCloneFail();
      return d_add(self, self._getSharedArrayBuffer(id));
    }
    case T.HOST_OBJECT: {
      const id = d.objects.length;
      d.objects.push(undefined);
      const o = self._readHostObject();
      d.objects[id] = o;
      return o;
    }
    case T.ERROR: return d_readError(self);
    default:
      throw dataCloneFail();
  }
}

function d_readProperties(self, o, end) {
  let n = 0;
  while (d_peek(self) !== end) {
    const k = d_read(self);
    if (typeof k !== 'string' && typeof k !== 'number') throw dataCloneFail();
    const v = d_read(self);
    Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
    n++;
  }
  self[kDState].pos++;
  return n;
}

function d_readView(self, buffer) {
  const sub = d_byte(self);
  const offset = d_varint(self);
  const length = d_varint(self);
  if (self[kDState].version >= 14) d_varint(self); // flags
  const Ctor = viewByTag[sub];
  if (Ctor === undefined) throw dataCloneFail();
  const size = Ctor.BYTES_PER_ELEMENT || 1;
  if (offset % size !== 0 || length % size !== 0 || offset + length > abByteLength.call(buffer)) throw dataCloneFail();
  return d_add(self, Ctor === DataView ? new DataView(buffer, offset, length) : new Ctor(buffer, offset, length / size));
}

function d_readError(self) {
  const d = self[kDState];
  const id = d.objects.length;
  d.objects.push(undefined);
  let Ctor = Error;
  let message;
  let stack;
  let cause;
  let hasCause = false;
  for (;;) {
    const t = d_varint(self);
    if (t === E.END) break;
    if (errorByTag[t] !== undefined) Ctor = errorByTag[t];
    else if (t === E.MESSAGE) message = d_readString(self);
    else if (t === E.STACK) stack = d_readString(self);
    else if (t === E.CAUSE) {
      cause = d_read(self);
      hasCause = true;
    } else throw dataCloneFail();
  }
  // A real error object (Object.prototype.toString says [object Error], as
  // deepStrictEqual checks), without the stack goja gave it here: V8's
  // deserialized error has only the stack that was sent.
  const err = new Ctor();
  const define = (k, v) => Object.defineProperty(err, k, { value: v, writable: true, enumerable: false, configurable: true });
  if (stack !== undefined) define('stack', stack);
  else delete err.stack;
  if (message !== undefined) define('message', message);
  if (hasCause) define('cause', cause);
  d.objects[id] = err;
  return err;
}


const kTruncated = Symbol('truncated');

// releaseBytes(ser): releaseBuffer's bytes as a Uint8Array, for a message
// that goes to Go (postMessage): no Buffer, so a worker's first message does
// not load the buffer builtin (after its script may have replaced the
// iterators buffer's set-up uses; node's is in its snapshot).
function releaseBytes(ser) {
  const s = ser[kState];
  const out = new Uint8Array(s.buf.buffer, 0, s.pos);
  s.buf = new Uint8Array(64);
  s.pos = 0;
  return out;
}

module.exports = { Serializer, Deserializer, kLatestVersion, cloneErrorText, releaseBytes };
