'use strict';
// The `async_hooks` builtin (gojanet): AsyncLocalStorage, AsyncResource,
// executionAsyncId/triggerAsyncId/executionAsyncResource, written from
// node's documentation and checked against node 20.
//
// Contexts live in js/internal/async_context.js: a store set with run() or
// enterWith() follows the work scheduled from there — timers, immediates,
// process.nextTick, promise reactions and await (goja's async context
// tracker), EventEmitter listeners (synchronous) and AsyncResource scopes.
// Resources and async ids are only tracked while an AsyncLocalStorage is
// enabled (node's storage hook works the same way), so executionAsyncId()
// is 1 and triggerAsyncId() 0 in callbacks run while none is. createHook
// is not provided: gojanet cannot report init/before/after/destroy for
// every kind of resource node has, so it is absent (undefined) rather than
// partly silent.

const ctx = require('internal/async_context');
const { state, kId, kTrigger } = ctx;
const { codes: { ERR_INVALID_ASYNC_ID } } = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { deprecate } = require('util');

function executionAsyncId() {
  return state.current[kId];
}

function triggerAsyncId() {
  return state.current[kTrigger];
}

function executionAsyncResource() {
  return state.current;
}

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let trigger = opts;
    if (typeof opts !== 'number') {
      trigger = opts.triggerAsyncId === undefined ? state.current[kId] : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(trigger) || trigger < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', trigger);
    }
    this[kId] = state.nextId++;
    this[kTrigger] = trigger;
    const parent = state.current;
    for (const storage of state.storages) storage._propagate(this, parent, type);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return ctx.runIn(this, fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kId];
  }

  triggerAsyncId() {
    return this[kTrigger];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let self = this;
    let bound;
    if (thisArg === undefined) {
      bound = function (...args) {
        return ctx.runIn(self, fn, this, args);
      };
    } else {
      bound = (...args) => ctx.runIn(self, fn, thisArg, args);
    }
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get: deprecate(function () { return self; },
          'The asyncResource property on bound functions is deprecated', 'DEP0172'),
        set: deprecate(function (val) { self = val; },
          'The asyncResource property on bound functions is deprecated', 'DEP0172'),
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return (new AsyncResource(type || 'bound-anonymous-fn')).bind(fn, thisArg);
  }
}

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncLocalStorage.bind((cb, ...args) => cb(...args));
  }

  disable() {
    if (this.enabled) {
      this.enabled = false;
      ctx.disable(this);
    }
  }

  _enable() {
    if (!this.enabled) {
      this.enabled = true;
      ctx.enable(this);
    }
  }

  // _propagate copies this storage's store from the resource that schedules
  // work to the resource the work will run in.
  _propagate(resource, triggerResource) {
    if (this.enabled) resource[this.kResourceStore] = triggerResource[this.kResourceStore];
  }

  enterWith(store) {
    this._enable();
    state.current[this.kResourceStore] = store;
  }

  run(store, callback, ...args) {
    if (Object.is(store, this.getStore())) return Reflect.apply(callback, null, args);
    this._enable();
    const resource = state.current;
    const old = resource[this.kResourceStore];
    resource[this.kResourceStore] = store;
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      resource[this.kResourceStore] = old;
    }
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    this.disable();
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      this._enable();
    }
  }

  getStore() {
    if (this.enabled) return state.current[this.kResourceStore];
  }
}

module.exports = {
  AsyncLocalStorage,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  AsyncResource,
};
