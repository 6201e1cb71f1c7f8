'use strict';
// Minimal WHATWG TextEncoder / TextDecoder (utf-8, utf-16le, latin1) used
// when the runtime does not provide them as globals.

const { codes } = require('internal/errors');
const { ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE, ERR_ENCODING_INVALID_ENCODED_DATA } = codes;

function encodeUtf8(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const n = str.charCodeAt(i + 1);
      if (n >= 0xdc00 && n <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (n - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      c = 0xfffd;
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') {
    const bytes = encodeUtf8(`${input}`);
    return new Uint8Array(bytes);
  }
  encodeInto(src, dest) {
    const bytes = encodeUtf8(`${src}`);
    let written = 0;
    let read = 0;
    let bi = 0;
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < src.length &&
        src.charCodeAt(i + 1) >= 0xdc00 && src.charCodeAt(i + 1) <= 0xdfff;
      const cp = pair ? 0x10000 : c;
      const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (written + n > dest.length) break;
      for (let k = 0; k < n; k++) dest[written + k] = bytes[bi + k];
      written += n;
      bi += n;
      read += pair ? 2 : 1;
      if (pair) i++;
    }
    return { read, written };
  }
}

const encodingAliases = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le',
  latin1: 'windows-1252', 'iso-8859-1': 'windows-1252', 'windows-1252': 'windows-1252',
  ascii: 'windows-1252', 'us-ascii': 'windows-1252',
};

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const enc = encodingAliases[`${encoding}`.trim().toLowerCase()];
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this._encoding = enc;
    this._fatal = Boolean(options && options.fatal);
    this._ignoreBOM = Boolean(options && options.ignoreBOM);
    this._pending = [];
    this._bomSeen = false;
  }
  get encoding() { return this._encoding; }
  get fatal() { return this._fatal; }
  get ignoreBOM() { return this._ignoreBOM; }
  decode(input = new Uint8Array(0), options = {}) {
    let bytes;
    if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
    else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
    const stream = Boolean(options && options.stream);
    let all = this._pending.length ? this._pending.concat(Array.from(bytes)) : bytes;
    this._pending = [];
    let res;
    if (this._encoding === 'utf-8') res = this._utf8(all, stream);
    else if (this._encoding === 'utf-16le') res = this._utf16(all, stream);
    else {
      res = '';
      for (let i = 0; i < all.length; i++) res += String.fromCharCode(all[i]);
    }
    if (!this._ignoreBOM && !this._bomSeen && res.length > 0) {
      if (res.charCodeAt(0) === 0xfeff) res = res.slice(1);
    }
    if (res.length > 0 || !stream) this._bomSeen = stream;
    return res;
  }
  _utf16(b, stream) {
    let s = '';
    const n = b.length - (b.length % 2);
    for (let i = 0; i < n; i += 2) s += String.fromCharCode(b[i] | (b[i + 1] << 8));
    if (n < b.length) {
      if (stream) this._pending = [b[n]];
      else s += '\ufffd';
    }
    return s;
  }
  _utf8(b, stream) {
    let s = '';
    let i = 0;
    const len = b.length;
    const bad = () => {
      if (this._fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-8');
      s += '\ufffd';
    };
    while (i < len) {
      const c = b[i];
      if (c < 0x80) { s += String.fromCharCode(c); i++; continue; }
      let need;
      let cp;
      let lower = 0x80;
      let upper = 0xbf;
      if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
      else if (c >= 0xe0 && c <= 0xef) {
        need = 2; cp = c & 0xf;
        if (c === 0xe0) lower = 0xa0;
        if (c === 0xed) upper = 0x9f;
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3; cp = c & 0x7;
        if (c === 0xf0) lower = 0x90;
        if (c === 0xf4) upper = 0x8f;
      } else { bad(); i++; continue; }
      let j = 1;
      let ok = true;
      for (; j <= need; j++) {
        if (i + j >= len) { ok = null; break; }
        const d = b[i + j];
        const lo = j === 1 ? lower : 0x80;
        const hi = j === 1 ? upper : 0xbf;
        if (d < lo || d > hi) { ok = false; break; }
        cp = (cp << 6) | (d & 0x3f);
      }
      if (ok === null) {
        if (stream) {
          this._pending = Array.from(b.slice ? b.slice(i) : Array.prototype.slice.call(b, i));
          return s;
        }
        bad();
        i = len;
        break;
      }
      if (!ok) { bad(); i += j; continue; }
      s += String.fromCodePoint(cp);
      i += need + 1;
    }
    return s;
  }
}

module.exports = { TextEncoder, TextDecoder };
