'use strict';
// url: the WHATWG URL classes (goja_nodejs's, through the host) and the
// file-URL helpers the module system needs; the legacy url.parse/format/
// resolve API is in internal/url_legacy.js.

const host = internalBinding('host');
const { URL, URLSearchParams, domainToASCII, domainToUnicode } = host.url;

// URL.canParse (node 20): whether new URL(input, base) would succeed.
if (typeof URL.canParse !== 'function') {
  Object.defineProperty(URL, 'canParse', {
    value: function canParse(url, base) {
      if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
      try {
        // eslint-disable-next-line no-new
        new URL(`${url}`, base === undefined ? undefined : `${base}`);
        return true;
      } catch {
        return false;
      }
    },
    writable: true, enumerable: true, configurable: true,
  });
}

let errors;
function codes() {
  if (errors === undefined) errors = require('internal/errors').codes;
  return errors;
}

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string';
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

// Characters a file path may hold that would change a URL's meaning.
const pathEscapes = { '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09', '#': '%23', '?': '%3F' };

function resolvePosix(p) {
  let abs = p.startsWith('/') ? p : process.cwd() + '/' + p;
  const out = [];
  for (const seg of abs.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  abs = '/' + out.join('/');
  return abs;
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('path', 'string', filepath);
  }
  let resolved = resolvePosix(filepath);
  if ((filepath.endsWith('/') || filepath === '' || filepath.endsWith('/.')) && !resolved.endsWith('/')) resolved += '/';
  let encoded = '';
  for (const ch of resolved) encoded += pathEscapes[ch] || ch;
  const url = new URL('file://');
  url.pathname = encoded;
  return url;
}

function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ?
      url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

const legacy = require('internal/url_legacy');

function format(urlObject, options) {
  if (isURL(urlObject) && options === undefined) return urlObject.href;
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
  resolveObject(source, relative) {
    return legacy.urlParse(legacy.urlResolve(source, relative));
  },
};
