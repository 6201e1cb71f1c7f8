'use strict';
// The `punycode` builtin (gojanet): RFC 3492 Punycode and IDNA-style
// toASCII/toUnicode over domain labels, with the API and errors of the
// punycode.js 2.1.0 that node 20 bundles (written here from the RFC; the
// module is deprecated in node 20 and warns, when it loads, only with
// --pending-deprecation).
if (require('internal/cli_options').pendingDeprecation()) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
                      'DeprecationWarning', 'DEP0040');
}

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 2147483647;

const messages = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};
function fail(kind) {
  throw new RangeError(messages[kind]);
}

// ucs2decode: code points of a string; a lone surrogate stands for itself.
function ucs2decode(string) {
  const points = [];
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < string.length) {
      const d = string.charCodeAt(i + 1);
      if ((d & 0xFC00) === 0xDC00) {
        points.push(((c & 0x3FF) << 10) + (d & 0x3FF) + 0x10000);
        i++;
        continue;
      }
    }
    points.push(c);
  }
  return points;
}

function ucs2encode(points) {
  return String.fromCodePoint(...points);
}

// digitOf: the value of a basic code point as a digit, BASE if none.
function digitOf(c) {
  if (c >= 0x30 && c <= 0x39) return c - 22; // '0'..'9' → 26..35
  if (c >= 0x41 && c <= 0x5A) return c - 0x41;
  if (c >= 0x61 && c <= 0x7A) return c - 0x61;
  return BASE;
}

// charOf: the (lowercase) basic code point for a digit.
function charOf(d) {
  return d < 26 ? d + 0x61 : d + 22;
}

// RFC 3492 section 6.1.
function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

function threshold(k, bias) {
  if (k <= bias) return T_MIN;
  if (k >= bias + T_MAX) return T_MAX;
  return k - bias;
}

function decode(input) {
  const out = [];
  // Everything before the last '-' is copied literally.
  const b = Math.max(input.lastIndexOf('-'), 0);
  for (let j = 0; j < b; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) fail('not-basic');
    out.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let pos = b > 0 ? b + 1 : 0;
  while (pos < input.length) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(pos++));
      if (digit >= BASE) fail('invalid-input');
      if (digit > Math.floor((MAX_INT - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) fail('overflow');
      w *= BASE - t;
    }
    const len = out.length + 1;
    bias = adapt(i - oldi, len, oldi === 0);
    if (Math.floor(i / len) > MAX_INT - n) fail('overflow');
    n += Math.floor(i / len);
    i %= len;
    out.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...out);
}

function encode(input) {
  const points = ucs2decode(input);
  let out = '';
  for (const c of points) {
    if (c < 0x80) out += String.fromCharCode(c);
  }
  const basicCount = out.length;
  let handled = basicCount;
  if (basicCount > 0) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    // the smallest code point not handled yet
    let m = MAX_INT;
    for (const c of points) {
      if (c >= n && c < m) m = c;
    }
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of points) {
      if (c < n && ++delta > MAX_INT) fail('overflow');
      if (c === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = threshold(k, bias);
          if (q < t) break;
          out += String.fromCharCode(charOf(t + ((q - t) % (BASE - t))));
          q = Math.floor((q - t) / (BASE - t));
        }
        out += String.fromCharCode(charOf(q));
        bias = adapt(delta, handled + 1, handled === basicCount);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

// Domains: only the part after an '@' is converted; the IDNA separators
// (. 。 ． ｡) all become '.'.
function mapDomain(domain, fn) {
  const at = domain.split('@');
  let prefix = '';
  if (at.length > 1) {
    prefix = at[0] + '@';
    domain = at[1];
  }
  return prefix + domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.').map(fn).join('.');
}

function toUnicode(input) {
  return mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? 'xn--' + encode(label) : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
