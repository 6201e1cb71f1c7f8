'use strict';
// url: the WHATWG URL classes (internal/url.js, ours, from the URL
// Standard; IDNA in Go behind internalBinding('url')), node's file-URL
// helpers and url.format(URL, options); the legacy url.parse/format/resolve
// API is in internal/url_legacy.js.

const {
  URL, URLSearchParams, domainToASCII: toASCII, domainToUnicode: toUnicode, formatURL,
} = require('internal/url');

let errors;
function codes() {
  if (errors === undefined) errors = require('internal/errors').codes;
  return errors;
}

// isURL: node 20's duck test for a WHATWG URL (a legacy Url has auth and
// path properties).
function isURL(v) {
  return Boolean(v != null && v.href && v.protocol && v.auth === undefined && v.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('domain');
  return toASCII(domain);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('domain');
  return toUnicode(domain);
}

function fileURLToPath(path) {
  let url = path;
  if (typeof url === 'string') {
    url = new URL(url);
  } else if (!isURL(url)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], path);
  }
  if (url.protocol !== 'file:') throw new (codes().ERR_INVALID_URL_SCHEME)('file');
  if (url.hostname !== '' && url.hostname !== 'localhost') {
    throw new (codes().ERR_INVALID_FILE_URL_HOST)(process.platform);
  }
  const pathname = url.pathname;
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname[i] === '%' && pathname[i + 1] === '2' && (pathname[i + 2] === 'f' || pathname[i + 2] === 'F')) {
      throw new (codes().ERR_INVALID_FILE_URL_PATH)('must not include encoded / characters');
    }
  }
  return decodeURIComponent(pathname);
}

// pathToFileURL: the absolute path, with a trailing slash kept, as a file
// URL's pathname; '%', '\\', newlines, tabs and the characters node 20
// also escapes in paths ([ ] ^ | ~) are escaped first (the pathname setter
// escapes the rest).
function pathToFileURL(filepath) {
  let resolved = require('path').resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== '/') resolved += '/';
  if (resolved.includes('%')) resolved = resolved.replace(/%/g, '%25');
  if (resolved.includes('\\')) resolved = resolved.replace(/\\/g, '%5C');
  if (resolved.includes('\n')) resolved = resolved.replace(/\n/g, '%0A');
  if (resolved.includes('\r')) resolved = resolved.replace(/\r/g, '%0D');
  if (resolved.includes('\t')) resolved = resolved.replace(/\t/g, '%09');
  resolved = resolved.replace(/[[\]^|~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  const url = new URL('file://');
  url.pathname = resolved;
  return url;
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url, // a caller's own properties on the URL are kept
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

const legacy = require('internal/url_legacy');

function format(urlObject, options) {
  if (urlObject !== null && typeof urlObject === 'object' && isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      if (typeof options !== 'object') {
        throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'Object', options);
      }
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatURL(urlObject instanceof URL ? urlObject : new URL(urlObject.href), fragment, unicode, search, auth);
  }
  return legacy.urlFormat(urlObject, isURL);
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  format,
  Url: legacy.Url,
  parse: legacy.urlParse,
  resolve: legacy.urlResolve,
  resolveObject: legacy.urlResolveObject,
};
