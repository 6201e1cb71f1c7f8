'use strict';
// Classic Diffie-Hellman: DiffieHellman (createDiffieHellman),
// DiffieHellmanGroup (getDiffieHellman/createDiffieHellmanGroup: the MODP
// groups), and the 'dh' half of generateKeyPair. The objects keep the
// prime, generator and keys as Buffers; modules/crypto/dh.go generates
// safe primes, checks parameters (verifyError), makes keys and computes
// secrets with math/big.

const { binding, kHandle, isAnyArrayBuffer, isArrayBufferView, getArrayBufferOrView, encodeOutput, toBuffer } =
  require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_KEYTYPE,
    ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_UNKNOWN_DH_GROUP,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const { Buffer } = require('buffer');
const { validateInt32, validateString, validateObject } = require('internal/validators');

const DH_GENERATOR = 2;

function dhError(why) {
  const reason = why === 'generator' ? 'bad generator' : 'modulus too small';
  const code = why === 'generator' ? '02800065' : '0280007E';
  const err = new Error(`error:${code}:Diffie-Hellman routines::${reason}`);
  err.library = 'Diffie-Hellman routines';
  err.reason = reason;
  err.code = why === 'generator' ? 'ERR_OSSL_DH_BAD_GENERATOR' : 'ERR_OSSL_DH_MODULUS_TOO_SMALL';
  return err;
}

function toBuf(val, encoding) {
  if (typeof val === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(val, encoding);
  }
  return Buffer.from(toBuffer(val)); // a copy: the caller may change its bytes
}

// The value of a big-endian byte string, without leading zeroes.
function trim(buf) {
  let i = 0;
  while (i < buf.length && buf[i] === 0) i++;
  return buf.subarray(i);
}

function genBuffer(g) {
  const out = [];
  for (let v = g; v > 0; v = Math.floor(v / 256)) out.unshift(v % 256);
  return Buffer.from(out);
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !isArrayBufferView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey',
      ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], sizeOrKey);
  }
  // Negative sizes are accepted here and refused as too small below, as
  // OpenSSL does.
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  keyEncoding = keyEncoding || 'buffer';
  genEncoding = genEncoding || 'buffer';
  if (typeof sizeOrKey !== 'number') sizeOrKey = toBuf(sizeOrKey, keyEncoding);
  if (!generator) {
    generator = DH_GENERATOR;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding);
  } else if (!isArrayBufferView(generator) && !isAnyArrayBuffer(generator)) {
    throw new ERR_INVALID_ARG_TYPE('generator',
      ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], generator);
  } else {
    generator = toBuf(generator);
  }

  let prime, gen, verifyError;
  if (typeof sizeOrKey === 'number') {
    if (typeof generator !== 'number') generator = bufValue(generator);
    const p = binding.dhPrime(sizeOrKey, generator);
    if (typeof p === 'string') {
      const err = dhError(p);
      if (p === 'generator') err.opensslErrorStack = ['error:02880003:Diffie-Hellman routines::BN lib'];
      throw err;
    }
    prime = p;
    gen = genBuffer(generator);
    verifyError = 0; // a safe prime made for this generator
  } else {
    gen = typeof generator === 'number' ? (generator < 2 ? null : genBuffer(generator)) : trim(generator);
    if (gen === null || gen.length === 0 || (gen.length === 1 && gen[0] < 2)) throw dhError('generator');
    prime = trim(sizeOrKey);
    if (prime.length === 0) {
      const err = new Error('error:01800076:bignum routines::bits too small');
      err.library = 'bignum routines';
      err.reason = 'bits too small';
      err.code = 'ERR_OSSL_BN_BITS_TOO_SMALL';
      throw err;
    }
    verifyError = binding.dhCheck(prime, gen);
  }
  this[kHandle] = { prime, gen, pub: null, priv: null, privBits: 0 };
  Object.defineProperty(this, 'verifyError', {
    __proto__: null, enumerable: true, value: verifyError, writable: true, configurable: true,
  });
}

// The value of a short big-endian buffer as a number (a generator).
function bufValue(buf) {
  let v = 0;
  for (const b of trim(buf)) v = v * 256 + b;
  return v;
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  const g = typeof name === 'string' ? binding.dhGroup(name) : null;
  if (g === null) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
  this[kHandle] = { prime: g[0], gen: Buffer.from([DH_GENERATOR]), pub: null, priv: null, privBits: g[1] };
  Object.defineProperty(this, 'verifyError', {
    __proto__: null, enumerable: true, value: 0, writable: true, configurable: true,
  });
}

function encode(buf, encoding) {
  return encodeOutput(Buffer.from(buf), encoding);
}

function dhGenerateKeys(encoding) {
  const st = this[kHandle];
  // A set private key is kept and its public value (re)computed.
  const r = binding.dhKeys(st.prime, st.gen, st.priv, st.privBits);
  st.pub = r[0];
  st.priv = r[1];
  return encode(st.pub, encoding);
}

function dhComputeSecret(key, inEnc, outEnc) {
  key = getArrayBufferOrView(key, 'key', inEnc);
  const st = this[kHandle];
  if (st.priv === null) throw new ERR_CRYPTO_INVALID_KEYTYPE();
  const out = binding.dhCompute(st.prime, st.priv, key);
  if (out === 'small') throw new ERR_CRYPTO_INVALID_KEYLEN_MSG('Supplied key is too small');
  if (out === 'large') throw new ERR_CRYPTO_INVALID_KEYLEN_MSG('Supplied key is too large');
  return encodeOutput(out, outEnc);
}

function ERR_CRYPTO_INVALID_KEYLEN_MSG(message) {
  const err = new ERR_CRYPTO_INVALID_KEYLEN();
  err.message = message;
  return err;
}

function noKey(which) {
  const err = new ERR_CRYPTO_INVALID_STATE('x');
  err.message = `No ${which} key - did you forget to generate one?`;
  return err;
}

const methods = {
  generateKeys: dhGenerateKeys,
  computeSecret: dhComputeSecret,
  getPrime(encoding) { return encode(this[kHandle].prime, encoding); },
  getGenerator(encoding) { return encode(this[kHandle].gen, encoding); },
  getPublicKey(encoding) {
    const k = this[kHandle].pub;
    if (k === null) throw noKey('public');
    return encode(k, encoding);
  },
  getPrivateKey(encoding) {
    const k = this[kHandle].priv;
    if (k === null) throw noKey('private');
    return encode(k, encoding);
  },
};

for (const [name, fn] of Object.entries(methods)) {
  for (const C of [DiffieHellman, DiffieHellmanGroup]) {
    Object.defineProperty(C.prototype, name, { __proto__: null, value: fn, writable: true, configurable: true });
  }
}

Object.defineProperty(DiffieHellman.prototype, 'setPublicKey', {
  __proto__: null,
  writable: true,
  configurable: true,
  value: function setPublicKey(key, encoding) {
    this[kHandle].pub = trim(toBuf(getArrayBufferOrView(key, 'key', encoding)));
    return this;
  },
});

Object.defineProperty(DiffieHellman.prototype, 'setPrivateKey', {
  __proto__: null,
  writable: true,
  configurable: true,
  value: function setPrivateKey(key, encoding) {
    this[kHandle].priv = trim(toBuf(getArrayBufferOrView(key, 'key', encoding)));
    return this;
  },
});

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

// generateKeyPair('dh', { group } | { prime[, generator] } | { primeLength[, generator] }):
// check the options and say how to get the parameters.
function dhKeygenParams(options) {
  validateObject(options, 'options');
  const { group, prime, primeLength, generator } = options;
  if (group != null) {
    if (prime != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
    if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
    if (generator != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
    validateString(group, 'options.group');
    const g = binding.dhGroup(group);
    if (g === null) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
    return { prime: g[0], gen: Buffer.from([DH_GENERATOR]), privBits: g[1] };
  }
  let gen = DH_GENERATOR;
  if (generator != null) {
    validateInt32(generator, 'options.generator', 0);
    gen = generator;
  }
  if (prime != null) {
    if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
    if (!isArrayBufferView(prime)) {
      throw new ERR_INVALID_ARG_TYPE('options.prime', ['Buffer', 'TypedArray', 'DataView'], prime);
    }
    return { prime: trim(toBuf(prime)), gen: genBuffer(gen), privBits: 0, generator: gen };
  }
  if (primeLength != null) {
    validateInt32(primeLength, 'options.primeLength', 0);
    return { primeLength, gen: genBuffer(gen), privBits: 0, generator: gen };
  }
  throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
}

function plainError(why) {
  const e = dhError(why);
  const err = new Error(e.message);
  if (why === 'generator') {
    err.opensslErrorStack = ['error:02880003:Diffie-Hellman routines::BN lib'];
  }
  return err;
}

// The private key handle for params whose prime is known.
function dhKeyFromParams(params) {
  if (params.generator !== undefined && params.generator < 2) throw plainError('generator');
  const p = trim(params.prime);
  const bits = p.length === 0 ? 0 : (p.length - 1) * 8 + (32 - Math.clz32(p[0]));
  if (bits < 512) throw plainError('small');
  const [, priv] = binding.dhKeys(params.prime, params.gen, null, params.privBits);
  return binding.dhKeyObject(params.prime, params.gen, priv);
}

// dhKeygen(options[, cb]) → a private key handle; with cb, a prime is
// made on the worker pool and cb(err, handle) called on the loop.
function dhKeygen(options, cb) {
  const params = dhKeygenParams(options);
  if (params.prime !== undefined) {
    const h = dhKeyFromParams(params);
    if (cb) {
      process.nextTick(cb, null, h);
      return;
    }
    return h;
  }
  if (params.generator < 2) throw plainError('generator');
  const done = (p) => {
    if (typeof p === 'string') throw plainError(p);
    return dhKeyFromParams({ prime: p, gen: params.gen, privBits: 0 });
  };
  if (!cb) return done(binding.dhPrime(params.primeLength, params.generator));
  binding.dhPrime(params.primeLength, params.generator, (err, p) => {
    if (err) return cb(plainError(err));
    let h;
    try {
      h = done(p);
    } catch (e) {
      return cb(e);
    }
    cb(null, h);
  });
}

module.exports = {
  DiffieHellman,
  DiffieHellmanGroup,
  createDiffieHellman,
  createDiffieHellmanGroup,
  getDiffieHellman: createDiffieHellmanGroup,
  dhKeygen,
};
