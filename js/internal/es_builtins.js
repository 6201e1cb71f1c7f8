'use strict';
// ECMAScript built-ins node 20 has and goja lacks, as plain methods:
// String.prototype.isWellFormed and toWellFormed (ES2024; whatwg-url's
// webidl-conversions calls toWellFormed on every USVString). WeakRef and
// FinalizationRegistry are in internal/weakref (they need Go's GC).
//
// And async methods' prototype: goja makes `{ async m() {} }` and a class's
// async methods with Function.prototype, so `m.constructor.name` is
// 'Function' (aedes refuses such a persistence: "persistence.setup() must be
// an async function"). Function.prototype.constructor is an accessor that,
// read through such a method, gives it AsyncFunction.prototype (Go tells the
// method kind apart: internalBinding('util').isAsyncMethod) and answers
// AsyncFunction; for anything else it is Function, and assigning it makes
// an own property as assigning a data property would.

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

// What Function.prototype.constructor is (internal/function_import puts its
// Function in front of goja's).
let FunctionConstructor = Function;
function setFunctionConstructor(F) {
  FunctionConstructor = F;
}

let constructorGetter;

// constructorValue is what a `constructor` descriptor gives when read
// through receiver: its value, or the accessor's answer for
// Function.prototype's (code that walks prototypes for a constructor's name
// looks here: util.inspect, events, serdes).
function constructorValue(desc, receiver) {
  if (desc === undefined) return undefined;
  if (desc.get !== undefined && desc.get === constructorGetter) return constructorGetter.call(receiver);
  return desc.value;
}

function installAsyncMethodConstructor() {
  const { isAsyncMethod } = internalBinding('util');
  const FunctionPrototype = Function.prototype;
  const AsyncFunction = (async function () {}).constructor;
  Object.defineProperty(FunctionPrototype, 'constructor', {
    get: constructorGetter = function constructor() {
      if (this !== FunctionPrototype && typeof this === 'function' &&
          Object.getPrototypeOf(this) === FunctionPrototype && isAsyncMethod(this)) {
        Object.setPrototypeOf(this, AsyncFunction.prototype);
        return AsyncFunction;
      }
      return FunctionConstructor;
    },
    set: function constructor(value) {
      Object.defineProperty(this, 'constructor', { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: false,
    configurable: true,
  });
}

// Date's toString and toTimeString end with the zone's name in
// parentheses: goja writes Go's abbreviation ("(UTC)", "(CEST)"), V8 the
// long English name ICU gives ("(Coordinated Universal Time)", "(Central
// European Summer Time)"). The long name comes from Intl, once per
// abbreviation and offset.
const zoneNameCache = new Map();
let zoneNameFormat = null;
let zoneNameTZ; // process.env.TZ when zoneNameFormat was made

function longZoneName(date, text) {
  const open = text.lastIndexOf(' (');
  if (open < 0 || !text.endsWith(')')) return text;
  const key = text.slice(open - 5, text.length); // "+0200 (CEST)"
  const tz = process.env.TZ;
  if (zoneNameTZ !== tz) {
    // the names are the zone's: "+0000 (GMT)" is Greenwich Mean Time in
    // London, not in Lagos
    zoneNameFormat = null;
    zoneNameTZ = tz;
    zoneNameCache.clear();
  }
  let name = zoneNameCache.get(key);
  if (name === undefined) {
    zoneNameFormat ??= new Intl.DateTimeFormat('en-US', { timeZoneName: 'long' });
    const part = zoneNameFormat.formatToParts(date).find((p) => p.type === 'timeZoneName');
    name = part ? part.value : text.slice(open + 2, -1);
    zoneNameCache.set(key, name);
  }
  return `${text.slice(0, open)} (${name})`;
}

function installDateZoneNames() {
  const proto = Date.prototype;
  for (const name of ['toString', 'toTimeString']) {
    const original = proto[name];
    const methods = {
      toString() { return longZoneName(this, original.call(this)); },
      toTimeString() { return longZoneName(this, original.call(this)); },
    };
    Object.defineProperty(proto, name, { value: methods[name], writable: true, configurable: true, enumerable: false });
  }
}

function install() {
  installAsyncMethodConstructor();
  installDateZoneNames();
  for (const name of Object.keys(methods)) {
    if (typeof String.prototype[name] === 'function') continue;
    Object.defineProperty(String.prototype, name, { value: methods[name], writable: true, configurable: true });
  }
}

module.exports = { install, setFunctionConstructor, constructorValue };
