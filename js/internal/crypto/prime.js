'use strict';
// generatePrime(Sync) and checkPrime(Sync): node's argument checks here,
// the number theory in modules/crypto/prime.go (math/big). Primes come
// back as ArrayBuffers (big-endian), or bigints with { bigint: true }.

const { Buffer } = require('buffer');
const { binding, isAnyArrayBuffer, isArrayBufferView } = require('internal/crypto/util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInt32, validateObject } = require('internal/validators');

function unsignedBigIntToBuffer(bigint, name) {
  if (bigint < 0) throw new ERR_OUT_OF_RANGE(name, '>= 0', bigint);
  const hex = bigint.toString(16);
  return Buffer.from(hex.padStart(hex.length + (hex.length % 2), '0'), 'hex');
}

function byteSource(v, name) {
  if (typeof v === 'bigint') return unsignedBigIntToBuffer(v, name);
  if (!isAnyArrayBuffer(v) && !isArrayBufferView(v)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], v);
  }
  return v;
}

function toArrayBuffer(buf) {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
}

function toBigInt(ab) {
  const hex = Buffer.from(ab).toString('hex');
  return hex === '' ? 0n : BigInt('0x' + hex);
}

function primeOptions(options) {
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  if (add !== undefined) add = byteSource(add, 'options.add');
  if (rem !== undefined) rem = byteSource(rem, 'options.rem');
  return { safe, bigint, add, rem };
}

function primeError(why) {
  if (why === 'invalid options.add' || why === 'invalid options.rem') {
    const err = new ERR_OUT_OF_RANGE('x', 'y', 0);
    err.message = why;
    return err;
  }
  const err = new Error(`error:03000076:bignum routines::${why === 'bits too small' ? why : 'no prime found'}`);
  err.library = 'bignum routines';
  err.reason = why;
  err.code = 'ERR_OSSL_BN_BITS_TOO_SMALL';
  return err;
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const o = primeOptions(options);
  binding.primeGenerate(size, o.safe, o.add, o.rem, (err, buf) => {
    if (err) return callback(primeError(err));
    const ab = toArrayBuffer(buf);
    callback(undefined, o.bigint ? toBigInt(ab) : ab);
  });
}

function generatePrimeSync(size, options = {}) {
  validateInt32(size, 'size', 1);
  const o = primeOptions(options);
  const out = binding.primeGenerate(size, o.safe, o.add, o.rem);
  if (typeof out === 'string') throw primeError(out);
  const ab = toArrayBuffer(out);
  return o.bigint ? toBigInt(ab) : ab;
}

function checkArgs(candidate, options) {
  candidate = byteSource(candidate, 'candidate');
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return [candidate, checks];
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof candidate === 'bigint') candidate = unsignedBigIntToBuffer(candidate, 'candidate');
  byteSource(candidate, 'candidate');
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const [c, checks] = checkArgs(candidate, options);
  binding.primeCheck(c, checks, (err, ok) => callback(err === null ? undefined : err, ok));
}

function checkPrimeSync(candidate, options = {}) {
  const [c, checks] = checkArgs(candidate, options);
  return binding.primeCheck(c, checks);
}

module.exports = { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync };
