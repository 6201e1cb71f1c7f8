'use strict';
// Shared pieces of the crypto builtin's JavaScript half: the Go binding
// (modules/crypto), byte-source conversions with node's argument errors,
// encodings, and LazyTransform (Hash, Hmac and ciphers are streams, but
// build their stream state only when used as one, as node's do).

const { Buffer } = require('buffer');
const binding = internalBinding('crypto');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kKeyObject = Symbol('kKeyObject');

const isArrayBufferView = ArrayBuffer.isView;
function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer);
}
function isTypedArray(v) {
  return ArrayBuffer.isView(v) && !(v instanceof DataView);
}

// normalizeEncoding: a Buffer encoding, or undefined for anything else.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  const e = enc.toLowerCase();
  if (e === 'buffer') return undefined;
  return Buffer.isEncoding(e) ? (e === 'utf-8' ? 'utf8' : e) : undefined;
}

// The bytes of a string as node's C++ reads it (an unknown encoding is
// UTF-8), or a view as is.
function stringBytes(data, encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined || enc === 'utf8') return data; // Go reads strings as UTF-8
  return Buffer.from(data, enc);
}

// Buffer output in an encoding: 'buffer' (or none, or unknown) leaves a Buffer.
function encodeOutput(buf, encoding) {
  // node writes a Buffer for any falsy encoding (null too), as it does for 'buffer'
  if (!encoding || encoding === 'buffer') return buf;
  const enc = normalizeEncoding(encoding);
  return enc === undefined ? buf : buf.toString(enc);
}

function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(
      name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return buffer;
}

function validateByteSource(val, name) {
  if (typeof val === 'string') return Buffer.from(val);
  if (isAnyArrayBuffer(val) || isArrayBufferView(val)) return val;
  throw new ERR_INVALID_ARG_TYPE(
    name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], val);
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(`options.${key}`, 'string', value);
  }
  return value;
}

function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

// A copy of bytes as a plain Uint8Array-backed Buffer.
function toBuffer(v) {
  if (Buffer.isBuffer(v)) return v;
  if (isAnyArrayBuffer(v)) return Buffer.from(v);
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

// A fresh ArrayBuffer holding exactly buf's bytes.
function toArrayBuffer(buf) {
  const ab = new ArrayBuffer(buf.length);
  new Uint8Array(ab).set(buf);
  return ab;
}

// LazyTransform: a stream.Transform whose stream state is made on first
// touch, so hashing with update()/digest() never pays for a stream.
let Transform;
function LazyTransform(options) {
  this._options = options;
}
function lazyInit(self) {
  if (Transform === undefined) Transform = require('stream').Transform;
  Transform.call(self, self._options);
  self._writableState.decodeStrings = false;
}
function makeLazy() {
  const props = {};
  for (const name of ['_readableState', '_writableState', '_transformState']) {
    props[name] = {
      get() {
        lazyInit(this);
        return this[name];
      },
      set(val) {
        Object.defineProperty(this, name, { value: val, enumerable: true, configurable: true, writable: true });
      },
      configurable: true,
      enumerable: true,
    };
  }
  return props;
}
let lazyReady = false;
// The prototype chain is set up on first require of 'stream' by a user of
// LazyTransform (crypto.js loads it eagerly: it is cheap once stream is loaded).
function setupLazyTransform() {
  if (lazyReady) return;
  lazyReady = true;
  Transform = require('stream').Transform;
  Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
  Object.setPrototypeOf(LazyTransform, Transform);
  Object.defineProperties(LazyTransform.prototype, makeLazy());
}

module.exports = {
  binding,
  kHandle,
  kKeyObject,
  isArrayBufferView,
  isAnyArrayBuffer,
  isTypedArray,
  normalizeEncoding,
  stringBytes,
  encodeOutput,
  getArrayBufferOrView,
  validateByteSource,
  getStringOption,
  getUIntOption,
  toBuffer,
  toArrayBuffer,
  LazyTransform,
  setupLazyTransform,
};
