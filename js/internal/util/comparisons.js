'use strict';
// Deep equality used by assert.deepEqual / deepStrictEqual and
// util.isDeepStrictEqual.  Written from the comparison rules described in
// Node's assert documentation.

const { types } = require('internal/util/inspect');
const {
  isDate, isRegExp, isMap, isSet, isNativeError, isBoxedPrimitive,
  isNumberObject, isStringObject, isBooleanObject, isBigIntObject, isSymbolObject,
  isArrayBuffer, isSharedArrayBuffer, isDataView, isTypedArray, typedArrayName,
  isArgumentsObject, isWeakMap, isWeakSet, isPromise,
} = types;

const kStrict = true;
const kLoose = false;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const propIsEnum = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const objToString = (o) => Object.prototype.toString.call(o);

function looseEqualPrimitive(a, b) {
  // eslint-disable-next-line eqeqeq
  return a == b || (a !== a && b !== b);
}

function ownEnumerableKeys(obj, strict) {
  const keys = Object.keys(obj);
  if (strict) {
    for (const s of Object.getOwnPropertySymbols(obj)) {
      if (propIsEnum(obj, s)) keys.push(s);
    }
  }
  return keys;
}

function isIndex(k) {
  return typeof k === 'string' && /^(?:0|[1-9][0-9]*)$/.test(k) && +k < 4294967295;
}

function boxedEqual(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

// Byte views compared in Go (Buffer.compare): a loop over the elements
// costs goja microseconds each.
let BufferCtor; // buffer's, not the global a script can replace
function bytesEqual(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return a.byteLength === 0 || (BufferCtor ??= require('buffer').Buffer).compare(a, b) === 0;
}

function typedArrayBytes(ta) {
  return new Uint8Array(ta.buffer, ta.byteOffset, ta.byteLength);
}

// A typed array's own keys are its indices, in order, then the rest: the
// non-index keys are what follows the first `length` keys. The binding
// lists the rest without making a string per index.
const utilBinding = internalBinding('util');
function nonIndexKeys(ta, strict) {
  const named = utilBinding.ownNonIndexKeys(ta);
  if (named === undefined) return ownEnumerableKeys(ta, strict).slice(ta.length);
  const keys = named.filter((k) => propIsEnum(ta, k));
  if (strict) {
    for (const s of Object.getOwnPropertySymbols(ta)) {
      if (propIsEnum(ta, s)) keys.push(s);
    }
  }
  return keys;
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    if (val1 !== 0) return true;
    return strict ? Object.is(val1, val2) : true;
  }

  if (strict) {
    if (typeof val1 !== 'object') {
      return typeof val1 === 'number' && Number.isNaN(val1) && Number.isNaN(val2);
    }
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
    if (Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) return false;
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        return looseEqualPrimitive(val1, val2);
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }

  const tag1 = objToString(val1);
  const tag2 = objToString(val2);
  if (tag1 !== tag2) return false;

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = ownEnumerableKeys(val1, strict).filter((k) => !isIndex(k));
    const keys2 = ownEnumerableKeys(val2, strict).filter((k) => !isIndex(k));
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, 1, keys1);
  }
  if (tag1 === '[object Object]' && !isMap(val1) && !isSet(val1) && !isDate(val1) &&
      !isRegExp(val1) && !isNativeError(val1) && !isBoxedPrimitive(val1) &&
      !isTypedArray(val1) && !isArrayBuffer(val1) && !isDataView(val1)) {
    return keyCheck(val1, val2, strict, memos, 0);
  }
  if (isDate(val1)) {
    if (!isDate(val2) || Date.prototype.getTime.call(val1) !== Date.prototype.getTime.call(val2)) return false;
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || val1.source !== val2.source || val1.flags !== val2.flags ||
        val1.lastIndex !== val2.lastIndex) return false;
  } else if (isNativeError(val1) || val1 instanceof Error) {
    if (!(isNativeError(val2) || val2 instanceof Error) ||
        val1.message !== val2.message || val1.name !== val2.name) return false;
    if (hasOwn(val1, 'cause') !== hasOwn(val2, 'cause') ||
        (hasOwn(val1, 'cause') && !innerDeepEqual(val1.cause, val2.cause, strict, memos))) return false;
    if (hasOwn(val1, 'errors') !== hasOwn(val2, 'errors') ||
        (hasOwn(val1, 'errors') && !innerDeepEqual(val1.errors, val2.errors, strict, memos))) return false;
  } else if (isTypedArray(val1)) {
    // A look-alike (a typed array's prototype and toStringTag) is not one.
    if (!isTypedArray(val2) || typedArrayName(val1) !== typedArrayName(val2) || val1.length !== val2.length) return false;
    // As node: strictly, the bytes are compared (a NaN with another
    // payload differs); loosely too, except for floats, element by element
    // (NaN never equals, -0 equals +0).
    const name = typedArrayName(val1);
    if (strict || (name !== 'Float32Array' && name !== 'Float64Array')) {
      if (!bytesEqual(typedArrayBytes(val1), typedArrayBytes(val2))) return false;
    } else {
      for (let i = 0; i < val1.length; i++) if (val1[i] !== val2[i]) return false;
    }
    const keys1 = nonIndexKeys(val1, strict);
    const keys2 = nonIndexKeys(val2, strict);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, 0, keys1);
  } else if (isSet(val1)) {
    if (!isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, 2);
  } else if (isMap(val1)) {
    if (!isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, 3);
  } else if (isArrayBuffer(val1) || isSharedArrayBuffer(val1)) {
    if (!bytesEqual(new Uint8Array(val1), new Uint8Array(val2))) return false;
  } else if (isDataView(val1)) {
    if (!bytesEqual(new Uint8Array(val1.buffer, val1.byteOffset, val1.byteLength),
      new Uint8Array(val2.buffer, val2.byteOffset, val2.byteLength))) return false;
  } else if (isBoxedPrimitive(val1)) {
    if (!boxedEqual(val1, val2)) return false;
  } else if (Array.isArray(val2) || isBoxedPrimitive(val2) || isDate(val2) || isRegExp(val2) ||
             isArrayBuffer(val2) || isMap(val2) || isSet(val2) || isNativeError(val2) ||
             isTypedArray(val2) || isDataView(val2) || isSharedArrayBuffer(val2)) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, 0);
}

// iterationType: 0 = object keys, 1 = array (indices + keys), 2 = set, 3 = map
function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  if (aKeys === undefined) {
    aKeys = ownEnumerableKeys(val1, strict);
    const bKeys = ownEnumerableKeys(val2, strict);
    if (aKeys.length !== bKeys.length) return false;
  }
  // Every key must be an own enumerable key of val2 too (a non-enumerable
  // one does not count, whichever side it is on).
  for (let i = 0; i < aKeys.length; i++) {
    if (!propIsEnum(val2, aKeys[i])) return false;
  }

  if (aKeys.length === 0 && (iterationType === 0 ||
      (iterationType === 1 && val1.length === 0) ||
      val1.size === 0)) {
    return true;
  }

  if (memos === undefined) {
    memos = { val1: new Map(), val2: new Map(), position: 0 };
  } else {
    const val2MemoA = memos.val1.get(val1);
    if (val2MemoA !== undefined) {
      const val2MemoB = memos.val2.get(val2);
      if (val2MemoB !== undefined) return val2MemoA === val2MemoB;
    }
    memos.position++;
  }
  memos.val1.set(val1, memos.position);
  memos.val2.set(val2, memos.position);
  const areEq = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  memos.val1.delete(val1);
  memos.val2.delete(val2);
  return areEq;
}

function setHasEqual(set, val, strict, memos) {
  for (const v of set) {
    if (innerDeepEqual(val, v, strict, memos)) {
      set.delete(v);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  let pending = null;
  for (const v of a) {
    if (typeof v === 'object' && v !== null) {
      if (pending === null) pending = new Set();
      pending.add(v);
    } else if (!b.has(v)) {
      if (strict) return false;
      if (!setHasLoosePrimitive(a, b, v)) return false;
      if (pending === null) pending = new Set();
      pending.add(v);
    }
  }
  if (pending !== null) {
    for (const v of b) {
      if (typeof v === 'object' && v !== null) {
        if (!setHasEqual(pending, v, strict, memos)) return false;
      } else if (!strict && !a.has(v) && !setHasEqual(pending, v, strict, memos)) {
        return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

function setHasLoosePrimitive(a, b, v) {
  for (const x of b) {
    if ((x === null || typeof x !== 'object') && looseEqualPrimitive(x, v) && !a.has(x)) return true;
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, item1] of a) {
    if (typeof key === 'object' && key !== null) {
      if (pending === null) pending = new Set();
      pending.add(key);
    } else {
      if (!b.has(key) && !(key !== key)) {
        if (strict) return false;
        if (pending === null) pending = new Set();
        pending.add(key);
        continue;
      }
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memos)) {
        if (strict) return false;
        if (pending === null) pending = new Set();
        pending.add(key);
      }
    }
  }
  if (pending !== null) {
    for (const [key, item] of b) {
      if (typeof key === 'object' && key !== null) {
        if (!mapHasEqualEntry(pending, a, key, item, strict, memos)) return false;
      } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memos)) &&
                 !mapHasEqualEntry(pending, a, key, item, strict, memos)) {
        return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key2, item2, strict, memos) {
  for (const key1 of set) {
    if (innerDeepEqual(key1, key2, strict, memos) &&
        innerDeepEqual(map.get(key1), item2, strict, memos)) {
      set.delete(key1);
      return true;
    }
  }
  return false;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === 2) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === 3) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === 1) {
    for (let i = 0; i < a.length; i++) {
      const ha = hasOwn(a, i);
      const hb = hasOwn(b, i);
      if (ha !== hb) return false;
      if (ha && !innerDeepEqual(a[i], b[i], strict, memos)) return false;
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kStrict);
}

void isArgumentsObject;

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
