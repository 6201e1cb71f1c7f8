'use strict';
// WeakRef and FinalizationRegistry over Go's garbage collector
// (modules/weakref): goja has neither. The JS halves check arguments with
// V8's messages; the Go half holds the weak pointers and the cleanups.

const binding = internalBinding('weakref');

const kRef = Symbol('kRef');
const kRegistry = Symbol('kRegistry');

function canBeHeldWeakly(v) {
  return (v !== null && (typeof v === 'object' || typeof v === 'function')) ||
    (typeof v === 'symbol' && Symbol.keyFor(v) === undefined);
}

class WeakRef {
  constructor(target) {
    if (new.target === undefined) throw new TypeError("Constructor WeakRef requires 'new'");
    if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
      throw new TypeError('WeakRef: invalid target');
    }
    this[kRef] = binding.newRef(target);
  }

  deref() {
    if (this === null || typeof this !== 'object' || this[kRef] === undefined) {
      throw new TypeError('WeakRef.prototype.deref: Receiver must be a WeakRef');
    }
    return binding.deref(this[kRef]);
  }
}
Object.defineProperty(WeakRef.prototype, Symbol.toStringTag, { value: 'WeakRef', configurable: true });

class FinalizationRegistry {
  constructor(cleanupCallback) {
    if (new.target === undefined) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
    if (typeof cleanupCallback !== 'function') {
      throw new TypeError('FinalizationRegistry: cleanup must be callable');
    }
    this[kRegistry] = binding.newRegistry(cleanupCallback);
  }

  register(target, heldValue, unregisterToken) {
    const reg = registryOf(this, 'register');
    if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
      throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
    }
    if (target === heldValue) {
      throw new TypeError('FinalizationRegistry.prototype.register: target and holdings must not be same');
    }
    if (unregisterToken !== undefined && !canBeHeldWeakly(unregisterToken)) {
      throw new TypeError(`FinalizationRegistry.prototype.register: Invalid unregisterToken ('${String(unregisterToken)}')`);
    }
    binding.register(reg, target, heldValue,
      unregisterToken !== null && typeof unregisterToken === 'object' ? unregisterToken : undefined);
  }

  unregister(unregisterToken) {
    const reg = registryOf(this, 'unregister');
    if (unregisterToken === null || (typeof unregisterToken !== 'object' && typeof unregisterToken !== 'function')) {
      throw new TypeError(`Invalid unregisterToken ('${String(unregisterToken)}')`);
    }
    return binding.unregister(reg, unregisterToken);
  }
}
Object.defineProperty(FinalizationRegistry.prototype, Symbol.toStringTag, {
  value: 'FinalizationRegistry', configurable: true,
});

function registryOf(self, method) {
  if (self === null || typeof self !== 'object' || self[kRegistry] === undefined) {
    throw new TypeError(`FinalizationRegistry.prototype.${method}: Receiver must be a FinalizationRegistry`);
  }
  return self[kRegistry];
}

module.exports = { WeakRef, FinalizationRegistry };
