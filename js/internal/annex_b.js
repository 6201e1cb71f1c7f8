'use strict';
// Language features V8 has and goja lacks, which packages touch at load:
// the legacy accessor methods of ECMAScript's Annex B
// (Object.prototype.__defineGetter__, __defineSetter__, __lookupGetter__,
// __lookupSetter__: pg's defaults call __defineSetter__), and ES2024's
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

function install() {
  installResizable();
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
