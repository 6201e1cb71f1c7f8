'use strict';
// node's _tls_common: SecureContext and createSecureContext over Go's
// crypto/tls (internalBinding('tls_wrap').SecureContext, modules/tls), and
// the certificate objects getPeerCertificate returns.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
  },
} = require('internal/errors');
const { Buffer } = require('buffer');
const { validateInt32, validateInteger, validateString } = require('internal/validators');

let bindingCache = null;
function binding() {
  if (bindingCache === null) bindingCache = internalBinding('tls_wrap');
  return bindingCache;
}

const validVersions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

function toV(which, v, def) {
  if (v == null) return def;
  if (!validVersions.includes(v)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which);
  return v;
}

// secureProtocol names (OpenSSL methods) as a version range.
const methods = {
  TLS_method: ['TLSv1', 'TLSv1.3'], TLS_client_method: ['TLSv1', 'TLSv1.3'], TLS_server_method: ['TLSv1', 'TLSv1.3'],
  // node caps the SSLv23 methods at TLS 1.2 and leaves the minimum alone.
  SSLv23_method: [null, 'TLSv1.2'], SSLv23_client_method: [null, 'TLSv1.2'], SSLv23_server_method: [null, 'TLSv1.2'],
  TLSv1_method: ['TLSv1', 'TLSv1'], TLSv1_client_method: ['TLSv1', 'TLSv1'], TLSv1_server_method: ['TLSv1', 'TLSv1'],
  TLSv1_1_method: ['TLSv1.1', 'TLSv1.1'], TLSv1_1_client_method: ['TLSv1.1', 'TLSv1.1'], TLSv1_1_server_method: ['TLSv1.1', 'TLSv1.1'],
  TLSv1_2_method: ['TLSv1.2', 'TLSv1.2'], TLSv1_2_client_method: ['TLSv1.2', 'TLSv1.2'], TLSv1_2_server_method: ['TLSv1.2', 'TLSv1.2'],
};

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) {
    return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  }
  const tls = require('tls');
  if (secureProtocol) {
    validateString(secureProtocol, 'options.secureProtocol');
    if (minVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    if (maxVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
    const m = methods[secureProtocol];
    if (m === undefined) {
      const { codes } = require('internal/errors');
      if (/^SSLv[23]_/.test(secureProtocol)) {
        throw new codes.ERR_TLS_INVALID_PROTOCOL_METHOD(`${secureProtocol.slice(0, 5)} methods disabled`);
      }
      throw new codes.ERR_TLS_INVALID_PROTOCOL_METHOD(`Unknown method: ${secureProtocol}`);
    }
    minVersion = m[0];
    maxVersion = m[1];
  }
  this.context = new (binding().SecureContext)();
  const min = toV('minimum', minVersion, tls.DEFAULT_MIN_VERSION);
  const max = toV('maximum', maxVersion, tls.DEFAULT_MAX_VERSION);
  this.context.setProtocols(min, max);
  if (secureOptions) {
    validateInteger(secureOptions, 'secureOptions');
    this.context.setOptions(secureOptions);
  }
}

// NODE_EXTRA_CA_CERTS joins the default roots when the first context
// without a ca option is made (node builds its root store then, and warns
// on stderr if the file does not load).
let extraCAsRead = false;
function useExtraCACerts() {
  if (extraCAsRead) return;
  extraCAsRead = true;
  const file = process.env.NODE_EXTRA_CA_CERTS;
  if (!file) return;
  const err = binding().useExtraCACerts(String(file));
  if (err) process._rawDebug(`Warning: Ignoring extra certs from \`${file}\`, load failed: ${err}`);
}

function validateKeyOrCertOption(name, value) {
  if (typeof value !== 'string' && !ArrayBuffer.isView(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function toBytes(v) {
  return typeof v === 'string' ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

function createSecureContext(options) {
  if (!options) options = {};
  const { ca, cert, ciphers, ecdhCurve, key, passphrase, pfx, sessionTimeout, ticketKeys, sigalgs, privateKeyEngine, privateKeyIdentifier } = options;
  const engines = [['privateKeyIdentifier', privateKeyIdentifier], ['privateKeyEngine', privateKeyEngine],
    ['clientCertEngine', options.clientCertEngine]];
  for (const [name, v] of engines) {
    if (v != null && typeof v !== 'string') throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'null', 'undefined'], v);
  }
  if (engines.some(([, v]) => v != null)) {
    // crypto/tls has no OpenSSL engines.
    const err = new Error('Custom engines not supported by this OpenSSL');
    err.code = 'ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED';
    throw err;
  }
  if (passphrase != null) validateString(passphrase, 'options.passphrase');
  if (ca) for (const v of Array.isArray(ca) ? ca : [ca]) validateKeyOrCertOption('ca', v);
  if (cert && !Array.isArray(cert)) validateKeyOrCertOption('cert', cert);
  if (Array.isArray(cert)) for (const v of cert) validateKeyOrCertOption('cert', v);
  if (key && !Array.isArray(key)) validateKeyOrCertOption('key', key);
  if (Array.isArray(key)) {
    for (const v of key) {
      if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v)) {
        validateKeyOrCertOption('key', v.pem);
        if (v.passphrase != null) validateString(v.passphrase, 'options.passphrase');
      } else {
        validateKeyOrCertOption('key', v);
      }
    }
  }
  if (ciphers != null) validateString(ciphers, 'options.ciphers');
  let secureOptions = options.secureOptions;
  if (options.honorCipherOrder) secureOptions |= 0x400000; // SSL_OP_CIPHER_SERVER_PREFERENCE
  const c = new SecureContext(options.secureProtocol, secureOptions, options.minVersion, options.maxVersion);
  const ctx = c.context;

  if (ca) {
    const list = Array.isArray(ca) ? ca : [ca];
    for (const v of list) {
      validateKeyOrCertOption('ca', v);
      ctx.addCACert(toBytes(v));
    }
  } else {
    useExtraCACerts();
  }

  // Ciphers first, as node: their @SECLEVEL decides which keys load.
  if (ciphers !== undefined && ciphers !== null) {
    validateString(ciphers, 'options.ciphers');
    if (!ctx.setCiphers(ciphers)) {
      const err = new Error('error:0A0000B9:SSL routines::no cipher match');
      err.library = 'SSL routines';
      err.reason = 'no cipher match';
      err.code = 'ERR_SSL_NO_CIPHER_MATCH';
      throw err;
    }
  }

  const certs = [];
  if (cert) {
    for (const v of Array.isArray(cert) ? cert : [cert]) {
      validateKeyOrCertOption('cert', v);
      certs.push(toBytes(v));
    }
  }
  const keys = [];
  if (key) {
    for (const v of Array.isArray(key) ? key : [key]) {
      if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v)) {
        validateKeyOrCertOption('key', v.pem);
        keys.push({ pem: toBytes(v.pem), passphrase: v.passphrase !== undefined ? v.passphrase : passphrase });
      } else {
        validateKeyOrCertOption('key', v);
        keys.push({ pem: toBytes(v), passphrase });
      }
    }
  }
  if (keys.length > 0 && certs.length > 0) {
    const used = new Set();
    for (const certPem of certs) {
      let lastErr = null;
      let done = false;
      for (let i = 0; i < keys.length && !done; i++) {
        if (used.has(i)) continue;
        try {
          ctx.setKeyCert(certPem, keys[i].pem, keys[i].passphrase);
          used.add(i);
          done = true;
        } catch (err) {
          lastErr = err;
          if (err.code !== 'ERR_OSSL_X509_KEY_VALUES_MISMATCH') throw err;
        }
      }
      if (!done && lastErr) throw lastErr;
    }
  }

  if (sigalgs != null) {
    validateString(sigalgs, 'options.sigalgs');
    if (sigalgs === '') throw new ERR_INVALID_ARG_VALUE('options.sigalgs', sigalgs);
  }

  if (ecdhCurve !== undefined && ecdhCurve !== null) {
    validateString(ecdhCurve, 'options.ecdhCurve');
    if (!ctx.setECDHCurve(ecdhCurve)) {
      const err = new Error('Failed to set ECDH curve');
      err.code = 'ERR_CRYPTO_OPERATION_FAILED';
      throw err;
    }
  }

  if (options.dhparam !== undefined && options.dhparam !== null) {
    validateKeyOrCertOption('dhparam', options.dhparam);
  }

  const { crl } = options;
  if (crl !== undefined && crl !== null) {
    for (const v of Array.isArray(crl) ? crl : [crl]) {
      validateKeyOrCertOption('crl', v);
      ctx.addCRL(toBytes(v));
    }
  }

  if (sessionTimeout !== undefined && sessionTimeout !== null) {
    validateInt32(sessionTimeout, 'options.sessionTimeout');
  }

  if (ticketKeys !== undefined && ticketKeys !== null) {
    if (!ArrayBuffer.isView(ticketKeys)) {
      throw new ERR_INVALID_ARG_TYPE('options.ticketKeys', ['Buffer', 'TypedArray', 'DataView'], ticketKeys);
    }
    if (ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE('options.ticketKeys', ticketKeys.byteLength, 'must be exactly 48 bytes');
    }
    ctx.setTicketKeys(toBytes(ticketKeys));
  }

  if (pfx != null) {
    for (const v of Array.isArray(pfx) ? pfx : [pfx]) {
      let buf = v;
      let pass = passphrase;
      if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v)) {
        buf = v.buf;
        if (v.passphrase !== undefined) pass = v.passphrase;
      }
      validateKeyOrCertOption('pfx', buf);
      ctx.setPFX(toBytes(buf), pass == null ? undefined : String(pass));
    }
  }

  return c;
}

function isSecureContext(v) {
  return v instanceof SecureContext;
}

// A certificate as node's getPeerCertificate() returns it (X509's legacy
// object); with detailed, issuerCertificate links up the chain (a
// self-signed certificate is its own issuer).
function peerCertificateFromDER(ders, detailed) {
  if (!ders || ders.length === 0) return null;
  const { X509Certificate } = require('internal/crypto/x509');
  const objs = ders.map((der) => {
    const x = new X509Certificate(der);
    const o = x.toLegacyObject();
    addECKeyFields(o, x);
    return o;
  });
  if (detailed) {
    for (let i = 0; i < objs.length; i++) {
      const o = objs[i];
      if (i + 1 < objs.length) o.issuerCertificate = objs[i + 1];
      else if (o.raw && isSelfIssued(o)) o.issuerCertificate = o;
    }
  }
  return objs[0];
}

const curveNames = { 'P-256': ['prime256v1', 256], 'P-384': ['secp384r1', 384], 'P-521': ['secp521r1', 521] };

// node's certificate objects describe EC keys too: bits, pubkey (the
// uncompressed point), asn1Curve and nistCurve.
function addECKeyFields(o, x) {
  let pub;
  try {
    pub = x.publicKey;
  } catch {
    return;
  }
  if (pub.asymmetricKeyType !== 'ec') return;
  const jwk = pub.export({ format: 'jwk' });
  const c = curveNames[jwk.crv];
  if (!c) return;
  const ordered = {};
  for (const k of Object.keys(o)) {
    if (k === 'valid_from') {
      ordered.bits = c[1];
      ordered.pubkey = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
      ordered.asn1Curve = c[0];
      ordered.nistCurve = jwk.crv;
    }
    ordered[k] = o[k];
  }
  for (const k of Object.keys(o)) delete o[k];
  Object.assign(o, ordered);
}

function isSelfIssued(o) {
  const a = o.subject;
  const b = o.issuer;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => String(a[k]) === String(b[k]));
}

// node's translatePeerCertificate: fixes up a certificate object (the
// issuer chain, infoAccess as an object of arrays).
function translatePeerCertificate(c) {
  if (!c) return null;
  if (c.issuerCertificate != null && c.issuerCertificate !== c) {
    c.issuerCertificate = translatePeerCertificate(c.issuerCertificate);
  }
  if (typeof c.infoAccess === 'string') {
    const info = c.infoAccess;
    c.infoAccess = Object.create(null);
    String(info).split('\n').forEach((line) => {
      const i = line.indexOf(':');
      if (i < 0) return;
      const key = line.slice(0, i);
      let val = line.slice(i + 1);
      if (val.startsWith('"')) {
        try { val = JSON.parse(val); } catch { /* as is */ }
      }
      if (key in c.infoAccess) c.infoAccess[key].push(val);
      else c.infoAccess[key] = [val];
    });
  }
  return c;
}

require('internal/builtin_internals').tlsCommon = { peerCertificateFromDER, isSecureContext, binding };
module.exports = {
  SecureContext,
  createSecureContext,
  translatePeerCertificate,
};
