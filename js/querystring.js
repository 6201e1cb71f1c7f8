'use strict';
// The `querystring` builtin (gojanet): node's legacy query-string parser and
// serializer, written from node's documentation and checked against node 20
// (testdata/conformance/querystring, including a randomized comparison).
//
// escape() is encodeURIComponent with node's set of unescaped characters
// (A-Z a-z 0-9 - . _ ~ ! ' ( ) *) and a URIError (ERR_INVALID_URI) for a
// lone high surrogate at the end; unescape() is decodeURIComponent falling
// back to a byte-wise %XX decoder (unescapeBuffer) for malformed input.
// parse() scans once, matching the separator and the key/value delimiter
// character by character (a failed partial match is not re-tried at the
// failing character, as in node), turns '+' into a space, and decodes a key
// or value only when it saw a %XX escape in it (or always, with a custom
// decodeURIComponent option), so text with stray '%'s is left alone.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_URI } } = require('internal/errors');

const HEX = [];
for (let i = 0; i < 256; i++) HEX.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// ASCII characters left as they are by escape().
const PLAIN = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  PLAIN[ch.charCodeAt(0)] = 1;
}

function encodeStr(str) {
  let out = '';
  let start = 0; // first character not yet copied to out
  const len = str.length;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (PLAIN[c] === 1) continue;
      out += str.slice(start, i) + HEX[c];
    } else if (c < 0x800) {
      out += str.slice(start, i) + HEX[0xC0 | (c >> 6)] + HEX[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      out += str.slice(start, i) + HEX[0xE0 | (c >> 12)] + HEX[0x80 | ((c >> 6) & 0x3F)] + HEX[0x80 | (c & 0x3F)];
    } else {
      // A surrogate: it and the next unit make one code point (whatever
      // the next unit is, as in node).
      if (i + 1 >= len) throw new ERR_INVALID_URI();
      const before = str.slice(start, i);
      const low = str.charCodeAt(++i) & 0x3FF;
      c = 0x10000 + (((c & 0x3FF) << 10) | low);
      out += before + HEX[0xF0 | (c >> 18)] + HEX[0x80 | ((c >> 12) & 0x3F)] +
        HEX[0x80 | ((c >> 6) & 0x3F)] + HEX[0x80 | (c & 0x3F)];
    }
    start = i + 1;
  }
  if (start === 0) return str;
  return out + str.slice(start);
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str);
}

// unescapeBuffer decodes %XX escapes byte by byte (and '+' when asked);
// other characters become their low byte, as in node.
function unescapeBuffer(s, decodeSpaces) {
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  let decoded = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 && i < s.length - 2) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi < 0 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        decoded = true;
        continue;
      }
    }
    out[n++] = c;
  }
  return decoded ? Buffer.from(out.buffer, out.byteOffset, n) : out;
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return QueryString.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function primitiveString(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? '' + v : '';
    case 'bigint': return '' + v;
    case 'boolean': return v ? 'true' : 'false';
  }
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  let convert;
  if (encode === qsEscape) {
    // Numbers need no escaping unless exponent notation brings a '+'.
    convert = (v) => {
      if (typeof v === 'string') return v.length ? encode(v) : '';
      if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e21) return '' + v;
      if (typeof v === 'number' && Number.isFinite(v)) return encode('' + v);
      return primitiveString(v);
    };
  } else {
    convert = (v) => encode(primitiveString(v));
  }
  if (obj === null || typeof obj !== 'object') return '';
  const parts = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const prefix = convert(k) + eq;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) parts.push(prefix + convert(v[j]));
    } else {
      parts.push(prefix + convert(v));
    }
  }
  return parts.join(sep);
}

function codesOf(str) {
  const codes = [];
  for (let i = 0; i < str.length; i++) codes.push(str.charCodeAt(i));
  return codes;
}

function decodePart(s, decode) {
  try {
    return decode(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  const sepCodes = sep ? codesOf(String(sep)) : [38];
  const eqCodes = eq ? codesOf(String(eq)) : [61];
  let budget = 1000; // pairs still allowed; negative: no limit
  if (options && typeof options.maxKeys === 'number') budget = options.maxKeys > 0 ? options.maxKeys : -1;
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== qsUnescape;
  const space = custom ? '%20' : ' ';

  let key = '';
  let value = '';
  let start = 0; // start of the text not yet added to key or value
  let sepAt = 0; // characters of the separator matched so far
  let eqAt = 0; // characters of the delimiter matched; eqCodes.length: in the value
  let keyEscaped = custom;
  let valueEscaped = custom;
  let pct = 0; // 1 after '%', 2 after '%X' (an escape being recognised)

  const add = () => {
    let k = key;
    let v = value;
    if (k.length > 0 && keyEscaped) k = decodePart(k, decode);
    if (v.length > 0 && valueEscaped) v = decodePart(v, decode);
    const cur = obj[k];
    if (cur === undefined) obj[k] = v;
    else if (Array.isArray(cur)) cur.push(v);
    else obj[k] = [cur, v];
  };
  const inValue = () => eqAt >= eqCodes.length;

  for (let i = 0; i < qs.length; i++) {
    const c = qs.charCodeAt(i);
    if (c === sepCodes[sepAt]) {
      if (++sepAt < sepCodes.length) continue;
      const end = i - sepAt + 1;
      if (!inValue()) {
        if (start < end) {
          key += qs.slice(start, end);
        } else if (key.length === 0) {
          // an empty pair: counts against maxKeys, adds nothing
          if (--budget === 0) return obj;
          start = i + 1;
          sepAt = eqAt = 0;
          continue;
        }
      } else if (start < end) {
        value += qs.slice(start, end);
      }
      add();
      if (--budget === 0) return obj;
      keyEscaped = valueEscaped = custom;
      key = value = '';
      pct = 0;
      start = i + 1;
      sepAt = eqAt = 0;
      continue;
    }
    sepAt = 0;
    if (!inValue()) {
      if (c === eqCodes[eqAt]) {
        if (++eqAt === eqCodes.length) {
          const end = i - eqAt + 1;
          if (start < end) key += qs.slice(start, end);
          pct = 0;
          start = i + 1;
        }
        continue;
      }
      eqAt = 0;
      if (!keyEscaped) {
        if (c === 37) {
          pct = 1;
          continue;
        }
        if (pct > 0) {
          if (hexValue(c) >= 0) {
            if (++pct === 3) keyEscaped = true;
            continue;
          }
          pct = 0;
        }
      }
      if (c === 43) {
        key += qs.slice(start, i) + space;
        start = i + 1;
        continue;
      }
    }
    if (c === 43) {
      value += qs.slice(start, i) + space;
      start = i + 1;
    } else if (!valueEscaped) {
      if (c === 37) {
        pct = 1;
      } else if (pct > 0) {
        if (hexValue(c) >= 0) {
          if (++pct === 3) valueEscaped = true;
        } else {
          pct = 0;
        }
      }
    }
  }

  if (start < qs.length) {
    if (!inValue()) key += qs.slice(start);
    else if (sepAt < sepCodes.length) value += qs.slice(start);
  } else if (eqAt === 0 && key.length === 0) {
    return obj;
  }
  add();
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
