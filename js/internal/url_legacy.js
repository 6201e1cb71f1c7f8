'use strict';
// The legacy url API (url.parse, url.format, url.resolve, url.resolveObject,
// Url), which much of npm still calls (parseurl in express, http clients given
// url.parse() results). It is not the WHATWG parser: it is node's older,
// lenient algorithm, written here from node's documentation and the results
// its tests expect (test-url-parse-format, -format, -relative).
//
// The path through parse(): leading and trailing whitespace is dropped and
// backslashes before the first '?' or '#' become '/'; a bare path (with an
// optional query, no '#', no '@') takes a fast path. Otherwise a scheme comes
// off the front; '//' (or a scheme that is not one of the "slashed" ones, or
// user@host after '//') means an authority follows: it ends at the first
// host-ending character ('/', '?', '#'), auth is everything before the last
// '@' before that, a trailing :digits is the port, a hostname that still holds
// '/', '\', '#', '?' or ':' is cut there (the rest moves into the path, with
// DEP0170 for a bad port), and the hostname is lowercased and punycoded.
// What is left is escaped (autoEscape), split into pathname, search and hash.
// format() puts the parts back; resolveObject() is RFC 1808-style resolution
// over the parsed parts, with node's quirks for non-slashed schemes (mailto:)
// whose first path segment plays the host.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL } } = require('internal/errors');

let qs;
function querystring() {
  if (qs === undefined) qs = require('querystring');
  return qs;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// A bare path: one or two slashes (not three), no whitespace, an optional query.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
// What may not be in a hostname after toASCII: if it is, toASCII put it there.
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Schemes whose URLs are written with '//' and always have a path.
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const unsafeProtocol = hostlessProtocol;

// Characters escaped in the path, query and hash even where
// encodeURIComponent would not touch them.
const autoEscapeMap = new Map([['\t', '%09'], ['\n', '%0A'], ['\r', '%0D'], [' ', '%20'], ['"', '%22'],
  ["'", '%27'], ['<', '%3C'], ['>', '%3E'], ['\\', '%5C'], ['^', '%5E'], ['`', '%60'], ['{', '%7B'],
  ['|', '%7C'], ['}', '%7D']]);
const autoEscapePattern = /[\t\n\r "'<>\\^`{|}]/g;

function autoEscape(s) {
  return autoEscapePattern.test(s) ? s.replace(autoEscapePattern, (c) => autoEscapeMap.get(c)) : s;
}

// What is trimmed off both ends of the input: controls, space, NBSP, BOM.
function isTrimmed(c) {
  return c < 33 || c === 0xA0 || c === 0xFEFF;
}

let warnedInvalidPort = false;

function isIpv6(hostname) {
  return hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;
}

// prepare returns the input without its surrounding whitespace, backslashes
// before the first '?'/'#' turned into '/', and whether it holds '#' and
// (before the first '?'/'#') '@'.
function prepare(url) {
  let first = 0;
  let last = url.length;
  while (first < last && isTrimmed(url.charCodeAt(first))) first++;
  while (last > first && isTrimmed(url.charCodeAt(last - 1))) last--;
  let out = '';
  let copied = first;
  let hasHash = false;
  let hasAt = false;
  let split = false;
  for (let i = first; i < last; i++) {
    const c = url.charCodeAt(i);
    if (split) {
      if (c === 35) hasHash = true;
      continue;
    }
    if (c === 64) hasAt = true;
    else if (c === 35) { hasHash = true; split = true; } else if (c === 63) split = true;
    else if (c === 92) {
      out += url.slice(copied, i) + '/';
      copied = i + 1;
    }
  }
  out += url.slice(copied, last);
  return { rest: out, hasHash, hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);
  let { rest, hasHash, hasAt } = prepare(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // '//' starts an authority after a scheme, when the caller says so, or
  // when what follows looks like user@host (browsers resolve //a@b/c so).
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = this._parseAuthority(rest, url);
  }

  if (!unsafeProtocol.has(lowerProto)) rest = autoEscape(rest);

  let question = -1;
  let hash = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 35) {
      this.hash = rest.slice(i);
      hash = i;
      break;
    }
    if (c === 63 && question === -1) question = i;
  }
  if (question !== -1) {
    const end = hash === -1 ? rest.length : hash;
    this.search = rest.slice(question, end);
    this.query = rest.slice(question + 1, end);
    if (parseQueryString) this.query = querystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = question !== -1 && (hash === -1 || question < hash) ? question : hash;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// _parseAuthority takes auth, host, port and hostname off the front of rest
// and returns what follows them.
Url.prototype._parseAuthority = function _parseAuthority(rest, url) {
  // The host ends at the first '/', '?' or '#'. Before the last '@' ahead
  // of that, anything is auth; after it, the first character never allowed
  // in a host (RFC 2396) ends the host too.
  let hostEnd = -1;
  let at = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    switch (rest.charCodeAt(i)) {
      case 9: case 10: case 13:
        // Tabs and newlines in the authority are dropped, as WHATWG does.
        rest = rest.slice(0, i) + rest.slice(i + 1);
        i--;
        break;
      case 32: case 34: case 37: case 39: case 59: case 60: case 62:
      case 92: case 94: case 96: case 123: case 124: case 125:
        if (nonHost === -1) nonHost = i;
        break;
      case 35: case 47: case 63:
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case 64:
        at = i;
        nonHost = -1;
        break;
      default:
    }
  }
  let start = 0;
  if (at !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, at));
    start = at + 1;
  }
  if (nonHost === -1) {
    this.host = rest.slice(start);
    rest = '';
  } else {
    this.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }

  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  const hostname = this.hostname;
  const ipv6 = isIpv6(hostname);

  if (!ipv6) {
    // A hostname still holding a path, query, hash or port character is
    // cut there; the rest becomes the start of the path.
    for (let i = 0; i < hostname.length; i++) {
      const c = hostname.charCodeAt(i);
      if (c === 47 || c === 92 || c === 35 || c === 63 || c === 58) {
        if (c === 58 && !warnedInvalidPort) {
          warnedInvalidPort = true;
          process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
            'DeprecationWarning', 'DEP0170');
        }
        this.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }

  this.hostname = this.hostname.length > hostnameMaxLen ? '' : this.hostname.toLowerCase();
  if (this.hostname !== '') {
    if (ipv6) {
      if (forbiddenHostCharsIpv6.test(this.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      this.hostname = require('internal/url').hostToASCII(this.hostname);
      // Empty now, or holding a character the checks above kept out: only
      // toASCII can have done that, so the input was crafted to spoof a host.
      if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) throw new ERR_INVALID_URL(url);
    }
  }
  this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');
  if (ipv6) {
    // The host keeps the brackets, the hostname does not.
    this.hostname = this.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = '/' + rest;
  }
  return rest;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeURIComponent(auth).replace(/%3A/gi, ':') + '@';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !isIpv6(this.hostname) ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring().stringify(this.query);
  let search = this.search || (query && ('?' + query)) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';

  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  }

  // Only slashed schemes get '//' unless the URL had it already (mailto:,
  // xmpp: and such do not); file: gets it even with no host.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.slice(0, 4).toLowerCase() === 'file') {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 63) search = '?' + search;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function copyOwn(dst, src, skip) {
  for (const k of Object.keys(src)) if (k !== skip) dst[k] = src[k];
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// splitAuthFromHost: a non-slashed URL's host taken from its path may carry
// user@ (resolveObject('mailto:a@b', 'c@d')).
function splitAuthFromHost(result) {
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  copyOwn(result, this);

  // The hash always comes from the relative URL, even an empty one.
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // '//host/path': everything but the scheme from the relative URL.
  if (relative.slashes && !relative.protocol) {
    copyOwn(result, relative, 'protocol');
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another scheme. Not a slashed one: the relative URL is absolute.
    if (!slashedProtocol.has(relative.protocol)) {
      copyOwn(result, relative);
      result.href = result.format();
      return result;
    }
    // A slashed one needs a host (except file:, which is hostless): the
    // first non-empty path segment becomes it.
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
      const segs = (relative.pathname || '').split('/');
      while (segs.length && !(relative.host = segs.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segs[0] !== '') segs.unshift('');
      if (segs.length < 2) segs.unshift('');
      result.pathname = segs.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const srcAbsolute = result.pathname && result.pathname.charAt(0) === '/';
  const relAbsolute = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = relAbsolute || srcAbsolute || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  // In a non-slashed URL (mailto:) the host is the first path segment, so
  // '..' can climb into it: it is put back into the path until the end.
  const hostInPath = result.protocol && !slashedProtocol.has(result.protocol);
  if (hostInPath) {
    const srcHost = result.host;
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
        // Another host does not keep the base's auth
        // (resolve('mailto:user@a.org', 'mailto:b.com') is 'mailto:b.com').
        if (relative.host !== srcHost) result.auth = null;
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (relAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // Relative: replace the last segment of the base path.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query ('?foo').
    if (hostInPath) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  // A path ending in '.' or '..' (below a host, or with more than one
  // segment) or in '/' keeps a trailing slash; other endings do not get one.
  let last = srcPath[srcPath.length - 1];
  const trailingSlash = ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
    last === '';

  // Drop '.', resolve '..'; up counts the '..'s that climbed past the start.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    for (; up > 0; up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');
  if (trailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
  if (hostInPath) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthFromHost(result);
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

function urlFormat(urlObject, isURL) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    return urlObject.href;
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = { Url, urlParse, urlFormat, urlResolve, urlResolveObject };
