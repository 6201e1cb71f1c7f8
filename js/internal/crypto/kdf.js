'use strict';
// Key derivation: pbkdf2, scrypt and hkdf with node's checks and errors.
// The callback forms run on the worker pool (modules/crypto's jobs).

const { Buffer } = require('buffer');
const {
  binding, getArrayBufferOrView, validateByteSource, toArrayBuffer, isAnyArrayBuffer,
  isArrayBufferView,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateString, validateInt32, validateUint32, validateInteger, validateFunction,
} = require('internal/validators');

// A digest usable as an HMAC hash (not an XOF), else ERR_CRYPTO_INVALID_DIGEST.
function checkDigest(digest) {
  const info = binding.hashInfo(digest);
  if (info === null || info[1] !== 0) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return info;
}

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  const info = binding.hashInfo(digest);
  if (info === null) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  ({ password, salt, iterations, keylen, digest } = pbkdf2Check(password, salt, iterations, keylen, digest));
  validateFunction(callback, 'callback');
  if (binding.hashInfo(digest)[1] !== 0) {
    process.nextTick(callback, new Error('Deriving bits failed'));
    return;
  }
  binding.pbkdf2(password, salt, iterations, keylen, digest, function(err, buf) {
    if (err) return callback.call(this, err);
    callback.call(this, null, buf);
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  ({ password, salt, iterations, keylen, digest } = pbkdf2Check(password, salt, iterations, keylen, digest));
  // OpenSSL's PBKDF2 fails on extendable-output digests.
  if (binding.hashInfo(digest)[1] !== 0) throw new Error('Deriving bits failed');
  return binding.pbkdf2(password, salt, iterations, keylen, digest);
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// OpenSSL's EVP_PBE_scrypt checks, in its order.
function scryptParamsOK(N, r, p, maxmem) {
  if (r === 0 || p === 0 || N < 2 || (N & (N - 1)) !== 0) return 'params';
  if (16 * r <= 63 && N >= 2 ** (16 * r)) return 'params';
  if (p > ((2 ** 30 - 1) / r)) return 'memory';
  const Blen = p * 128 * r;
  const Vlen = 128 * r * (N + 2);
  if (Blen + Vlen > maxmem) return 'memory';
  return '';
}

function scryptCheck(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  const bad = scryptParamsOK(N, r, p, maxmem);
  if (bad === 'memory') {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS('error:030000AC:digital envelope routines::memory limit exceeded');
  }
  if (bad) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  return { password, salt, keylen, N, r, p, maxmem };
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const o = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(o.password, o.salt, o.N, o.r, o.p, o.keylen, o.maxmem, function(err, buf) {
    if (err) return callback.call(this, err);
    callback.call(this, null, buf);
  });
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const o = scryptCheck(password, salt, keylen, options);
  return binding.scrypt(o.password, o.salt, o.N, o.r, o.p, o.keylen, o.maxmem);
}

let keys;
function hkdfKey(key) {
  if (keys === undefined) keys = require('internal/crypto/keys');
  if (keys.isKeyObject(key)) {
    if (key.type !== 'secret') {
      const { codes: { ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE } } = require('internal/errors');
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
    }
    return keys.secretBytes(key);
  }
  if (typeof key === 'string') return Buffer.from(key);
  if (isAnyArrayBuffer(key) || isArrayBufferView(key)) return key;
  throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
}

function hkdfCheck(hash, key, salt, info, length) {
  validateString(hash, 'digest');
  key = hkdfKey(key);
  salt = validateByteSource(salt, 'salt');
  info = validateByteSource(info, 'info');
  validateInteger(length, 'length', 0, 2 ** 32);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const d = checkDigest(hash);
  if (length > 255 * d[0]) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return { hash, key, salt, info, length };
}

function hkdf(hash, key, salt, info, length, callback) {
  ({ hash, key, salt, info, length } = hkdfCheck(hash, key, salt, info, length));
  validateFunction(callback, 'callback');
  binding.hkdf(hash, key, salt, info, length, function(err, buf) {
    if (err) return callback.call(this, err);
    callback.call(this, null, toArrayBuffer(buf));
  });
}

function hkdfSync(hash, key, salt, info, length) {
  ({ hash, key, salt, info, length } = hkdfCheck(hash, key, salt, info, length));
  return toArrayBuffer(binding.hkdf(hash, key, salt, info, length));
}

module.exports = {
  pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync, checkDigest,
};
