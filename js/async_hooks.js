'use strict';
// The `async_hooks` builtin (gojanet): createHook, AsyncLocalStorage,
// AsyncResource, executionAsyncId/triggerAsyncId/executionAsyncResource,
// asyncWrapProviders, written from node's documentation and checked against
// node 20.
//
// Contexts live in js/internal/async_context.js: while a hook or a storage
// is enabled, timers, immediates, process.nextTick, promise reactions and
// await, socket/server/fs/dns/dgram/child_process callbacks and
// AsyncResource scopes each run in a resource of their own (an async id, a
// trigger id, the stores), reported to hooks with node's type names.
// Nothing is tracked before the first hook or storage is enabled, so
// executionAsyncId() is 1 and triggerAsyncId() 0 until then. What differs
// from node: promise resources are one per reaction (then/await), made when
// the reaction is scheduled, not one per promise; promiseResolve is never
// called; destroy is reported when a handle closes or a request completes,
// never when an object is garbage collected (an AsyncResource without
// emitDestroy() is never destroyed).

const ctx = require('internal/async_context');
const { state, kId, kTrigger, kResource } = ctx;
const { codes: { ERR_INVALID_ASYNC_ID, ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE } } = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { deprecate } = require('util');

function executionAsyncId() {
  return state.current[kId];
}

function triggerAsyncId() {
  return state.current[kTrigger];
}

const topResource = {};
function executionAsyncResource() {
  const c = state.current;
  if (c === ctx.top) return topResource;
  const r = c[kResource];
  return r === undefined ? c : r;
}

const kInit = Symbol('init');
const kBefore = Symbol('before');
const kAfter = Symbol('after');
const kDestroy = Symbol('destroy');
const kPromiseResolve = Symbol('promiseResolve');
const kHook = Symbol('hook');

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    const check = (fn, name) => {
      if (fn !== undefined && typeof fn !== 'function') throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
    };
    check(init, 'init');
    check(before, 'before');
    check(after, 'after');
    check(destroy, 'destroy');
    check(promiseResolve, 'promiseResolve');
    this[kInit] = init;
    this[kBefore] = before;
    this[kAfter] = after;
    this[kDestroy] = destroy;
    this[kPromiseResolve] = promiseResolve;
  }

  enable() {
    // What async_context calls: the hook's functions, called with the
    // AsyncHook as `this`.
    if (this[kHook] === undefined) {
      const self = this;
      const wrap = (fn) => (fn === undefined ? undefined : function (a, b, c, d) {
        return fn.call(self, a, b, c, d);
      });
      Object.defineProperty(this, kHook, {
        value: {
          init: wrap(this[kInit]),
          before: wrap(this[kBefore]),
          after: wrap(this[kAfter]),
          destroy: wrap(this[kDestroy]),
          promiseResolve: wrap(this[kPromiseResolve]),
        },
        enumerable: false,
      });
    }
    ctx.addHook(this[kHook]);
    return this;
  }

  disable() {
    if (this[kHook] !== undefined) ctx.removeHook(this[kHook]);
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
    let trigger = opts;
    if (typeof opts !== 'number') {
      trigger = opts.triggerAsyncId === undefined ? state.current[kId] : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(trigger) || trigger < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', trigger);
    }
    ctx.init(type, this, this, trigger);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return ctx.runIn(this, fn, thisArg, args);
  }

  emitDestroy() {
    ctx.destroyLater(this);
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

// node's provider numbers (async_wrap's list, node 20).
const providerNames = [
  'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ', 'BLOBREADER',
  'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP',
  'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE',
  'HTTPCLIENTREQUEST', 'JSSTREAM', 'JSUDPWRAP', 'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP',
  'PIPEWRAP', 'PROCESSWRAP', 'PROMISE', 'QUERYWRAP', 'QUIC_LOGSTREAM', 'QUIC_PACKET', 'SHUTDOWNWRAP',
  'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP', 'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP',
  'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERHEAPSNAPSHOT', 'WRITEWRAP', 'ZLIB',
  'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST', 'KEYEXPORTREQUEST',
  'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST', 'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST',
  'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST',
];
const asyncWrapProviders = { __proto__: null };
for (let i = 0; i < providerNames.length; i++) asyncWrapProviders[providerNames[i]] = i;
Object.freeze(asyncWrapProviders);

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
