'use strict';
// The `tls` builtin (gojanet): node 20's API over Go's crypto/tls. The
// sockets, servers and connect are in js/_tls_wrap.js, secure contexts in
// js/_tls_common.js, the engine in modules/tls.

const { Buffer } = require('buffer');
const net = require('net');
const common = require('_tls_common');
const wrap = require('_tls_wrap');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_TLS_CERT_ALTNAME_FORMAT,
    ERR_TLS_CERT_ALTNAME_INVALID,
  },
} = require('internal/errors');

exports.CLIENT_RENEG_LIMIT = 3;
exports.CLIENT_RENEG_WINDOW = 600;
exports.DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
  'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
  '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';
exports.DEFAULT_ECDH_CURVE = 'auto';
exports.DEFAULT_MIN_VERSION = 'TLSv1.2';
exports.DEFAULT_MAX_VERSION = 'TLSv1.3';

// node's command-line TLS options (the CLI puts them in process.execArgv):
// --tls-min-v1.x / --tls-max-v1.x set the default versions, --tls-cipher-list
// the default ciphers (--tls-keylog is read in _tls_wrap).
{
  const { flagName } = require('internal/cli_options');
  const has = (flag) => process.execArgv.some((a) => flagName(a) === flag);
  if (has('--tls-min-v1.0')) exports.DEFAULT_MIN_VERSION = 'TLSv1';
  else if (has('--tls-min-v1.1')) exports.DEFAULT_MIN_VERSION = 'TLSv1.1';
  else if (has('--tls-min-v1.3')) exports.DEFAULT_MIN_VERSION = 'TLSv1.3';
  if (has('--tls-max-v1.2')) exports.DEFAULT_MAX_VERSION = 'TLSv1.2';
  const list = require('internal/cli_options').cliOption('--tls-cipher-list');
  if (list !== undefined) exports.DEFAULT_CIPHERS = list;
}

let ciphers = null;
exports.getCiphers = function getCiphers() {
  if (ciphers === null) ciphers = Array.from(require('internal/builtin_internals').tlsCommon.binding().getCiphers());
  return ciphers.slice();
};

let roots = null;
Object.defineProperty(exports, 'rootCertificates', {
  configurable: false,
  enumerable: true,
  get() {
    if (roots === null) roots = Object.freeze(Array.from(require('internal/builtin_internals').tlsCommon.binding().rootCertificates()));
    return roots;
  },
});

// ALPN lists go on the wire as length-prefixed names.
exports.convertALPNProtocols = function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    // As node's: the lengths by reduce (which skips holes), then each
    // written with Buffer#write (which takes strings only).
    const lens = new Array(protocols.length);
    const buff = Buffer.allocUnsafe(protocols.reduce((total, p, i) => {
      const len = Buffer.byteLength(p);
      if (len > 255) throw new ERR_OUT_OF_RANGE('The byte length of the protocol at index ' + i + ' exceeds the maximum length.', '<= 255', len, true);
      lens[i] = len;
      return total + 1 + len;
    }, 0));
    let offset = 0;
    for (let i = 0; i < protocols.length; i++) {
      buff[offset++] = lens[i];
      buff.write(protocols[i], offset);
      offset += lens[i];
    }
    out.ALPNProtocols = buff;
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  } else if (protocols !== undefined && protocols !== null) {
    throw new ERR_INVALID_ARG_TYPE('protocols', ['string[]', 'Buffer', 'TypedArray', 'DataView'], protocols);
  }
};

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

function splitHost(host) {
  const url = require('url');
  return unfqdn(url.domainToASCII ? (url.domainToASCII(host) || host.toLowerCase()) : host.toLowerCase()).toLowerCase().split('.');
}

function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  const isBad = (s) => /[^\u0021-\u007F]/u.test(s);
  if (patternParts.some(isBad)) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const patternSubdomainParts = patternSubdomain.split('*');
  if (patternSubdomainParts.length === 1 || patternSubdomain.includes('xn--')) return hostSubdomain === patternSubdomain;
  if (!wildcards) return false;
  if (patternSubdomainParts.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const prefix = patternSubdomainParts[0];
  const suffix = patternSubdomainParts[1];
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  if (!hostSubdomain.startsWith(prefix)) return false;
  if (!hostSubdomain.endsWith(suffix)) return false;
  return true;
}

function canonicalizeIP(ip) {
  if (net.isIPv4(ip)) return ip;
  if (net.isIPv6(ip)) {
    try {
      const h = new (require('internal/url').URL)(`http://[${ip}]/`).hostname;
      return h.slice(1, -1);
    } catch {
      return ip;
    }
  }
  return undefined;
}

// Subject alternative names with quoted parts ("DNS:\"a, b\"").
function splitEscapedAltNames(altNames) {
  const result = [];
  let currentToken = '';
  let offset = 0;
  while (offset !== altNames.length) {
    const nextSep = altNames.indexOf(', ', offset);
    const nextQuote = altNames.indexOf('"', offset);
    if (nextQuote !== -1 && (nextSep === -1 || nextQuote < nextSep)) {
      currentToken += altNames.substring(offset, nextQuote);
      const match = /^"((?:[^"\\]|\\.)*)"/.exec(altNames.substring(nextQuote));
      if (!match) throw new ERR_TLS_CERT_ALTNAME_FORMAT();
      currentToken += JSON.parse(match[0]);
      offset = nextQuote + match[0].length;
    } else if (nextSep !== -1) {
      currentToken += altNames.substring(offset, nextSep);
      result.push(currentToken);
      currentToken = '';
      offset = nextSep + 2;
    } else {
      currentToken += altNames.substring(offset);
      offset = altNames.length;
    }
  }
  result.push(currentToken);
  return result;
}

exports.checkServerIdentity = function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    const names = altNames.includes('"') ? splitEscapedAltNames(altNames) : altNames.split(', ');
    for (const name of names) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
  return undefined;
};

exports.createSecureContext = common.createSecureContext;
exports.SecureContext = common.SecureContext;
exports.TLSSocket = wrap.TLSSocket;
exports.Server = wrap.Server;
exports.createServer = wrap.createServer;
exports.connect = wrap.connect;

// The deprecated SecurePair (DEP0064): a TLSSocket (cleartext) over one end
// of a duplex pair whose other end (encrypted) carries the ciphertext.
function SecurePair(secureContext = common.createSecureContext(), isServer = false, requestCert = !isServer,
                    rejectUnauthorized = false, options = {}) {
  if (!(this instanceof SecurePair)) {
    return new SecurePair(secureContext, isServer, requestCert, rejectUnauthorized, options);
  }
  const EventEmitter = require('events');
  EventEmitter.call(this);
  this.server = options.server;
  this.credentials = secureContext;
  this.encrypted = null;
  this.cleartext = null;
  const [socket1, socket2] = require('stream').duplexPair();
  this.encrypted = socket1;
  this.cleartext = new wrap.TLSSocket(socket2, {
    secureContext, isServer, requestCert, rejectUnauthorized, ...options,
  });
  this.cleartext.once('secure', () => this.emit('secure'));
}
Object.setPrototypeOf(SecurePair.prototype, require('events').prototype);

SecurePair.prototype.destroy = function destroy() {
  this.cleartext.destroy();
  this.encrypted.destroy();
};

exports.createSecurePair = require('util').deprecate(
  function createSecurePair(...args) { return new SecurePair(...args); },
  'tls.createSecurePair() is deprecated. Please use tls.TLSSocket instead.', 'DEP0064');
