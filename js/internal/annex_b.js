'use strict';
// The legacy accessor methods of ECMAScript's Annex B, which V8 has and
// goja does not: Object.prototype.__defineGetter__, __defineSetter__,
// __lookupGetter__ and __lookupSetter__. npm packages still call them (pg's
// defaults use __defineSetter__ at load).

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

function install() {
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
