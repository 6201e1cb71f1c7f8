'use strict';
// The legacy url API (url.parse, url.format, url.resolve, Url), which much
// of npm still calls (parseurl in express, http clients given url.parse()
// results). Node's algorithm in outline: hash, then query, are split off the
// end; a scheme, '//' authority (auth@host:port) and the path follow.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

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
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
// Characters node escapes in the parts it returns.
const autoEscape = { ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E', '\\': '/', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D', '\t': '%09', '\n': '%0A', '\r': '%0D' };

function escapeParts(s) {
  let out = '';
  for (const ch of s) out += autoEscape[ch] !== undefined && ch !== '\\' ? autoEscape[ch] : ch;
  return out;
}

function parseQuery(search) {
  const obj = { __proto__: null };
  if (!search) return obj;
  for (const part of search.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const k = decode(eq === -1 ? part : part.slice(0, eq));
    const v = eq === -1 ? '' : decode(part.slice(eq + 1));
    if (obj[k] === undefined) obj[k] = v;
    else if (Array.isArray(obj[k])) obj[k].push(v);
    else obj[k] = [obj[k], v];
  }
  return obj;
}

function decode(s) {
  s = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function stringifyQuery(obj) {
  const parts = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ek = encodeURIComponent(k);
    if (Array.isArray(v)) for (const x of v) parts.push(ek + '=' + encodeURIComponent(stringPrim(x)));
    else parts.push(ek + '=' + encodeURIComponent(stringPrim(v)));
  }
  return parts.join('&');
}

function stringPrim(v) {
  if (typeof v === 'string') return v;
  if ((typeof v === 'number' && isFinite(v)) || typeof v === 'bigint' || typeof v === 'boolean') return '' + v;
  return '';
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);
  let rest = url.trim().replace(/\\(?=[^?#]*(?:[?#]|$))/g, '/');
  // hash and query come off the end first
  const hashIdx = rest.indexOf('#');
  if (hashIdx !== -1) {
    this.hash = escapeParts(rest.slice(hashIdx));
    rest = rest.slice(0, hashIdx);
  }
  const qIdx = rest.indexOf('?');
  if (qIdx !== -1) {
    this.search = escapeParts(rest.slice(qIdx));
    this.query = rest.slice(qIdx + 1);
    rest = rest.slice(0, qIdx);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  if (parseQueryString && typeof this.query === 'string') this.query = parseQuery(this.query);

  const proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    lowerProto = proto[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[0].length);
  }
  let slashes;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }
  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(lowerProto)))) {
    // authority: up to the first / (or end); auth is before the last @
    let end = rest.search(/[/]/);
    if (end === -1) end = rest.length;
    let authority = rest.slice(0, end);
    rest = rest.slice(end);
    const at = authority.lastIndexOf('@');
    if (at !== -1) {
      this.auth = decodeURIComponent(authority.slice(0, at));
      authority = authority.slice(at + 1);
    }
    let host = authority;
    const port = portPattern.exec(host);
    if (port) {
      if (port[0] !== ':') this.port = port[0].slice(1);
      host = host.slice(0, host.length - port[0].length);
    }
    let hostname = host;
    const ipv6 = hostname.startsWith('[') && hostname.endsWith(']');
    if (ipv6) hostname = hostname.slice(1, -1);
    hostname = hostname.toLowerCase();
    this.hostname = hostname;
    const h = ipv6 ? `[${hostname}]` : hostname;
    this.host = h + (this.port ? ':' + this.port : '');
  }
  this.pathname = rest ? escapeParts(rest) : null;
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) {
    auth = encodeURIComponent(auth).replace(/%3A/i, ':');
    auth += '@';
  }
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') ? '[' + this.hostname + ']' : this.hostname);
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') query = stringifyQuery(this.query);
  let search = this.search || (query && ('?' + query)) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';
  if (this.slashes || ((!protocol || slashedProtocol.has(protocol)) && host !== '')) {
    host = '//' + host;
    if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
  } else if (host === '' && protocol === 'file:' && pathname.startsWith('//')) {
    host = '//';
  }
  if (hash && hash[0] !== '#') hash = '#' + hash;
  if (search && search[0] !== '?') search = '?' + search;
  pathname = pathname.replace(/[?#]/g, (c) => encodeURIComponent(c));
  search = search.replace('#', '%23');
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return urlResolve(this.format(), relative);
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

// resolve through WHATWG URL, with a placeholder origin for relative bases.
// A path relative to a directory is joined here (goja_nodejs's URL resolves
// 'four' against '/one/two/three' to '/four').
function urlResolve(source, relative) {
  const { URL } = require('url');
  const base = 'http://gojanet.invalid';
  const src = urlParse(source, false, true);
  const join = (baseHref) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(relative) || /^[/?#]/.test(relative) || relative === '') {
      return new URL(relative, baseHref);
    }
    const clean = baseHref.replace(/[?#].*$/, '');
    return new URL(clean.slice(0, clean.lastIndexOf('/') + 1) + relative);
  };
  if (src.protocol) {
    try { return join(new URL(source).href).href; } catch { /* fall through */ }
  }
  const r = join(new URL(source, base + '/').href);
  if (r.origin === base) return r.pathname + r.search + r.hash;
  return r.href;
}

module.exports = { Url, urlParse, urlFormat, urlResolve };
