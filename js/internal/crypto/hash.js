'use strict';
// Hash and Hmac (node's API over modules/crypto's hash handles): names are
// node's (OpenSSL's, case-insensitive, with aliases such as RSA-SHA256),
// shake128/256 take an outputLength, and both are LazyTransform streams.

const {
  binding, kHandle, isArrayBufferView, stringBytes, encodeOutput, normalizeEncoding,
  LazyTransform, setupLazyTransform,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { Buffer } = require('buffer');
const { validateString, validateUint32, validateEncoding } = require('internal/validators');

setupLazyTransform();

function notXof() {
  const err = new Error('error:030000B2:digital envelope routines::not XOF or invalid length');
  err.library = 'digital envelope routines';
  err.reason = 'not XOF or invalid length';
  err.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
  return err;
}

function Hash(algorithm, options) {
  // (`new Hash` makes an instance of Hash: no instanceof to ask)
  if (new.target !== Hash && !(this instanceof Hash)) return new Hash(algorithm, options);
  if (options === undefined && typeof algorithm === 'string') {
    // createHash(name), as etag and most callers do: one call to Go, which
    // answers null for a digest it lacks.
    const handle = binding.hashNew(algorithm); // (no length: the default)
    if (handle === null) throw new Error('Digest method not supported');
    this[kHandle] = handle;
    this._options = options; // LazyTransform's constructor
    return;
  }
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  let handle;
  if (algorithm instanceof Hash) {
    handle = binding.hashCopy(algorithm[kHandle], xofLen === undefined ? -1 : xofLen);
  } else {
    validateString(algorithm, 'algorithm');
    const info = binding.hashInfo(algorithm);
    if (info === null) throw new Error('Digest method not supported');
    if (xofLen !== undefined && info[1] === 0 && xofLen !== info[0]) throw notXof();
    handle = binding.hashNew(algorithm, xofLen === undefined ? -1 : xofLen);
  }
  this[kHandle] = handle;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

// Whether digest() was called is the handle's (Go's hashFinal), so a
// hash's own properties are node's: _options and its handle.
function throwIfFinal(handle) {
  if (binding.hashIsFinal(handle)) throw new ERR_CRYPTO_HASH_FINALIZED();
}

Hash.prototype.copy = function copy(options) {
  throwIfFinal(this[kHandle]);
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  binding.hashUpdate(this[kHandle], typeof chunk === 'string' ? stringBytes(chunk, encoding) : chunk);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(binding.hashDigest(this[kHandle]));
  callback();
};

function update(data, encoding) {
  const handle = this[kHandle];
  // Go reads a string as UTF-8, which no encoding or 'utf8' asks for
  if (typeof data === 'string' && encoding !== undefined && encoding !== 'utf8') {
    throwIfFinal(handle);
    validateEncoding(data, encoding);
    data = stringBytes(data, encoding);
  }
  // false: digest() was called (nothing written); undefined: data is
  // neither a string nor an ArrayBufferView (Go's check)
  const written = binding.hashUpdate(handle, data);
  if (written !== true) {
    if (written === false) throw new ERR_CRYPTO_HASH_FINALIZED();
    throwIfFinal(handle);
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return this;
}
Hash.prototype.update = update;

Hash.prototype.digest = function digest(outputEncoding) {
  const handle = this[kHandle];
  if (outputEncoding && typeof outputEncoding !== 'string') {
    // node converts a truthy encoding to a string (its toString may
    // throw), after the finalized check
    throwIfFinal(handle);
    outputEncoding = `${outputEncoding}`;
  }
  // Go answers null when digest() was called before, a string for the
  // usual encodings' names, else a Buffer
  const out = binding.hashFinal(handle, outputEncoding);
  if (out === null) throw new ERR_CRYPTO_HASH_FINALIZED();
  return typeof out === 'string' ? out : encodeOutput(out, outputEncoding);
};

// prepareSecretKey is set by internal/crypto/keys (KeyObject, CryptoKey).
let prepareSecretKey;

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options && options.encoding;
  if (prepareSecretKey === undefined) prepareSecretKey = require('internal/crypto/keys').prepareSecretKey;
  key = prepareSecretKey(key, encoding);
  const info = binding.hashInfo(hmac);
  if (info === null) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  // OpenSSL's HMAC refuses extendable-output digests with an empty error.
  if (info[1] !== 0) throw new Error('error:00000000:lib(0)::reason(0)');
  const handle = binding.hmacNew(hmac, key);
  this[kHandle] = handle;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = update;
Hmac.prototype.digest = function digest(outputEncoding) {
  const handle = this[kHandle];
  // after digest(), an empty result
  if (binding.hashIsFinal(handle)) return encodeOutput(Buffer.alloc(0), outputEncoding);
  if (outputEncoding) outputEncoding = `${outputEncoding}`;
  const out = binding.hashFinal(handle, outputEncoding);
  return typeof out === 'string' ? out : encodeOutput(out, outputEncoding);
};
Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

// crypto.hash(algorithm, input[, outputEncoding]): a one-shot digest.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined || (normalized === 'utf8' && !/^utf-?8$/i.test(outputEncoding))) {
      if (outputEncoding.toLowerCase() === 'buffer') normalized = 'buffer';
      else throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
  }
  const out = binding.hashOnce(algorithm, input);
  if (out === null) throw new Error(`Digest method ${algorithm} is not supported`);
  return normalized === 'buffer' ? out : out.toString(normalized);
}

function getHashes() {
  return binding.hashes.slice();
}

module.exports = { Hash, Hmac, hash, getHashes };
