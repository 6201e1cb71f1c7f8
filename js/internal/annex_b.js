'use strict';
// Language features V8 has and goja lacks, which packages touch at load:
// the legacy accessor methods of ECMAScript's Annex B
// (Object.prototype.__defineGetter__, __defineSetter__, __lookupGetter__,
// __lookupSetter__: pg's defaults call __defineSetter__), and ES2024's
// the String.prototype HTML methods (anchor, bold, link...) and
// Date.prototype.getYear/setYear/toGMTString, and ES2024's
// ArrayBuffer.prototype.resizable / maxByteLength / resize (webidl-
// conversions, under mongodb, reads their descriptors). goja's buffers never
// resize, so every one reports resizable false and resize() throws as V8
// does for a fixed-length buffer.

function toObject(value, name) {
  if (value === null || value === undefined) {
    throw new TypeError(`Object.prototype.${name} called on null or undefined`);
  }
  return Object(value);
}

function toKey(p) {
  return typeof p === 'symbol' ? p : String(p);
}

function define(kind, name) {
  return {
    [name](p, fn) {
      const o = toObject(this, name);
      if (typeof fn !== 'function') {
        throw new TypeError(`Object.prototype.${name}: Expecting function`);
      }
      Object.defineProperty(o, toKey(p), { [kind]: fn, enumerable: true, configurable: true });
      return undefined;
    },
  }[name];
}

function lookup(kind, name) {
  return {
    [name](p) {
      let o = toObject(this, name);
      const key = toKey(p);
      while (o !== null) {
        const desc = Object.getOwnPropertyDescriptor(o, key);
        if (desc !== undefined) return desc[kind];
        o = Object.getPrototypeOf(o);
      }
      return undefined;
    },
  }[name];
}

const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;

function installResizable() {
  const proto = ArrayBuffer.prototype;
  if (Object.getOwnPropertyDescriptor(proto, 'resizable') !== undefined) return;
  Object.defineProperty(proto, 'resizable', {
    get: Object.getOwnPropertyDescriptor({ get resizable() { abByteLength.call(this); return false; } }, 'resizable').get,
    configurable: true,
  });
  Object.defineProperty(proto, 'maxByteLength', {
    get: Object.getOwnPropertyDescriptor({ get maxByteLength() { return abByteLength.call(this); } }, 'maxByteLength').get,
    configurable: true,
  });
  Object.defineProperty(proto, 'resize', {
    value: { resize(newLength) {
      abByteLength.call(this);
      throw new TypeError('Method ArrayBuffer.prototype.resize called on incompatible receiver #<ArrayBuffer>');
    } }.resize,
    writable: true,
    configurable: true,
  });
}

// String.prototype.anchor & co.: the string in an HTML element, with one
// attribute whose quotes are escaped (the spec's CreateHTML).
const htmlMethods = [
  ['anchor', 'a', 'name'], ['big', 'big'], ['blink', 'blink'], ['bold', 'b'], ['fixed', 'tt'],
  ['fontcolor', 'font', 'color'], ['fontsize', 'font', 'size'], ['italics', 'i'], ['link', 'a', 'href'],
  ['small', 'small'], ['strike', 'strike'], ['sub', 'sub'], ['sup', 'sup'],
];

function htmlMethod(name, tag, attribute) {
  const build = (self, value) => {
    if (self === null || self === undefined) {
      throw new TypeError(`String.prototype.${name} called on null or undefined`);
    }
    const open = attribute === undefined ? tag : `${tag} ${attribute}="${String(value).replace(/"/g, '&quot;')}"`;
    return `<${open}>${String(self)}</${tag}>`;
  };
  // Methods with the spec's length, no prototype, not constructors.
  return attribute === undefined ?
    { [name]() { return build(this); } }[name] :
    { [name](value) { return build(this, value); } }[name];
}

function installDateYear() {
  const proto = Date.prototype;
  if (typeof proto.getYear === 'function') return;
  const { getFullYear, setFullYear, getTime, setTime } = proto;
  const methods = {
    getYear() {
      return getFullYear.call(this) - 1900;
    },
    // setYear(y): a year 0-99 means 1900-1999; an invalid date starts from
    // the local epoch's day.
    setYear(year) {
      const time = getTime.call(this);
      const y = Number(year);
      if (Number.isNaN(y)) return setTime.call(this, NaN);
      const whole = Math.trunc(y);
      if (Number.isNaN(time)) setTime.call(this, new Date(1970, 0, 1).getTime());
      return setFullYear.call(this, whole >= 0 && whole <= 99 ? 1900 + whole : y);
    },
  };
  for (const name of ['getYear', 'setYear']) {
    Object.defineProperty(proto, name, { value: methods[name], writable: true, configurable: true, enumerable: false });
  }
  // toGMTString is the same function as toUTCString (Annex B)
  if (!('toGMTString' in proto)) {
    Object.defineProperty(proto, 'toGMTString', { value: proto.toUTCString, writable: true, configurable: true, enumerable: false });
  }
}

function install() {
  installResizable();
  installDateYear();
  for (const [name, tag, attribute] of htmlMethods) {
    if (typeof String.prototype[name] === 'function') continue;
    Object.defineProperty(String.prototype, name, { value: htmlMethod(name, tag, attribute), writable: true, configurable: true, enumerable: false });
  }
  const methods = {
    __defineGetter__: define('get', '__defineGetter__'),
    __defineSetter__: define('set', '__defineSetter__'),
    __lookupGetter__: lookup('get', '__lookupGetter__'),
    __lookupSetter__: lookup('set', '__lookupSetter__'),
  };
  for (const [name, fn] of Object.entries(methods)) {
    if (typeof Object.prototype[name] === 'function') continue;
    // Methods have no prototype and are not constructors, as V8's.
    Object.defineProperty(Object.prototype, name, { value: fn, writable: true, configurable: true, enumerable: false });
  }
}

module.exports = { install };
