'use strict';
// KeyObject: node's key handles. Secret keys hold their bytes here; the
// key material never leaves a KeyObject except through export().

const {
  kHandle, kKeyObject, isArrayBufferView, isAnyArrayBuffer, getArrayBufferOrView, toBuffer,
} = require('internal/crypto/util');
const { Buffer } = require('buffer');
const { binding } = require('internal/crypto/util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS,
    ERR_CRYPTO_INVALID_CURVE,
    ERR_CRYPTO_INVALID_JWK,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_JWK_UNSUPPORTED_CURVE,
    ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE,
  },
} = require('internal/errors');
const {
  validateObject, validateInt32, validateOneOf, validateString, validateFunction, validateUint32, validateInteger,
} = require('internal/validators');

const kKeyType = Symbol('kKeyType');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (typeof handle !== 'object' || handle === null || !handle[kIsHandle]) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, {
      value: handle, enumerable: false, configurable: false, writable: false,
    });
  }

  get type() { return this[kKeyType]; }

  static from(key) {
    const { isCryptoKey } = require('internal/crypto/webcrypto');
    if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return key[kKeyObject];
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    if (this.type !== 'secret') return binding.keyEquals(this[kHandle].key, otherKeyObject[kHandle].key);
    const a = this[kHandle].bytes;
    const b = otherKeyObject[kHandle].bytes;
    return a.length === b.length && binding.timingSafeEqual(a, b);
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  value: 'KeyObject', configurable: true,
});

const kIsHandle = Symbol('kIsHandle');
function secretHandle(bytes) {
  return { [kIsHandle]: true, bytes };
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kHandle].bytes.length;
  }

  get asymmetricKeyType() { return undefined; }

  get asymmetricKeyDetails() { return undefined; }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') {
        return { kty: 'oct', k: this[kHandle].bytes.toString('base64url') };
      }
    }
    return Buffer.from(this[kHandle].bytes);
  }
}

// Asymmetric keys: the handle holds modules/crypto's parsed key.
function asymHandle(key) {
  return { [kIsHandle]: true, key };
}

const curveNames = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return binding.keyInfo(this[kHandle].key)[0];
  }

  get asymmetricKeyDetails() {
    const [kind, , modulusLength, publicExponent, namedCurve, hashAlgorithm, mgf1HashAlgorithm, saltLength,
      divisorLength] = binding.keyInfo(this[kHandle].key);
    if (kind === 'dsa') return { modulusLength, divisorLength };
    if (kind === 'rsa') return { modulusLength, publicExponent: BigInt(publicExponent) };
    if (kind === 'rsa-pss') {
      const d = { modulusLength, publicExponent: BigInt(publicExponent) };
      if (hashAlgorithm !== null) Object.assign(d, { hashAlgorithm, mgf1HashAlgorithm, saltLength });
      return d;
    }
    if (kind === 'ec') return { namedCurve };
    return {};
  }

  export(options) {
    validateObject(options, 'options');
    const { format } = options;
    const isPrivate = this.type === 'private';
    if (format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      }
      const jwk = binding.keyExportJwk(this[kHandle].key, isPrivate);
      if (jwk === '!curve') throw new ERR_CRYPTO_JWK_UNSUPPORTED_CURVE(this.asymmetricKeyDetails.namedCurve);
      if (typeof jwk === 'string') throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
      return jwk;
    }
    if (format !== undefined && format !== 'pem' && format !== 'der') {
      throw new ERR_INVALID_ARG_VALUE('options.format', format);
    }
    const { type, cipher, passphrase } = options;
    const kind = this.asymmetricKeyType;
    const allowed = isPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki'];
    if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
    if (type === 'pkcs1' && kind !== 'rsa') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('pkcs1', 'can only be used for RSA keys');
    }
    if (type === 'sec1' && kind !== 'ec') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('sec1', 'can only be used for EC keys');
    }
    if (cipher !== undefined) {
      if (!isPrivate) throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('spki', 'does not support encryption');
      validateString(cipher, 'options.cipher');
      checkCipherName(cipher);
      if (format === 'der' && type !== 'pkcs8') {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(`${type} DER`, 'does not support encryption');
      }
      if (passphrase === undefined) throw new ERR_INVALID_ARG_VALUE('options.passphrase', passphrase);
    } else if (isPrivate && passphrase !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.cipher', cipher);
    }
    const out = binding.keyExport(this[kHandle].key, format || 'pem', type, isPrivate, cipher,
      passphrase === undefined ? undefined : getArrayBufferOrView(passphrase, 'options.passphrase'));
    if (typeof out === 'string' && out[0] === '!') {
      const { codes: { ERR_CRYPTO_UNSUPPORTED_OPERATION } } = require('internal/errors');
      throw new ERR_CRYPTO_UNSUPPORTED_OPERATION();
    }
    return out;
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }
}

// postMessage/structuredClone clone a KeyObject (node's keys are
// cloneable host objects): a secret key as its bytes, an asymmetric one as
// DER (SPKI or PKCS #8), rebuilt on the receiving side into a KeyObject of
// the same class (see internal/worker/js_transferable).
const { kClone, kDeserialize } = require('internal/worker/js_transferable');
KeyObject.prototype[kClone] = function() {
  const type = this[kKeyType];
  const data = type === 'secret' ? { type, bytes: Buffer.from(this[kHandle].bytes) } :
    { type, der: this.export(type === 'public' ? { type: 'spki', format: 'der' } : { type: 'pkcs8', format: 'der' }) };
  return { data, deserializeInfo: 'internal/crypto/keys:KeyObjectReceiver' };
};

// What a cloned KeyObject is made as before it is filled; it then takes
// its class's prototype.
class KeyObjectReceiver {
  [kDeserialize]({ type, bytes, der }) {
    let handle;
    let proto;
    if (type === 'secret') {
      handle = secretHandle(Buffer.from(bytes));
      proto = SecretKeyObject.prototype;
    } else {
      const spec = { key: Buffer.from(der), format: 'der', type: type === 'public' ? 'spki' : 'pkcs8' };
      const key = type === 'public' ? createPublicKey(spec) : createPrivateKey(spec);
      handle = key[kHandle];
      proto = Object.getPrototypeOf(key);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, { value: handle, enumerable: false, configurable: false, writable: false });
    Object.setPrototypeOf(this, proto);
  }
}

function osslError(message, code, library, reason) {
  const err = new Error(message);
  err.library = library;
  err.reason = reason;
  err.code = code;
  return err;
}

function decodeError(why) {
  if (why === 'passphrase') {
    const { codes: { ERR_MISSING_PASSPHRASE } } = require('internal/errors');
    if (ERR_MISSING_PASSPHRASE) return new ERR_MISSING_PASSPHRASE();
    return osslError('error:07880109:common libcrypto routines::interrupted or cancelled',
      'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED', 'common libcrypto routines', 'interrupted or cancelled');
  }
  if (why === 'bad decrypt') {
    return osslError('error:1C800064:Provider routines::bad decrypt', 'ERR_OSSL_BAD_DECRYPT',
      'Provider routines', 'bad decrypt');
  }
  return osslError('error:1E08010C:DECODER routines::unsupported', 'ERR_OSSL_UNSUPPORTED',
    'DECODER routines', 'unsupported');
}

function importJwk(jwk, wantPrivate) {
  validateObject(jwk, 'key.key');
  validateOneOf(jwk.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  const h = binding.keyImportJwk(jwk, wantPrivate && jwk.d !== undefined);
  if (h === 'curve') {
    if (jwk.kty === 'EC') throw new ERR_CRYPTO_JWK_UNSUPPORTED_CURVE(jwk.crv);
    throw new ERR_CRYPTO_INVALID_JWK();
  }
  if (typeof h === 'string') throw new ERR_CRYPTO_INVALID_JWK();
  return h;
}

// prepareAsymmetricKey: a key argument as node's sign/verify/createXKey
// accept it → { handle, fromKeyObject }.
function parseAsymmetric(key, wantPrivate, ctx) {
  if (isKeyObject(key)) {
    if (key.type === 'secret') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, wantPrivate ? 'private' : 'private or public');
    }
    return key[kHandle].key;
  }
  if (key != null && key[kKeyObject] !== undefined && isKeyObject(key[kKeyObject]) &&
      key[kKeyObject].type !== 'secret') {
    return key[kKeyObject][kHandle].key;
  }
  let data = key;
  let format = 'pem';
  let type;
  let passphrase;
  let encoding;
  if (typeof key === 'object' && key !== null && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    ({ key: data, format = 'pem', type, passphrase, encoding } = key);
    if (isKeyObject(data)) return parseAsymmetric(data, wantPrivate, ctx);
    if (format === 'jwk') return importJwk(data, wantPrivate);
    if (typeof data !== 'string' && !isArrayBufferView(data) && !isAnyArrayBuffer(data)) {
      throw new ERR_INVALID_ARG_TYPE('key.key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    validateOneOf(format, 'options.format', ['pem', 'der', 'jwk']);
    if (format === 'der') {
      // A private key serves where a public one is wanted (its public half).
      const ok = wantPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki', 'pkcs8', 'sec1'];
      if (!ok.includes(type)) {
        throw new ERR_INVALID_ARG_VALUE('options.type', type);
      }
    }
  } else if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
      ...(ctx === 'create' ? [] : ['KeyObject', 'CryptoKey'])], key);
  }
  // A string key is read in its encoding (node's getArrayBufferOrView), PEM too.
  if (typeof data === 'string' && encoding !== undefined && encoding !== 'buffer' && Buffer.isEncoding(encoding)) {
    data = Buffer.from(data, encoding);
  }
  const privateWanted = wantPrivate || (format === 'der' && ['pkcs8', 'sec1'].includes(type));
  let h = binding.keyParse(data, format, type, privateWanted,
    passphrase === undefined || passphrase === null ? undefined : getArrayBufferOrView(passphrase, 'key.passphrase'));
  if (typeof h === 'string') throw decodeError(h);
  if (!wantPrivate && privateWanted) h = binding.keyPublic(h);
  return h;
}

function createPrivateKey(key) {
  if (isKeyObject(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  const h = parseAsymmetric(key, true, 'create');
  return new PrivateKeyObject(asymHandle(h));
}

function createPublicKey(key) {
  if (isKeyObject(key)) {
    if (key.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    return new PublicKeyObject(asymHandle(binding.keyPublic(key[kHandle].key)));
  }
  let h;
  try {
    h = parseAsymmetric(key, false, 'create');
  } catch (e) {
    throw e;
  }
  if (binding.keyInfo(h)[1]) h = binding.keyPublic(h);
  return new PublicKeyObject(asymHandle(h));
}

// generateKeyPair(Sync): rsa, rsa-pss, dsa, ec, ed25519, ed448, x25519, x448, dh.
function checkCipherName(cipher) {
  if (require('internal/crypto/cipher').getCipherInfo(cipher) === undefined) {
    const { codes: { ERR_CRYPTO_UNKNOWN_CIPHER } } = require('internal/errors');
    throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  }
}

// node checks generateKeyPair's output encodings before anything else,
// naming each option by its path (options.publicKeyEncoding.type...).
function checkKeygenEncoding(enc, keyType, isPublic, objName) {
  const opt = (name) => `options.${objName}.${name}`;
  const { format, type } = enc;
  if (format !== 'pem' && format !== 'der' && format !== 'jwk') throw new ERR_INVALID_ARG_VALUE(opt('format'), format);
  if (format === 'jwk' && type === undefined) {
    // no type needed
  } else if (type === 'pkcs1') {
    if (keyType !== 'rsa') throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for RSA keys');
  } else if (type === 'sec1' && !isPublic) {
    if (keyType !== 'ec') throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for EC keys');
  } else if (!(type === 'spki' && isPublic) && !(type === 'pkcs8' && !isPublic)) {
    throw new ERR_INVALID_ARG_VALUE(opt('type'), type);
  }
  if (isPublic) return;
  const { cipher, passphrase } = enc;
  if (cipher != null) {
    if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(opt('cipher'), cipher);
    checkCipherName(cipher);
    if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(`${type}`, 'does not support encryption');
    }
    if (typeof passphrase !== 'string' && !isArrayBufferView(passphrase) && !isAnyArrayBuffer(passphrase)) {
      throw new ERR_INVALID_ARG_VALUE(opt('passphrase'), passphrase);
    }
  } else if (passphrase !== undefined) {
    throw new ERR_INVALID_ARG_VALUE(opt('cipher'), cipher);
  }
}

function keygenCheck(type, options) {
  validateString(type, 'type');
  if (options != null && typeof options === 'object') {
    const { publicKeyEncoding, privateKeyEncoding } = options;
    if (publicKeyEncoding != null) {
      if (typeof publicKeyEncoding !== 'object') throw new ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', publicKeyEncoding);
      checkKeygenEncoding(publicKeyEncoding, type, true, 'publicKeyEncoding');
    }
    if (privateKeyEncoding != null) {
      if (typeof privateKeyEncoding !== 'object') throw new ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', privateKeyEncoding);
      checkKeygenEncoding(privateKeyEncoding, type, false, 'privateKeyEncoding');
    }
  }
  if (options !== undefined) validateObject(options, 'options');
  const types = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];
  if (!types.includes(type)) {
    throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  const o = options || {};
  let bits = 0;
  let curve = '';
  let pss;
  if (type === 'rsa' || type === 'rsa-pss') {
    validateObject(options, 'options');
    const { modulusLength, publicExponent } = o;
    validateUint32(modulusLength, 'options.modulusLength');
    if (publicExponent !== undefined) {
      validateUint32(publicExponent, 'options.publicExponent');
      // Go's crypto/rsa generates e = 65537 only; others are made in
      // modules/crypto/rsaexp.go, for odd exponents from 3.
      // (OpenSSL's refusal of an even or too small one comes from there too)
      curve = publicExponent; // the binding's third argument, for RSA
    }
    bits = modulusLength;
    if (type === 'rsa-pss') pss = pssKeygenParams(o);
  } else if (type === 'dsa') {
    validateObject(options, 'options');
    const { modulusLength, divisorLength } = o;
    validateUint32(modulusLength, 'options.modulusLength');
    if (divisorLength != null) validateInt32(divisorLength, 'options.divisorLength', 0);
    bits = modulusLength;
    curve = divisorLength == null ? 0 : divisorLength;
  } else if (type === 'ec') {
    validateObject(options, 'options');
    const { namedCurve } = o;
    validateString(namedCurve, 'options.namedCurve');
    curve = { 'p-256': 'prime256v1', 'p-384': 'secp384r1', 'p-521': 'secp521r1' }[namedCurve.toLowerCase()] || namedCurve;
    if (!['prime256v1', 'secp384r1', 'secp521r1', 'secp256r1', 'secp224r1', 'secp256k1'].includes(curve)) throw new ERR_CRYPTO_INVALID_CURVE();
    if (curve === 'secp256r1') curve = 'prime256v1';
    const { paramEncoding } = o;
    if (paramEncoding !== undefined && paramEncoding !== 'named' && paramEncoding !== 'explicit') {
      throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
    }
    if (paramEncoding === 'explicit') {
      // Go writes EC keys with named curves only.
      const { codes: { ERR_CRYPTO_UNSUPPORTED_OPERATION } } = require('internal/errors');
      throw new ERR_CRYPTO_UNSUPPORTED_OPERATION();
    }
  }
  const { publicKeyEncoding, privateKeyEncoding } = o;
  if (publicKeyEncoding !== undefined && (publicKeyEncoding === null || typeof publicKeyEncoding !== 'object')) {
    throw new ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', publicKeyEncoding);
  }
  if (privateKeyEncoding !== undefined && (privateKeyEncoding === null || typeof privateKeyEncoding !== 'object')) {
    throw new ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', privateKeyEncoding);
  }
  return { bits, curve, pss, publicKeyEncoding, privateKeyEncoding };
}

// generateKeyPair('rsa-pss') options: hashAlgorithm, mgf1HashAlgorithm,
// saltLength (and the deprecated hash, mgf1Hash). With none the key has no
// parameters; else the digest defaults to sha1, MGF1's to the digest, the
// salt length to the digest's size.
function pssKeygenParams(o) {
  const { hash, mgf1Hash, hashAlgorithm, mgf1HashAlgorithm, saltLength } = o;
  if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
  if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
  if (mgf1HashAlgorithm !== undefined) validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
  if (hash !== undefined) {
    process.emitWarning('"options.hash" is deprecated, use "options.hashAlgorithm" instead.',
      'DeprecationWarning', 'DEP0154');
    validateString(hash, 'options.hash');
    if (hashAlgorithm && hash !== hashAlgorithm) throw new ERR_INVALID_ARG_VALUE('options.hash', hash);
  }
  if (mgf1Hash !== undefined) {
    process.emitWarning('"options.mgf1Hash" is deprecated, use "options.mgf1HashAlgorithm" instead.',
      'DeprecationWarning', 'DEP0154');
    validateString(mgf1Hash, 'options.mgf1Hash');
    if (mgf1HashAlgorithm && mgf1Hash !== mgf1HashAlgorithm) {
      throw new ERR_INVALID_ARG_VALUE('options.mgf1Hash', mgf1Hash);
    }
  }
  const h = hashAlgorithm || hash;
  const m = mgf1HashAlgorithm || mgf1Hash;
  const { codes: { ERR_CRYPTO_INVALID_DIGEST } } = require('internal/errors');
  const info = (name, what) => {
    const i = binding.hashInfo(name);
    if (i === null || i[1] !== 0) {
      const err = new ERR_CRYPTO_INVALID_DIGEST(name);
      if (what) err.message = `Invalid ${what} digest: ${name}`;
      throw err;
    }
    return i;
  };
  const hi = h === undefined ? undefined : info(h);
  const mi = m === undefined ? undefined : info(m, 'MGF1');
  if (hi === undefined && mi === undefined && saltLength === undefined) return null;
  const hashName = hi ? hi[2] : 'sha1';
  return {
    hash: hashName,
    mgf1: mi ? mi[2] : hashName,
    saltLength: saltLength !== undefined ? saltLength : (hi ? hi[0] : 20),
  };
}

function keygenResult(h, o) {
  if (o.pss !== undefined) {
    h = o.pss === null ? binding.keyRSAPSS(h) : binding.keyRSAPSS(h, o.pss.hash, o.pss.mgf1, o.pss.saltLength);
    if (typeof h === 'string') throw new (require('internal/errors').codes.ERR_CRYPTO_INVALID_DIGEST)(o.pss.hash);
  }
  const privateKey = new PrivateKeyObject(asymHandle(h));
  const publicKey = new PublicKeyObject(asymHandle(binding.keyPublic(h)));
  return {
    publicKey: o.publicKeyEncoding ? publicKey.export(o.publicKeyEncoding) : publicKey,
    privateKey: o.privateKeyEncoding ? privateKey.export(o.privateKeyEncoding) : privateKey,
  };
}

// Key generation refused in Go (sizes or exponents OpenSSL refuses) is a
// plain Error, as node's from OpenSSL.
function plainError(e) {
  if (e !== null && typeof e === 'object' && e.name === 'GoError') return new Error(e.message);
  return e;
}

function generateKeyPairSync(type, options) {
  const o = keygenCheck(type, options);
  if (type === 'dh') return keygenResult(require('internal/crypto/dh').dhKeygen(options), o);
  let h;
  try {
    h = binding.keyGenerate(type === 'rsa-pss' ? 'rsa' : type, o.bits, o.curve);
  } catch (e) {
    throw plainError(e);
  }
  return keygenResult(h, o);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const o = keygenCheck(type, options);
  const generate = type === 'dh' ?
    (cb) => require('internal/crypto/dh').dhKeygen(options, cb) :
    (cb) => binding.keyGenerate(type === 'rsa-pss' ? 'rsa' : type, o.bits, o.curve, cb);
  generate((err, h) => {
    if (err) return callback(plainError(err));
    let r;
    try {
      r = keygenResult(h, o);
    } catch (e) {
      return callback(e);
    }
    callback(null, r.publicKey, r.privateKey);
  });
}

// generateKey(Sync): random secret keys ('hmac': 8 to 2**31-1 bits, 'aes').
function secretKeygenCheck(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  const n = secretKeygenCheck(type, options);
  return new SecretKeyObject(secretHandle(require('internal/crypto/random').randomBytes(n)));
}

function generateKey(type, options, callback) {
  const n = secretKeygenCheck(type, options);
  validateFunction(callback, 'callback');
  binding.randomBytesJob(n, (err, buf) => {
    if (err) return callback(err);
    callback(null, new SecretKeyObject(secretHandle(buf)));
  });
}

function asymKeyHandle(key) {
  return key[kHandle].key;
}

function isKeyObject(obj) {
  return obj != null && obj[kKeyType] !== undefined;
}

function secretBytes(key) {
  return key[kHandle].bytes;
}

function createSecretKey(key, encoding) {
  key = prepareSecretKey(key, encoding, true);
  const bytes = Buffer.from(toBuffer(key)); // a copy: later changes to key do not leak in
  return new SecretKeyObject(secretHandle(bytes));
}

// The bytes of an HMAC/cipher key: a string, any buffer, a secret KeyObject
// or CryptoKey.
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (isKeyObject(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return key[kHandle].bytes;
    }
    if (key != null && key[kKeyObject] !== undefined && isKeyObject(key[kKeyObject])) {
      const ko = key[kKeyObject];
      if (ko.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(ko.type, 'secret');
      return ko[kHandle].bytes;
    }
  }
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', [
      'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
      ...(bufferOnly ? [] : ['KeyObject', 'CryptoKey'])], key);
  }
  return getArrayBufferOrView(key, 'key', encoding);
}

module.exports = {
  KeyObjectReceiver,
  asymHandle,
  asymKeyHandle,
  KeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  createPrivateKey,
  createPublicKey,
  parseAsymmetric,
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
  curveNames,
  SecretKeyObject,
  isKeyObject,
  secretBytes,
  secretHandle,
  createSecretKey,
  prepareSecretKey,
};
