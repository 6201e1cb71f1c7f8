'use strict';
// X509Certificate over modules/crypto's parsed certificates (crypto/x509),
// with node's getters, checks and OpenSSL's text formats.

const { Buffer } = require('buffer');
const { binding, kHandle, isArrayBufferView, isAnyArrayBuffer } = require('internal/crypto/util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');

const kInfo = Symbol('kInfo');

function info(cert) {
  if (cert[kInfo] === undefined) cert[kInfo] = binding.x509Info(cert[kHandle]);
  return cert[kInfo];
}

function checkOptions(options) {
  if (options !== undefined) validateObject(options, 'options');
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!isArrayBufferView(buffer) && !isAnyArrayBuffer(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const h = binding.x509Parse(buffer);
    if (h === null) {
      const err = new Error('error:0480006C:PEM routines::no start line');
      err.library = 'PEM routines';
      err.reason = 'no start line';
      err.code = 'ERR_OSSL_PEM_NO_START_LINE';
      throw err;
    }
    Object.defineProperty(this, kHandle, { value: h });
  }

  get subject() { return info(this).subject; }
  get issuer() { return info(this).issuer; }
  get subjectAltName() { return info(this).subjectAltName; }
  get infoAccess() { return info(this).infoAccess; }
  get validFrom() { return info(this).validFrom; }
  get validTo() { return info(this).validTo; }
  get fingerprint() { return info(this).fingerprint; }
  get fingerprint256() { return info(this).fingerprint256; }
  get fingerprint512() { return info(this).fingerprint512; }
  get keyUsage() { return info(this).keyUsage; }
  get serialNumber() { return info(this).serialNumber; }
  get ca() { return info(this).ca; }
  get raw() { return info(this).raw; }
  get issuerCertificate() { return undefined; }

  get publicKey() {
    const h = binding.x509PublicKey(this[kHandle]);
    if (h === null) {
      const { codes: { ERR_CRYPTO_UNSUPPORTED_OPERATION } } = require('internal/errors');
      throw new ERR_CRYPTO_UNSUPPORTED_OPERATION();
    }
    const { PublicKeyObject } = require('internal/crypto/keys');
    return new PublicKeyObject(require('internal/crypto/keys').asymHandle(h));
  }

  checkHost(name, options) {
    validateString(name, 'name');
    checkOptions(options);
    return binding.x509Check(this[kHandle], 'host', name);
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    checkOptions(options);
    return binding.x509Check(this[kHandle], 'email', email);
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    if (require('internal/net').isIP(ip) === 0) {
      const err = new ERR_INVALID_ARG_VALUE('ip', ip);
      err.message = 'Invalid IP';
      throw err;
    }
    return binding.x509Check(this[kHandle], 'ip', ip);
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return binding.x509Issued(this[kHandle], otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    const keys = require('internal/crypto/keys');
    if (!keys.isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') {
      const { codes: { ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE } } = require('internal/errors');
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(pkey.type, 'private');
    }
    return this.publicKey.equals(require('crypto').createPublicKey(pkey));
  }

  verify(pkey) {
    const keys = require('internal/crypto/keys');
    if (!keys.isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') {
      const { codes: { ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE } } = require('internal/errors');
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(pkey.type, 'public');
    }
    return binding.x509Verify(this[kHandle], keys.asymKeyHandle(pkey));
  }

  toString() { return info(this).pem; }

  toJSON() { return this.toString(); }

  toLegacyObject() {
    const i = info(this);
    const o = { subject: legacyName(i.subject), issuer: legacyName(i.issuer) };
    if (i.subjectAltName !== undefined) o.subjectaltname = i.subjectAltName;
    if (i.infoAccess !== undefined) o.infoAccess = legacyInfoAccess(i.infoAccess);
    o.ca = i.ca;
    const pub = this.publicKey;
    if (pub.asymmetricKeyType === 'rsa') {
      const jwk = pub.export({ format: 'jwk' });
      o.modulus = Buffer.from(jwk.n, 'base64url').toString('hex').toUpperCase();
      o.bits = pub.asymmetricKeyDetails.modulusLength;
      o.exponent = '0x' + pub.asymmetricKeyDetails.publicExponent.toString(16);
      o.pubkey = pub.export({ format: 'der', type: 'spki' });
    }
    o.valid_from = i.validFrom;
    o.valid_to = i.validTo;
    o.fingerprint = i.fingerprint;
    o.fingerprint256 = i.fingerprint256;
    o.fingerprint512 = i.fingerprint512;
    if (i.keyUsage !== undefined) o.ext_key_usage = i.keyUsage;
    o.serialNumber = i.serialNumber;
    o.raw = i.raw;
    return o;
  }
}

// infoAccess as the legacy object has it: the values of each access method.
function legacyInfoAccess(s) {
  const o = Object.create(null);
  for (const line of s.split('\n')) {
    const i = line.indexOf(':');
    if (i < 0) continue;
    const key = line.slice(0, i);
    if (key in o) o[key].push(line.slice(i + 1));
    else o[key] = [line.slice(i + 1)];
  }
  return o;
}

function legacyName(s) {
  const o = Object.create(null);
  for (const line of s.split('\n')) {
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const k = line.slice(0, eq);
    const v = line.slice(eq + 1);
    if (o[k] === undefined) o[k] = v;
    else if (Array.isArray(o[k])) o[k].push(v);
    else o[k] = [o[k], v];
  }
  return o;
}

module.exports = { X509Certificate };
