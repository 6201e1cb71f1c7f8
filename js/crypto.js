'use strict';
// The `crypto` builtin (gojanet): node 20's API on Go's cryptography.
// Arguments are checked here and in js/internal/crypto/*.js with node's
// validators and errors; the work happens in modules/crypto (Go's standard
// library and golang.org/x/crypto), reached as internalBinding('crypto').
// Hashes, HMACs and ciphers are LazyTransform streams; the callback forms of
// randomBytes, pbkdf2, scrypt and hkdf run on the worker pool. WebCrypto
// (crypto.webcrypto, crypto.subtle, globalThis.crypto) is
// js/internal/crypto/webcrypto.js, loaded on first use.

const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const kdf = require('internal/crypto/kdf');
const { Cipher, Decipher, Cipheriv, Decipheriv, getCiphers, getCipherInfo } = require('internal/crypto/cipher');
const keys = require('internal/crypto/keys');
const sig = require('internal/crypto/sig');
const dh = require('internal/crypto/dh');
const prime = require('internal/crypto/prime');
const { deprecate } = require('util');
const { binding, isAnyArrayBuffer, isArrayBufferView } = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
    ERR_CRYPTO_ENGINE_UNKNOWN,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { validateString, validateNumber } = require('internal/validators');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function createCipher(cipher, password, options) {
  return new Cipher(cipher, password, options);
}

function createDecipher(cipher, password, options) {
  return new Decipher(cipher, password, options);
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function timingSafeEqual(buf1, buf2) {
  // node's C++ check: its message names no received value.
  for (const [name, v] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isAnyArrayBuffer(v) && !isArrayBufferView(v)) {
      const err = new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
      err.message = `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`;
      throw err;
    }
  }
  if (buf1.byteLength !== buf2.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(buf1, buf2);
}

function getRandomValues(array) {
  return lazyWebCrypto().crypto.getRandomValues(array);
}

let webcryptoModule;
function lazyWebCrypto() {
  if (webcryptoModule === undefined) webcryptoModule = require('internal/crypto/webcrypto');
  return webcryptoModule;
}

// OpenSSL's default cipher list as node 20 sets it.
const kDefaultCipherList = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

const constants = Object.freeze({
  OPENSSL_VERSION_NUMBER: 0x30000100,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: kDefaultCipherList,
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
  // node's default, or --tls-cipher-list's value.
  defaultCipherList: require('internal/cli_options').cliOption('--tls-cipher-list') ?? kDefaultCipherList,
});

module.exports = {
  // Hashes and MACs
  createHash,
  createHmac,
  hash,
  getHashes,
  Hash,
  Hmac,
  // Randomness
  randomBytes: random.randomBytes,
  pseudoRandomBytes: random.randomBytes,
  prng: random.randomBytes,
  rng: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  getRandomValues,
  timingSafeEqual,
  // KDFs
  pbkdf2: kdf.pbkdf2,
  pbkdf2Sync: kdf.pbkdf2Sync,
  scrypt: kdf.scrypt,
  scryptSync: kdf.scryptSync,
  hkdf: kdf.hkdf,
  hkdfSync: kdf.hkdfSync,
  // Ciphers
  createCipheriv,
  createCipher: deprecate(createCipher, 'crypto.createCipher is deprecated.', 'DEP0106'),
  createDecipher: deprecate(createDecipher, 'crypto.createDecipher is deprecated.', 'DEP0106'),
  Cipher,
  Decipher,
  createDecipheriv,
  Cipheriv,
  Decipheriv,
  getCiphers,
  getCipherInfo,
  // Keys
  KeyObject: keys.KeyObject,
  createSecretKey: keys.createSecretKey,
  createPrivateKey: keys.createPrivateKey,
  createPublicKey: keys.createPublicKey,
  generateKeyPair: keys.generateKeyPair,
  generateKeyPairSync: keys.generateKeyPairSync,
  generateKey: keys.generateKey,
  generateKeySync: keys.generateKeySync,
  // Signatures, RSA encryption, ECDH
  sign: sig.sign,
  verify: sig.verify,
  Sign: sig.Sign,
  Verify: sig.Verify,
  createSign: sig.createSign,
  createVerify: sig.createVerify,
  publicEncrypt: sig.publicEncrypt,
  privateDecrypt: sig.privateDecrypt,
  privateEncrypt: sig.privateEncrypt,
  publicDecrypt: sig.publicDecrypt,
  ECDH: sig.ECDH,
  createECDH: sig.createECDH,
  diffieHellman: sig.diffieHellman,
  generatePrime: prime.generatePrime,
  generatePrimeSync: prime.generatePrimeSync,
  checkPrime: prime.checkPrime,
  checkPrimeSync: prime.checkPrimeSync,
  DiffieHellman: dh.DiffieHellman,
  DiffieHellmanGroup: dh.DiffieHellmanGroup,
  createDiffieHellman: dh.createDiffieHellman,
  createDiffieHellmanGroup: dh.createDiffieHellmanGroup,
  getDiffieHellman: dh.getDiffieHellman,
  getCurves: sig.getCurves,
  // Certificates
  get X509Certificate() { return require('internal/crypto/x509').X509Certificate; },
  get Certificate() { return require('internal/crypto/certificate').Certificate; },
  constants,
  getFips() { return 0; },
  // (no secure heap: node's answer without --secure-heap)
  secureHeapUsed() { return { total: 0, used: 0, utilization: 0, min: 0 }; },
  setEngine,
};

// setEngine(id[, flags]): gojanet's crypto has no OpenSSL engines to load,
// so every id is one node's OpenSSL does not find.
function setEngine(id, flags) {
  validateString(id, 'id');
  if (flags !== undefined) validateNumber(flags, 'flags');
  throw new ERR_CRYPTO_ENGINE_UNKNOWN(id);
}

// (node's deprecated aliases are not enumerable)
for (const k of ['pseudoRandomBytes', 'prng', 'rng', 'createCipher', 'createDecipher']) {
  Object.defineProperty(module.exports, k, { enumerable: false });
}

Object.defineProperties(module.exports, {
  webcrypto: {
    configurable: false, enumerable: true,
    get() { return lazyWebCrypto().crypto; },
  },
  subtle: {
    configurable: false, enumerable: true,
    get() { return lazyWebCrypto().crypto.subtle; },
  },
});
