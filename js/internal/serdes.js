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
const isArrayBufferLike = brand((v) => abByteLength.call(v));
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
function isDetached(ab) {
  if (bufferBinding === undefined) bufferBinding = internalBinding('buffer');
  return bufferBinding.isUtf8(ab) === -1;
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
    const d = p && Object.getOwnPropertyDescriptor(p, 'constructor');
    if (d && typeof d.value === 'function' && typeof d.value.name === 'string' && d.value.name) name = d.value.name;
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
    this.#byte(T.VERSION);
    this.#varint(kLatestVersion);
  }

  writeValue(value) {
    this.#write(value);
    return true;
  }

  releaseBuffer() {
    const s = this[kState];
    const out = Buffer.from(s.buf.buffer, 0, s.pos);
    s.buf = new Uint8Array(64);
    s.pos = 0;
    return out;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!isArrayBufferLike(arrayBuffer)) throw new ERR_INVALID_ARG_TYPE('arrayBuffer', ['ArrayBuffer', 'SharedArrayBuffer'], arrayBuffer);
    this[kState].transfers.set(arrayBuffer, id >>> 0);
  }

  writeUint32(value) { this.#varint(Number(value) >>> 0); }

  writeUint64(hi, lo) {
    hi = Number(hi) >>> 0;
    lo = Number(lo) >>> 0;
    let big = (BigInt(hi) << 32n) | BigInt(lo);
    do {
      let b = Number(big & 0x7fn);
      big >>= 7n;
      if (big !== 0n) b |= 0x80;
      this.#byte(b);
    } while (big !== 0n);
  }

  writeDouble(value) { this.#double(Number(value)); }

  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) {
      throw codedTypeError('ERR_INVALID_ARG_TYPE', 'source must be a TypedArray or a DataView');
    }
    this.#raw(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) { this[kState].viewsAsHost = Boolean(flag); }

  // --- output -----------------------------------------------------------------
  #reserve(n) {
    const s = this[kState];
    if (s.pos + n <= s.buf.length) return;
    let size = s.buf.length * 2;
    while (size < s.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(s.buf.subarray(0, s.pos));
    s.buf = next;
  }

  #byte(b) {
    this.#reserve(1);
    const s = this[kState];
    s.buf[s.pos++] = b;
  }

  #varint(n) {
    this.#reserve(10);
    const s = this[kState];
    do {
      let b = n % 128;
      n = Math.floor(n / 128);
      if (n !== 0) b |= 0x80;
      s.buf[s.pos++] = b;
    } while (n !== 0);
  }

  #double(d) {
    this.#reserve(8);
    const s = this[kState];
    // V8's quiet NaN, whatever bits goja's NaN has.
    if (d !== d) new DataView(s.buf.buffer).setFloat64(s.pos, NaN, true), s.buf[s.pos] = 0;
    else new DataView(s.buf.buffer).setFloat64(s.pos, d, true);
    s.pos += 8;
  }

  #raw(bytes) {
    this.#reserve(bytes.length);
    const s = this[kState];
    s.buf.set(bytes, s.pos);
    s.pos += bytes.length;
  }

  #string(str) {
    const s = this[kState];
    if (oneByte.test(str)) {
      this.#byte(T.ONE_BYTE);
      this.#varint(str.length);
      this.#reserve(str.length);
      for (let i = 0; i < str.length; i++) s.buf[s.pos++] = str.charCodeAt(i);
      return;
    }
    const byteLength = str.length * 2;
    // Two-byte strings start at an even offset: V8 pads before the tag.
    if ((s.pos + 1 + varintSize(byteLength)) & 1) this.#byte(T.PADDING);
    this.#byte(T.TWO_BYTE);
    this.#varint(byteLength);
    this.#reserve(byteLength);
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      s.buf[s.pos++] = c & 0xff;
      s.buf[s.pos++] = c >> 8;
    }
  }

  #bigint(v) {
    const negative = v < 0n;
    if (negative) v = -v;
    const words = [];
    while (v !== 0n) {
      words.push(v & 0xffffffffffffffffn);
      v >>= 64n;
    }
    const byteLength = words.length * 8;
    this.#varint(byteLength * 2 + (negative ? 1 : 0));
    const bytes = new Uint8Array(byteLength);
    const dv = new DataView(bytes.buffer);
    for (let i = 0; i < words.length; i++) dv.setBigUint64(i * 8, words[i], true);
    this.#raw(bytes);
  }

  #fail(value) {
    const err = this._getDataCloneError(`${cloneErrorText(value)} could not be cloned.`);
    throw err;
  }

  // --- values -----------------------------------------------------------------
  #write(v) {
    switch (typeof v) {
      case 'undefined': this.#byte(T.UNDEFINED); return;
      case 'boolean': this.#byte(v ? T.TRUE : T.FALSE); return;
      case 'number':
        if (isSmi(v)) {
          this.#byte(T.INT32);
          this.#varint(((v << 1) ^ (v >> 31)) >>> 0);
        } else {
          this.#byte(T.DOUBLE);
          this.#double(v);
        }
        return;
      case 'bigint': this.#byte(T.BIGINT); this.#bigint(v); return;
      case 'string': this.#string(v); return;
      case 'symbol': this.#fail(v); return;
      default:
        if (v === null) {
          this.#byte(T.NULL);
          return;
        }
    }
    // A view's buffer goes first (before the view gets its id), unless the
    // view is a host object.
    const s = this[kState];
    if (!s.viewsAsHost && !s.ids.has(v) && ArrayBuffer.isView(v)) {
      const buffer = isDataView(v) ? dvBuffer.call(v) : typedArrayBuffer.call(v);
      this.#receiver(buffer);
    }
    this.#receiver(v);
  }

  #receiver(v) {
    const s = this[kState];
    const id = s.ids.get(v);
    if (id !== undefined) {
      this.#byte(T.REF);
      this.#varint(id);
      return;
    }
    s.ids.set(v, s.nextId++);
    if (typeof v === 'function' || isPromiseOrProxy(v) || isWeak(v)) this.#fail(v);
    if (Array.isArray(v)) return this.#array(v);
    if (isArrayBufferLike(v)) return this.#arrayBuffer(v);
    if (ArrayBuffer.isView(v)) return this.#view(v);
    if (isDate(v)) {
      this.#byte(T.DATE);
      this.#double(Date.prototype.getTime.call(v));
      return;
    }
    if (isRegExp(v)) {
      this.#byte(T.REGEXP);
      this.#string(regexpSource.call(v));
      let bits = 0;
      for (const f of regexpFlagsGet.call(v)) bits |= regexpFlags[f] || 0;
      this.#varint(bits);
      return;
    }
    if (isMap(v)) {
      this.#byte(T.BEGIN_MAP);
      const entries = [];
      for (const [k, val] of Map.prototype.entries.call(v)) entries.push(k, val);
      for (const x of entries) this.#write(x);
      this.#byte(T.END_MAP);
      this.#varint(entries.length);
      return;
    }
    if (isSet(v)) {
      this.#byte(T.BEGIN_SET);
      const values = [];
      for (const val of Set.prototype.values.call(v)) values.push(val);
      for (const x of values) this.#write(x);
      this.#byte(T.END_SET);
      this.#varint(values.length);
      return;
    }
    if (isNumberObject(v)) {
      this.#byte(T.NUMBER_OBJECT);
      this.#double(Number.prototype.valueOf.call(v));
      return;
    }
    if (isBooleanObject(v)) {
      this.#byte(Boolean.prototype.valueOf.call(v) ? T.TRUE_OBJECT : T.FALSE_OBJECT);
      return;
    }
    if (isStringObject(v)) {
      this.#byte(T.STRING_OBJECT);
      this.#string(String.prototype.valueOf.call(v));
      return;
    }
    if (isBigIntObject(v)) {
      this.#byte(T.BIGINT_OBJECT);
      this.#bigint(BigInt.prototype.valueOf.call(v));
      return;
    }
    if (isSymbolObject(v)) this.#fail(v);
    if (v instanceof Error) return this.#error(v);
    if (typeof this._isHostObject === 'function' && this._isHostObject(v)) {
      this.#byte(T.HOST_OBJECT);
      this._writeHostObject(v);
      return;
    }
    this.#byte(T.BEGIN_OBJECT);
    const n = this.#properties(v, Object.keys(v));
    this.#byte(T.END_OBJECT);
    this.#varint(n);
  }

  // Own enumerable properties, index keys written as numbers; a property
  // deleted by an earlier getter is skipped, as in V8.
  #properties(v, keys) {
    let n = 0;
    for (const k of keys) {
      if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
      const value = v[k];
      this.#write(isArrayIndex(k) ? +k : k);
      this.#write(value);
      n++;
    }
    return n;
  }

  #array(v) {
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
      this.#byte(T.BEGIN_SPARSE);
      this.#varint(length);
      const n = this.#properties(v, Object.keys(v));
      this.#byte(T.END_SPARSE);
      this.#varint(n);
      this.#varint(length);
      return;
    }
    this.#byte(T.BEGIN_DENSE);
    this.#varint(length);
    const doubles = numbers && fraction;
    for (let i = 0; i < length; i++) {
      if (i >= v.length) {
        // A getter shortened the array: V8 writes holes for the rest.
        this.#byte(T.HOLE);
        continue;
      }
      const x = v[i];
      if (doubles) {
        this.#byte(T.DOUBLE);
        this.#double(x);
      } else {
        this.#write(x);
      }
    }
    const n = this.#properties(v, Object.keys(v).filter((k) => !isArrayIndex(k)));
    this.#byte(T.END_DENSE);
    this.#varint(n);
    this.#varint(length);
  }

  #arrayBuffer(v) {
    const s = this[kState];
    const transferId = s.transfers.get(v);
    if (transferId !== undefined) {
      this.#byte(T.ARRAY_BUFFER_TRANSFER);
      this.#varint(transferId);
      return;
    }
    if (isShared(v)) {
      if (typeof this._getSharedArrayBufferId !== 'function') this.#fail(v);
      const id = this._getSharedArrayBufferId(v);
      this.#byte(T.SHARED_ARRAY_BUFFER);
      this.#varint(id >>> 0);
      return;
    }
    if (isDetached(v)) {
      throw this._getDataCloneError('An ArrayBuffer is detached and could not be cloned.');
    }
    const length = abByteLength.call(v);
    this.#byte(T.ARRAY_BUFFER);
    this.#varint(length);
    this.#raw(new Uint8Array(v, 0, length));
  }

  #view(v) {
    if (this[kState].viewsAsHost) {
      this.#byte(T.HOST_OBJECT);
      this._writeHostObject(v);
      return;
    }
    const dv = isDataView(v);
    this.#byte(T.VIEW);
    this.#byte(dv ? DATA_VIEW_TAG : viewTags[typedArrayName(v)]);
    this.#varint(dv ? dvOffset.call(v) : typedArrayOffset.call(v));
    this.#varint(dv ? dvLength.call(v) : typedArrayLength.call(v));
    this.#varint(0); // flags: not length-tracking, not over a resizable buffer
  }

  #error(v) {
    const message = Object.getOwnPropertyDescriptor(v, 'message');
    const cause = Object.getOwnPropertyDescriptor(v, 'cause');
    this.#byte(T.ERROR);
    const name = `${v.name}`;
    if (errorTags[name] !== undefined) this.#varint(errorTags[name]);
    if (message !== undefined && 'value' in message) {
      this.#varint(E.MESSAGE);
      this.#string(`${message.value}`);
    }
    const stack = v.stack;
    if (cause !== undefined && 'value' in cause) {
      this.#varint(E.CAUSE);
      this.#write(cause.value);
    }
    if (typeof stack === 'string') {
      this.#varint(E.STACK);
      this.#string(stack);
    }
    this.#varint(E.END);
  }
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
      d.version = this.#varint();
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
      return this.#read();
    } catch (e) {
      if (e === kTruncated) {
        d.pos = start;
        throw dataCloneFail();
      }
      throw e;
    }
  }

  readUint32() {
    try { return this.#varint() >>> 0; } catch (e) { if (e === kTruncated) throw readFailed('ReadUint32'); throw e; }
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
    try { return this.#double(); } catch (e) { if (e === kTruncated) throw readFailed('ReadDouble'); throw e; }
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
    return Buffer.from(b.buffer, b.byteOffset + offset, length);
  }

  // --- input ------------------------------------------------------------------
  #byte() {
    const d = this[kDState];
    if (d.pos >= d.bytes.length) throw kTruncated;
    return d.bytes[d.pos++];
  }

  #peek() {
    const d = this[kDState];
    while (d.pos < d.bytes.length && d.bytes[d.pos] === T.PADDING) d.pos++;
    return d.pos < d.bytes.length ? d.bytes[d.pos] : -1;
  }

  #varint() {
    let n = 0;
    let mul = 1;
    for (;;) {
      const b = this.#byte();
      n += (b & 0x7f) * mul;
      mul *= 128;
      if ((b & 0x80) === 0) return n;
    }
  }

  #double() {
    const d = this[kDState];
    if (d.pos + 8 > d.bytes.length) throw kTruncated;
    const v = new DataView(d.bytes.buffer, d.bytes.byteOffset + d.pos, 8).getFloat64(0, true);
    d.pos += 8;
    return v;
  }

  #bytes(n) {
    const d = this[kDState];
    if (d.pos + n > d.bytes.length) throw kTruncated;
    const out = d.bytes.subarray(d.pos, d.pos + n);
    d.pos += n;
    return out;
  }

  #bigint() {
    const bitfield = this.#varint();
    const byteLength = Math.floor(bitfield / 2);
    const bytes = this.#bytes(byteLength);
    let v = 0n;
    for (let i = byteLength - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
    return bitfield & 1 ? -v : v;
  }

  #oneByte(n) {
    const b = this.#bytes(n);
    let out = '';
    for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode.apply(null, b.subarray(i, i + 8192));
    return out;
  }

  #twoByte(n) {
    const b = this.#bytes(n);
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

  #readString() {
    const v = this.#read();
    if (typeof v !== 'string') throw dataCloneFail();
    return v;
  }

  #add(obj) {
    this[kDState].objects.push(obj);
    return obj;
  }

  #read() {
    const v = this.#readOne();
    // A view follows the buffer it is over.
    if (isArrayBufferLike(v) && this.#peek() === T.VIEW) {
      this[kDState].pos++;
      return this.#readView(v);
    }
    return v;
  }

  #readOne() {
    this.#peek();
    const tag = this.#byte();
    const d = this[kDState];
    switch (tag) {
      case T.VERIFY_COUNT: this.#varint(); return this.#readOne();
      case T.UNDEFINED: return undefined;
      case T.NULL: return null;
      case T.TRUE: return true;
      case T.FALSE: return false;
      case T.INT32: {
        const z = this.#varint();
        return (z % 2 === 1) ? -((z - 1) / 2) - 1 : z / 2;
      }
      case T.UINT32: return this.#varint();
      case T.DOUBLE: return this.#double();
      case T.BIGINT: return this.#bigint();
      case T.UTF8: return Buffer.from(this.#bytes(this.#varint())).toString('utf8');
      case T.ONE_BYTE: return this.#oneByte(this.#varint());
      case T.TWO_BYTE: return this.#twoByte(this.#varint());
      case T.REF: {
        const id = this.#varint();
        if (id >= d.objects.length) throw dataCloneFail();
        return d.objects[id];
      }
      case T.BEGIN_OBJECT: {
        const o = this.#add({});
        const n = this.#readProperties(o, T.END_OBJECT);
        if (this.#varint() !== n) throw dataCloneFail();
        return o;
      }
      case T.BEGIN_SPARSE: {
        const length = this.#varint();
        const a = this.#add(new Array(length));
        const n = this.#readProperties(a, T.END_SPARSE);
        if (this.#varint() !== n) throw dataCloneFail();
        this.#varint();
        return a;
      }
      case T.BEGIN_DENSE: {
        const length = this.#varint();
        const a = this.#add(new Array(length));
        for (let i = 0; i < length; i++) {
          if (this.#peek() === T.HOLE) {
            d.pos++;
            continue;
          }
          a[i] = this.#read();
        }
        const n = this.#readProperties(a, T.END_DENSE);
        if (this.#varint() !== n) throw dataCloneFail();
        this.#varint();
        return a;
      }
      case T.DATE: return this.#add(new Date(this.#double()));
      case T.TRUE_OBJECT: return this.#add(Object(true));
      case T.FALSE_OBJECT: return this.#add(Object(false));
      case T.NUMBER_OBJECT: return this.#add(Object(this.#double()));
      case T.BIGINT_OBJECT: return this.#add(Object(this.#bigint()));
      case T.STRING_OBJECT: return this.#add(Object(this.#readString()));
      case T.REGEXP: {
        const source = this.#readString();
        const bits = this.#varint();
        let flags = '';
        for (const f of 'dgimsuvy') if (bits & regexpFlags[f]) flags += f;
        return this.#add(new RegExp(source, flags));
      }
      case T.BEGIN_MAP: {
        const m = this.#add(new Map());
        let n = 0;
        while (this.#peek() !== T.END_MAP) {
          const k = this.#read();
          m.set(k, this.#read());
          n += 2;
        }
        d.pos++;
        if (this.#varint() !== n) throw dataCloneFail();
        return m;
      }
      case T.BEGIN_SET: {
        const s = this.#add(new Set());
        let n = 0;
        while (this.#peek() !== T.END_SET) {
          s.add(this.#read());
          n++;
        }
        d.pos++;
        if (this.#varint() !== n) throw dataCloneFail();
        return s;
      }
      case T.ARRAY_BUFFER: {
        const bytes = this.#bytes(this.#varint());
        const ab = new ArrayBuffer(bytes.length);
        new Uint8Array(ab).set(bytes);
        return this.#add(ab);
      }
      case T.RESIZABLE_ARRAY_BUFFER: {
        const length = this.#varint();
        this.#varint(); // maxByteLength: goja's buffers are fixed
        const bytes = this.#bytes(length);
        const ab = new ArrayBuffer(bytes.length);
        new Uint8Array(ab).set(bytes);
        return this.#add(ab);
      }
      case T.ARRAY_BUFFER_TRANSFER: {
        const ab = d.transfers.get(this.#varint());
        if (ab === undefined) throw dataCloneFail();
        return this.#add(ab);
      }
      case T.SHARED_ARRAY_BUFFER: {
        const id = this.#varint();
        if (typeof this._getSharedArrayBuffer !== 'function') throw dataCloneFail();
        return this.#add(this._getSharedArrayBuffer(id));
      }
      case T.HOST_OBJECT: {
        const id = d.objects.length;
        d.objects.push(undefined);
        const o = this._readHostObject();
        d.objects[id] = o;
        return o;
      }
      case T.ERROR: return this.#readError();
      default:
        throw dataCloneFail();
    }
  }

  #readProperties(o, end) {
    let n = 0;
    while (this.#peek() !== end) {
      const k = this.#read();
      if (typeof k !== 'string' && typeof k !== 'number') throw dataCloneFail();
      const v = this.#read();
      Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
      n++;
    }
    this[kDState].pos++;
    return n;
  }

  #readView(buffer) {
    const sub = this.#byte();
    const offset = this.#varint();
    const length = this.#varint();
    if (this[kDState].version >= 14) this.#varint(); // flags
    const Ctor = viewByTag[sub];
    if (Ctor === undefined) throw dataCloneFail();
    const size = Ctor.BYTES_PER_ELEMENT || 1;
    if (offset % size !== 0 || length % size !== 0 || offset + length > abByteLength.call(buffer)) throw dataCloneFail();
    return this.#add(Ctor === DataView ? new DataView(buffer, offset, length) : new Ctor(buffer, offset, length / size));
  }

  #readError() {
    const d = this[kDState];
    const id = d.objects.length;
    d.objects.push(undefined);
    let Ctor = Error;
    let message;
    let stack;
    let cause;
    let hasCause = false;
    for (;;) {
      const t = this.#varint();
      if (t === E.END) break;
      if (errorByTag[t] !== undefined) Ctor = errorByTag[t];
      else if (t === E.MESSAGE) message = this.#readString();
      else if (t === E.STACK) stack = this.#readString();
      else if (t === E.CAUSE) {
        cause = this.#read();
        hasCause = true;
      } else throw dataCloneFail();
    }
    const err = Object.create(Ctor.prototype);
    const define = (k, v) => Object.defineProperty(err, k, { value: v, writable: true, enumerable: false, configurable: true });
    if (stack !== undefined) define('stack', stack);
    if (message !== undefined) define('message', message);
    if (hasCause) define('cause', cause);
    d.objects[id] = err;
    return err;
  }
}

const kTruncated = Symbol('truncated');

module.exports = { Serializer, Deserializer, kLatestVersion, cloneErrorText };
