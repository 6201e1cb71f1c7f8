'use strict';
// ECMAScript built-ins node 20 has and goja lacks, as plain methods:
// String.prototype.isWellFormed and toWellFormed (ES2024; whatwg-url's
// webidl-conversions calls toWellFormed on every USVString). WeakRef and
// FinalizationRegistry are in internal/weakref (they need Go's GC).

function isLoneSurrogateAt(s, i) {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    return !(d >= 0xdc00 && d <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const p = i > 0 ? s.charCodeAt(i - 1) : 0;
    return !(p >= 0xd800 && p <= 0xdbff);
  }
  return false;
}

function thisString(self, name) {
  if (self === null || self === undefined) {
    throw new TypeError(`String.prototype.${name} called on null or undefined`);
  }
  return String(self);
}

const methods = {
  isWellFormed() {
    const s = thisString(this, 'isWellFormed');
    for (let i = 0; i < s.length; i++) if (isLoneSurrogateAt(s, i)) return false;
    return true;
  },
  toWellFormed() {
    const s = thisString(this, 'toWellFormed');
    let out = null;
    for (let i = 0; i < s.length; i++) {
      if (isLoneSurrogateAt(s, i)) {
        if (out === null) out = s.slice(0, i);
        out += '\ufffd';
      } else if (out !== null) {
        out += s[i];
      }
    }
    return out === null ? s : out;
  },
};

function install() {
  for (const name of Object.keys(methods)) {
    if (typeof String.prototype[name] === 'function') continue;
    Object.defineProperty(String.prototype, name, { value: methods[name], writable: true, configurable: true });
  }
}

module.exports = { install };
