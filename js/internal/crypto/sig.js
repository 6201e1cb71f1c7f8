'use strict';
// Signatures (sign/verify, createSign/createVerify: RSA PKCS#1 v1.5 and
// PSS, ECDSA in DER or IEEE P1363, Ed25519), RSA encryption
// (publicEncrypt/privateDecrypt with OAEP or PKCS#1 v1.5, privateEncrypt),
// ECDH (createECDH, diffieHellman), on modules/crypto's asymmetric keys.

const { Buffer } = require('buffer');
const { binding, kHandle, isArrayBufferView, getArrayBufferOrView, encodeOutput } = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT,
    ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY,
    ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INVALID_CURVE,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_SIGN_KEY_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateString, validateFunction, validateObject, validateInt32, validateEncoding } = require('internal/validators');
const keys = require('internal/crypto/keys');

function ossl(message, code, library, reason) {
  const err = new Error(message);
  err.library = library;
  err.reason = reason;
  err.code = code;
  return err;
}

function failure(why) {
  switch (why) {
    case 'digest':
      return ossl('error:1C80007A:Provider routines::invalid digest', 'ERR_OSSL_INVALID_DIGEST', 'Provider routines', 'invalid digest');
    case 'too long':
      return ossl('error:0200006E:rsa routines::data too large for key size', 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE', 'rsa routines', 'data too large for key size');
    case 'digest too big':
      return ossl('error:02000070:rsa routines::digest too big for rsa key', 'ERR_OSSL_RSA_DIGEST_TOO_BIG_FOR_RSA_KEY', 'rsa routines', 'digest too big for rsa key');
    case 'operation':
      return ossl('error:03000096:digital envelope routines::operation not supported for this keytype',
        'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE', 'digital envelope routines', 'operation not supported for this keytype');
    case 'padding':
      return ossl('error:1C8000A5:Provider routines::illegal or unsupported padding mode',
        'ERR_OSSL_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE', 'Provider routines', 'illegal or unsupported padding mode');
    case 'too small':
      return ossl('error:0200007A:rsa routines::data too small for key size', 'ERR_OSSL_RSA_DATA_TOO_SMALL_FOR_KEY_SIZE', 'rsa routines', 'data too small for key size');
    case 'too large for modulus':
      return ossl('error:02000084:rsa routines::data too large for modulus', 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_MODULUS', 'rsa routines', 'data too large for modulus');
    case 'invalid padding':
      return ossl('error:0200008A:rsa routines::invalid padding', 'ERR_OSSL_RSA_INVALID_PADDING', 'rsa routines', 'invalid padding');
    case 'digest not allowed':
      return ossl('error:1C8000AE:Provider routines::digest not allowed', 'ERR_OSSL_DIGEST_NOT_ALLOWED', 'Provider routines', 'digest not allowed');
    case 'salt length':
      return ossl('error:1C800070:Provider routines::invalid salt length', 'ERR_OSSL_INVALID_SALT_LENGTH', 'Provider routines', 'invalid salt length');
    case 'saltlen':
      return ossl('error:1C8000AC:Provider routines::pss saltlen too small', 'ERR_OSSL_PSS_SALTLEN_TOO_SMALL', 'Provider routines', 'pss saltlen too small');
    case 'pss-encrypt':
      return ossl('error:1C8000B2:Provider routines::operation not supported for this keytype',
        'ERR_OSSL_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE', 'Provider routines', 'operation not supported for this keytype');
    case 'oaep':
      return ossl('error:02000079:rsa routines::oaep decoding error', 'ERR_OSSL_RSA_OAEP_DECODING_ERROR', 'rsa routines', 'oaep decoding error');
  }
  return ossl('error:1C800064:Provider routines::bad decrypt', 'ERR_OSSL_BAD_DECRYPT', 'Provider routines', 'bad decrypt');
}

function keyOpts(key) {
  if (key !== null && typeof key === 'object' && !isArrayBufferView(key) && !keys.isKeyObject(key)) {
    const { padding, saltLength, dsaEncoding } = key;
    if (padding !== undefined) validateInt32(padding, 'key.padding');
    if (saltLength !== undefined) validateInt32(saltLength, 'key.saltLength', -2);
    if (dsaEncoding !== undefined && dsaEncoding !== 'der' && dsaEncoding !== 'ieee-p1363') {
      throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
    }
    return { padding, saltLength, dsaEncoding };
  }
  return {};
}

function checkDigest(algorithm) {
  if (algorithm === undefined || algorithm === null) return undefined;
  validateString(algorithm, 'algorithm');
  const info = binding.hashInfo(algorithm);
  if (info === null) throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
  return algorithm;
}

function signOneShot(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const o = keyOpts(key);
  const h = privateHandle(key);
  const digest = checkDigest(algorithm);
  const out = binding.sign(h, digest, data, o.padding, o.saltLength, o.dsaEncoding);
  if (typeof out === 'string') {
    const err = failure(out);
    if (callback) { process.nextTick(callback, err); return; }
    throw err;
  }
  if (callback) { process.nextTick(callback, null, out); return; }
  return out;
}

function privateHandle(key) {
  if (keys.isKeyObject(key) && key.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
  }
  return keys.parseAsymmetric(key, true);
}

function publicHandle(key) {
  if (keys.isKeyObject(key) && key.type === 'secret') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'public or private');
  }
  return keys.parseAsymmetric(key, false);
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
  }
  const o = keyOpts(key);
  const h = publicHandle(key);
  if (!isArrayBufferView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  const digest = checkDigest(algorithm);
  const out = binding.verify(h, digest, data, o.padding, o.saltLength, o.dsaEncoding, signature);
  if (typeof out === 'string') {
    const err = failure(out);
    if (callback) { process.nextTick(callback, err); return; }
    throw err;
  }
  if (callback) { process.nextTick(callback, null, out); return; }
  return out;
}

// Sign and Verify: Writable streams collecting the data to sign.
let Writable;
function lazyWritable() {
  if (Writable === undefined) Writable = require('stream').Writable;
  return Writable;
}

const kData = Symbol('kData');
const kAlg = Symbol('kAlg');

// Names OpenSSL's EVP_get_digestbyname knows for signing beyond the hash
// names (createHash does not take them).
const signAliases = { dss1: 'sha1' };

function SignBase(algorithm, options, self) {
  validateString(algorithm, 'algorithm');
  const alias = signAliases[algorithm.toLowerCase()];
  if (alias !== undefined) algorithm = alias;
  if (binding.hashInfo(algorithm) === null) {
    const err = new ERR_CRYPTO_INVALID_DIGEST('x');
    err.message = 'Invalid digest';
    throw err;
  }
  self[kAlg] = algorithm;
  self[kData] = [];
  lazyWritable().call(self, options);
}

function signUpdate(data, encoding) {
  if (this[kData] === null) {
    const err = new ERR_CRYPTO_INVALID_STATE('x');
    err.message = 'Not initialised';
    throw err;
  }
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    data = Buffer.from(data, encoding && Buffer.isEncoding(encoding) ? encoding : 'utf8');
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  this[kData].push(Buffer.from(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
  return this;
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  SignBase(algorithm, options, this);
}

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  SignBase(algorithm, options, this);
}

let wired = false;
function wire() {
  if (wired) return;
  wired = true;
  const W = lazyWritable();
  for (const C of [Sign, Verify]) {
    Object.setPrototypeOf(C.prototype, W.prototype);
    Object.setPrototypeOf(C, W);
    C.prototype._write = function _write(chunk, encoding, callback) {
      this.update(chunk, encoding);
      callback();
    };
    C.prototype.update = signUpdate;
  }
  Sign.prototype.sign = function sign(privateKey, encoding) {
    if (!privateKey) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
    if (this[kData] === null) {
      const err = new ERR_CRYPTO_INVALID_STATE('x');
      err.message = 'Not initialised';
      throw err;
    }
    const data = Buffer.concat(this[kData]);
    const o = keyOpts(privateKey);
    const h = privateHandle(privateKey);
    const out = binding.sign(h, this[kAlg], data, o.padding, o.saltLength, o.dsaEncoding);
    if (typeof out === 'string') throw failure(out);
    this[kData] = null;
    return encodeOutput(out, encoding);
  };
  Verify.prototype.verify = function verify(object, signature, sigEncoding) {
    if (this[kData] === null) {
      const err = new ERR_CRYPTO_INVALID_STATE('x');
      err.message = 'Not initialised';
      throw err;
    }
    const data = Buffer.concat(this[kData]);
    const o = keyOpts(object);
    const h = publicHandle(object);
    signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
    const out = binding.verify(h, this[kAlg], data, o.padding, o.saltLength, o.dsaEncoding, signature);
    if (typeof out === 'string') throw failure(out);
    this[kData] = null;
    return out;
  };
}
wire();

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

// RSA encryption.
function rsaOp(op, defaultPadding, wantPrivate) {
  return function(options, buffer) {
    // node checks the key argument's type first but decodes the key (in
    // C++) after the options: a key that does not decode is reported last.
    let h, keyErr;
    try {
      h = keys.parseAsymmetric(options, wantPrivate);
    } catch (e) {
      if (e instanceof TypeError) throw e;
      keyErr = e;
    }
    let padding = defaultPadding;
    let oaepHash;
    let oaepLabel;
    if (options !== null && typeof options === 'object' && !isArrayBufferView(options) && !keys.isKeyObject(options)) {
      if (options.padding !== undefined) padding = options.padding;
      if (options.oaepHash !== undefined) {
        validateString(options.oaepHash, 'key.oaepHash');
        oaepHash = options.oaepHash;
      }
      if (options.oaepLabel !== undefined) oaepLabel = getArrayBufferOrView(options.oaepLabel, 'key.oaepLabel');
    }
    buffer = getArrayBufferOrView(buffer, 'buffer', options && options.encoding);
    if (op === 'privateDecrypt' && padding === 1) {
      // node 20 refuses it (the Marvin attack, CVE-2023-46809).
      const err = new ERR_INVALID_ARG_VALUE('x', 'y');
      err.message = 'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809';
      throw err;
    }
    if (oaepHash !== undefined && binding.hashInfo(oaepHash) === null) {
      const err = new Error('Invalid digest used');
      err.code = 'ERR_OSSL_EVP_INVALID_DIGEST';
      throw err;
    }
    if (keyErr !== undefined) throw keyErr;
    const out = binding.rsaCipher(h, buffer, padding, oaepHash, oaepLabel, op);
    if (typeof out === 'string') {
      if (out === 'failed' && op === 'privateDecrypt') throw failure(padding === 4 ? 'oaep' : 'decrypt');
      throw failure(out);
    }
    return out;
  };
}

const publicEncrypt = rsaOp('publicEncrypt', 4, false);
const privateDecrypt = rsaOp('privateDecrypt', 4, true);
const privateEncrypt = rsaOp('privateEncrypt', 1, true);
const publicDecrypt = rsaOp('publicDecrypt', 1, false);

// ECDH (createECDH): OpenSSL curve names, keys as raw scalars and points.
const ecdhCurves = ['prime256v1', 'secp384r1', 'secp521r1', 'secp256k1'];
const curveAlias = { 'secp256r1': 'prime256v1', 'p-256': 'prime256v1', 'p-384': 'secp384r1', 'p-521': 'secp521r1' };

function formatOf(format) {
  if (format === undefined || format === 'uncompressed') return false;
  if (format === 'compressed') return true;
  if (format === 'hybrid') return 'hybrid';
  throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
}

// SEC1's hybrid form is the uncompressed point with the prefix 6 or 7
// (y's parity), which the binding does not write: made from the
// uncompressed one here.
function pointIn(curve, key, format) {
  const f = formatOf(format);
  const out = binding.ecdhConvert(curve, key, f === true);
  if (typeof out === 'string' || f !== 'hybrid') return out;
  out[0] = 6 | (out[out.length - 1] & 1);
  return out;
}

// A hybrid point given as input is read as the uncompressed one, once its
// prefix agrees with y's parity.
function fromHybrid(key) {
  if (key.length > 0 && (key[0] === 6 || key[0] === 7)) {
    if ((key[0] & 1) !== (key[key.length - 1] & 1)) return key;
    key = Buffer.from(key.buffer, key.byteOffset, key.byteLength);
    const copy = Buffer.from(key);
    copy[0] = 4;
    return copy;
  }
  return key;
}

// ECDH is a plain function, as node's: callable without new.
function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  const c = curveAlias[curve.toLowerCase()] || curve;
  if (!ecdhCurves.includes(c)) throw new ERR_CRYPTO_INVALID_CURVE();
  this[kHandle] = { curve: c, priv: null, pub: null, derived: null };
}

class ECDHMethods {
  static convertKey(key, curve, inEnc, outEnc, format) {
    validateString(curve, 'curve');
    key = getArrayBufferOrView(key, 'key', inEnc);
    const c = curveAlias[curve.toLowerCase()] || curve;
    if (!ecdhCurves.includes(c)) throw new ERR_CRYPTO_INVALID_CURVE();
    const out = pointIn(c, fromHybrid(key), format);
    if (typeof out === 'string') throw new Error('Failed to convert Buffer to EC_POINT');
    return encodeOutput(out, outEnc);
  }

  generateKeys(encoding, format) {
    const r = binding.ecdhKey(this[kHandle].curve);
    this[kHandle].priv = r[0];
    this[kHandle].pub = this[kHandle].derived = r[1];
    return this.getPublicKey(encoding, format);
  }

  computeSecret(key, inEnc, outEnc) {
    key = getArrayBufferOrView(key, 'key', inEnc);
    const st = this[kHandle];
    if (st.priv === null) {
      const err = new ERR_CRYPTO_INVALID_STATE('x');
      err.message = 'Not initialized';
      throw err;
    }
    if (st.pub !== st.derived && !st.pub.equals(st.derived)) {
      // a public key set apart from the private one (setPublicKey)
      const { codes: { ERR_CRYPTO_INVALID_KEYPAIR } } = require('internal/errors');
      throw new ERR_CRYPTO_INVALID_KEYPAIR();
    }
    const out = binding.ecdhCompute(st.curve, st.priv, fromHybrid(key));
    if (typeof out === 'string') throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
    return encodeOutput(out, outEnc);
  }

  getPublicKey(encoding, format) {
    const st = this[kHandle];
    if (st.pub === null) throw new Error('Failed to get ECDH public key');
    const out = formatOf(format) ? pointIn(st.curve, st.pub, format) : Buffer.from(st.pub);
    return encodeOutput(out, encoding);
  }

  getPrivateKey(encoding) {
    const st = this[kHandle];
    if (st.priv === null) throw new Error('Failed to get ECDH private key');
    return encodeOutput(Buffer.from(st.priv), encoding);
  }

  // Deprecated in node's documentation only: sets the public point as given
  // (on the curve, any SEC1 form), not checked against the private key.
  setPublicKey(key, encoding) {
    key = getArrayBufferOrView(key, 'key', encoding);
    const out = binding.ecdhConvert(this[kHandle].curve, fromHybrid(key), false);
    if (typeof out === 'string') throw new Error('Failed to convert Buffer to EC_POINT');
    this[kHandle].pub = out;
    return this;
  }

  setPrivateKey(key, encoding) {
    key = getArrayBufferOrView(key, 'key', encoding);
    const r = binding.ecdhKey(this[kHandle].curve, key);
    if (typeof r === 'string') {
      const { codes: { ERR_CRYPTO_INVALID_KEYTYPE } } = require('internal/errors');
      const err = new ERR_CRYPTO_INVALID_KEYTYPE();
      err.message = 'Private key is not valid for specified curve.';
      throw err;
    }
    this[kHandle].priv = r[0];
    this[kHandle].pub = this[kHandle].derived = r[1];
    return this;
  }
}

ECDH.convertKey = ECDHMethods.convertKey;
for (const name of Object.getOwnPropertyNames(ECDHMethods.prototype)) {
  if (name === 'constructor') continue;
  Object.defineProperty(ECDH.prototype, name,
    { __proto__: null, value: ECDHMethods.prototype[name], writable: true, configurable: true });
}

function createECDH(curve) {
  return new ECDH(curve);
}

function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!keys.isKeyObject(privateKey)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!keys.isKeyObject(publicKey)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const a = privateKey.asymmetricKeyType;
  const b = publicKey.asymmetricKeyType;
  if (a !== b) throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${a} and ${b}`);
  const out = binding.diffieHellman(privateKey[kHandle].key, publicKey[kHandle].key);
  if (out === 'mismatch' || out === 'incompatible') {
    throw ossl('error:1C8000CB:Provider routines::mismatching domain parameters',
      'ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS', 'Provider routines', 'mismatching domain parameters');
  }
  if (typeof out === 'string') throw failure('operation');
  return out;
}

function getCurves() {
  return ['prime256v1', 'secp224r1', 'secp256k1', 'secp384r1', 'secp521r1'];
}

module.exports = {
  sign: signOneShot,
  verify: verifyOneShot,
  Sign,
  Verify,
  createSign,
  createVerify,
  publicEncrypt,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  ECDH,
  createECDH,
  diffieHellman,
  getCurves,
};
