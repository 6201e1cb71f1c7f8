'use strict';
// internal/url: gojanet's WHATWG URL and URLSearchParams, written from the
// URL Standard (url.spec.whatwg.org). A URL keeps a record — scheme,
// username, password, host (serialized, or null), port (number or null),
// path (a list of segments, or a string when the path is opaque), query and
// fragment (string or null) — that basicParse fills with the standard's
// state machine; the getters serialize parts of it, and every setter runs the
// parser again from the state the standard names (a "state override") on the
// record itself. Hosts: bracketed IPv6, IPv4 in all its legacy forms, opaque
// hosts of non-special schemes, and domains, whose IDNA step (UTS #46) is
// Go's golang.org/x/net/idna behind internalBinding('url') — only for a
// domain that is not plain ASCII or has an "xn--" label. A URL's
// searchParams is a URLSearchParams tied to it: changing either updates the
// other. js/url.js exports these with node's module functions.

const binding = internalBinding('url');
// util.inspect loads on first use (the classes are globals, made at
// startup).
const kInspect = Symbol.for('nodejs.util.inspect.custom');
function inspect(v, opts) {
  return require('internal/util/inspect').inspect(v, opts);
}

let errors;
function codes() {
  if (errors === undefined) errors = require('internal/errors').codes;
  return errors;
}

const FAILURE = Symbol('failure');

// Parser states.
const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

const specialPorts = { __proto__: null, ftp: 21, file: null, http: 80, https: 443, ws: 80, wss: 443 };

function isSpecial(scheme) {
  return scheme in specialPorts;
}

function defaultPort(scheme) {
  const p = specialPorts[scheme];
  return p === undefined ? null : p;
}

function isAlpha(c) {
  return c !== undefined && c.length === 1 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

function isDigit(c) {
  return c !== undefined && c.length === 1 && c >= '0' && c <= '9';
}

function isHex(c) {
  return isDigit(c) || (c !== undefined && c.length === 1 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
}

// Percent-encode sets, as predicates on a code point.
function inC0ControlSet(cp) {
  return cp < 0x20 || cp > 0x7e;
}
function inFragmentSet(cp) {
  return inC0ControlSet(cp) || cp === 0x20 || cp === 0x22 || cp === 0x3c || cp === 0x3e || cp === 0x60;
}
function inQuerySet(cp) {
  return inC0ControlSet(cp) || cp === 0x20 || cp === 0x22 || cp === 0x23 || cp === 0x3c || cp === 0x3e;
}
function inSpecialQuerySet(cp) {
  return inQuerySet(cp) || cp === 0x27;
}
function inPathSet(cp) {
  return inQuerySet(cp) || cp === 0x3f || cp === 0x60 || cp === 0x7b || cp === 0x7d;
}
function inUserinfoSet(cp) {
  return inPathSet(cp) || cp === 0x2f || cp === 0x3a || cp === 0x3b || cp === 0x3d || cp === 0x40 ||
    (cp >= 0x5b && cp <= 0x5e) || cp === 0x7c;
}

const hexTable = [];
for (let i = 0; i < 256; i++) hexTable.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());

// utf8Bytes appends the UTF-8 bytes of code point cp to out.
function utf8Bytes(cp, out) {
  if (cp < 0x80) {
    out.push(cp);
  } else if (cp < 0x800) {
    out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  } else {
    out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return out;
}

// encodeCP percent-encodes one code point (a one- or two-unit string) if the
// set holds it.
function encodeCP(c, inSet) {
  const cp = c.codePointAt(0);
  if (!inSet(cp)) return c;
  if (cp < 0x80) return hexTable[cp];
  let s = '';
  for (const b of utf8Bytes(cp, [])) s += hexTable[b];
  return s;
}

function encodeString(str, inSet) {
  let out = '';
  for (const c of str) out += encodeCP(c, inSet);
  return out;
}

// toUSVString replaces lone surrogates with U+FFFD.
function toUSVString(s) {
  if (!/[\uD800-\uDFFF]/.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) {
      const v = s.charCodeAt(i + 1);
      if (v >= 0xdc00 && v <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
        continue;
      }
    }
    out += u >= 0xd800 && u <= 0xdfff ? '\uFFFD' : s[i];
  }
  return out;
}

let BufferCtor;
// utf8Decode is the standard's "UTF-8 decode without BOM" (a leading BOM
// is kept), invalid bytes as U+FFFD.
function utf8Decode(bytes) {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor.from(bytes).toString('utf8');
}

// percentDecode decodes %XX sequences of a string to bytes, then the bytes
// as UTF-8; a string without '%' is returned as it is.
function percentDecode(str) {
  if (!str.includes('%')) return str;
  // Well-formed UTF-8 escapes: the engine's decoder (goja is slow at the
  // byte-by-byte path below).
  try {
    return decodeURIComponent(str);
  } catch {
    // a '%' without two hex digits, or bytes that are not UTF-8
  }
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    const c = str[i];
    if (c === '%' && isHex(str[i + 1]) && isHex(str[i + 2])) {
      bytes.push(parseInt(str.slice(i + 1, i + 3), 16));
      i += 2;
      continue;
    }
    const cp = str.codePointAt(i);
    if (cp > 0xffff) i++;
    utf8Bytes(cp, bytes);
  }
  return utf8Decode(bytes);
}

// Hosts.

const forbiddenHost = /[\u0000\u0009\u000a\u000d\u0020#/:<>?@[\\\]^|]/;
const forbiddenDomain = /[\u0000-\u001f\u0020#/:<>?@[\\\]^|%\u007f]/;

function domainToASCIIInternal(domain) {
  // Plain ASCII with no punycode label: UTS #46 only lowercases it.
  if (/^[\x00-\x7f]*$/.test(domain) && !/(^|\.)xn--/i.test(domain)) return domain.toLowerCase();
  const r = binding.toASCII(domain);
  if (r === null || r === '') return FAILURE;
  return r;
}

function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return FAILURE;
    const a = parseIPv6(input.slice(1, -1));
    if (a === FAILURE) return FAILURE;
    return `[${serializeIPv6(a)}]`;
  }
  if (isOpaque) {
    if (forbiddenHost.test(input)) return FAILURE;
    return encodeString(input, inC0ControlSet);
  }
  const domain = percentDecode(input);
  const ascii = domainToASCIIInternal(domain);
  if (ascii === FAILURE) return FAILURE;
  if (forbiddenDomain.test(ascii)) return FAILURE;
  if (endsInANumber(ascii)) {
    const v4 = parseIPv4(ascii);
    if (v4 === FAILURE) return FAILURE;
    return serializeIPv4(v4);
  }
  return ascii;
}

function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) !== FAILURE;
}

function parseIPv4Number(s) {
  if (s === '') return FAILURE;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) {
    s = s.slice(2);
    radix = 16;
  } else if (s.length >= 2 && s[0] === '0') {
    s = s.slice(1);
    radix = 8;
  }
  if (s === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(s)) return FAILURE;
  return parseInt(s, radix);
}

function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return FAILURE;
  const numbers = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (n === FAILURE) return FAILURE;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) {
    if (numbers[i] > 255) return FAILURE;
  }
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return FAILURE;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(n) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(n % 256));
    n = Math.floor(n / 256);
  }
  return out.join('.');
}

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const len = input.length;
  if (input[0] === ':') {
    if (input[1] !== ':') return FAILURE;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (p < len) {
    if (pieceIndex === 8) return FAILURE;
    if (input[p] === ':') {
      if (compress !== null) return FAILURE;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && p < len && isHex(input[p])) {
      value = value * 16 + parseInt(input[p], 16);
      p++;
      length++;
    }
    if (input[p] === '.') {
      if (length === 0) return FAILURE;
      p -= length;
      if (pieceIndex > 6) return FAILURE;
      let numbersSeen = 0;
      while (p < len) {
        let piece = null;
        if (numbersSeen > 0) {
          if (input[p] === '.' && numbersSeen < 4) p++;
          else return FAILURE;
        }
        if (!isDigit(input[p])) return FAILURE;
        while (isDigit(input[p])) {
          const n = input.charCodeAt(p) - 48;
          if (piece === null) piece = n;
          else if (piece === 0) return FAILURE;
          else piece = piece * 10 + n;
          if (piece > 255) return FAILURE;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 256 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (input[p] === ':') {
      p++;
      if (p >= len) return FAILURE;
    } else if (p < len) {
      return FAILURE;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  return address;
}

function serializeIPv6(a) {
  // The first longest run of two or more zero pieces is compressed.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (a[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && a[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === best) {
      out += i === 0 ? '::' : ':';
      i += bestLen - 1;
      continue;
    }
    out += a[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// Paths.

function isWindowsDriveLetter(s, normalizedOnly) {
  return s.length === 2 && isAlpha(s[0]) && (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

function startsWithWindowsDriveLetter(chars, p) {
  if (chars.length - p < 2) return false;
  if (!isAlpha(chars[p]) || (chars[p + 1] !== ':' && chars[p + 1] !== '|')) return false;
  if (chars.length - p === 2) return true;
  const c = chars[p + 2];
  return c === '/' || c === '\\' || c === '?' || c === '#';
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4: { const l = s.toLowerCase(); return l === '.%2e' || l === '%2e.'; }
    case 6: return s.toLowerCase() === '%2e%2e';
    default: return false;
  }
}

function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null,
    path: [], opaque: false, query: null, fragment: null,
  };
}

function copyRecord(u) {
  const r = { ...u };
  if (!u.opaque) r.path = u.path.slice();
  return r;
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

// canonical matches an absolute http(s)/ws(s)/ftp URL that the parser
// would return unchanged: no credentials, a lowercase ASCII domain whose last
// label starts with a letter (so it is not an IPv4 address) and has no
// punycode label, a port that is not the default, a path without dot
// segments or backslashes, and a query and fragment with nothing to
// percent-encode. The state machine is goja-slow per character; this is the
// common case, parsed with one regular expression.
const canonical = new RegExp(
  '^(https?|wss?|ftp)://' +
  '((?:[a-z0-9_-]+\\.)*[a-z][a-z0-9_-]*)' +
  '(?::([1-9][0-9]{0,4}))?' +
  "((?:/[A-Za-z0-9_~!$&'()*+,;=:@%.-]*)*)" +
  '(?:\\?([!$%&()*+,./0-9:;=?@A-Z[\\]^_`a-z{|}~-]*))?' +
  '(?:#([!#$%&\'()*+,./0-9:;=?@A-Z[\\]^_a-z{|}~-]*))?$');

function parseCanonical(input) {
  const m = canonical.exec(input);
  if (m === null) return null;
  const host = m[2];
  if (host.startsWith('xn--') || host.includes('.xn--')) return null;
  const path = m[4];
  if (path.includes('/.') || /\/%2e/i.test(path)) return null;
  let port = null;
  if (m[3] !== undefined) {
    port = +m[3];
    if (port > 65535 || port === specialPorts[m[1]]) return null;
  }
  const url = newRecord();
  url.scheme = m[1];
  url.host = host;
  url.port = port;
  url.path = path === '' ? [''] : path.slice(1).split('/');
  url.query = m[5] === undefined ? null : m[5];
  url.fragment = m[6] === undefined ? null : m[6];
  return url;
}

// basicParse is the standard's basic URL parser. Without a state override
// it returns a new record or FAILURE; with one it changes url in place and
// returns url, or FAILURE.
function basicParse(input, base, url, stateOverride) {
  if (!url) {
    const fast = parseCanonical(input);
    if (fast !== null) return fast;
    url = newRecord();
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  // One code point per element (goja's Array.from of a string is slow, so
  // split unless there are surrogate pairs).
  const chars = /[\uD800-\uDFFF]/.test(input) ? Array.from(input) : input.split('');
  const len = chars.length;
  for (let p = 0; ; p++) {
    const c = chars[p]; // undefined: the end of input
    const special = isSpecial(url.scheme);
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          buffer += c.toLowerCase();
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          p--;
        } else {
          return FAILURE;
        }
        break;
      case SCHEME:
        if (isAlpha(c) || isDigit(c) || c === '+' || c === '-' || c === '.') {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecial(url.scheme) !== isSpecial(buffer)) return url;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (isSpecial(url.scheme) && base && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecial(url.scheme)) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (chars[p + 1] === '/') {
            state = PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            url.opaque = true;
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          p = -1;
        } else {
          return FAILURE;
        }
        break;
      case NO_SCHEME:
        if (!base || (base.opaque && c !== '#')) return FAILURE;
        if (base.opaque && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.opaque = true;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          p--;
        } else {
          state = FILE;
          p--;
        }
        break;
      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && chars[p + 1] === '/') {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = RELATIVE;
          p--;
        }
        break;
      case PATH_OR_AUTHORITY:
        if (c === '/') {
          state = AUTHORITY;
        } else {
          state = PATH;
          p--;
        }
        break;
      case RELATIVE:
        url.scheme = base.scheme;
        if (c === '/' || (isSpecial(url.scheme) && c === '\\')) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            p--;
          }
        }
        break;
      case RELATIVE_SLASH:
        if (special && (c === '/' || c === '\\')) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === '/') {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          p--;
        }
        break;
      case SPECIAL_AUTHORITY_SLASHES:
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === '/' && chars[p + 1] === '/') p++;
        else p--;
        break;
      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = AUTHORITY;
          p--;
        }
        break;
      case AUTHORITY:
        if (c === '@') {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          for (const bc of buffer) {
            if (bc === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const enc = encodeCP(bc, inUserinfoSet);
            if (passwordTokenSeen) url.password += enc;
            else url.username += enc;
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special && c === '\\')) {
          if (atSignSeen && buffer === '') return FAILURE;
          p -= Array.from(buffer).length + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += c;
        }
        break;
      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return FAILURE;
          if (stateOverride === HOSTNAME) return FAILURE;
          const host = parseHost(buffer, !special);
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special && c === '\\')) {
          p--;
          if (special && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return FAILURE;
          const host = parseHost(buffer, !special);
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;
      case PORT:
        if (isDigit(c)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special && c === '\\') || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          } else if (stateOverride) {
            return FAILURE;
          }
          if (stateOverride) return url;
          state = PATH_START;
          p--;
        } else {
          return FAILURE;
        }
        break;
      case FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(chars, p)) shortenPath(url);
            else url.path = [];
            state = PATH;
            p--;
          }
        } else {
          state = PATH;
          p--;
        }
        break;
      case FILE_SLASH:
        if (c === '/' || c === '\\') {
          state = FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(chars, p) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          p--;
        }
        break;
      case FILE_HOST:
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !special);
            if (host === FAILURE) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += c;
        }
        break;
      case PATH_START:
        if (special) {
          state = PATH;
          if (c !== '/' && c !== '\\') p--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== undefined) {
          state = PATH;
          if (c !== '/') p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;
      case PATH:
        if (c === undefined || c === '/' || (special && c === '\\') || (!stateOverride && (c === '?' || c === '#'))) {
          const slash = c === '/' || (special && c === '\\');
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer)) {
            if (!slash) url.path.push('');
          } else {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer, false)) {
              buffer = buffer[0] + ':';
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += encodeCP(c, inPathSet);
        }
        break;
      case OPAQUE_PATH:
        if (c === '?') {
          url.query = '';
          state = QUERY;
        } else if (c === '#') {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== undefined) {
          url.path += encodeCP(c, inC0ControlSet);
        }
        break;
      case QUERY:
        if ((!stateOverride && c === '#') || c === undefined) {
          url.query += encodeString(buffer, special ? inSpecialQuerySet : inQuerySet);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += c;
        }
        break;
      case FRAGMENT:
        if (c !== undefined) url.fragment += encodeCP(c, inFragmentSet);
        break;
    }
    if (p >= len) break;
  }
  return url;
}

function serializePath(url) {
  if (url.opaque) return url.path;
  let out = '';
  for (const seg of url.path) out += '/' + seg;
  return out;
}

function serializeURL(url, excludeFragment) {
  let out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  } else if (!url.opaque && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(url));
      if (inner !== FAILURE && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port === null ? '' : ':' + url.port}`;
    default:
      return 'null';
  }
}

// An opaque path loses its trailing spaces once the query and fragment that
// followed them are gone.
function stripTrailingSpaces(url) {
  if (!url.opaque || url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

// application/x-www-form-urlencoded.

function parseUrlencoded(input) {
  const list = [];
  if (input === '') return list;
  for (const seq of input.split('&')) {
    if (seq === '') continue;
    const eq = seq.indexOf('=');
    let name = eq === -1 ? seq : seq.slice(0, eq);
    let value = eq === -1 ? '' : seq.slice(eq + 1);
    if (name.includes('+')) name = name.replace(/\+/g, ' ');
    if (value.includes('+')) value = value.replace(/\+/g, ' ');
    list.push(percentDecode(name), percentDecode(value));
  }
  return list;
}

const formSafe = /^[*\-._0-9A-Za-z]*$/;
function formEncode(s) {
  if (formSafe.test(s)) return s;
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0);
    if (cp === 0x20) out += '+';
    else if (cp < 0x80 && formSafe.test(c)) out += c;
    else if (cp < 0x80) out += hexTable[cp];
    else for (const b of utf8Bytes(cp, [])) out += hexTable[b];
  }
  return out;
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i) out += '&';
    out += formEncode(list[i]) + '=' + formEncode(list[i + 1]);
  }
  return out;
}

// URLSearchParams.

const kList = Symbol('query');
const kOwner = Symbol('context');

function isURLSearchParams(v) {
  return v != null && typeof v === 'object' && Array.isArray(v[kList]) && Object.prototype.hasOwnProperty.call(v, kList);
}

function checkThis(self) {
  if (!isURLSearchParams(self)) throw new (codes().ERR_INVALID_THIS)('URLSearchParams');
}

// update writes the list back into the owning URL's query.
function update(params) {
  const owner = params[kOwner];
  if (!owner) return;
  const ctx = owner[kContext];
  const s = serializeUrlencoded(params[kList]);
  ctx.query = s === '' ? null : s;
  if (ctx.query === null) stripTrailingSpaces(ctx);
}

class URLSearchParams {
  constructor(init = undefined) {
    Object.defineProperty(this, kList, { value: [], writable: true });
    Object.defineProperty(this, kOwner, { value: null, writable: true });
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
        this[kList] = init[kList].slice();
        return;
      }
      if (method != null) {
        if (typeof method !== 'function') throw new (codes().ERR_ARG_NOT_ITERABLE)('Query pairs');
        const list = [];
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new (codes().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          }
          const arr = Array.from(pair);
          if (arr.length !== 2) throw new (codes().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          list.push(toUSVString(`${arr[0]}`), toUSVString(`${arr[1]}`));
        }
        this[kList] = list;
        return;
      }
      const list = [];
      const seen = new Map();
      for (const key of Reflect.ownKeys(init)) {
        const desc = Reflect.getOwnPropertyDescriptor(init, key);
        if (desc === undefined || !desc.enumerable) continue;
        const k = toUSVString(`${key}`); // a symbol key is a TypeError
        const v = toUSVString(`${init[key]}`);
        if (seen.has(k)) {
          list[seen.get(k) + 1] = v;
        } else {
          seen.set(k, list.length);
          list.push(k, v);
        }
      }
      this[kList] = list;
      return;
    }
    let s = toUSVString(`${init}`);
    if (s[0] === '?') s = s.slice(1);
    this[kList] = parseUrlencoded(s);
  }

  get size() {
    checkThis(this);
    return this[kList].length / 2;
  }

  append(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new (codes().ERR_MISSING_ARGS)('name', 'value');
    this[kList].push(toUSVString(`${name}`), toUSVString(`${value}`));
    update(this);
  }

  delete(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('name');
    const list = this[kList];
    name = toUSVString(`${name}`);
    if (value !== undefined) {
      value = toUSVString(`${value}`);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    update(this);
  }

  get(name) {
    checkThis(this);
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('name');
    const list = this[kList];
    name = toUSVString(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    checkThis(this);
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('name');
    const list = this[kList];
    const out = [];
    name = toUSVString(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('name');
    const list = this[kList];
    name = toUSVString(`${name}`);
    if (value !== undefined) value = toUSVString(`${value}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new (codes().ERR_MISSING_ARGS)('name', 'value');
    const list = this[kList];
    name = toUSVString(`${name}`);
    value = toUSVString(`${value}`);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    update(this);
  }

  sort() {
    checkThis(this);
    const list = this[kList];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; names compare by UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const out = [];
    for (const [k, v] of pairs) out.push(k, v);
    this[kList] = out;
    update(this);
  }

  entries() {
    checkThis(this);
    return new URLSearchParamsIterator(this, 'key+value');
  }

  keys() {
    checkThis(this);
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    checkThis(this);
    return new URLSearchParamsIterator(this, 'value');
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
    }
    let list = this[kList];
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this[kList];
    }
  }

  toString() {
    checkThis(this);
    return serializeUrlencoded(this[kList]);
  }

  [kInspect](depth, options) {
    checkThis(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = { ...options };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const list = this[kList];
    const parts = [];
    for (let i = 0; i < list.length; i += 2) {
      parts.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    }
    const name = this.constructor.name;
    if (parts.length === 0) return `${name} {}`;
    let width = -2;
    for (const p of parts) width += removeColors(p).length + 2;
    if (width > options.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
    return `${name} { ${parts.join(', ')} }`;
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});
for (const m of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString']) {
  const d = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, m);
  d.enumerable = true;
  delete URLSearchParams.prototype[m];
  Object.defineProperty(URLSearchParams.prototype, m, d);
}

function removeColors(s) {
  return s.replace(/\u001b\[\d\d?m/g, '');
}

const kIterTarget = Symbol('target');
const kIterKind = Symbol('kind');
const kIterIndex = Symbol('index');

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function URLSearchParamsIterator(target, kind) {
  Object.defineProperty(this, kIterTarget, { value: target });
  Object.defineProperty(this, kIterKind, { value: kind });
  Object.defineProperty(this, kIterIndex, { value: 0, writable: true });
}

URLSearchParamsIterator.prototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      if (this == null || typeof this !== 'object' || !(kIterTarget in this)) {
        throw new (codes().ERR_INVALID_THIS)('URLSearchParamsIterator');
      }
      const list = this[kIterTarget][kList];
      const i = this[kIterIndex];
      if (i >= list.length) return { value: undefined, done: true };
      this[kIterIndex] = i + 2;
      const kind = this[kIterKind];
      const value = kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] : [list[i], list[i + 1]];
      return { value, done: false };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  [kInspect]: {
    value: function(depth, options) {
      if (this == null || typeof this !== 'object' || !(kIterTarget in this)) {
        throw new (codes().ERR_INVALID_THIS)('URLSearchParamsIterator');
      }
      if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
      const inner = { ...options };
      if (depth !== null && depth !== undefined) inner.depth = depth - 1;
      const list = this[kIterTarget][kList];
      const kind = this[kIterKind];
      const rest = [];
      for (let i = this[kIterIndex]; i < list.length; i += 2) {
        rest.push(kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] : [list[i], list[i + 1]]);
      }
      const parts = rest.map((v) => inspect(v, inner));
      let width = -2;
      for (const p of parts) width += removeColors(p).length + 2;
      const name = this[Symbol.toStringTag];
      if (width > options.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
      return `${name} { ${parts.join(', ')} }`;
    },
  },
});

// URL.

const kContext = Symbol('context');
const kSearchParams = Symbol('query');

function isURLObject(v) {
  return v != null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, kContext);
}

function ctx(self) {
  // node's URL keeps its record in a private field: V8's brand check.
  if (!isURLObject(self)) throw new TypeError('Receiver must be an instance of class URL');
  return self[kContext];
}

// syncParams refreshes searchParams' list after the query changed.
function syncParams(self) {
  const sp = self[kSearchParams];
  if (sp) {
    const q = self[kContext].query;
    sp[kList] = q ? parseUrlencoded(q) : [];
  }
}

// parseWithBase parses input (a string) against base (a string or
// undefined): a record or FAILURE.
function parseWithBase(input, base) {
  if (base === undefined) {
    const fast = parseCanonical(input);
    if (fast !== null) return fast;
  }
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(toUSVString(base));
    if (baseRecord === FAILURE) return FAILURE;
    // new URL(req.url, base) in a server: a path-absolute reference with
    // nothing to normalize keeps the base's scheme, credentials, host and
    // port and replaces the rest.
    if (isSpecial(baseRecord.scheme) && baseRecord.scheme !== 'file') {
      const m = canonicalPath.exec(input);
      if (m !== null && !m[1].includes('/.') && !/\/%2e/i.test(m[1])) {
        const url = copyRecord(baseRecord);
        url.path = m[1].slice(1).split('/');
        url.query = m[2] === undefined ? null : m[2];
        url.fragment = m[3] === undefined ? null : m[3];
        return url;
      }
    }
  }
  return basicParse(toUSVString(input), baseRecord);
}

// A path-absolute reference (not '//') in the canonical form of
// parseCanonical's path, query and fragment.
const canonicalPath = new RegExp(
  "^(/(?:[A-Za-z0-9_~!$&'()*+,;=:@%.-][A-Za-z0-9_~!$&'()*+,;=:@%./-]*)?)" +
  '(?:\\?([!$%&()*+,./0-9:;=?@A-Z[\\]^_`a-z{|}~-]*))?' +
  '(?:#([!#$%&\'()*+,./0-9:;=?@A-Z[\\]^_a-z{|}~-]*))?$');

const objectURLs = new Map();

function objectURLId(url) {
  const r = basicParse(toUSVString(url));
  if (r === FAILURE || r.scheme !== 'blob') return undefined;
  const parts = serializePath(r).split(':');
  if (parts.length !== 2 || parts[0] !== 'nodedata') return undefined;
  return parts[1];
}

function resolveObjectURL(url) {
  const id = objectURLId(`${url}`);
  return id === undefined ? undefined : objectURLs.get(id);
}

// The constructor's parse failure is node's C++ ThrowInvalidURL: a plain
// TypeError given `code`, `input` (and `base`), so it prints as
// "TypeError: Invalid URL", not as a NodeError.
function invalidURL(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const record = parseWithBase(input, base);
    if (record === FAILURE) throw invalidURL(toUSVString(input), base === undefined ? base : toUSVString(base));
    Object.defineProperty(this, kContext, { value: record, writable: true });
    Object.defineProperty(this, kSearchParams, { value: null, writable: true });
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    return parseWithBase(`${url}`, base === undefined ? base : `${base}`) !== FAILURE;
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    if (!URL.canParse(url, base)) return null;
    return new URL(url, base);
  }

  // createObjectURL(blob) → 'blob:nodedata:<uuid>', which
  // buffer.resolveObjectURL turns back into the Blob until it is revoked.
  static createObjectURL(obj) {
    const { Blob } = require('internal/blob');
    if (!(obj instanceof Blob)) throw new (codes().ERR_INVALID_ARG_TYPE)('obj', 'Blob', obj);
    const id = require('crypto').randomUUID();
    objectURLs.set(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    const id = objectURLId(`${url}`);
    if (id !== undefined) objectURLs.delete(id);
  }

  get href() {
    return serializeURL(ctx(this));
  }

  set href(value) {
    const c = ctx(this);
    value = toUSVString(`${value}`);
    const r = basicParse(value);
    if (r === FAILURE) throw new (codes().ERR_INVALID_URL)(value);
    Object.assign(c, r);
    syncParams(this);
  }

  get origin() {
    return serializeOrigin(ctx(this));
  }

  get protocol() {
    return ctx(this).scheme + ':';
  }

  set protocol(value) {
    const c = ctx(this);
    basicParse(toUSVString(`${value}`) + ':', null, c, SCHEME_START);
  }

  get username() {
    return ctx(this).username;
  }

  set username(value) {
    const c = ctx(this);
    if (c.host === null || c.host === '' || c.scheme === 'file') return;
    c.username = encodeString(toUSVString(`${value}`), inUserinfoSet);
  }

  get password() {
    return ctx(this).password;
  }

  set password(value) {
    const c = ctx(this);
    if (c.host === null || c.host === '' || c.scheme === 'file') return;
    c.password = encodeString(toUSVString(`${value}`), inUserinfoSet);
  }

  get host() {
    const c = ctx(this);
    if (c.host === null) return '';
    return c.port === null ? c.host : `${c.host}:${c.port}`;
  }

  set host(value) {
    const c = ctx(this);
    if (c.opaque) return;
    basicParse(toUSVString(`${value}`), null, c, HOST);
  }

  get hostname() {
    const c = ctx(this);
    return c.host === null ? '' : c.host;
  }

  set hostname(value) {
    const c = ctx(this);
    if (c.opaque) return;
    basicParse(toUSVString(`${value}`), null, c, HOSTNAME);
  }

  get port() {
    const c = ctx(this);
    return c.port === null ? '' : String(c.port);
  }

  set port(value) {
    const c = ctx(this);
    if (c.host === null || c.host === '' || c.scheme === 'file') return;
    value = toUSVString(`${value}`);
    if (value === '') {
      c.port = null;
      return;
    }
    basicParse(value, null, c, PORT);
  }

  get pathname() {
    return serializePath(ctx(this));
  }

  set pathname(value) {
    const c = ctx(this);
    if (c.opaque) return;
    c.path = [];
    basicParse(toUSVString(`${value}`), null, c, PATH_START);
  }

  get search() {
    const q = ctx(this).query;
    return q === null || q === '' ? '' : '?' + q;
  }

  set search(value) {
    const c = ctx(this);
    value = toUSVString(`${value}`);
    if (value === '') {
      c.query = null;
      stripTrailingSpaces(c);
      syncParams(this);
      return;
    }
    if (value[0] === '?') value = value.slice(1);
    c.query = '';
    basicParse(value, null, c, QUERY);
    syncParams(this);
  }

  get searchParams() {
    ctx(this);
    let sp = this[kSearchParams];
    if (sp === null) {
      sp = new URLSearchParams(this[kContext].query || '');
      sp[kOwner] = this;
      this[kSearchParams] = sp;
    }
    return sp;
  }

  get hash() {
    const f = ctx(this).fragment;
    return f === null || f === '' ? '' : '#' + f;
  }

  set hash(value) {
    const c = ctx(this);
    value = toUSVString(`${value}`);
    if (value === '') {
      c.fragment = null;
      stripTrailingSpaces(c);
      return;
    }
    if (value[0] === '#') value = value.slice(1);
    c.fragment = '';
    basicParse(value, null, c, FRAGMENT);
  }

  toString() {
    return serializeURL(ctx(this));
  }

  toJSON() {
    return serializeURL(ctx(this));
  }

  [kInspect](depth, options) {
    if (!isURLObject(this)) return this;
    if (typeof depth === 'number' && depth < 0) return this;
    // An object whose constructor is not its own prints as plain braces,
    // after the class name (so a subclass prints its own name).
    const obj = Object.create({ constructor: URL });
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (options.showHidden) obj[kContext] = urlContext(this[kContext]);
    return `${this.constructor.name} ${inspect(obj, options)}`;
  }
}

// What showHidden shows as the URL's context: node's URLContext, ada's
// offsets into the href (computed here from the WHATWG record gojanet
// keeps), an absent part's offset and port uint32's -1.
const kOmitted = 4294967295;
const schemeTypes = { __proto__: null, http: 0, https: 2, ws: 3, ftp: 4, wss: 5, file: 6 };
class URLContext {
  href = '';
  protocol_end = 0;
  username_end = 0;
  host_start = 0;
  host_end = 0;
  pathname_start = 0;
  search_start = 0;
  hash_start = 0;
  port = 0;
  scheme_type = 1;

  get hasPort() { return this.port !== kOmitted; }
  get hasSearch() { return this.search_start !== kOmitted; }
  get hasHash() { return this.hash_start !== kOmitted; }
}
function urlContext(url) {
  const c = new URLContext();
  c.href = serializeURL(url);
  let p = url.scheme.length + 1;
  c.protocol_end = p;
  c.port = kOmitted;
  if (url.host !== null) {
    p += 2;
    c.username_end = c.host_start = p;
    if (includesCredentials(url)) {
      c.username_end = p + url.username.length;
      c.host_start = c.username_end + (url.password !== '' ? 1 + url.password.length : 0);
      p = c.host_start + 1;
    }
    c.host_end = p + url.host.length;
    p = c.host_end;
    if (url.port !== null) {
      c.port = url.port;
      p += 1 + `${url.port}`.length;
    }
  } else {
    c.username_end = c.host_start = c.host_end = p;
    if (!url.opaque && url.path.length > 1 && url.path[0] === '') p += 2; // the '/.' before the path
  }
  c.pathname_start = p;
  p += serializePath(url).length;
  c.search_start = url.query !== null ? p : kOmitted;
  if (url.query !== null) p += 1 + url.query.length;
  c.hash_start = url.fragment !== null ? p : kOmitted;
  const type = schemeTypes[url.scheme];
  c.scheme_type = type === undefined ? 1 : type;
  return c;
}

// node's property order and enumerability.
for (const m of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, m);
  d.enumerable = true;
  delete URL.prototype[m];
  Object.defineProperty(URL.prototype, m, d);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const m of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  const d = Object.getOwnPropertyDescriptor(URL, m);
  d.enumerable = true;
  delete URL[m];
  Object.defineProperty(URL, m, d);
}

// domainToASCII/domainToUnicode as node answers them: the host parser's
// result for a special URL's host, '' when it fails.
function domainToASCII(domain) {
  const host = parseHost(toUSVString(`${domain}`), false);
  return host === FAILURE ? '' : host;
}

function domainToUnicode(domain) {
  const host = parseHost(toUSVString(`${domain}`), false);
  if (host === FAILURE) return '';
  return toUnicode(host);
}

function toUnicode(host) {
  if (!/(^|\.)xn--/i.test(host)) return host;
  return binding.toUnicode(host);
}

// formatURL is url.format(URL, options): the href without the parts the
// options leave out, the host in Unicode if asked.
function formatURL(u, fragment, unicode, search, auth) {
  const c = copyRecord(ctx(u));
  if (!fragment) c.fragment = null;
  if (!search) c.query = null;
  if (!auth) {
    c.username = '';
    c.password = '';
  }
  if (unicode && c.host !== null) c.host = toUnicode(c.host);
  return serializeURL(c);
}

// hostToASCII is the legacy url.parse()'s toASCII: a hostname's punycode
// form, '' when it cannot be converted.
function hostToASCII(host) {
  const r = domainToASCIIInternal(host);
  return r === FAILURE ? '' : r;
}

module.exports = {
  hostToASCII,
  URL,
  URLSearchParams,
  isURLObject,
  domainToASCII,
  domainToUnicode,
  formatURL,
  toUSVString,
  resolveObjectURL,
};
