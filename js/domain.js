'use strict';
// The `domain` builtin (deprecated in node, still used): written from node's
// documentation and checked against node 20, on async_hooks as node's is.
//
// The whole path: loading this module enables one async hook. Its init
// remembers, per async id, the domain active when a resource (timer,
// immediate, tick, promise reaction, socket, request, fs call…) was created
// (js/internal/async_context numbers them); before/after enter and exit that
// domain around each of the resource's callbacks, so process.domain is the
// domain work was scheduled in. EventEmitters made while a domain is active
// belong to it (EventEmitter.init is wrapped); emit() runs listeners inside
// the emitter's domain, and an 'error' nobody listens to goes to the
// domain's 'error' (err.domainEmitter, err.domain, err.domainThrown = false).
// A throw from a callback reaches the runtime's uncaught-exception handler
// (bootstrap's fatalException) while the throwing callback's resources are
// still entered, so process.domain is still the domain it ran in; while any
// domain on the stack has an 'error' listener, the uncaught-exception capture
// callback routes the error to process.domain._errorHandler (err.domain,
// err.domainThrown = true) and the process goes on. Domains without an
// 'error' listener leave errors to 'uncaughtException' listeners and the
// default crash, as node. Domain.prototype.dispose is gone in node 20, so it
// is here too.

const EventEmitter = require('events');
const { createHook } = require('async_hooks');
const { codes: { ERR_DOMAIN_CALLBACK_NOT_AVAILABLE, ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE, ERR_UNHANDLED_ERROR } } =
  require('internal/errors');
const { validateFunction } = require('internal/validators');

if (process.hasUncaughtExceptionCaptureCallback()) {
  throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
}

// Where `domain` was loaded, appended to the error a later
// setUncaughtExceptionCaptureCallback throws.
const loadedAt = new Error('require(`domain`) at this point').stack;
const setCaptureCallback = process.setUncaughtExceptionCaptureCallback;
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  const err = new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
  err.stack += `\n${'-'.repeat(40)}\n${loadedAt}`;
  throw err;
};

// process.domain is the active domain (null before any is entered).
let activeDomain = process.domain === undefined ? null : process.domain;
Object.defineProperty(process, 'domain', {
  get() { return activeDomain; },
  set(v) { activeDomain = v; },
  enumerable: true,
  configurable: true,
});

function defineHidden(obj, name, value) {
  Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: false });
}

// async id → the domain its resource was created in.
const pairing = new Map();
const hook = createHook({
  init(asyncId, type, triggerAsyncId, resource) {
    const d = process.domain;
    // process.domain is writable: only a Domain is entered later.
    if (!(d instanceof Domain)) return;
    pairing.set(asyncId, d);
    if (resource !== null && (typeof resource === 'object' || typeof resource === 'function')) {
      try {
        defineHidden(resource, 'domain', d);
      } catch {
        // A socket handle takes no non-enumerable properties; the pairing
        // is what matters.
      }
    }
  },
  before(asyncId) {
    const d = pairing.get(asyncId);
    if (d !== undefined) d.enter();
  },
  after(asyncId) {
    const d = pairing.get(asyncId);
    if (d !== undefined) d.exit();
  },
  destroy(asyncId) {
    pairing.delete(asyncId);
  },
});

// The domains entered, innermost last.
const stack = [];
exports._stack = stack;

// Uncaught exceptions go to the active domain while some domain on the
// stack has an 'error' listener (otherwise to 'uncaughtException').
let capturing = false;
function updateExceptionCapture() {
  let want = false;
  for (let i = 0; i < stack.length; i++) {
    if (stack[i].listenerCount('error') > 0) {
      want = true;
      break;
    }
  }
  if (want === capturing) return;
  capturing = want;
  setCaptureCallback(null);
  if (want) setCaptureCallback(captureUncaught);
}

function captureUncaught(er) {
  let d = process.domain;
  if (!(d instanceof Domain)) d = stack[stack.length - 1];
  return Reflect.apply(Domain.prototype._errorHandler, d, [er]);
}

// The first 'uncaughtException' listener empties the domain stack, so user
// listeners run outside every domain.
function clearStackOnUncaught() {
  stack.length = 0;
  exports.active = process.domain = null;
  updateExceptionCapture();
}
process.on('newListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== clearStackOnUncaught) {
    process.removeListener(name, clearStackOnUncaught);
    process.prependListener(name, clearStackOnUncaught);
  }
});
process.on('removeListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== clearStackOnUncaught) {
    const rest = process.listeners('uncaughtException');
    if (rest.length === 1 && rest[0] === clearStackOnUncaught) process.removeListener(name, clearStackOnUncaught);
  }
});

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    hook.enable();
  }
}
Domain.prototype.members = undefined;

// Called (through the capture callback) with an error thrown inside this
// domain; returns whether a listener took it.
Domain.prototype._errorHandler = function _errorHandler(er) {
  let caught = false;
  if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
    defineHidden(er, 'domain', this);
    er.domainThrown = true;
  }
  // Leave this domain (and its repeated entries) so its handler does not
  // run inside it and catch its own errors.
  while (exports.active === this) this.exit();

  if (stack.length === 0) {
    // The outermost domain: an error thrown by its handler is uncaught.
    if (this.listenerCount('error') > 0) {
      capturing = false;
      setCaptureCallback(null);
      try {
        caught = this.emit('error', er);
      } finally {
        updateExceptionCapture();
      }
    }
  } else {
    try {
      caught = this.emit('error', er);
    } catch (er2) {
      // The handler threw: the enclosing domain may take that error.
      updateExceptionCapture();
      if (stack.length === 0) throw er2;
      exports.active = process.domain = stack[stack.length - 1];
      caught = process.domain._errorHandler(er2);
    }
  }
  // An uncaught exception ends the callback: no domain stays entered.
  clearStackOnUncaught();
  return caught;
};

Domain.prototype.enter = function enter() {
  exports.active = process.domain = this;
  stack.push(this);
  updateExceptionCapture();
};

Domain.prototype.exit = function exit() {
  const i = stack.lastIndexOf(this);
  if (i === -1) return;
  stack.splice(i);
  exports.active = stack.length === 0 ? undefined : stack[stack.length - 1];
  process.domain = exports.active;
  updateExceptionCapture();
};

Domain.prototype.add = function add(ee) {
  if (ee.domain === this) return;
  if (ee.domain) ee.domain.remove(ee);
  // A domain never becomes a member of one of its own members.
  if (this.domain && ee instanceof Domain) {
    for (let d = this.domain; d; d = d.domain) {
      if (ee === d) return;
    }
  }
  defineHidden(ee, 'domain', this);
  this.members.push(ee);
};

Domain.prototype.remove = function remove(ee) {
  ee.domain = null;
  const i = this.members.indexOf(ee);
  if (i !== -1) this.members.splice(i, 1);
};

Domain.prototype.run = function run(fn, ...args) {
  this.enter();
  const ret = Reflect.apply(fn, this, args);
  this.exit();
  return ret;
};

Domain.prototype.intercept = function intercept(cb) {
  validateFunction(cb, 'cb');
  const self = this;
  function runIntercepted(...args) {
    const er = args[0];
    if (er && er instanceof Error) {
      er.domainBound = cb;
      er.domainThrown = false;
      defineHidden(er, 'domain', self);
      self.emit('error', er);
      return;
    }
    self.enter();
    const ret = Reflect.apply(cb, this, args.slice(1));
    self.exit();
    return ret;
  }
  return runIntercepted;
};

Domain.prototype.bind = function bind(cb) {
  validateFunction(cb, 'cb');
  const self = this;
  function runBound(...args) {
    self.enter();
    const ret = Reflect.apply(cb, this, args);
    self.exit();
    return ret;
  }
  defineHidden(runBound, 'domain', this);
  return runBound;
};

// EventEmitters made inside a domain belong to it.
EventEmitter.usingDomains = true;
const eventInit = EventEmitter.init;
EventEmitter.init = function init(opts) {
  defineHidden(this, 'domain', null);
  if (exports.active && !(this instanceof Domain)) this.domain = exports.active;
  return Reflect.apply(eventInit, this, [opts]);
};

const eventEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(...args) {
  const domain = this.domain;
  const type = args[0];
  const handledError = type === 'error' && this.listenerCount(type) > 0;
  if (handledError || domain === null || domain === undefined || this === process) {
    return Reflect.apply(eventEmit, this, args);
  }
  if (type === 'error') {
    const er = args.length > 1 && args[1] ? args[1] : new ERR_UNHANDLED_ERROR();
    if (typeof er === 'object') {
      er.domainEmitter = this;
      defineHidden(er, 'domain', domain);
      er.domainThrown = false;
    }
    // The domain's handler runs outside the domain (its last run of
    // entries and any entered after it), restored afterwards.
    const savedStack = stack.slice();
    const savedActive = process.domain;
    let i = stack.lastIndexOf(domain);
    while (i > 0 && stack[i - 1] === domain) i--; // and its repeated entries
    if (i !== -1) stack.splice(i);
    else stack.length = 0;
    exports.active = process.domain = stack.length === 0 ? null : stack[stack.length - 1];
    updateExceptionCapture();
    domain.emit('error', er);
    stack.length = 0;
    for (let j = 0; j < savedStack.length; j++) stack.push(savedStack[j]);
    exports.active = process.domain = savedActive;
    updateExceptionCapture();
    return false;
  }
  domain.enter();
  const ret = Reflect.apply(eventEmit, this, args);
  domain.exit();
  return ret;
};

exports.Domain = Domain;
exports.createDomain = exports.create = function createDomain() {
  return new Domain();
};
exports.active = null;
