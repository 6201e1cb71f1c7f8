'use strict';
// WHATWG TextEncoder / TextDecoder (utf-8, utf-16le, utf-16be and the
// latin1/windows-1252 labels), written from the Encoding Standard and
// Node's documentation, checked against node's behaviour.

// buffer's Buffer, bound on first use (a script's `Buffer = x` does not
// reach it, and loading this file does not load buffer)
const { lazyBuffer } = require('internal/streams/utils');

const { codes } = require('internal/errors');
const { ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE, ERR_ENCODING_INVALID_ENCODED_DATA } = codes;

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const CHUNK = 8192;

function typedToString(view) {
  const n = view.length;
  if (n <= CHUNK) return String.fromCharCode.apply(null, view);
  const parts = [];
  for (let i = 0; i < n; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, view.subarray(i, Math.min(i + CHUNK, n))));
  }
  return parts.join('');
}

// ---------------------------------------------------------------------------
// UTF-8 encoding

function utf8Length(str) {
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length &&
             str.charCodeAt(i + 1) >= 0xdc00 && str.charCodeAt(i + 1) <= 0xdfff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function encodeUtf8JS(str) {
  const out = new Uint8Array(utf8Length(str));
  let o = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const n = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && n >= 0xdc00 && n <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (n - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    }
    if (c < 0x80) {
      out[o++] = c;
    } else if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[o++] = 0xe0 | (c >> 12);
      out[o++] = 0x80 | ((c >> 6) & 63);
      out[o++] = 0x80 | (c & 63);
    } else {
      out[o++] = 0xf0 | (c >> 18);
      out[o++] = 0x80 | ((c >> 12) & 63);
      out[o++] = 0x80 | ((c >> 6) & 63);
      out[o++] = 0x80 | (c & 63);
    }
  }
  return out;
}

// The host's Buffer does UTF-8 natively; use it when it agrees with the
// JavaScript encoder (lone surrogates become U+FFFD).
let nativeEncode = null;
function encodeUtf8(str) {
  if (nativeEncode === null) {
    nativeEncode = false;
    try {
      const probe = 'a\u00e9\u20ac\ud83d\ude00\ud800x\udc00';
      const b = lazyBuffer().from(probe, 'utf8');
      const j = encodeUtf8JS(probe);
      nativeEncode = b.length === j.length && j.every((v, i) => b[i] === v);
    } catch (e) {
      nativeEncode = false;
    }
  }
  if (nativeEncode && str.length > 32) {
    const b = lazyBuffer().from(str, 'utf8');
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
  return encodeUtf8JS(str);
}

class TextEncoder {
  get encoding() { return 'utf-8'; }

  encode(input = '') {
    return encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    if (typeof src !== 'string') throw new ERR_INVALID_ARG_TYPE('src', 'string', src);
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    let read = 0;
    let written = 0;
    const cap = dest.length;
    for (let i = 0; i < src.length; i++) {
      let c = src.charCodeAt(i);
      let units = 1;
      if (c >= 0xd800 && c <= 0xdfff) {
        const n = i + 1 < src.length ? src.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && n >= 0xdc00 && n <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (n - 0xdc00);
          units = 2;
        } else {
          c = 0xfffd;
        }
      }
      const len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (written + len > cap) break;
      if (len === 1) {
        dest[written] = c;
      } else if (len === 2) {
        dest[written] = 0xc0 | (c >> 6);
        dest[written + 1] = 0x80 | (c & 63);
      } else if (len === 3) {
        dest[written] = 0xe0 | (c >> 12);
        dest[written + 1] = 0x80 | ((c >> 6) & 63);
        dest[written + 2] = 0x80 | (c & 63);
      } else {
        dest[written] = 0xf0 | (c >> 18);
        dest[written + 1] = 0x80 | ((c >> 12) & 63);
        dest[written + 2] = 0x80 | ((c >> 6) & 63);
        dest[written + 3] = 0x80 | (c & 63);
      }
      written += len;
      read += units;
      if (units === 2) i++;
    }
    return { read, written };
  }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return '[TextEncoder]';
    if (typeof inspect !== 'function') inspect = require('internal/util/inspect').inspect;
    return inspect({ encoding: this.encoding }, options);
  }
}

Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, {
  value: 'TextEncoder', configurable: true,
});
for (const name of ['encoding', 'encode', 'encodeInto']) {
  Object.defineProperty(TextEncoder.prototype, name, { enumerable: true });
}

// ---------------------------------------------------------------------------
// Decoding

const labels = new Map();
function addLabels(name, list) {
  for (const l of list) labels.set(l, name);
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
  'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
  'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']);

function invalidData(encoding) {
  const err = new ERR_ENCODING_INVALID_ENCODED_DATA(encoding);
  delete err.errno;
  return err;
}

// Decodes b[start, end) as UTF-8 (WHATWG replacement).  With `stream`, an
// incomplete but so far valid sequence at the end is not decoded; the
// number of bytes consumed is returned in res.used.
function utf8DecodeJS(b, start, end, stream, fatal, res) {
  const units = new Uint16Array(end - start);
  let u = 0;
  let i = start;
  while (i < end) {
    const c = b[i];
    if (c < 0x80) {
      units[u++] = c;
      i++;
      continue;
    }
    let need;
    let cp;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1; cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2; cp = c & 0x0f;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3; cp = c & 0x07;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      if (fatal) throw invalidData('utf-8');
      units[u++] = 0xfffd;
      i++;
      continue;
    }
    let j = 1;
    let truncated = false;
    for (; j <= need; j++) {
      if (i + j >= end) { truncated = true; break; }
      const d = b[i + j];
      if (d < lo || d > hi) break;
      lo = 0x80;
      hi = 0xbf;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (j <= need) {
      if (truncated && stream) break;
      if (fatal) throw invalidData('utf-8');
      units[u++] = 0xfffd;
      i += j;
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units[u++] = 0xd800 + (cp >> 10);
      units[u++] = 0xdc00 + (cp & 0x3ff);
    } else {
      units[u++] = cp;
    }
    i += need + 1;
  }
  res.used = i - start;
  return typedToString(units.subarray(0, u));
}

let nativeDecode = null;
// Go's UTF-8 decoding (the buffer binding's, as Buffer#toString uses).
let bufferBinding;
function nativeUtf8(buf) {
  if (bufferBinding === undefined) bufferBinding = internalBinding('buffer');
  return bufferBinding.slice(buf, 'utf8', 0, buf.length);
}
function utf8Decode(b, start, end, stream, fatal, res) {
  if (end - start > 32) {
    if (nativeDecode === null) {
      nativeDecode = false;
      try {
        const probe = new Uint8Array([0x41, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x42]);
        nativeDecode = nativeUtf8(lazyBuffer().from(probe.buffer, 1, 7)) === '\u20ac\ud83d\ude00';
      } catch (e) {
        nativeDecode = false;
      }
    }
    if (nativeDecode) {
      // Leave a possibly incomplete tail to the JavaScript decoder.
      let cut = end;
      for (let k = 1; k <= 3 && end - k >= start; k++) {
        const c = b[end - k];
        if ((c & 0xc0) === 0x80) continue;
        if (c >= 0xc0) cut = end - k;
        break;
      }
      if (cut - start > 0) {
        const s = nativeUtf8(lazyBuffer().from(b.buffer, b.byteOffset + start, cut - start));
        if (s.indexOf('\ufffd') === -1) {
          const rest = cut < end ? utf8DecodeJS(b, cut, end, stream, fatal, res) : '';
          res.used = (cut - start) + (cut < end ? res.used : 0);
          return s + rest;
        }
      }
    }
  }
  return utf8DecodeJS(b, start, end, stream, fatal, res);
}

function utf16Decode(b, start, end, bigEndian, stream, fatal, res, encoding) {
  const units = new Uint16Array((end - start) >> 1);
  let u = 0;
  let i = start;
  while (i + 1 < end) {
    const c = bigEndian ? (b[i] << 8) | b[i + 1] : b[i] | (b[i + 1] << 8);
    if (c >= 0xd800 && c <= 0xdbff) {
      if (i + 3 < end) {
        const n = bigEndian ? (b[i + 2] << 8) | b[i + 3] : b[i + 2] | (b[i + 3] << 8);
        if (n >= 0xdc00 && n <= 0xdfff) {
          units[u++] = c;
          units[u++] = n;
          i += 4;
          continue;
        }
      } else if (stream) {
        break;
      }
      if (fatal) throw invalidData(encoding);
      units[u++] = 0xfffd;
      // A lead surrogate followed only by an odd byte is a single error.
      i += end - i === 3 ? 3 : 2;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      if (fatal) throw invalidData(encoding);
      units[u++] = 0xfffd;
      i += 2;
      continue;
    }
    units[u++] = c;
    i += 2;
  }
  let out = typedToString(units.subarray(0, u));
  if (i < end && !stream && end - i === 1) {
    if (fatal) throw invalidData(encoding);
    out += '\ufffd';
    i = end;
  }
  res.used = i - start;
  return out;
}

const win1252High = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030,
  0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013,
  0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];

function decodeWin1252(bytes) {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    units[i] = c >= 0x80 && c <= 0x9f ? win1252High[c - 0x80] : c;
  }
  return typedToString(units);
}

const kDecoderState = new WeakMap();

function toBytes(input) {
  if (input instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    // a detached buffer decodes as no bytes, as node's
    if (bufferBinding === undefined) bufferBinding = internalBinding('buffer');
    if (bufferBinding.isDetached(input)) return new Uint8Array(0);
    return new Uint8Array(input);
  }
  if (ArrayBuffer.isView(input)) {
    // A detached view decodes as nothing: a typed array's byteLength is 0
    // then, a DataView's throws (so the binding is asked).
    if (input.BYTES_PER_ELEMENT === undefined) {
      if (bufferBinding === undefined) bufferBinding = internalBinding('buffer');
      if (bufferBinding.isDetached(input.buffer)) return new Uint8Array(0);
    } else if (input.byteLength === 0) {
      return new Uint8Array(0);
    }
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
    const enc = labels.get(label);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (options !== null && options !== undefined && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    kDecoderState.set(this, {
      encoding: enc,
      fatal: Boolean(options && options.fatal),
      ignoreBOM: Boolean(options && options.ignoreBOM),
      pending: null,
      bomSeen: false,
      win1252: false,
    });
  }

  decode(input = undefined, options = {}) {
    const st = kDecoderState.get(this);
    let bytes = input === undefined ? new Uint8Array(0) : toBytes(input);
    const stream = Boolean(options && options.stream);
    if (st.pending !== null && st.pending.length > 0) {
      const merged = new Uint8Array(st.pending.length + bytes.length);
      merged.set(st.pending, 0);
      merged.set(bytes, st.pending.length);
      bytes = merged;
    }
    st.pending = null;
    const res = { used: 0 };
    let out;
    try {
      if (st.encoding === 'utf-8') {
        out = utf8Decode(bytes, 0, bytes.length, stream, st.fatal, res);
      } else if (st.encoding === 'utf-16le' || st.encoding === 'utf-16be') {
        out = utf16Decode(bytes, 0, bytes.length, st.encoding === 'utf-16be', stream, st.fatal, res, st.encoding);
      } else {
        // node decodes with plain latin1 until the decoder is first used in
        // stream mode; from then on it applies the windows-1252 table.
        if (stream) st.win1252 = true;
        out = st.win1252 ? decodeWin1252(bytes) : typedToString(bytes);
        res.used = bytes.length;
      }
    } catch (err) {
      st.bomSeen = false;
      throw err;
    }
    if (res.used < bytes.length) st.pending = bytes.slice(res.used);
    if (!st.bomSeen && out.length > 0) {
      if (!st.ignoreBOM && st.encoding !== 'windows-1252' && out.charCodeAt(0) === 0xfeff) out = out.slice(1);
      st.bomSeen = true;
    }
    if (!stream) {
      st.bomSeen = false;
      st.pending = null;
    }
    return out;
  }

  get encoding() { return kDecoderState.get(this).encoding; }

  get fatal() { return kDecoderState.get(this).fatal; }

  get ignoreBOM() { return kDecoderState.get(this).ignoreBOM; }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return '[TextDecoder]';
    if (typeof inspect !== 'function') inspect = require('internal/util/inspect').inspect;
    return `TextDecoder ${inspect({
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
    }, options)}`;
  }
}

Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, {
  value: 'TextDecoder', configurable: true,
});
for (const name of ['decode', 'encoding', 'fatal', 'ignoreBOM']) {
  Object.defineProperty(TextDecoder.prototype, name, { enumerable: true });
}

module.exports = { TextEncoder, TextDecoder, utf8Decode, typedToString };
