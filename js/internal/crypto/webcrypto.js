'use strict';
// WebCrypto (crypto.webcrypto, crypto.subtle, globalThis.crypto): Crypto,
// SubtleCrypto and CryptoKey with node 20's algorithm normalisation, key
// usage checks and DOMException names. Operations reuse the node API's Go
// paths (hashes, HMAC, ciphers, KDFs in modules/crypto); PBKDF2 and HKDF
// run on the worker pool, the rest completes as a promise job. Supported:
// digest (SHA-1/256/384/512); HMAC, AES-GCM/CBC/CTR/KW, PBKDF2 and HKDF keys
// (importKey raw/jwk, exportKey, generateKey, deriveKey); sign/verify
// (HMAC); encrypt/decrypt (AES); deriveBits (PBKDF2, HKDF).
// This file loads nothing of the stream machinery: globalThis.crypto stays
// cheap for scripts that only want getRandomValues or randomUUID.

const { Buffer } = require('buffer');
const { binding, kKeyObject, isAnyArrayBuffer, isArrayBufferView, toArrayBuffer } = require('internal/crypto/util');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const random = require('internal/crypto/random');
const { lazyDOMException } = random;

const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kUsages = Symbol('kUsages');
const kType = Symbol('kType');
const kKey = Symbol('kKey'); // raw secret bytes

let keysModule;
function keys() {
  if (keysModule === undefined) keysModule = require('internal/crypto/keys');
  return keysModule;
}

// ---------------------------------------------------------------------------
// CryptoKey

let constructing = false;
class CryptoKey {
  constructor() {
    if (!constructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get type() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kType];
  }

  get extractable() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kExtractable];
  }

  get algorithm() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kAlgorithm];
  }

  get usages() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kUsages].slice();
  }

  get [kKeyObject]() {
    if (this._keyObject === undefined) {
      const k = keys();
      Object.defineProperty(this, '_keyObject', {
        value: new k.SecretKeyObject(k.secretHandle(this[kKey])), enumerable: false,
      });
    }
    return this._keyObject;
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, {
  value: 'CryptoKey', configurable: true,
});
for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  const d = Object.getOwnPropertyDescriptor(CryptoKey.prototype, name);
  d.enumerable = true;
  Object.defineProperty(CryptoKey.prototype, name, d);
}

// postMessage/structuredClone clone a CryptoKey (extractable or not, as
// node's): its algorithm, usages and extractability with its key material
// (a secret key's bytes, or its KeyObject, itself cloneable).
const { kClone, kDeserialize } = require('internal/worker/js_transferable');
CryptoKey.prototype[kClone] = function() {
  const data = {
    type: this[kType], algorithm: this[kAlgorithm], extractable: this[kExtractable], usages: this[kUsages].slice(),
  };
  if (this[kKey] !== undefined) data.bytes = Buffer.from(this[kKey]);
  else data.keyObject = this[kKeyObject];
  return { data, deserializeInfo: 'internal/crypto/webcrypto:CryptoKeyReceiver' };
};

class CryptoKeyReceiver {
  [kDeserialize]({ type, algorithm, extractable, usages, bytes, keyObject }) {
    Object.setPrototypeOf(this, CryptoKey.prototype);
    Object.defineProperty(this, kType, { value: type });
    if (bytes !== undefined) Object.defineProperty(this, kKey, { value: Buffer.from(bytes) });
    else Object.defineProperty(this, '_keyObject', { value: keyObject, enumerable: false });
    Object.defineProperty(this, kAlgorithm, { value: Object.freeze(algorithm) });
    Object.defineProperty(this, kExtractable, { value: extractable });
    Object.defineProperty(this, kUsages, { value: usages });
  }
}

function isCryptoKey(v) {
  return v != null && typeof v === 'object' && v[kType] !== undefined;
}

const warnedExperimental = new Set();

function makeAsymmetricKey(keyObject, algorithm, extractable, usages) {
  const name = algorithm.name;
  if (!warnedExperimental.has(name) && (name === 'Ed25519' || name === 'X25519' || name === 'Ed448' || name === 'X448')) {
    // node marks the four curve algorithms experimental, once each, as a key is made
    warnedExperimental.add(name);
    process.emitWarning(`The ${name} Web Crypto API algorithm is an experimental feature and might change at any time`,
      'ExperimentalWarning');
  }
  constructing = true;
  let key;
  try {
    key = new CryptoKey();
  } finally {
    constructing = false;
  }
  Object.defineProperty(key, kType, { value: keyObject.type });
  Object.defineProperty(key, '_keyObject', { value: keyObject, enumerable: false });
  Object.defineProperty(key, kAlgorithm, { value: Object.freeze(algorithm) });
  Object.defineProperty(key, kExtractable, { value: extractable });
  Object.defineProperty(key, kUsages, { value: usages });
  return key;
}

function makeSecretKey(bytes, algorithm, extractable, usages) {
  constructing = true;
  let key;
  try {
    key = new CryptoKey();
  } finally {
    constructing = false;
  }
  Object.defineProperty(key, kType, { value: 'secret' });
  Object.defineProperty(key, kKey, { value: Buffer.from(bytes) });
  Object.defineProperty(key, kAlgorithm, { value: Object.freeze(algorithm) });
  Object.defineProperty(key, kExtractable, { value: extractable });
  Object.defineProperty(key, kUsages, { value: usages });
  return key;
}

// ---------------------------------------------------------------------------
// Algorithm normalisation (WebCrypto's "normalize an algorithm").

const names = {
  'sha-1': 'SHA-1', 'sha-256': 'SHA-256', 'sha-384': 'SHA-384', 'sha-512': 'SHA-512',
  'hmac': 'HMAC', 'pbkdf2': 'PBKDF2', 'hkdf': 'HKDF',
  'aes-gcm': 'AES-GCM', 'aes-cbc': 'AES-CBC', 'aes-ctr': 'AES-CTR', 'aes-kw': 'AES-KW',
  'ecdsa': 'ECDSA', 'ecdh': 'ECDH', 'ed25519': 'Ed25519', 'x25519': 'X25519', 'ed448': 'Ed448', 'x448': 'X448',
  'rsassa-pkcs1-v1_5': 'RSASSA-PKCS1-v1_5', 'rsa-pss': 'RSA-PSS', 'rsa-oaep': 'RSA-OAEP',
};
const asymmetric = ['ECDSA', 'ECDH', 'Ed25519', 'X25519', 'Ed448', 'X448', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const isOKP = (name) => name === 'Ed25519' || name === 'X25519' || name === 'Ed448' || name === 'X448';
const isECDHLike = (name) => name === 'ECDH' || name === 'X25519' || name === 'X448';
const okpRawLength = { Ed25519: 32, X25519: 32, Ed448: 57, X448: 56 };
const isRSA = (name) => name.startsWith('RSA');
const goHash = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const hashBlockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const hashJwk = { 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512' };

// What each operation accepts.
const supported = {
  digest: ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'],
  importKey: ['HMAC', 'PBKDF2', 'HKDF', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', ...asymmetric],
  generateKey: ['HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', ...asymmetric],
  sign: ['HMAC', 'ECDSA', 'Ed25519', 'Ed448', 'RSASSA-PKCS1-v1_5', 'RSA-PSS'],
  verify: ['HMAC', 'ECDSA', 'Ed25519', 'Ed448', 'RSASSA-PKCS1-v1_5', 'RSA-PSS'],
  encrypt: ['AES-GCM', 'AES-CBC', 'AES-CTR', 'RSA-OAEP'],
  decrypt: ['AES-GCM', 'AES-CBC', 'AES-CTR', 'RSA-OAEP'],
  deriveBits: ['PBKDF2', 'HKDF', 'ECDH', 'X25519', 'X448'],
  get: ['HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'PBKDF2', 'HKDF'],
  wrapKey: ['AES-KW', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'RSA-OAEP'],
};
supported.unwrapKey = supported.wrapKey;

const paramsName = {
  importKey: {
    HMAC: 'HmacImportParams', ECDSA: 'EcKeyImportParams', ECDH: 'EcKeyImportParams',
    'RSASSA-PKCS1-v1_5': 'RsaHashedImportParams', 'RSA-PSS': 'RsaHashedImportParams', 'RSA-OAEP': 'RsaHashedImportParams',
  },
  generateKey: {
    HMAC: 'HmacKeyGenParams', 'AES-GCM': 'AesKeyGenParams', 'AES-CBC': 'AesKeyGenParams', 'AES-CTR': 'AesKeyGenParams',
    'AES-KW': 'AesKeyGenParams',
    ECDSA: 'EcKeyGenParams', ECDH: 'EcKeyGenParams',
    'RSASSA-PKCS1-v1_5': 'RsaHashedKeyGenParams', 'RSA-PSS': 'RsaHashedKeyGenParams', 'RSA-OAEP': 'RsaHashedKeyGenParams',
  },
  deriveBits: { PBKDF2: 'Pbkdf2Params', HKDF: 'HkdfParams', ECDH: 'EcdhKeyDeriveParams', X25519: 'EcdhKeyDeriveParams',
    X448: 'EcdhKeyDeriveParams' },
  sign: { ECDSA: 'EcdsaParams', 'RSA-PSS': 'RsaPssParams' },
  encrypt: { 'AES-GCM': 'AesGcmParams', 'AES-CBC': 'AesCbcParams', 'AES-CTR': 'AesCtrParams' },
  get: { 'AES-GCM': 'AesDerivedKeyParams', 'AES-CBC': 'AesDerivedKeyParams', 'AES-CTR': 'AesDerivedKeyParams',
    'AES-KW': 'AesDerivedKeyParams', HMAC: 'HmacImportParams' },
};
paramsName.decrypt = paramsName.encrypt;
paramsName.wrapKey = paramsName.unwrapKey = paramsName.encrypt;
paramsName.verify = paramsName.sign;

const required = {
  HmacImportParams: ['hash'],
  HmacKeyGenParams: ['hash'],
  AesKeyGenParams: ['length'],
  AesDerivedKeyParams: ['length'],
  Pbkdf2Params: ['hash', 'iterations', 'salt'],
  HkdfParams: ['hash', 'info', 'salt'],
  AesGcmParams: ['iv'],
  AesCbcParams: ['iv'],
  AesCtrParams: ['counter', 'length'],
  EcKeyImportParams: ['namedCurve'],
  EcKeyGenParams: ['namedCurve'],
  RsaHashedImportParams: ['hash'],
  RsaHashedKeyGenParams: ['hash', 'modulusLength', 'publicExponent'],
  EcdhKeyDeriveParams: ['public'],
  EcdsaParams: ['hash'],
  RsaPssParams: ['saltLength'],
};

function bufferSourceCopy(v, what) {
  if (isAnyArrayBuffer(v)) return Buffer.from(new Uint8Array(v));
  if (isArrayBufferView(v)) return Buffer.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  throw new ERR_INVALID_ARG_TYPE(what, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
}

function missingOption(message) {
  const err = new ERR_MISSING_OPTION('x');
  err.message = message;
  return err;
}

function normalizeAlgorithm(algorithm, op) {
  if (algorithm === null || (typeof algorithm !== 'object' && typeof algorithm !== 'function')) {
    return normalizeAlgorithm({ name: String(algorithm) }, op);
  }
  if (algorithm.name === undefined) {
    throw missingOption("Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
  }
  const name = names[String(algorithm.name).toLowerCase()];
  if (name === undefined || !supported[op].includes(name)) {
    throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  }
  const out = { name };
  const dict = paramsName[op] && paramsName[op][name];
  if (dict) {
    for (const member of required[dict]) {
      if (algorithm[member] === undefined) {
        throw missingOption(`Failed to normalize algorithm: passed algorithm can not be converted to '${dict}' because '${member}' is required in '${dict}'.`);
      }
    }
  }
  for (const k of ['hash', 'length', 'iterations', 'salt', 'info', 'iv', 'additionalData', 'tagLength', 'counter',
    'namedCurve', 'modulusLength', 'publicExponent', 'saltLength', 'label', 'public', 'context']) {
    const v = algorithm[k];
    if (v === undefined) continue;
    if (k === 'hash') out.hash = normalizeAlgorithm(v, 'digest');
    else if (k === 'namedCurve') out.namedCurve = String(v);
    else if (k === 'public') {
      if (!isCryptoKey(v)) throw new ERR_INVALID_ARG_TYPE('algorithm.public', 'CryptoKey', v);
      out.public = v;
    } else if (k === 'publicExponent') {
      out.publicExponent = new Uint8Array(bufferSourceCopy(v, 'algorithm.publicExponent'));
    } else if (k === 'salt' || k === 'info' || k === 'iv' || k === 'additionalData' || k === 'counter' || k === 'label' ||
      k === 'context') {
      out[k] = bufferSourceCopy(v, `algorithm.${k}`);
    } else {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new TypeError(`Failed to normalize algorithm: '${k}' is not a finite number`);
      out[k] = k === 'length' || k === 'tagLength' ? (n & 0xffff) === n ? n : (n >>> 0) : n >>> 0;
    }
  }
  return out;
}

function checkUsages(usages, allowed, name) {
  if (!Array.isArray(usages) && (usages == null || typeof usages[Symbol.iterator] !== 'function')) {
    throw new TypeError("Failed to execute on 'SubtleCrypto': keyUsages is not a sequence");
  }
  usages = Array.from(usages, String);
  const valid = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];
  for (const u of usages) {
    if (!valid.includes(u)) {
      throw new TypeError(`Failed to execute on 'SubtleCrypto': '${u}' is not a valid enum value of type KeyUsage`);
    }
    if (!allowed.includes(u)) {
      const what = name === 'HMAC' ? 'an HMAC' : name.startsWith('AES') ? 'an AES' : isRSA(name) ? 'an RSA' : `a ${name}`;
      throw lazyDOMException(`Unsupported key usage for ${what} key`, 'SyntaxError');
    }
  }
  return [...new Set(usages)];
}

const usagesFor = {
  HMAC: ['sign', 'verify'],
  PBKDF2: ['deriveBits', 'deriveKey'],
  HKDF: ['deriveBits', 'deriveKey'],
  'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CBC': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CTR': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-KW': ['wrapKey', 'unwrapKey'],
};

function requireKey(key, name, usage, verb) {
  if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  if (!key[kUsages].includes(usage)) {
    throw lazyDOMException(`Unable to use this key to ${verb}`, 'InvalidAccessError');
  }
  if (key[kAlgorithm].name !== name) {
    // node words this differently for signatures and for ciphers.
    throw lazyDOMException(verb === 'sign' || verb === 'verify' ? `Unable to use this key to ${verb}` :
      'The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
}

// encrypt/decrypt/wrapKey/unwrapKey (node's cipherOrWrap): a wrong algorithm
// and a missing usage are worded alike.
function requireWrappingKey(key, name, usage) {
  if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  if (key[kAlgorithm].name !== name || !key[kUsages].includes(usage)) {
    throw lazyDOMException('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
}

function aesJwkAlg(name, bits) {
  return `A${bits}${name.slice(4)}`;
}

// ---------------------------------------------------------------------------
// Operations

function importSecret(format, keyData, alg, extractable, usages) {
  const name = alg.name;
  usages = checkUsages(usages, usagesFor[name], name);
  let bytes;
  if (format === 'raw') {
    bytes = bufferSourceCopy(keyData, 'keyData');
  } else if (format === 'jwk') {
    if (name === 'PBKDF2' || name === 'HKDF') {
      throw lazyDOMException(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
    }
    if (keyData === null || typeof keyData !== 'object') {
      throw lazyDOMException('Invalid keyData', 'DataError');
    }
    if (keyData.kty !== 'oct') throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
    if (typeof keyData.k !== 'string') throw lazyDOMException('Invalid JWK secret key format', 'DataError');
    bytes = Buffer.from(keyData.k, 'base64url');
    if (keyData.ext === false && extractable) {
      throw lazyDOMException('JWK "ext" Parameter and extractable mismatch', 'DataError');
    }
    if (keyData.use !== undefined && keyData.use !== (name === 'HMAC' ? 'sig' : 'enc')) {
      throw lazyDOMException('Invalid JWK "use" Parameter', 'DataError');
    }
    if (keyData.alg !== undefined) {
      const want = name === 'HMAC' ? hashJwk[alg.hash.name] : aesJwkAlg(name, bytes.length * 8);
      if (keyData.alg !== want) throw lazyDOMException('JWK "alg" does not match the requested algorithm', 'DataError');
    }
  } else {
    throw lazyDOMException(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
  }
  if (usages.length === 0) {
    throw lazyDOMException('Usages cannot be empty when importing a secret key.', 'SyntaxError');
  }
  if (name === 'PBKDF2' || name === 'HKDF') {
    if (extractable) throw lazyDOMException(`${name} keys are not extractable`, 'SyntaxError');
    return makeSecretKey(bytes, { name }, false, usages);
  }
  if (name === 'HMAC') {
    if (bytes.length === 0) throw lazyDOMException('Zero-length key is not supported', 'DataError');
    let length = bytes.length * 8;
    if (alg.length !== undefined) {
      if (alg.length === 0) throw lazyDOMException('Zero-length key is not supported', 'DataError');
      if (alg.length > length || alg.length <= length - 8) {
        throw lazyDOMException('Invalid key length', 'DataError');
      }
      length = alg.length;
    }
    return makeSecretKey(bytes, { name, hash: alg.hash, length }, extractable, usages);
  }
  const bits = bytes.length * 8;
  if (bits !== 128 && bits !== 192 && bits !== 256) throw lazyDOMException('Invalid key length', 'DataError');
  return makeSecretKey(bytes, { name, length: bits }, extractable, usages);
}

function generateSecret(alg, extractable, usages) {
  const name = alg.name;
  usages = checkUsages(usages, usagesFor[name], name);
  if (usages.length === 0) throw lazyDOMException('Usages cannot be empty when creating a key.', 'SyntaxError');
  if (name === 'HMAC') {
    const length = alg.length === undefined ? hashBlockBits[alg.hash.name] : alg.length;
    if (length === 0) throw lazyDOMException('Zero-length key is not supported', 'OperationError');
    const bytes = random.randomBytes(Math.ceil(length / 8));
    return makeSecretKey(bytes, { name, length, hash: alg.hash }, extractable, usages);
  }
  if (alg.length !== 128 && alg.length !== 192 && alg.length !== 256) {
    throw lazyDOMException('AES key length must be 128, 192, or 256 bits', 'OperationError');
  }
  return makeSecretKey(random.randomBytes(alg.length / 8), { name, length: alg.length }, extractable, usages);
}

function exportSecret(format, key) {
  if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  if (!key[kExtractable]) throw lazyDOMException('key is not extractable', 'InvalidAccessException');
  const alg = key[kAlgorithm];
  if (format === 'raw') return toArrayBuffer(key[kKey]);
  if (format === 'jwk') {
    const jwk = { key_ops: key[kUsages].slice(), ext: true, kty: 'oct', k: key[kKey].toString('base64url') };
    if (alg.name === 'HMAC') jwk.alg = hashJwk[alg.hash.name];
    else jwk.alg = aesJwkAlg(alg.name, alg.length);
    return jwk;
  }
  throw lazyDOMException(`Unable to export a raw ${alg.name} key`, 'NotSupportedError');
}

function hmacSign(key, data) {
  const h = binding.hmacNew(goHash[key[kAlgorithm].hash.name], key[kKey]);
  binding.hashUpdate(h, data);
  return binding.hashDigest(h);
}

// AES-KW: RFC 3394 with its default initial value (modules/crypto/wrap.go).
const kwIV = Buffer.from('a6a6a6a6a6a6a6a6', 'hex');
function aesKw(key, data, decrypt) {
  const c = binding.cipherNew('aes', 'wrap', key[kKey], kwIV, decrypt, 16);
  const out = binding.cipherUpdate(c, data);
  if (typeof out === 'string' || (!decrypt && data.length % 8 !== 0)) {
    throw lazyDOMException('The operation failed for an operation-specific reason', 'OperationError');
  }
  return toArrayBuffer(out);
}

function aesCipher(alg, key, data, decrypt) {
  const bits = key[kAlgorithm].length;
  let mode, iv, tagLen = 16;
  if (alg.name === 'AES-CBC') {
    if (alg.iv.length !== 16) throw lazyDOMException('algorithm.iv must contain exactly 16 bytes', 'OperationError');
    mode = 'cbc';
    iv = alg.iv;
  } else if (alg.name === 'AES-CTR') {
    if (alg.counter.length !== 16) throw lazyDOMException('algorithm.counter must contain exactly 16 bytes', 'OperationError');
    if (alg.length === 0 || alg.length > 128) throw lazyDOMException('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
    mode = 'ctr';
    iv = alg.counter;
  } else {
    mode = 'gcm';
    iv = alg.iv;
    if (alg.tagLength !== undefined) {
      if (![32, 64, 96, 104, 112, 120, 128].includes(alg.tagLength)) {
        throw lazyDOMException(`${alg.tagLength} is not a valid AES-GCM tag length`, 'OperationError');
      }
      tagLen = alg.tagLength / 8;
    }
    if (iv.length === 0) throw lazyDOMException('algorithm.iv must not be empty', 'OperationError');
  }
  void bits;
  const c = binding.cipherNew('aes', mode, key[kKey], iv, decrypt, tagLen);
  if (mode === 'gcm') {
    if (alg.additionalData !== undefined) binding.cipherSetAAD(c, alg.additionalData);
    if (decrypt) {
      if (data.length < tagLen) {
        throw lazyDOMException('The provided data is too small.', 'OperationError');
      }
      binding.cipherSetAuthTag(c, data.subarray(data.length - tagLen));
      data = data.subarray(0, data.length - tagLen);
    }
  }
  const head = binding.cipherUpdate(c, data);
  const tail = binding.cipherFinal(c);
  if (typeof tail === 'string') {
    throw lazyDOMException('The operation failed for an operation-specific reason', 'OperationError');
  }
  const parts = [head, tail];
  if (mode === 'gcm' && !decrypt) parts.push(binding.cipherGetAuthTag(c));
  return toArrayBuffer(Buffer.concat(parts));
}

function deriveBitsAsync(alg, key, length) {
  if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('baseKey', 'CryptoKey', key);
  if (key[kAlgorithm].name !== alg.name) {
    throw lazyDOMException('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  if (length === null) throw lazyDOMException('length cannot be null', 'OperationError');
  if (length % 8) throw lazyDOMException('length must be a multiple of 8', 'OperationError');
  const hash = goHash[alg.hash.name];
  return new Promise((resolve, reject) => {
    const done = (err, buf) => {
      if (err) reject(lazyDOMException('The operation failed for an operation-specific reason', 'OperationError'));
      else resolve(toArrayBuffer(buf));
    };
    if (alg.name === 'PBKDF2') {
      if (alg.iterations === 0) throw lazyDOMException('iterations cannot be zero', 'OperationError');
      binding.pbkdf2(key[kKey], alg.salt, alg.iterations, length / 8, hash, done);
    } else {
      if (length / 8 > 255 * (hash === 'sha1' ? 20 : hash === 'sha256' ? 32 : hash === 'sha384' ? 48 : 64)) {
        throw lazyDOMException('The operation failed for an operation-specific reason', 'OperationError');
      }
      binding.hkdf(hash, key[kKey], alg.salt, alg.info, length / 8, done);
    }
  });
}

function keyLengthOf(alg) {
  if (alg.name === 'PBKDF2' || alg.name === 'HKDF') return null; // all the bits the base key gives
  if (alg.name === 'HMAC') return alg.length === undefined ? hashBlockBits[alg.hash.name] : alg.length;
  if (alg.length !== 128 && alg.length !== 192 && alg.length !== 256) {
    throw lazyDOMException('AES key length must be 128, 192, or 256 bits', 'OperationError');
  }
  return alg.length;
}


// ---------------------------------------------------------------------------
// Asymmetric keys: ECDSA, ECDH, Ed25519, X25519, RSASSA-PKCS1-v1_5, RSA-PSS,
// RSA-OAEP over node's KeyObjects (modules/crypto's parsed keys).

const curves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const curveOf = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
const asymUsages = {
  ECDSA: [['verify'], ['sign']],
  Ed25519: [['verify'], ['sign']],
  Ed448: [['verify'], ['sign']],
  'RSASSA-PKCS1-v1_5': [['verify'], ['sign']],
  'RSA-PSS': [['verify'], ['sign']],
  'RSA-OAEP': [['encrypt', 'wrapKey'], ['decrypt', 'unwrapKey']],
  ECDH: [[], ['deriveKey', 'deriveBits']],
  X25519: [[], ['deriveKey', 'deriveBits']],
  X448: [[], ['deriveKey', 'deriveBits']],
};
const rsaJwkAlg = {
  'RSASSA-PKCS1-v1_5': { 'SHA-1': 'RS1', 'SHA-256': 'RS256', 'SHA-384': 'RS384', 'SHA-512': 'RS512' },
  'RSA-PSS': { 'SHA-1': 'PS1', 'SHA-256': 'PS256', 'SHA-384': 'PS384', 'SHA-512': 'PS512' },
  'RSA-OAEP': { 'SHA-1': 'RSA-OAEP', 'SHA-256': 'RSA-OAEP-256', 'SHA-384': 'RSA-OAEP-384', 'SHA-512': 'RSA-OAEP-512' },
};

const jwkAlgHash = { __proto__: null };
for (const table of Object.values(rsaJwkAlg)) {
  for (const [hash, jwkAlg] of Object.entries(table)) jwkAlgHash[jwkAlg] = hash;
}
const jwkAlgCurve = { __proto__: null, ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' };

function keyTypeFor(name) {
  if (name === 'ECDSA' || name === 'ECDH') return 'ec';
  if (isRSA(name)) return 'rsa';
  return name.toLowerCase();
}

function asymAlgorithm(alg, keyObject) {
  const name = alg.name;
  if (keyObject.asymmetricKeyType !== keyTypeFor(name)) {
    throw lazyDOMException('Invalid key type', 'DataError');
  }
  if (name === 'ECDSA' || name === 'ECDH') {
    const crv = curveOf[keyObject.asymmetricKeyDetails.namedCurve];
    if (crv !== alg.namedCurve) throw lazyDOMException('Named curve mismatch', 'DataError');
    return { name, namedCurve: alg.namedCurve };
  }
  if (isRSA(name)) {
    const d = keyObject.asymmetricKeyDetails;
    const e = Buffer.from(d.publicExponent.toString(16).padStart(6, '0'), 'hex');
    return { name, modulusLength: d.modulusLength, publicExponent: new Uint8Array(e), hash: alg.hash };
  }
  return { name };
}

function checkAsymUsages(name, usages, type) {
  const [pub, priv] = asymUsages[name];
  return checkUsages(usages, type === 'public' ? pub : priv, name);
}

function importAsymmetric(format, keyData, alg, extractable, usages) {
  const name = alg.name;
  if ((name === 'ECDSA' || name === 'ECDH') && !curves[alg.namedCurve]) {
    throw lazyDOMException('Unrecognized namedCurve', 'NotSupportedError');
  }
  const k = keys();
  let keyObject;
  try {
    if (format === 'spki') {
      keyObject = k.createPublicKey({ key: bufferSourceCopy(keyData, 'keyData'), format: 'der', type: 'spki' });
    } else if (format === 'pkcs8') {
      keyObject = k.createPrivateKey({ key: bufferSourceCopy(keyData, 'keyData'), format: 'der', type: 'pkcs8' });
    } else if (format === 'jwk') {
      if (keyData === null || typeof keyData !== 'object') throw lazyDOMException('Invalid keyData', 'DataError');
      if (isOKP(name) || name === 'ECDSA' || name === 'ECDH') {
        const ec = !isOKP(name);
        if (!keyData.kty) throw lazyDOMException('Invalid keyData', 'DataError');
        if (keyData.kty !== (ec ? 'EC' : 'OKP')) throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
        if (keyData.crv !== (ec ? alg.namedCurve : name)) {
          throw lazyDOMException(ec ? 'JWK "crv" does not match the requested algorithm' :
            'JWK "crv" Parameter and algorithm name mismatch', 'DataError');
        }
      }
      if (keyData.ext === false && extractable) {
        throw lazyDOMException('JWK "ext" Parameter and extractable mismatch', 'DataError');
      }
      // node compares only the digest an RSA JWK's "alg" names, and an
      // ECDSA one's curve
      if (keyData.alg !== undefined && ((isRSA(name) && jwkAlgHash[keyData.alg] !== alg.hash.name) ||
          (name === 'ECDSA' && jwkAlgCurve[keyData.alg] !== alg.namedCurve))) {
        throw lazyDOMException('JWK "alg" does not match the requested algorithm', 'DataError');
      }
      if (keyData.use !== undefined) {
        const want = name === 'RSA-OAEP' || isECDHLike(name) ? 'enc' : 'sig';
        if (keyData.use !== want) throw lazyDOMException('Invalid JWK "use" Parameter', 'DataError');
      }
      const jwk = { ...keyData };
      keyObject = jwk.d !== undefined ? k.createPrivateKey({ key: jwk, format: 'jwk' }) : k.createPublicKey({ key: jwk, format: 'jwk' });
    } else if (format === 'raw') {
      const raw = bufferSourceCopy(keyData, 'keyData');
      let jwk;
      if (name === 'ECDSA' || name === 'ECDH') {
        const pt = binding.ecdhConvert(curves[alg.namedCurve], raw, false);
        if (typeof pt === 'string') throw lazyDOMException('Invalid keyData', 'DataError');
        const n = (pt.length - 1) / 2;
        jwk = { kty: 'EC', crv: alg.namedCurve, x: pt.subarray(1, 1 + n).toString('base64url'), y: pt.subarray(1 + n).toString('base64url') };
      } else if (isOKP(name)) {
        if (raw.length !== okpRawLength[name]) {
          throw lazyDOMException(`${name} raw keys must be exactly ${okpRawLength[name]}-bytes`, 'DataError');
        }
        jwk = { kty: 'OKP', crv: name, x: raw.toString('base64url') };
      } else {
        throw lazyDOMException(`Unable to import ${name} key with format raw`, 'NotSupportedError');
      }
      keyObject = k.createPublicKey({ key: jwk, format: 'jwk' });
    } else {
      throw lazyDOMException(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
    }
  } catch (e) {
    if (e && e.name !== 'Error' && e.name !== 'TypeError') throw e;
    if (e && e.code === 'ERR_INVALID_ARG_TYPE' && /keyData/.test(e.message)) throw e;
    throw lazyDOMException('Invalid keyData', 'DataError');
  }
  usages = checkAsymUsages(name, usages, keyObject.type);
  const algorithm = asymAlgorithm(alg, keyObject);
  if (keyObject.type === 'private' && usages.length === 0) {
    throw lazyDOMException('Usages cannot be empty when importing a private key.', 'SyntaxError');
  }
  return makeAsymmetricKey(keyObject, algorithm, keyObject.type === 'public' ? true && extractable : extractable, usages);
}

function generateAsymmetric(alg, extractable, usages) {
  const name = alg.name;
  const [pubAllowed, privAllowed] = asymUsages[name];
  usages = checkUsages(usages, [...pubAllowed, ...privAllowed], name);
  const k = keys();
  let pair;
  if (name === 'ECDSA' || name === 'ECDH') {
    if (!curves[alg.namedCurve]) throw lazyDOMException('Unrecognized namedCurve', 'NotSupportedError');
    pair = k.generateKeyPairSync('ec', { namedCurve: curves[alg.namedCurve] });
  } else if (isRSA(name)) {
    const e = Buffer.from(alg.publicExponent).reduce((a, b) => a * 256 + b, 0);
    if (e !== 0x10001) throw lazyDOMException('The operation failed for an operation-specific reason', 'OperationError');
    pair = k.generateKeyPairSync('rsa', { modulusLength: alg.modulusLength });
  } else {
    pair = k.generateKeyPairSync(name.toLowerCase());
  }
  const pubUsages = usages.filter((u) => pubAllowed.includes(u));
  const privUsages = usages.filter((u) => privAllowed.includes(u));
  if (privUsages.length === 0) throw lazyDOMException('Usages cannot be empty when creating a key.', 'SyntaxError');
  const algorithm = asymAlgorithm(alg, pair.publicKey);
  return {
    publicKey: makeAsymmetricKey(pair.publicKey, algorithm, true, pubUsages),
    privateKey: makeAsymmetricKey(pair.privateKey, algorithm, extractable, privUsages),
  };
}

function exportAsymmetric(format, key) {
  const ko = key[kKeyObject];
  const alg = key[kAlgorithm];
  if (format === 'spki' && key.type === 'public') return toArrayBuffer(ko.export({ format: 'der', type: 'spki' }));
  if (format === 'pkcs8' && key.type === 'private') return toArrayBuffer(ko.export({ format: 'der', type: 'pkcs8' }));
  if (format === 'jwk') {
    const jwk = { key_ops: key[kUsages].slice(), ext: key[kExtractable], ...ko.export({ format: 'jwk' }) };
    if (isRSA(alg.name)) jwk.alg = rsaJwkAlg[alg.name][alg.hash.name];
    if (alg.name === 'Ed25519' || alg.name === 'Ed448') jwk.alg = alg.name;
    return jwk;
  }
  if (format === 'raw' && key.type === 'public') {
    if (alg.name === 'ECDSA' || alg.name === 'ECDH') {
      const jwk = ko.export({ format: 'jwk' });
      return toArrayBuffer(Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]));
    }
    if (isOKP(alg.name)) {
      return toArrayBuffer(Buffer.from(ko.export({ format: 'jwk' }).x, 'base64url'));
    }
  }
  throw lazyDOMException(`Unable to export ${alg.name} ${key.type} key using ${format} format`, 'InvalidAccessError');
}

function asymSign(alg, key, data, signature) {
  const ka = key[kAlgorithm];
  let digest;
  const opts = { key: key[kKeyObject] };
  if (alg.name === 'ECDSA') {
    digest = goHash[alg.hash.name];
    opts.dsaEncoding = 'ieee-p1363';
  } else if (alg.name === 'RSASSA-PKCS1-v1_5') {
    digest = goHash[ka.hash.name];
    opts.padding = 1;
  } else if (alg.name === 'RSA-PSS') {
    digest = goHash[ka.hash.name];
    opts.padding = 6;
    opts.saltLength = alg.saltLength;
  } else if (alg.name === 'Ed448' && alg.context !== undefined && alg.context.length !== 0) {
    // as node 20: Ed448's context must be empty
    throw lazyDOMException('Non zero-length context is not yet supported.', 'NotSupportedError');
  }
  const sigMod = require('internal/crypto/sig');
  if (signature === undefined) return toArrayBuffer(sigMod.sign(digest, data, opts));
  try {
    return sigMod.verify(digest, data, opts, signature);
  } catch {
    return false;
  }
}

function rsaOaep(alg, key, data, decrypt) {
  const sigMod = require('internal/crypto/sig');
  const opts = { key: key[kKeyObject], oaepHash: goHash[key[kAlgorithm].hash.name], padding: 4 };
  if (alg.label !== undefined && alg.label.length > 0) opts.oaepLabel = alg.label;
  try {
    return toArrayBuffer(decrypt ? sigMod.privateDecrypt(opts, data) : sigMod.publicEncrypt(opts, data));
  } catch {
    throw lazyDOMException('The operation failed for an operation-specific reason', 'OperationError');
  }
}

function ecdhBits(alg, key, length) {
  if (!isCryptoKey(key) || key.type !== 'private') {
    throw lazyDOMException('baseKey must be a private key', 'InvalidAccessError');
  }
  const pub = alg.public;
  if (pub.type !== 'public') throw lazyDOMException('algorithm.public must be a public key', 'InvalidAccessError');
  if (!isECDHLike(pub[kAlgorithm].name)) {
    throw lazyDOMException('Keys must be ECDH, X25519, or X448 keys', 'InvalidAccessError');
  }
  if (pub[kAlgorithm].name !== key[kAlgorithm].name) {
    throw lazyDOMException('The public and private keys must be of the same type', 'InvalidAccessError');
  }
  if (alg.name === 'ECDH' && pub[kAlgorithm].namedCurve !== key[kAlgorithm].namedCurve) {
    throw lazyDOMException('Named curve mismatch', 'InvalidAccessError');
  }
  const secret = require('internal/crypto/sig').diffieHellman({ privateKey: key[kKeyObject], publicKey: pub[kKeyObject] });
  if (length === null || length === undefined) return toArrayBuffer(secret);
  if (length > secret.length * 8) {
    throw lazyDOMException('derived bit length is too small', 'OperationError');
  }
  const out = Buffer.from(secret.subarray(0, Math.ceil(length / 8)));
  if (length % 8) out[out.length - 1] &= (0xff << (8 - (length % 8))) & 0xff;
  return toArrayBuffer(out);
}

// ---------------------------------------------------------------------------
// SubtleCrypto

function badFormat(fn, format) {
  const err = new ERR_INVALID_ARG_VALUE('format', format);
  err.message = `Failed to execute '${fn}' on 'SubtleCrypto': 1st argument value '${format}' is not a valid enum value of type KeyFormat.`;
  return err;
}

function checkThis(self) {
  if (self !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
}

function need(n, args, fn) {
  if (args.length < n) {
    throw new TypeError(`Failed to execute '${fn}' on 'SubtleCrypto': ${n} arguments required, but only ${args.length} present.`);
  }
}

function dataArg(v, fn, i) {
  if (isAnyArrayBuffer(v) || isArrayBufferView(v)) return bufferSourceCopy(v, 'data');
  const err = new ERR_INVALID_ARG_TYPE('data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
  err.message = `Failed to execute '${fn}' on 'SubtleCrypto': ${i} argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`;
  throw err;
}

class SubtleCrypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    checkThis(this);
    need(2, arguments, 'digest');
    data = dataArg(data, 'digest', '2nd');
    const alg = normalizeAlgorithm(algorithm, 'digest');
    return toArrayBuffer(binding.hashOnce(goHash[alg.name], data));
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    checkThis(this);
    need(5, arguments, 'importKey');
    if (typeof format !== 'string' || !['raw', 'jwk', 'spki', 'pkcs8'].includes(format)) {
      throw badFormat('importKey', format);
    }
    // keyData's type is checked before the algorithm, as node's WebIDL layer does.
    if (format !== 'jwk' && !isAnyArrayBuffer(keyData) && !isArrayBufferView(keyData)) {
      throw new ERR_INVALID_ARG_TYPE('keyData', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], keyData);
    }
    const alg = normalizeAlgorithm(algorithm, 'importKey');
    if (asymmetric.includes(alg.name)) return importAsymmetric(format, keyData, alg, !!extractable, keyUsages);
    return importSecret(format, keyData, alg, !!extractable, keyUsages);
  }

  async exportKey(format, key) {
    checkThis(this);
    need(2, arguments, 'exportKey');
    if (isCryptoKey(key) && key.type !== 'secret') {
      if (!key[kExtractable]) throw lazyDOMException('key is not extractable', 'InvalidAccessException');
      return exportAsymmetric(String(format), key);
    }
    return exportSecret(String(format), key);
  }

  async generateKey(algorithm, extractable, keyUsages) {
    checkThis(this);
    need(3, arguments, 'generateKey');
    const alg = normalizeAlgorithm(algorithm, 'generateKey');
    if (asymmetric.includes(alg.name)) return generateAsymmetric(alg, !!extractable, keyUsages);
    return generateSecret(alg, !!extractable, keyUsages);
  }

  async sign(algorithm, key, data) {
    checkThis(this);
    need(3, arguments, 'sign');
    data = dataArg(data, 'sign', '3rd');
    const alg = normalizeAlgorithm(algorithm, 'sign');
    requireKey(key, alg.name, 'sign', 'sign');
    if (alg.name !== 'HMAC') return asymSign(alg, key, data);
    return toArrayBuffer(hmacSign(key, data));
  }

  async verify(algorithm, key, signature, data) {
    checkThis(this);
    need(4, arguments, 'verify');
    signature = dataArg(signature, 'verify', '3rd');
    data = dataArg(data, 'verify', '4th');
    const alg = normalizeAlgorithm(algorithm, 'verify');
    requireKey(key, alg.name, 'verify', 'verify');
    if (alg.name !== 'HMAC') return asymSign(alg, key, data, signature);
    const mac = hmacSign(key, data);
    return mac.length === signature.length && binding.timingSafeEqual(mac, signature);
  }

  async encrypt(algorithm, key, data) {
    checkThis(this);
    need(3, arguments, 'encrypt');
    data = dataArg(data, 'encrypt', '3rd');
    const alg = normalizeAlgorithm(algorithm, 'encrypt');
    requireWrappingKey(key, alg.name, 'encrypt');
    if (alg.name === 'RSA-OAEP') return rsaOaep(alg, key, data, false);
    return aesCipher(alg, key, data, false);
  }

  async decrypt(algorithm, key, data) {
    checkThis(this);
    need(3, arguments, 'decrypt');
    data = dataArg(data, 'decrypt', '3rd');
    const alg = normalizeAlgorithm(algorithm, 'decrypt');
    requireWrappingKey(key, alg.name, 'decrypt');
    if (alg.name === 'RSA-OAEP') return rsaOaep(alg, key, data, true);
    return aesCipher(alg, key, data, true);
  }

  async deriveBits(algorithm, baseKey, length) {
    checkThis(this);
    need(3, arguments, 'deriveBits');
    const alg = normalizeAlgorithm(algorithm, 'deriveBits');
    if (isCryptoKey(baseKey) && !baseKey[kUsages].includes('deriveBits')) {
      throw lazyDOMException('baseKey does not have deriveBits usage', 'InvalidAccessError');
    }
    if (isECDHLike(alg.name)) {
      return ecdhBits(alg, baseKey, length === null || length === undefined ? null : length >>> 0);
    }
    return deriveBitsAsync(alg, baseKey, length === null ? null : length >>> 0);
  }

  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    checkThis(this);
    need(4, arguments, 'wrapKey');
    if (typeof format !== 'string' || !['raw', 'jwk', 'spki', 'pkcs8'].includes(format)) throw badFormat('wrapKey', format);
    const alg = normalizeAlgorithm(wrapAlgorithm, 'wrapKey');
    requireWrappingKey(wrappingKey, alg.name, 'wrapKey');
    const exported = await this.exportKey(format, key);
    let json = format === 'jwk' ? JSON.stringify(exported) : undefined;
    // As node (the NOTE in step 13 of WebCrypto's wrapKey): a JWK wrapped
    // with AES-KW is padded with spaces to a multiple of 8 bytes.
    if (json !== undefined && alg.name === 'AES-KW' && json.length % 8 !== 0) json += ' '.repeat(8 - (json.length % 8));
    const bytes = json !== undefined ? Buffer.from(json) : Buffer.from(exported);
    if (alg.name === 'RSA-OAEP') return rsaOaep(alg, wrappingKey, bytes, false);
    if (alg.name === 'AES-KW') return aesKw(wrappingKey, bytes, false);
    return aesCipher(alg, wrappingKey, bytes, false);
  }

  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
    checkThis(this);
    need(7, arguments, 'unwrapKey');
    if (typeof format !== 'string' || !['raw', 'jwk', 'spki', 'pkcs8'].includes(format)) throw badFormat('unwrapKey', format);
    wrappedKey = dataArg(wrappedKey, 'unwrapKey', '2nd');
    const alg = normalizeAlgorithm(unwrapAlgorithm, 'unwrapKey');
    requireWrappingKey(unwrappingKey, alg.name, 'unwrapKey');
    const plain = alg.name === 'RSA-OAEP' ? rsaOaep(alg, unwrappingKey, wrappedKey, true) :
      alg.name === 'AES-KW' ? aesKw(unwrappingKey, wrappedKey, true) :
        aesCipher(alg, unwrappingKey, wrappedKey, true);
    let keyData = plain;
    if (format === 'jwk') {
      try {
        keyData = JSON.parse(Buffer.from(plain).toString());
      } catch {
        throw lazyDOMException('Invalid wrapped JWK key', 'DataError');
      }
    }
    return this.importKey(format, keyData, unwrappedKeyAlgorithm, extractable, keyUsages);
  }

  async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    checkThis(this);
    need(5, arguments, 'deriveKey');
    const alg = normalizeAlgorithm(algorithm, 'deriveBits');
    const dalg = normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
    if (isCryptoKey(baseKey) && !baseKey[kUsages].includes('deriveKey')) {
      throw lazyDOMException('baseKey does not have deriveKey usage', 'InvalidAccessError');
    }
    const length = keyLengthOf(normalizeAlgorithm(derivedKeyAlgorithm, 'get'));
    const bits = isECDHLike(alg.name) ?
      ecdhBits(alg, baseKey, length) : await deriveBitsAsync(alg, baseKey, length);
    return importSecret('raw', bits, dalg, !!extractable, keyUsages);
  }
}

const subtle = Object.create(SubtleCrypto.prototype);

class Crypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('array');
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });
Object.defineProperty(Crypto.prototype, 'subtle', { enumerable: true });

const crypto = Object.create(Crypto.prototype);

module.exports = { crypto, Crypto, CryptoKey, CryptoKeyReceiver, SubtleCrypto, isCryptoKey };
