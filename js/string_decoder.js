'use strict';
// The `string_decoder` builtin for gojanet, written from Node's
// documentation: a StringDecoder turns Buffers into strings while keeping
// multi-byte characters that are split across write() calls intact.

// buffer's Buffer, bound on first use (a script's `Buffer = x` does not
// reach it, and loading this file does not load buffer)
const { lazyBuffer } = require('internal/streams/utils');

const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING } = codes;

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  const e = `${enc}`;
  switch (e) {
    case 'utf8': case 'utf-8': case 'UTF8': case 'UTF-8': return 'utf8';
    case 'hex': case 'base64': case 'base64url': case 'latin1': case 'ascii': case 'utf16le': return e;
    default: break;
  }
  switch (e.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

// ---------------------------------------------------------------------------
// Byte -> string helpers (operate on Uint8Array ranges). UTF-8 decoding
// (WHATWG replacement: each maximal invalid subsequence becomes one U+FFFD)
// is TextDecoder's, shared from internal/encoding.
const { utf8Decode, typedToString } = require('internal/encoding');
const decodeResult = { used: 0 };

function utf8Slice(b, start, end) {
  return utf8Decode(b, start, end, false, false, decodeResult);
}

function latin1Slice(b, start, end) {
  return typedToString(b.subarray(start, end));
}

function asciiSlice(b, start, end) {
  const n = end - start;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = b[start + i] & 0x7f;
  return typedToString(out);
}

function utf16Slice(b, start, end) {
  const n = (end - start) >> 1;
  if (((b.byteOffset + start) & 1) === 0) {
    return typedToString(new Uint16Array(b.buffer, b.byteOffset + start, n));
  }
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = b[start + 2 * i] | (b[start + 2 * i + 1] << 8);
  return typedToString(out);
}

const hexCodes = new Uint8Array(16);
for (let i = 0; i < 16; i++) hexCodes[i] = '0123456789abcdef'.charCodeAt(i);

function hexSlice(b, start, end) {
  const n = end - start;
  const out = new Uint8Array(n * 2);
  for (let i = 0; i < n; i++) {
    const v = b[start + i];
    out[2 * i] = hexCodes[v >> 4];
    out[2 * i + 1] = hexCodes[v & 15];
  }
  return typedToString(out);
}

const b64Codes = new Uint8Array(64);
const b64urlCodes = new Uint8Array(64);
for (let i = 0; i < 64; i++) {
  b64Codes[i] = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i);
  b64urlCodes[i] = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.charCodeAt(i);
}

function base64Slice(b, start, end, url) {
  const codes = url ? b64urlCodes : b64Codes;
  const n = end - start;
  const full = n - (n % 3);
  const rem = n - full;
  const outLen = (full / 3) * 4 + (rem === 0 ? 0 : (url ? rem + 1 : 4));
  const out = new Uint8Array(outLen);
  let o = 0;
  let i = start;
  for (; i < start + full; i += 3) {
    const v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    out[o++] = codes[v >> 18];
    out[o++] = codes[(v >> 12) & 63];
    out[o++] = codes[(v >> 6) & 63];
    out[o++] = codes[v & 63];
  }
  if (rem === 1) {
    const v = b[i] << 16;
    out[o++] = codes[v >> 18];
    out[o++] = codes[(v >> 12) & 63];
    if (!url) { out[o++] = 61; out[o++] = 61; }
  } else if (rem === 2) {
    const v = (b[i] << 16) | (b[i + 1] << 8);
    out[o++] = codes[v >> 18];
    out[o++] = codes[(v >> 12) & 63];
    out[o++] = codes[(v >> 6) & 63];
    if (!url) out[o++] = 61;
  }
  return typedToString(out);
}

// Native Buffer#toString for the byte-to-text encodings, used for larger
// chunks once a probe over all 256 byte values shows that the host's result
// is identical to the JavaScript implementation above.
const nativeOk = Object.create(null);
const jsSlices = {
  hex: hexSlice,
  base64: (b, s, e) => base64Slice(b, s, e, false),
  base64url: (b, s, e) => base64Slice(b, s, e, true),
  latin1: latin1Slice,
  ascii: asciiSlice,
  utf16le: utf16Slice,
};
function nativeSlice(enc, b, start, end) {
  let ok = nativeOk[enc];
  if (ok === undefined) {
    ok = false;
    try {
      const probe = new Uint8Array(256);
      for (let i = 0; i < 256; i++) probe[i] = i;
      ok = lazyBuffer().from(probe.buffer, 0, 256).toString(enc) === jsSlices[enc](probe, 0, 256) &&
        lazyBuffer().from(probe.buffer, 3, 250).toString(enc) === jsSlices[enc](probe, 3, 253);
    } catch (e) {
      ok = false;
    }
    nativeOk[enc] = ok;
  }
  if (!ok) return undefined;
  return lazyBuffer().from(b.buffer, b.byteOffset + start, end - start).toString(enc);
}

function sliceAs(enc, b, start, end) {
  if (end - start > 64) {
    const s = nativeSlice(enc, b, start, end);
    if (s !== undefined) return s;
  }
  return jsSlices[enc](b, start, end);
}

// Length of the UTF-8 sequence introduced by a lead byte; 0 for a
// continuation byte, -1 for a byte that can never start a sequence.
function utf8SeqLen(byte) {
  if (byte < 0x80) return 1;
  if (byte < 0xc0) return 0;
  if (byte < 0xe0) return 2;
  if (byte < 0xf0) return 3;
  if (byte < 0xf8) return 4;
  return -1;
}

function toBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

// ---------------------------------------------------------------------------

// Decoder state lives in a 7-byte buffer like node's (visible the same way
// through util.inspect): bytes 0-3 hold an incomplete character, byte 4 the
// number of bytes still missing, byte 5 the number buffered, byte 6 the
// encoding.
const kNativeDecoder = Symbol('kNativeDecoder');
const kEncodingCodes = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };
const kMissing = 4;
const kBuffered = 5;
const kEncoding = 6;

// A plain constructor function, as node's: StringDecoder.call(obj) works
// without new. The methods live on the class below, whose prototype it shares.
function StringDecoder(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = enc;
  const state = lazyBuffer().alloc(7);
  state[kEncoding] = kEncodingCodes[enc];
  this[kNativeDecoder] = state;
}

class StringDecoderMethods {
  write(buf) {
    if (typeof buf === 'string') return buf;
    const b = toBytes(buf);
    // Called on something that is no decoder (its prototype, say), as node.
    if (!this || !this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
    switch (this.encoding) {
      case 'utf8': return this._writeUtf8(b);
      case 'utf16le': return this._writeUtf16(b);
      case 'base64': return this._writeBase64(b, false);
      case 'base64url': return this._writeBase64(b, true);
      case 'hex': return sliceAs('hex', b, 0, b.length);
      case 'latin1': return sliceAs('latin1', b, 0, b.length);
      case 'ascii': return sliceAs('ascii', b, 0, b.length);
      default: return sliceAs('latin1', b, 0, b.length);
    }
  }

  end(buf) {
    let r = buf !== undefined ? this.write(buf) : '';
    if (this._pendingLen > 0) {
      const held = this._pending.subarray(0, this._pendingLen);
      switch (this.encoding) {
        case 'utf8': r += utf8Slice(held, 0, held.length); break;
        case 'utf16le': r += utf16Slice(held, 0, held.length - (held.length & 1)); break;
        case 'base64': r += base64Slice(held, 0, held.length, false); break;
        case 'base64url': r += base64Slice(held, 0, held.length, true); break;
        default: break;
      }
      this._pendingLen = 0;
      this._pendingNeed = 0;
    }
    return r;
  }

  text(buf, offset) {
    this._pendingLen = 0;
    this._pendingNeed = 0;
    return this.write(toBytes(buf).subarray(offset));
  }


  _writeUtf8(b) {
    let start = 0;
    let prefix = '';
    const len = b.length;
    if (this._pendingLen > 0) {
      // Complete the held character with continuation bytes.
      const need = this._pendingNeed;
      while (this._pendingLen < need && start < len) {
        const c = b[start];
        if ((c & 0xc0) !== 0x80) break;
        this._pending[this._pendingLen++] = c;
        start++;
      }
      if (this._pendingLen < need) {
        if (start < len) {
          // Interrupted by a non-continuation byte.
          prefix = utf8Slice(this._pending, 0, this._pendingLen);
          this._pendingLen = 0;
          this._pendingNeed = 0;
        } else {
          return '';
        }
      } else {
        prefix = utf8Slice(this._pending, 0, need);
        this._pendingLen = 0;
        this._pendingNeed = 0;
      }
    }
    if (start >= len) return prefix;
    // Look for an incomplete character at the end of the buffer.
    let end = len;
    for (let k = 1; k <= 3 && len - k >= start; k++) {
      const sl = utf8SeqLen(b[len - k]);
      if (sl === 0) continue;
      if (sl > k) {
        end = len - k;
        for (let i = 0; i < k; i++) this._pending[i] = b[end + i];
        this._pendingLen = k;
        this._pendingNeed = sl;
      }
      break;
    }
    if (end === start) return prefix;
    return prefix + utf8Slice(b, start, end);
  }

  _writeUtf16(b) {
    let start = 0;
    let prefix = '';
    const len = b.length;
    if (this._pendingLen > 0) {
      while (this._pendingLen < this._pendingNeed && start < len) {
        this._pending[this._pendingLen++] = b[start++];
      }
      if (this._pendingLen < this._pendingNeed) return '';
      prefix = utf16Slice(this._pending, 0, this._pendingLen);
      this._pendingLen = 0;
      this._pendingNeed = 0;
    }
    if (start >= len) return prefix;
    let end = len;
    if ((end - start) % 2 === 1) end--;
    if (end > start && end === len) {
      const unit = b[end - 2] | (b[end - 1] << 8);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        // Hold the high surrogate (and a possible odd byte after it).
        const k = len - (end - 2);
        for (let i = 0; i < k; i++) this._pending[i] = b[end - 2 + i];
        this._pendingLen = k;
        this._pendingNeed = 4;
        end -= 2;
        return prefix + utf16Slice(b, start, end);
      }
    }
    if (end < len) {
      this._pending[0] = b[len - 1];
      this._pendingLen = 1;
      this._pendingNeed = 2;
    }
    return prefix + sliceAs('utf16le', b, start, end);
  }

  _writeBase64(b, url) {
    let start = 0;
    let prefix = '';
    const len = b.length;
    if (this._pendingLen > 0) {
      while (this._pendingLen < 3 && start < len) this._pending[this._pendingLen++] = b[start++];
      if (this._pendingLen < 3) return '';
      prefix = base64Slice(this._pending, 0, 3, url);
      this._pendingLen = 0;
      this._pendingNeed = 0;
    }
    const rem = (len - start) % 3;
    const end = len - rem;
    for (let i = 0; i < rem; i++) this._pending[i] = b[end + i];
    this._pendingLen = rem;
    this._pendingNeed = rem ? 3 : 0;
    return prefix + sliceAs(url ? 'base64url' : 'base64', b, start, end);
  }
}

// node's prototype methods are plain (enumerable) properties; the write
// helpers stay hidden.
for (const name of Object.getOwnPropertyNames(StringDecoderMethods.prototype)) {
  if (name === 'constructor') continue;
  Object.defineProperty(StringDecoder.prototype, name, {
    value: StringDecoderMethods.prototype[name], writable: true, configurable: true,
    enumerable: name === 'write' || name === 'end' || name === 'text',
  });
}

// Internal views of the state buffer used by the write paths above.
Object.defineProperties(StringDecoder.prototype, {
  _pending: {
    get() { return this[kNativeDecoder]; },
    enumerable: false,
    configurable: true,
  },
  _pendingLen: {
    get() { return this[kNativeDecoder][kBuffered]; },
    set(v) {
      const st = this[kNativeDecoder];
      const total = st[kBuffered] + st[kMissing];
      st[kBuffered] = v;
      st[kMissing] = total > v ? total - v : 0;
    },
    enumerable: false,
    configurable: true,
  },
  _pendingNeed: {
    get() {
      const st = this[kNativeDecoder];
      return st[kBuffered] + st[kMissing];
    },
    set(v) {
      const st = this[kNativeDecoder];
      st[kMissing] = v > st[kBuffered] ? v - st[kBuffered] : 0;
    },
    enumerable: false,
    configurable: true,
  },
  lastChar: {
    get() { return this[kNativeDecoder].subarray(0, 4); },
    enumerable: true,
    configurable: true,
  },
  lastNeed: {
    get() { return this[kNativeDecoder][kMissing]; },
    enumerable: true,
    configurable: true,
  },
  lastTotal: {
    get() { return this[kNativeDecoder][kBuffered] + this[kNativeDecoder][kMissing]; },
    enumerable: true,
    configurable: true,
  },
});

module.exports = { StringDecoder };
