'use strict';

// The `events` builtin: EventEmitter and its static helpers.
//
// Written from Node's documentation and checked against node's observable
// behaviour.  Storage layout follows the documented/observable shape that npm
// packages poke at: `_events` is a null-prototype object mapping an event
// name to either the listener function itself (one listener) or an array of
// listeners (several), `_eventsCount` counts the names, `_maxListeners` is
// undefined until set.
//
// Performance notes (goja): listener arrays are copy-on-write.  Every
// add/remove installs a fresh array, so emit() can iterate the array it read
// without cloning it and still get snapshot semantics (listeners added or
// removed during an emit do not affect that emit).  Code that mutates an
// `_events` array in place during an emit would be seen by that emit; node
// would not see it.  emit() uses a rest parameter and Reflect.apply, which
// measured faster in goja than reading `arguments` (which goja materialises
// on every call) or switching on args.length to use .call().
//
// Measured in goja (interleaved A/B runs, min of 15 rounds, shared 2-core
// box; a plain JS function call costs 0.25 us there):
//   emit, no listener ................ 0.86 us
//   emit, 1 listener, 0-2 args ....... 1.20-1.28 us  (switch/.call: 1.29-1.49)
//   emit, 2 listeners ................ 1.92 us        (clone per emit: 2.76)
//   emit, 3 listeners ................ 2.27 us        (clone per emit: 3.27)
//   once() + emit .................... 5.3 us
//   on() + off() ..................... 1.4 us

const ReflectApply = Reflect.apply;
const ReflectOwnKeys = Reflect.ownKeys;
const ObjectCreate = Object.create;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;

const kCapture = Symbol('kCapture');
const captureShared = require('internal/events_capture'); // (the getter's value, for streams)
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kFirstEventParam = Symbol.for('nodejs.kFirstEventParam'); // readline's iterator passes it
const kWatermarkData = Symbol.for('nodejs.watermarkData');

let defaultMaxListeners = 10;
// (defaultMaxListeners as a field, for internal/events_fns: kept equal)
const maxListenersRecord = { value: 10 };

// ---------------------------------------------------------------------------
// Collaborators.  errors/validators are plain data modules; util and
// event_target are loaded on first use.

const { codes, errors } = require('internal/errors_lazy');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
} = require('internal/validators');
const { constructorValue } = require('internal/es_builtins');

let eventTargetModule;
function eventTarget() {
  if (eventTargetModule === undefined) eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}
function isEventTarget(obj) {
  return eventTarget().isEventTarget(obj);
}
let utilInspect;
function inspect(value, opts) {
  if (utilInspect === undefined) utilInspect = require('util').inspect;
  return utilInspect(value, opts);
}

function newAbortError(signal) {
  return new (errors().AbortError)(undefined, { cause: signal === undefined || signal === null ? undefined : signal.reason });
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function validateNonNegativeNumber(value, name) {
  validateNumber(value, name, 0);
}

// `[ClassName]`, i.e. what util.inspect(obj, { depth: -1 }) prints.
function shortDescription(obj) {
  let proto = obj;
  while (proto !== null && proto !== undefined) {
    const ctor = constructorValue(Object.getOwnPropertyDescriptor(proto, 'constructor'), obj);
    if (typeof ctor === 'function' && ctor.name !== '') {
      if (proto === obj || obj instanceof ctor) return `[${ctor.name}]`;
    }
    proto = ObjectGetPrototypeOf(proto);
  }
  return '[Object: null prototype]';
}

// ---------------------------------------------------------------------------
// EventEmitter

function EventEmitter(opts) {
  // (init called directly while it is events' own: .call() is a native
  // call on goja; domain replaces EventEmitter.init)
  const f = EventEmitter.init;
  if (f === init) initOf(this, opts);
  else f.call(this, opts);
}
module.exports = EventEmitter;

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;

function init(opts) {
  initOf(this, opts);
}
// init's work as a plain call (internal/events_fns initOf: the builtins'
// constructors call it while EventEmitter.init is init)
function initOf(self, opts) {
  if (self._events === undefined || self._events === ObjectGetPrototypeOf(self)._events) {
    self._events = ObjectCreate(null);
    self._eventsCount = 0;
    self[kShapeMode] = false;
  } else {
    self[kShapeMode] = true;
  }

  initRest(self, opts);
}
// initOf for an emitter whose constructor has just given it its own
// _events with the common slots (shape mode; Readable's, IncomingMessage's,
// Duplex's with its options)
function initShaped(self, opts) {
  self[kShapeMode] = true;
  initRest(self, opts);
}
function initRest(self, opts) {
  self._maxListeners = self._maxListeners || undefined;

  if (opts !== undefined && opts !== null && opts.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    self[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Picks up the value of EventEmitter.captureRejections at creation time.
    self[kCapture] = EventEmitter.prototype[kCapture];
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNonNegativeNumber(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

// ---------------------------------------------------------------------------
// captureRejections support

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  // Duck-typed thenables are supported, as in node.
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      ReflectApply(then, promise, [undefined, function (err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      }]);
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ReflectApply(ee[kRejection], ee, [err, type].concat(args));
  } else {
    // Avoid looping if the 'error' listener itself rejects.
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

// ---------------------------------------------------------------------------
// emit

function throwUnhandledError(er) {
  if (er instanceof Error) throw er;
  let stringified;
  try {
    stringified = inspect(er);
  } catch (e) {
    stringified = er;
  }
  const err = new codes.ERR_UNHANDLED_ERROR(stringified);
  err.context = er;
  throw err;
}

function emitError(self, args) {
  const events = self._events;
  if (events !== undefined) {
    if (events[kErrorMonitor] !== undefined) ReflectApply(self.emit, self, [kErrorMonitor].concat(args));
    if (events.error !== undefined) return;
  }
  throwUnhandledError(args[0]);
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error' && (events === undefined || events.error === undefined || events[kErrorMonitor] !== undefined)) {
    // Emits to errorMonitor listeners; throws when nobody handles 'error'.
    emitError(this, args);
  }
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = ReflectApply(handler, this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    // Copy-on-write array: safe to iterate without cloning.
    const len = handler.length;
    for (let i = 0; i < len; ++i) {
      const result = ReflectApply(handler[i], this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

// emit(type) with n (0-2) arguments for builtins, where `type` is not
// 'error' and target.emit is EventEmitter's own: what emit() does then,
// without its rest array (an array object per emit on goja). Listeners are
// called with exactly the arguments given, as emit calls them. (A listener's
// result matters only while rejections are captured: addCatch's first
// check, made here before its arguments array.)
function emitKnown(target, type, n, a, b) {
  const events = target._events;
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = n === 0 ? handler.call(target) : n === 1 ? handler.call(target, a) : handler.call(target, a, b);
    if (result !== undefined && result !== null && target[kCapture]) addCatch(target, result, type, knownArgs(n, a, b));
  } else {
    // Copy-on-write array: safe to iterate without cloning.
    const len = handler.length;
    for (let i = 0; i < len; ++i) {
      const h = handler[i];
      const result = n === 0 ? h.call(target) : n === 1 ? h.call(target, a) : h.call(target, a, b);
      if (result !== undefined && result !== null && target[kCapture]) addCatch(target, result, type, knownArgs(n, a, b));
    }
  }
  return true;
}
function knownArgs(n, a, b) {
  return n === 0 ? [] : n === 1 ? [a] : [a, b];
}

// ---------------------------------------------------------------------------
// adding listeners

function maxListenersWarning(target, type, count, max) {
  const w = new Error(
    'Possible EventEmitter memory leak detected. ' +
    `${count} ${String(type)} listeners ` +
    `added to ${shortDescription(target)}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = count;
  process.emitWarning(w);
}

// Copies of a listener array with one more or one less (copy-on-write, see
// above). Short lists are array literals: on goja a literal costs a third
// of `new Array(n)` filled index by index.
function appendedCopy(a, x) {
  switch (a.length) {
    case 2: return [a[0], a[1], x];
    case 3: return [a[0], a[1], a[2], x];
    case 4: return [a[0], a[1], a[2], a[3], x];
  }
  const n = a.length;
  const list = new Array(n + 1);
  for (let i = 0; i < n; ++i) list[i] = a[i];
  list[n] = x;
  return list;
}
function prependedCopy(a, x) {
  switch (a.length) {
    case 2: return [x, a[0], a[1]];
    case 3: return [x, a[0], a[1], a[2]];
  }
  const n = a.length;
  const list = new Array(n + 1);
  list[0] = x;
  for (let i = 0; i < n; ++i) list[i + 1] = a[i];
  return list;
}
// (a.length >= 3: two become the one left)
function copyWithout(a, position) {
  if (a.length === 3) {
    switch (position) {
      case 0: return [a[1], a[2]];
      case 1: return [a[0], a[2]];
      case 2: return [a[0], a[1]];
    }
  }
  const n = a.length;
  const copy = new Array(n - 1);
  for (let i = 0, j = 0; i < n; ++i) {
    if (i !== position) copy[j++] = a[i];
  }
  return copy;
}

function _addListener(target, type, listener, prepend) {
  if (typeof listener !== 'function') checkListener(listener);

  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = ObjectCreate(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      // The 'newListener' handler may have replaced _events.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }

  let list;
  if (typeof existing === 'function') {
    list = prepend ? [listener, existing] : [existing, listener];
  } else {
    list = prepend ? prependedCopy(existing, listener) : appendedCopy(existing, listener);
    if (existing.warned === true) list.warned = true;
  }
  events[type] = list;

  const m = _getMaxListeners(target);
  if (m > 0 && list.length > m && list.warned !== true) {
    list.warned = true;
    maxListenersWarning(target, type, list.length, m);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

{
  const fns = require('internal/events_fns');
  fns.add = _addListener;
  fns.on = EventEmitter.prototype.on;
  fns.emit = EventEmitter.prototype.emit;
  fns.emitKnown = emitKnown;
  fns.init = init;
  fns.initOf = initOf;
  fns.initShaped = initShaped;
  fns.kShapeMode = kShapeMode;
  fns.kCapture = kCapture;
  fns.proto = EventEmitter.prototype;
  fns.defaultMaxListeners = maxListenersRecord;
  fns.addCatch = addCatch;
  fns.onceWrap = _onceWrap;
}

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

// The once() wrapper removes itself before calling the listener.  A closure is
// cheaper than node's bound function in goja; it keeps node's visible shape
// (name 'bound onceWrapper', length 0, no prototype, .listener).
// The name comes from the property key the arrow is defined under (an
// object literal is a fraction of what defineProperty costs on goja).
function _onceWrap(target, type, listener) {
  let fired = false;
  const wrapped = { 'bound onceWrapper': (...args) => {
    if (!fired) {
      target.removeListener(type, wrapped);
      fired = true;
      return ReflectApply(listener, target, args);
    }
  } }['bound onceWrapper'];
  wrapped.listener = listener;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  if (typeof listener !== 'function') checkListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  if (typeof listener !== 'function') checkListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

// ---------------------------------------------------------------------------
// removing listeners

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  if (typeof listener !== 'function') checkListener(listener);

  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      // Last name gone: nobody can be listening for 'removeListener'.
      // (node swaps in a fresh object here; deleting is cheaper in goja.)
      delete events[type];
    } else {
      delete events[type];
      if (events.removeListener !== undefined) {
        this.emit('removeListener', type, list.listener || listener);
      }
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;

    if (list.length === 2) {
      events[type] = list[1 - position];
    } else {
      const copy = copyWithout(list, position);
      if (list.warned === true) copy.warned = true;
      events[type] = copy;
    }

    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, listener);
    }
  }
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  const all = arguments.length === 0;

  // Not listening for 'removeListener': no need to emit.
  if (events.removeListener === undefined) {
    if (all) {
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = ObjectCreate(null);
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  // Emit 'removeListener' for every listener of every event.
  if (all) {
    const keys = ReflectOwnKeys(events);
    for (let i = 0; i < keys.length; ++i) {
      const key = keys[i];
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // LIFO order
    for (let i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }
  return this;
};

// ---------------------------------------------------------------------------
// introspection

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const evlistener = events[type];
  if (evlistener === undefined) return [];
  if (typeof evlistener === 'function') {
    return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  }
  const n = evlistener.length;
  const ret = new Array(n);
  for (let i = 0; i < n; ++i) {
    const l = evlistener[i];
    ret[i] = unwrap ? (l.listener || l) : l;
  }
  return ret;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const evlistener = events[type];
    if (typeof evlistener === 'function') {
      if (listener !== undefined && listener !== null) {
        return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      }
      return 1;
    } else if (evlistener !== undefined) {
      if (listener !== undefined && listener !== null) {
        let matching = 0;
        for (let i = 0; i < evlistener.length; ++i) {
          if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
        }
        return matching;
      }
      return evlistener.length;
    }
  }
  return 0;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  if (!(this._eventsCount > 0)) return [];
  const events = this._events;
  const keys = ReflectOwnKeys(events);
  if (this[kShapeMode]) return keys.filter((k) => events[k] !== undefined);
  return keys;
};

// ---------------------------------------------------------------------------
// statics

function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return ReflectApply(listenerCount, emitter, [type]);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNonNegativeNumber(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    maxListenersRecord.value = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[eventTarget().kMaxEventTargetListeners] = n;
      target[eventTarget().kMaxEventTargetListenersWarned] = false;
    } else if (target !== null && target !== undefined && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget !== null && emitterOrTarget !== undefined &&
      typeof emitterOrTarget.getMaxListeners === 'function') {
    return _getMaxListeners(emitterOrTarget);
  }
  // As in node, an EventTarget whose limit is 0 is not recognised here.
  if (isEventTarget(emitterOrTarget) && eventTarget().getMaxEventTargetListeners(emitterOrTarget)) {
    return eventTarget().getMaxEventTargetListeners(emitterOrTarget);
  }
  throw new codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget !== null && emitterOrTarget !== undefined &&
      typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    return eventTarget().getEventTargetListeners(emitterOrTarget, type);
  }
  throw new codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// Adds a listener to an EventEmitter or an EventTarget.
function agnosticAddListener(emitter, name, listener, once) {
  if (typeof emitter.on === 'function') {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, { once });
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function agnosticRemoveListener(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function onceImpl(emitter, name, options) {
  const signal = options === undefined || options === null ? undefined : options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal !== undefined && signal.aborted) throw newAbortError(signal);

  return new Promise((resolve, reject) => {
    let abortListener;
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal !== undefined) agnosticRemoveListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal !== undefined) agnosticRemoveListener(signal, 'abort', abortListener);
      resolve(args);
    };

    agnosticAddListener(emitter, name, resolver, true);
    if (name !== 'error' && typeof emitter.on === 'function') {
      emitter.once('error', errorListener);
    }

    if (signal !== undefined) {
      abortListener = () => {
        agnosticRemoveListener(emitter, name, resolver);
        if (typeof emitter.removeListener === 'function') {
          emitter.removeListener('error', errorListener);
        }
        reject(newAbortError(signal));
      };
      signal.addEventListener('abort', abortListener,
        { once: true, [eventTarget().kResistStopPropagation]: true });
    }
  });
}

// events.once() is an async function in node: every failure, including
// argument validation, surfaces as a rejected promise, and settling takes the
// extra microtask turns of returning a promise from an async function.
async function once(emitter, name, options = undefined) {
  return onceImpl(emitter, name, options);
}

// goja has neither async generators nor Symbol.asyncIterator; code lowered by
// esbuild looks the iterator up under Symbol.for('Symbol.asyncIterator').
const kAsyncIterator = typeof Symbol.asyncIterator === 'symbol' ?
  Symbol.asyncIterator : Symbol.for('Symbol.asyncIterator');

let AsyncIteratorPrototype;
function asyncIteratorPrototype() {
  if (AsyncIteratorPrototype === undefined) {
    try {
      // eslint-disable-next-line no-new-func
      AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(
        new Function('return async function* () {}')()).prototype);
    } catch (e) {
      AsyncIteratorPrototype = {};
    }
    if (typeof AsyncIteratorPrototype[kAsyncIterator] !== 'function') {
      ObjectDefineProperty(AsyncIteratorPrototype, kAsyncIterator, {
        value: function () { return this; }, writable: true, configurable: true,
      });
    }
  }
  return AsyncIteratorPrototype;
}

function createIterResult(value, done) {
  return { value, done };
}

function on(emitter, event, options = undefined) {
  const opts = options === undefined || options === null ? {} : options;
  const signal = opts.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal !== undefined && signal.aborted) throw newAbortError(signal);

  const highWatermark = opts.highWaterMark !== undefined ? opts.highWaterMark :
    (opts.highWatermark !== undefined ? opts.highWatermark : Number.MAX_SAFE_INTEGER);
  const lowWatermark = opts.lowWaterMark !== undefined ? opts.lowWaterMark :
    (opts.lowWatermark !== undefined ? opts.lowWatermark : 1);
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = [];
  let unconsumedEventsHead = 0;
  const unconsumedPromises = [];
  let error = null;
  let finished = false;
  let paused = false;

  const canPause = typeof emitter.pause === 'function' && typeof emitter.resume === 'function';

  function queueSize() {
    return unconsumedEvents.length - unconsumedEventsHead;
  }
  function shiftEvent() {
    const value = unconsumedEvents[unconsumedEventsHead];
    unconsumedEvents[unconsumedEventsHead++] = undefined;
    if (unconsumedEventsHead === unconsumedEvents.length) {
      unconsumedEvents.length = 0;
      unconsumedEventsHead = 0;
    }
    return value;
  }

  const iterator = ObjectCreate(asyncIteratorPrototype(), {
    next: {
      value: function next() {
        // First, consume all unread events.
        if (queueSize() > 0) {
          const value = shiftEvent();
          if (paused && canPause && queueSize() < lowWatermark) {
            emitter.resume();
            paused = false;
          }
          return Promise.resolve(createIterResult(value, false));
        }
        // Then an error that happened while nobody was waiting.
        if (error) {
          const p = Promise.reject(error);
          error = null;
          return p;
        }
        // Then the iterator is done.
        if (finished) return closeHandler();
        // Otherwise wait for an event.
        return new Promise(function (resolve, reject) {
          unconsumedPromises.push({ resolve, reject });
        });
      },
      writable: true,
      configurable: true,
    },
    return: {
      value: function () {
        return closeHandler();
      },
      writable: true,
      configurable: true,
    },
    throw: {
      value: function (err) {
        if (!err || !(err instanceof Error)) {
          throw new codes.ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
        }
        errorHandler(err);
      },
      writable: true,
      configurable: true,
    },
    [kWatermarkData]: {
      get() {
        // Live: the fields read the iterator's current state.
        return {
          __proto__: null,
          get size() { return queueSize(); },
          get low() { return lowWatermark; },
          get high() { return highWatermark; },
          get isPaused() { return paused; },
        };
      },
      configurable: true,
    },
  });

  agnosticAddListener(emitter, event, eventHandler, false);
  if (event !== 'error' && typeof emitter.on === 'function') {
    emitter.on('error', errorHandler);
  }
  const closeEvents = opts.close;
  if (closeEvents !== undefined && closeEvents !== null && closeEvents.length) {
    for (let i = 0; i < closeEvents.length; i++) {
      agnosticAddListener(emitter, closeEvents[i], closeHandler, false);
    }
  }
  let abortListenerRemover;
  if (signal !== undefined) {
    signal.addEventListener('abort', abortListener,
      { once: true, [eventTarget().kResistStopPropagation]: true });
    abortListenerRemover = () => signal.removeEventListener('abort', abortListener);
  }

  return iterator;

  function abortListener() {
    errorHandler(newAbortError(signal));
  }

  function eventHandler(...args) {
    const value = options !== undefined && options !== null && options[kFirstEventParam] ? args[0] : args;
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve(createIterResult(value, false));
      return;
    }
    unconsumedEvents.push(value);
    if (queueSize() > highWatermark && !paused && canPause) {
      paused = true;
      emitter.pause();
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    closeHandler();
  }

  function closeHandler() {
    agnosticRemoveListener(emitter, event, eventHandler);
    if (event !== 'error' && typeof emitter.removeListener === 'function') {
      emitter.removeListener('error', errorHandler);
    }
    if (closeEvents !== undefined && closeEvents !== null && closeEvents.length) {
      for (let i = 0; i < closeEvents.length; i++) {
        agnosticRemoveListener(emitter, closeEvents[i], closeHandler);
      }
    }
    if (abortListenerRemover !== undefined) {
      abortListenerRemover();
      abortListenerRemover = undefined;
    }
    finished = true;
    const doneResult = createIterResult(undefined, true);
    while (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve(doneResult);
    }
    return Promise.resolve(doneResult);
  }
}

function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  if (typeof listener !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  }
  let removeEventListener;
  if (signal.aborted) {
    require('internal/timers').queueMicrotask(() => listener()); // (ours, not the global)
  } else {
    signal.addEventListener('abort', listener, { once: true, [eventTarget().kResistStopPropagation]: true });
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  const disposable = {};
  const dispose = typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol.for('nodejs.dispose');
  disposable[dispose] = function () {
    if (removeEventListener !== undefined) removeEventListener();
  };
  return disposable;
}

// EventEmitterAsyncResource: an EventEmitter that runs its listeners in the
// scope of an AsyncResource.  Built lazily; uses async_hooks when the host
// provides it, otherwise a minimal stand-in resource.
let EventEmitterAsyncResourceClass;
function getEventEmitterAsyncResource() {
  if (EventEmitterAsyncResourceClass !== undefined) return EventEmitterAsyncResourceClass;
  let AsyncResource;
  try {
    AsyncResource = require('async_hooks').AsyncResource;
  } catch (e) {
    AsyncResource = undefined;
  }
  const kEmitter = Symbol('kEmitter');
  const kAsyncResource = Symbol('kAsyncResource');
  function makeResource(emitter, name, options) {
    let res;
    if (typeof AsyncResource === 'function') {
      res = new AsyncResource(name, options);
    } else {
      res = {
        asyncId() { return 0; },
        triggerAsyncId() { return 0; },
        emitDestroy() { return this; },
        runInAsyncScope(fn, thisArg, ...args) { return ReflectApply(fn, thisArg, args); },
      };
    }
    res[kEmitter] = emitter;
    ObjectDefineProperty(res, 'eventEmitter', { get() { return this[kEmitter]; }, configurable: true });
    return res;
  }
  function resourceOf(self) {
    const res = self === null || typeof self !== 'object' ? undefined : self[kAsyncResource];
    if (res === undefined) throw new codes.ERR_INVALID_THIS('EventEmitterAsyncResource');
    return res;
  }
  class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          const n = options === undefined || options === null ? undefined : options.name;
          if (typeof n !== 'string') {
            throw new codes.ERR_INVALID_ARG_TYPE('options.name', 'string', n);
          }
        }
        name = (options && options.name) || new.target.name;
      }
      super(options);
      this[kAsyncResource] = makeResource(this, name, options);
    }
    emit(event, ...args) {
      const res = resourceOf(this);
      return res.runInAsyncScope(super.emit, this, event, ...args);
    }
    emitDestroy() {
      resourceOf(this).emitDestroy();
    }
    get asyncId() {
      return resourceOf(this).asyncId();
    }
    get triggerAsyncId() {
      return resourceOf(this).triggerAsyncId();
    }
    get asyncResource() {
      return resourceOf(this);
    }
  }
  EventEmitterAsyncResourceClass = EventEmitterAsyncResource;
  return EventEmitterAsyncResourceClass;
}

// Static members, in node's order (Object.keys(require('events')) matches).
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
ObjectDefineProperties(EventEmitter, {
  captureRejections: {
    get() {
      return EventEmitter.prototype[kCapture];
    },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
      captureShared.value = value;
    },
    enumerable: true,
    configurable: true,
  },
  EventEmitterAsyncResource: {
    get() {
      return getEventEmitterAsyncResource();
    },
    set: undefined,
    enumerable: true,
    configurable: true,
  },
  errorMonitor: {
    value: kErrorMonitor,
    writable: false,
    enumerable: true,
    configurable: true,
  },
  defaultMaxListeners: {
    get() {
      return defaultMaxListeners;
    },
    set(value) {
      validateNonNegativeNumber(value, 'defaultMaxListeners');
      defaultMaxListeners = value;
      maxListenersRecord.value = value;
    },
    enumerable: true,
    configurable: true,
  },
  kMaxEventTargetListeners: {
    get() {
      return eventTarget().kMaxEventTargetListeners;
    },
    enumerable: false,
    configurable: false,
  },
  kMaxEventTargetListenersWarned: {
    get() {
      return eventTarget().kMaxEventTargetListenersWarned;
    },
    enumerable: false,
    configurable: false,
  },
});

EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.init = init;
EventEmitter.listenerCount = staticListenerCount;
