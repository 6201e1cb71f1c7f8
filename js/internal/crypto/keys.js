'use strict';
// KeyObject: node's key handles. Secret keys hold their bytes here; the
// key material never leaves a KeyObject except through export().

const {
  kHandle, kKeyObject, isArrayBufferView, isAnyArrayBuffer, getArrayBufferOrView, toBuffer,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  },
} = require('internal/errors');
const { validateObject, validateOneOf } = require('internal/validators');

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
    const a = this[kHandle].bytes;
    const b = otherKeyObject[kHandle].bytes;
    return a.length === b.length && require('internal/crypto/util').binding.timingSafeEqual(a, b);
  }
}

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
  KeyObject,
  SecretKeyObject,
  isKeyObject,
  secretBytes,
  secretHandle,
  createSecretKey,
  prepareSecretKey,
};
