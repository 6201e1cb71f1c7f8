'use strict';
// Cipheriv/Decipheriv over modules/crypto's cipher handles: AES in cbc, ecb,
// ctr, cfb, cfb8, ofb, gcm, ccm and ocb, 3DES (des-ede3, des-ede3-cbc), chacha20 and
// chacha20-poly1305, under node's (OpenSSL's) names, with node's checks of
// key, IV and tag lengths and its errors.

const {
  binding, kHandle, isArrayBufferView, stringBytes, getArrayBufferOrView, getStringOption,
  getUIntOption, LazyTransform, setupLazyTransform,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_INVALID_AUTH_TAG,
    ERR_CRYPTO_INVALID_IV,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { Buffer } = require('buffer');
const { validateString, validateEncoding, validateObject, validateInt32 } = require('internal/validators');
const { prepareSecretKey } = require('internal/crypto/keys');

setupLazyTransform();

// name → [algo, mode, keyLength, ivLength, blockSize, nid, canonical name]
const table = Object.create(null);
const cipherNames = [];
function add(names, algo, mode, keyLength, ivLength, blockSize, nid, infoMode, infoName) {
  const info = { algo, mode, keyLength, ivLength, blockSize, nid, infoMode: infoMode || mode, name: infoName || names[0] };
  for (const n of names) {
    table[n.toLowerCase()] = info;
    cipherNames.push(n);
  }
}
for (const [bits, nids] of [[128, [419, 418, 904, 421, 653, 420, 895]],
  [192, [423, 422, 905, 425, 654, 424, 898]], [256, [427, 426, 906, 429, 655, 428, 901]]]) {
  const k = bits / 8;
  add([`aes-${bits}-cbc`, `aes${bits}`], 'aes', 'cbc', k, 16, 16, nids[0]);
  add([`aes-${bits}-ecb`], 'aes', 'ecb', k, 0, 16, nids[1]);
  add([`aes-${bits}-ctr`], 'aes', 'ctr', k, 16, 1, nids[2]);
  add([`aes-${bits}-cfb`], 'aes', 'cfb', k, 16, 1, nids[3]);
  add([`aes-${bits}-cfb8`], 'aes', 'cfb8', k, 16, 1, nids[4], 'cfb');
  add([`aes-${bits}-ofb`], 'aes', 'ofb', k, 16, 1, nids[5]);
  add([`aes-${bits}-gcm`, `id-aes${bits}-GCM`], 'aes', 'gcm', k, 12, 1, nids[6], 'gcm', `id-aes${bits}-gcm`);
}
// CCM and OCB (modules/crypto/aeadmodes).
for (const [bits, ccmNid, ocbNid] of [[128, 896, 958], [192, 899, 959], [256, 902, 960]]) {
  add([`aes-${bits}-ccm`, `id-aes${bits}-CCM`], 'aes', 'ccm', bits / 8, 12, 1, ccmNid, 'ccm', `id-aes${bits}-ccm`);
  add([`aes-${bits}-ocb`], 'aes', 'ocb', bits / 8, 12, 16, ocbNid);
}
add(['chacha20'], 'chacha20', 'stream', 32, 16, 0, 1019);
add(['chacha20-poly1305'], 'chacha20', 'poly1305', 32, 12, 0, 1018, 'stream');
add(['des-ede3-cbc', 'des3'], 'des-ede3', 'cbc', 24, 8, 8, 44);
add(['des-ede3', 'des-ede3-ecb'], 'des-ede3', 'ecb', 24, 0, 8, 33);
add(['des-ede-cbc'], 'des-ede', 'cbc', 16, 8, 8, 43);
add(['des-ede', 'des-ede-ecb'], 'des-ede', 'ecb', 16, 0, 8, 32);
// Key wrapping (modules/crypto/wrap.go).
for (const [bits, nid, padNid] of [[128, 788, 897], [192, 789, 900], [256, 790, 903]]) {
  add([`id-aes${bits}-wrap`, `aes${bits}-wrap`], 'aes', 'wrap', bits / 8, 8, 8, nid, 'wrap');
  add([`id-aes${bits}-wrap-pad`], 'aes', 'wrap-pad', bits / 8, 4, 8, padNid, 'wrap');
}
add(['id-smime-alg-CMS3DESwrap', 'des3-wrap'], 'des-ede3', 'des3-wrap', 24, 0, 8, 246, 'wrap', 'id-smime-alg-cms3deswrap');
cipherNames.sort();

function lookupCipher(name) {
  return table[String(name).toLowerCase()];
}

function isAuthenticated(info) {
  return info.mode === 'gcm' || info.mode === 'poly1305' || info.mode === 'ccm' || info.mode === 'ocb';
}

// The IV lengths CCM (a 15 - n byte length field) and OCB (RFC 7253) take.
function validIVLength(mode, n) {
  if (mode === 'ccm') return n >= 7 && n <= 13;
  if (mode === 'ocb') return n >= 1 && n <= 15;
  return true;
}

function validCCMTagLength(n) {
  return n >= 4 && n <= 16 && n % 2 === 0;
}

function validGCMTagLength(n) {
  return n === 4 || n === 8 || (n >= 12 && n <= 16);
}

function bytesOf(v) {
  return Buffer.isBuffer(v) ? v : (v instanceof ArrayBuffer ? Buffer.from(v) :
    Buffer.from(v.buffer, v.byteOffset, v.byteLength));
}

const kState = Symbol('kState');

function createCipherBase(name, key, iv, options, decipher) {
  validateString(name, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  const authTagLength = getUIntOption(options, 'authTagLength');
  const info = lookupCipher(name);
  if (info === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  const keyBytes = bytesOf(key);
  const ivBytes = iv === null ? null : bytesOf(iv);
  const auth = isAuthenticated(info);
  const hasIV = ivBytes !== null && ivBytes.length > 0;
  if (!auth && info.ivLength !== (ivBytes === null ? 0 : ivBytes.length)) {
    if (!(info.ivLength === 0 && ivBytes !== null && ivBytes.length === 0)) throw new ERR_CRYPTO_INVALID_IV();
  }
  if (auth && (!hasIV || (info.mode === 'poly1305' && ivBytes.length !== 12) ||
      !validIVLength(info.mode, ivBytes.length))) {
    throw new ERR_CRYPTO_INVALID_IV();
  }
  let tagLen = 16;
  let broken = false;
  if (auth) {
    if (info.mode === 'ccm' || info.mode === 'ocb') {
      if (authTagLength === -1) {
        const err = new ERR_CRYPTO_INVALID_AUTH_TAG('x');
        err.message = `authTagLength required for ${name}`;
        throw err;
      }
      // OpenSSL takes an OCB tag length of 0 and then refuses data
      if (info.mode === 'ocb' && authTagLength === 0) broken = true;
      else if (info.mode === 'ccm' ? !validCCMTagLength(authTagLength) : authTagLength > 16) {
        throw new ERR_CRYPTO_INVALID_AUTH_TAG(authTagLength);
      } else tagLen = authTagLength;
    } else if (info.mode === 'gcm') {
      if (authTagLength !== -1) {
        if (!validGCMTagLength(authTagLength)) throw new ERR_CRYPTO_INVALID_AUTH_TAG(authTagLength);
        tagLen = authTagLength;
      }
    } else if (authTagLength !== -1) {
      if (authTagLength < 1 || authTagLength > 16) throw new ERR_CRYPTO_INVALID_AUTH_TAG(authTagLength);
      tagLen = authTagLength;
    }
  }
  if (keyBytes.length !== info.keyLength) throw new ERR_CRYPTO_INVALID_KEYLEN();
  this[kHandle] = binding.cipherNew(info.algo, info.mode, keyBytes, ivBytes, decipher, tagLen);
  this[kState] = {
    info, decipher, auth, tagLen, userTagLen: authTagLength,
    updated: false, finalized: false, tagSet: false, hasTag: false, broken,
  };
  this._decoder = null;
  LazyTransform.call(this, options);
}

let StringDecoder;
function getDecoder(decoder, encoding) {
  const normalized = String(encoding).toLowerCase();
  if (StringDecoder === undefined) StringDecoder = require('string_decoder').StringDecoder;
  decoder = decoder || new StringDecoder(encoding);
  if (decoder.encoding !== new StringDecoder(normalized).encoding) {
    const { codes: { ERR_INTERNAL_ASSERTION } } = require('internal/errors');
    if (ERR_INTERNAL_ASSERTION) throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
    throw new Error('Cannot change encoding');
  }
  return decoder;
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
    data = stringBytes(data, inputEncoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const st = this[kState];
  // OpenSSL takes at most INT_MAX bytes out per call.
  if (st.finalized || st.broken || data.byteLength + Math.max(st.info.blockSize, 1) > 2147483647) {
    throw new Error('Trying to add data in unsupported state');
  }
  st.updated = true;
  const ret = binding.cipherUpdate(this[kHandle], data);
  if (ret === 'msglen') {
    const { codes: { ERR_CRYPTO_INVALID_MESSAGELEN } } = require('internal/errors');
    throw new ERR_CRYPTO_INVALID_MESSAGELEN();
  }
  if (typeof ret === 'string') throw new Error('Trying to add data in unsupported state');
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(ret);
  }
  return ret;
}

function osslError(reason, hex) {
  const err = new Error(`error:${hex}:Provider routines::${reason}`);
  err.library = 'Provider routines';
  err.reason = reason;
  err.code = 'ERR_OSSL_' + reason.toUpperCase().replace(/ /g, '_');
  return err;
}

function final(outputEncoding) {
  const st = this[kState];
  if (st.finalized) {
    const err = new ERR_CRYPTO_INVALID_STATE('final');
    err.message = 'Invalid state';
    throw err;
  }
  st.finalized = true;
  if (st.auth && st.decipher && !st.tagSet) {
    throw new Error('Unsupported state or unable to authenticate data');
  }
  const ret = binding.cipherFinal(this[kHandle]);
  if (typeof ret === 'string') {
    if (ret === 'auth') throw new Error('Unsupported state or unable to authenticate data');
    if (ret === 'bad decrypt') throw osslError('bad decrypt', '1C800064');
    if (ret === 'tag not set') throw osslError('tag not set', '1C800077');
    throw osslError('wrong final block length', '1C80006B');
  }
  if (!st.decipher && st.auth) st.hasTag = true;
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(ret);
  }
  return ret;
}

function setAutoPadding(ap) {
  const st = this[kState];
  if (st.finalized) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  binding.cipherSetAutoPadding(this[kHandle], ap === undefined ? true : !!ap);
  return this;
}

function getAuthTag() {
  const st = this[kState];
  if (st.decipher || !st.auth || !st.hasTag) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return binding.cipherGetAuthTag(this[kHandle]);
}

function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  const st = this[kState];
  if (!st.decipher || !st.auth || st.finalized || st.tagSet) {
    throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  }
  const tag = bytesOf(tagbuf);
  const n = tag.length;
  let ok;
  if (st.info.mode === 'gcm') {
    ok = (st.userTagLen === -1 || st.userTagLen === n) && validGCMTagLength(n);
  } else if (st.info.mode === 'ccm' || st.info.mode === 'ocb') {
    ok = n === st.tagLen;
  } else {
    ok = n >= 1 && n <= 16 && (st.userTagLen === -1 || st.userTagLen === n);
  }
  if (!ok) throw new ERR_CRYPTO_INVALID_AUTH_TAG(n);
  st.tagSet = true;
  binding.cipherSetAuthTag(this[kHandle], tag);
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  const plaintextLength = getUIntOption(options, 'plaintextLength');
  aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  const st = this[kState];
  if (!st.auth || st.updated || st.finalized) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  if (st.info.mode === 'ccm' && plaintextLength === -1) {
    // CCM writes the message's length before the data
    const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
    const err = new ERR_MISSING_ARGS('x');
    err.message = 'options.plaintextLength required for CCM mode with AAD';
    throw err;
  }
  if (binding.cipherSetAAD(this[kHandle], bytesOf(aadbuf), plaintextLength) === 'msglen') {
    const { codes: { ERR_CRYPTO_INVALID_MESSAGELEN } } = require('internal/errors');
    throw new ERR_CRYPTO_INVALID_MESSAGELEN();
  }
  return this;
}

function _transform(chunk, encoding, callback) {
  this.push(update.call(this, chunk, encoding));
  callback();
}

function _flush(callback) {
  try {
    this.push(final.call(this));
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

function addMethods(C, decipher) {
  Object.setPrototypeOf(C.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(C, LazyTransform);
  C.prototype._transform = _transform;
  C.prototype._flush = _flush;
  C.prototype.update = update;
  C.prototype.final = final;
  C.prototype.setAutoPadding = setAutoPadding;
  if (decipher) C.prototype.setAuthTag = setAuthTag;
  else C.prototype.getAuthTag = getAuthTag;
  C.prototype.setAAD = setAAD;
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  createCipherBase.call(this, cipher, key, iv, options, false);
}
addMethods(Cipheriv, false);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  createCipherBase.call(this, cipher, key, iv, options, true);
}
addMethods(Decipheriv, true);

// Cipher/Decipher (createCipher/createDecipher, deprecated): key and IV
// from the password by OpenSSL's EVP_BytesToKey with MD5, one round and no
// salt: D1 = MD5(password), Di = MD5(Di-1 || password), concatenated.
function bytesToKey(password, keyLength, ivLength) {
  const parts = [];
  let have = 0;
  let prev = Buffer.alloc(0);
  while (have < keyLength + ivLength) {
    prev = binding.hashOnce('md5', Buffer.concat([prev, password]));
    parts.push(prev);
    have += prev.length;
  }
  const all = Buffer.concat(parts);
  return [all.subarray(0, keyLength), all.subarray(keyLength, keyLength + ivLength)];
}

function createWithPassword(cipher, password, options, decipher) {
  validateString(cipher, 'cipher');
  password = bytesOf(getArrayBufferOrView(password, 'password'));
  const info = lookupCipher(cipher);
  if (info === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  const [key, iv] = bytesToKey(password, info.keyLength, info.ivLength);
  // warned once authTagLength's type has passed, before its value is
  // checked, as node's C++ does
  getUIntOption(options, 'authTagLength');
  if (!decipher && (info.mode === 'ctr' || info.mode === 'gcm' || info.mode === 'ccm')) {
    process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
  }
  createCipherBase.call(this, cipher, key, info.ivLength === 0 ? null : iv, options, decipher);
}

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  createWithPassword.call(this, cipher, password, options, false);
}
addMethods(Cipher, false);

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  createWithPassword.call(this, cipher, password, options, true);
}
addMethods(Decipher, true);

function getCiphers() {
  return cipherNames.slice();
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  let info;
  if (typeof nameOrNid === 'number') {
    for (const k in table) if (table[k].nid === nameOrNid) { info = table[k]; break; }
  } else {
    info = lookupCipher(nameOrNid);
  }
  if (info === undefined) return undefined;
  if (keyLength !== undefined && keyLength !== info.keyLength) return undefined;
  if (ivLength !== undefined) {
    if (info.mode === 'gcm') {
      if (ivLength < 1) return undefined;
    } else if (info.mode === 'ccm' || info.mode === 'ocb') {
      if (!validIVLength(info.mode, ivLength)) return undefined;
    } else if (info.mode === 'poly1305') {
      if (ivLength < 1 || ivLength > 12) return undefined;
    } else if (ivLength !== info.ivLength) {
      return undefined;
    }
  }
  const ret = { mode: info.infoMode, name: info.name, nid: info.nid };
  if (info.blockSize !== 0) ret.blockSize = info.blockSize;
  if (ivLength !== undefined) ret.ivLength = ivLength;
  else if (info.ivLength !== 0) ret.ivLength = info.ivLength;
  ret.keyLength = info.keyLength;
  return ret;
}

module.exports = {
  Cipher,
  Decipher, Cipheriv, Decipheriv, getCiphers, getCipherInfo, lookupCipher };
