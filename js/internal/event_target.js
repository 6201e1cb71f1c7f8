'use strict';

// Web events: Event, CustomEvent, EventTarget, AbortSignal, AbortController
// (and DOMException re-exported from internal/dom_exception).  Written from the
// DOM standard / node documentation and checked against node's behaviour.
// goja has none of these; the runtime installs the named exports as globals.
//
// There is no event path (no DOM tree): every dispatch happens at the target.
// Listener records for one type form a doubly linked list walked the way node
// walks its list: a listener removed during a dispatch is skipped, and one
// added during it runs when a listener still ahead of it links to it (the
// successor is read before each call; removed records keep their link).
// node 20's quirks are kept where scripts can see them: the dispatch state
// (eventPhase, currentTarget, composedPath) is cleared after each listener
// call, and removeEventListener() takes `capture` only from an object.

const { DOMException } = require('internal/dom_exception');

const ReflectApply = Reflect.apply;
const ObjectDefineProperty = Object.defineProperty;
const ObjectSetPrototypeOf = Object.setPrototypeOf;

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kTrustEvent = Symbol('kTrustEvent');

const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kFlags = Symbol('kFlags');
const kTimestamp = Symbol('timestamp');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kDetail = Symbol('detail');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kSignal = Symbol('signal');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

// Event flag bits.
const BUBBLES = 1;
const CANCELABLE = 2;
const COMPOSED = 4;
const TRUSTED = 8;
const DEFAULT_PREVENTED = 16;
const STOP_PROPAGATION = 32;
const STOP_IMMEDIATE = 64;

let errorsModule;
function codes() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule.codes;
}

function hidden(obj, key, value) {
  ObjectDefineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

// Event.timeStamp: milliseconds since the process started, like
// performance.now() in node.
const startTime = Date.now();
function now() {
  const perf = globalThis.performance;
  if (perf !== undefined && perf !== null && typeof perf.now === 'function') return perf.now();
  if (typeof process === 'object' && typeof process.uptime === 'function') return process.uptime() * 1000;
  return Date.now() - startTime;
}

function defaultMaxListeners() {
  return require('events').defaultMaxListeners;
}

// util.inspect integration: `Name { ...fields }`; below the depth limit node
// prints `Name` for events and targets, `[AbortSignal]` for signals and
// `AbortController {}` for controllers (short is that form).
function customInspect(self, obj, depth, options, inspect, short) {
  if (depth < 0) return short;
  if (typeof inspect !== 'function') inspect = require('util').inspect;
  const opts = Object.assign({}, options);
  if (options !== undefined && options !== null && typeof options.depth === 'number') {
    opts.depth = options.depth - 1;
  }
  return `${constructorName(self)} ${inspect(obj, opts)}`;
}

function constructorName(self) {
  const ctor = self.constructor;
  return typeof ctor === 'function' && ctor.name ? ctor.name : 'Object';
}

// ---------------------------------------------------------------------------
// Event

function isEvent(value) {
  return value !== null && typeof value === 'object' && value[kFlags] !== undefined;
}

// WebIDL dictionary argument: undefined, null or a non-array object.
function validateOptions(options) {
  if (options !== undefined && options !== null &&
      (typeof options !== 'object' || Array.isArray(options))) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'object', options);
  }
}

function checkEvent(self) {
  if (!isEvent(self)) throw new (codes().ERR_INVALID_THIS)('Event');
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('type');
    validateOptions(options);
    let flags = 0;
    if (options !== undefined && options !== null) {
      if (options.bubbles) flags |= BUBBLES;
      if (options.cancelable) flags |= CANCELABLE;
      if (options.composed) flags |= COMPOSED;
      if (options[kTrustEvent]) flags |= TRUSTED;
    }
    hidden(this, kType, `${type}`);
    hidden(this, kFlags, flags);
    hidden(this, kTimestamp, now());
    hidden(this, kTarget, null);
    hidden(this, kIsBeingDispatched, false);
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    let flags = this[kFlags] & ~(BUBBLES | CANCELABLE);
    if (bubbles) flags |= BUBBLES;
    if (cancelable) flags |= CANCELABLE;
    this[kFlags] = flags;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this[kFlags] |= STOP_IMMEDIATE | STOP_PROPAGATION;
  }

  preventDefault() {
    checkEvent(this);
    if (this[kFlags] & CANCELABLE) this[kFlags] |= DEFAULT_PREVENTED;
  }

  get target() {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }

  get type() {
    checkEvent(this);
    return this[kType];
  }

  get cancelable() {
    checkEvent(this);
    return (this[kFlags] & CANCELABLE) !== 0;
  }

  get defaultPrevented() {
    checkEvent(this);
    return (this[kFlags] & DEFAULT_PREVENTED) !== 0;
  }

  get timeStamp() {
    checkEvent(this);
    return this[kTimestamp];
  }

  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    checkEvent(this);
    return (this[kFlags] & DEFAULT_PREVENTED) === 0;
  }

  get bubbles() {
    checkEvent(this);
    return (this[kFlags] & BUBBLES) !== 0;
  }

  get composed() {
    checkEvent(this);
    return (this[kFlags] & COMPOSED) !== 0;
  }

  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return (this[kFlags] & STOP_PROPAGATION) !== 0;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this[kFlags] |= STOP_PROPAGATION;
  }

  stopPropagation() {
    checkEvent(this);
    this[kFlags] |= STOP_PROPAGATION;
  }

  get isTrusted() {
    checkEvent(this);
    return (this[kFlags] & TRUSTED) !== 0;
  }

  [inspectCustom](depth, options, inspect) {
    return customInspect(this, {
      type: this[kType],
      defaultPrevented: this.defaultPrevented,
      cancelable: this.cancelable,
      timeStamp: this[kTimestamp],
    }, depth, options, inspect, constructorName(this));
  }
}

function makeEnumerable(proto, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    desc.enumerable = true;
    ObjectDefineProperty(proto, name, desc);
  }
}

makeEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation',
  'isTrusted',
]);
ObjectDefineProperty(Event.prototype, Symbol.toStringTag, {
  value: 'Event', writable: false, enumerable: false, configurable: true,
});
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  ObjectDefineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('type');
    super(type, options);
    hidden(this, kDetail, options !== undefined && options !== null && options.detail !== undefined ?
      options.detail : null);
  }

  get detail() {
    if (!isEvent(this) || !(kDetail in this)) throw new (codes().ERR_INVALID_THIS)('CustomEvent');
    return this[kDetail];
  }
}
makeEnumerable(CustomEvent.prototype, ['detail']);
ObjectDefineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// ---------------------------------------------------------------------------
// EventTarget

function isEventTarget(obj) {
  return obj !== null && obj !== undefined && obj.constructor !== undefined &&
    obj.constructor[kIsEventTarget] === true;
}

function checkTarget(self) {
  if (self === null || self === undefined || self[kEvents] === undefined) {
    throw new (codes().ERR_INVALID_THIS)('EventTarget');
  }
}

function validateListener(listener) {
  if (typeof listener === 'function') return true;
  if (listener === null || listener === undefined) return false;
  if (typeof listener === 'object') return true;
  throw new (codes().ERR_INVALID_ARG_TYPE)('listener', 'EventListener', listener);
}

// WebIDL DOMString conversion of an event type, with node's error for symbols.
function toEventType(type) {
  if (typeof type === 'symbol') throw new (codes().ERR_INVALID_ARG_VALUE)('value', type);
  return `${type}`;
}

function emitUncaught(err) {
  process.nextTick(() => {
    throw err;
  });
}

function initEventTarget(self) {
  hidden(self, kEvents, new Map());
  hidden(self, kMaxEventTargetListeners, defaultMaxListeners());
  hidden(self, kMaxEventTargetListenersWarned, false);
}

// What util.inspect(target, { depth: -1 }) prints, for warnings.
function targetName(self) {
  const custom = self[inspectCustom];
  if (typeof custom === 'function') {
    try {
      const r = ReflectApply(custom, self, [-1, { depth: -1 }, undefined]);
      if (typeof r === 'string') return r;
    } catch (e) {
      // fall through
    }
  }
  return `[${constructorName(self)}]`;
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new (codes().ERR_MISSING_ARGS)('type', 'listener');

    let once = false;
    let capture = false;
    let passive = false;
    let signal;
    let resist = false;
    if (typeof options === 'boolean') {
      capture = options;
    } else if (options !== undefined && options !== null) {
      if (typeof options !== 'object' && typeof options !== 'function') {
        throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'object', options);
      }
      once = Boolean(options.once);
      capture = Boolean(options.capture);
      passive = Boolean(options.passive);
      signal = options.signal;
      resist = Boolean(options[kResistStopPropagation]);
      if (signal !== undefined && (signal === null || typeof signal !== 'object' || !(kAborted in signal))) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('options.signal', 'AbortSignal', signal);
      }
    }

    if (!validateListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = toEventType(type);

    if (signal !== undefined) {
      if (signal.aborted) return;
      const self = this;
      signal.addEventListener('abort', function () {
        self.removeEventListener(type, listener, options);
      }, { once: true, [kResistStopPropagation]: true });
    }

    const events = this[kEvents];
    let root = events.get(type);
    if (root === undefined) {
      root = { size: 0, head: null, tail: null };
      events.set(type, root);
    } else {
      for (let node = root.head; node !== null; node = node.next) {
        if (node.listener === listener && node.capture === capture) return;
      }
    }

    const node = {
      listener,
      isFunction: typeof listener === 'function',
      once,
      capture,
      passive,
      resist,
      removed: false,
      prev: root.tail,
      next: null,
    };
    if (root.tail === null) root.head = node;
    else root.tail.next = node;
    root.tail = node;
    root.size++;

    const max = this[kMaxEventTargetListeners];
    if (max > 0 && root.size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${root.size} ${String(type)} listeners added to ${targetName(this)}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = root.size;
      process.emitWarning(w);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new (codes().ERR_MISSING_ARGS)('type', 'listener');
    if (!validateListener(listener)) return;
    type = toEventType(type);
    // As in node 20, only an options object selects the capture listener: a
    // boolean `true` here (unlike in addEventListener) means capture=false.
    const capture = options !== undefined && options !== null && options.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let node = root.head; node !== null; node = node.next) {
      if (node.listener === listener && node.capture === capture) {
        removeNode(this, type, root, node);
        return;
      }
    }
  }

  dispatchEvent(event) {
    checkTarget(this);
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('event');
    if (!(event instanceof Event)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('event', 'Event', event);
    }
    if (event[kIsBeingDispatched]) {
      throw new (codes().ERR_EVENT_RECURSION)(event.type);
    }

    event[kIsBeingDispatched] = true;
    event[kTarget] = this;

    const root = this[kEvents].get(event[kType]);
    if (root !== undefined) {
      // The successor is taken before each call, as node does: a listener
      // appended during the call is reached only through a node that is
      // still ahead.  After stopImmediatePropagation() only listeners that
      // resist it (internal ones, e.g. events.addAbortListener) still run.
      let node = root.head;
      while (node !== null) {
        const next = node.next;
        if (!node.removed && ((event[kFlags] & STOP_IMMEDIATE) === 0 || node.resist)) {
          if (node.once) removeNode(this, event[kType], root, node);
          callListener(this, node, event);
          // node 20 clears the "being dispatched" state after every listener
          // call, so only the first listener sees eventPhase AT_TARGET and a
          // currentTarget, and later ones may dispatch the event again.
          event[kIsBeingDispatched] = false;
        }
        node = next;
      }
    }

    event[kIsBeingDispatched] = false;
    return (event[kFlags] & DEFAULT_PREVENTED) === 0;
  }

  [inspectCustom](depth, options, inspect) {
    return customInspect(this, {}, depth, options, inspect, constructorName(this));
  }
}

function removeNode(target, type, root, node) {
  if (node.removed) return;
  node.removed = true;
  // Keep node.next intact so a dispatch positioned on this node can go on.
  if (node.prev === null) root.head = node.next;
  else node.prev.next = node.next;
  if (node.next === null) root.tail = node.prev;
  else node.next.prev = node.prev;
  root.size--;
  if (root.size === 0) target[kEvents].delete(type);
}

function callListener(target, node, event) {
  let result;
  try {
    if (node.isFunction) {
      result = ReflectApply(node.listener, target, [event]);
    } else {
      const listener = node.listener;
      const handleEvent = listener.handleEvent;
      if (typeof handleEvent !== 'function') return;
      result = ReflectApply(handleEvent, listener, [event]);
    }
  } catch (err) {
    emitUncaught(err);
    return;
  }
  if (result !== undefined && result !== null && typeof result.then === 'function') {
    result.then(undefined, emitUncaught);
  }
}

ObjectDefineProperty(EventTarget, kIsEventTarget, {
  value: true, writable: false, enumerable: false, configurable: false,
});
makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
ObjectDefineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

function getEventTargetListeners(target, type) {
  const root = target[kEvents].get(typeof type === 'symbol' ? type : `${type}`);  // no throw here
  const out = [];
  if (root === undefined) return out;
  for (let node = root.head; node !== null; node = node.next) {
    if (!node.removed) out.push(node.listener);
  }
  return out;
}

function getMaxEventTargetListeners(target) {
  return target[kMaxEventTargetListeners];
}

// `on<type>` attribute handlers (e.g. AbortSignal.prototype.onabort).  The
// handler's slot in the listener order is fixed the first time it is set.
function defineEventHandler(proto, type) {
  ObjectDefineProperty(proto, `on${type}`, {
    get() {
      checkHandlerThis(this);
      const handlers = this[kHandlers];
      if (handlers === undefined) return null;
      const wrapper = handlers.get(type);
      return wrapper === undefined ? null : wrapper.handler;
    },
    set(value) {
      checkHandlerThis(this);
      let handlers = this[kHandlers];
      if (handlers === undefined) {
        handlers = new Map();
        hidden(this, kHandlers, handlers);
      }
      let wrapper = handlers.get(type);
      if (wrapper !== undefined) {
        wrapper.handler = value;
        return;
      }
      wrapper = function eventHandler(event) {
        const h = wrapper.handler;
        if (typeof h === 'function') return ReflectApply(h, this, [event]);
      };
      wrapper.handler = value;
      handlers.set(type, wrapper);
      this.addEventListener(type, wrapper);
    },
    enumerable: true,
    configurable: true,
  });
}

function checkHandlerThis(self) {
  if (self === null || typeof self !== 'object' || self[kEvents] === undefined) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('this', 'EventTarget', self);
  }
}

// ---------------------------------------------------------------------------
// AbortSignal / AbortController

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && value[kAborted] !== undefined;
}

function checkSignal(self) {
  if (!isAbortSignal(self)) throw new (codes().ERR_INVALID_THIS)('AbortSignal');
}

class AbortSignal extends EventTarget {
  constructor() {
    throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get aborted() {
    checkSignal(this);
    return this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return createAbortSignal(true, reason);
  }

  static timeout(delay) {
    validateDelay(delay);
    const signal = createAbortSignal(false, undefined);
    const timer = require('internal/timers').setTimeout(() => { // (ours, not the global)
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    if (timer !== null && typeof timer === 'object' && typeof timer.unref === 'function') timer.unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('signals', 'Array', signals);
    }
    for (let i = 0; i < signals.length; i++) {
      if (!isAbortSignal(signals[i])) {
        throw new (codes().ERR_INVALID_ARG_TYPE)(`signals[${i}]`, 'AbortSignal', signals[i]);
      }
    }
    for (let i = 0; i < signals.length; i++) {
      if (signals[i][kAborted]) return createAbortSignal(true, signals[i][kReason]);
    }
    const result = createAbortSignal(false, undefined);
    for (let i = 0; i < signals.length; i++) {
      const source = signals[i];
      source.addEventListener('abort', () => {
        abortSignal(result, source[kReason]);
      }, { once: true, [kResistStopPropagation]: true });
    }
    return result;
  }

  [inspectCustom](depth, options, inspect) {
    return customInspect(this, { aborted: this[kAborted] }, depth, options, inspect,
      `[${constructorName(this)}]`);
  }
}

makeEnumerable(AbortSignal.prototype, ['aborted']);
defineEventHandler(AbortSignal.prototype, 'abort');
ObjectDefineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

function validateDelay(delay) {
  if (typeof delay !== 'number') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('delay', 'number', delay);
  }
  if (!Number.isInteger(delay)) {
    throw new (codes().ERR_OUT_OF_RANGE)('delay', 'an integer', delay);
  }
  if (delay < 0 || delay > 4294967295) {
    throw new (codes().ERR_OUT_OF_RANGE)('delay', '>= 0 && <= 4294967295', delay);
  }
}

function createAbortSignal(aborted, reason) {
  const signal = new EventTarget();
  ObjectSetPrototypeOf(signal, AbortSignal.prototype);
  hidden(signal, kAborted, aborted);
  hidden(signal, kReason, reason);
  return signal;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
}

// A transferable AbortSignal (util.transferableAbortSignal and
// transferableAbortController): moved through postMessage, it arrives as a
// new signal that aborts, with the same reason, when this one does; a
// MessageChannel of its own carries the reason each time it is sent (both
// ports unref'd: the link keeps no loop alive). One already aborted arrives
// aborted. The sender's signal stays usable, and may be sent again.
const kCloneData = Symbol('kCloneData');
function makeTransferable(signal) {
  const { kTransfer, kTransferList } = require('internal/worker/js_transferable');
  hidden(signal, kTransferList, function transferList() {
    if (this[kAborted]) return [];
    const { MessageChannel } = require('internal/worker/io');
    const { port1, port2 } = new MessageChannel();
    port1.unref();
    port2.unref();
    hidden(this, kCloneData, { port1, port2 });
    return [port2];
  });
  hidden(signal, kTransfer, function transfer() {
    const info = 'internal/event_target:ClonedAbortSignal';
    if (this[kAborted]) return { data: { aborted: true, reason: this[kReason] }, deserializeInfo: info };
    const { port1, port2 } = this[kCloneData];
    this[kCloneData] = undefined;
    this.addEventListener('abort', () => {
      port1.postMessage(this.reason);
      port1.close();
    }, { once: true });
    return { data: { port: port2 }, deserializeInfo: info };
  });
  return signal;
}

// What a transferred AbortSignal is made as on the receiving side.
function deserializeAbortSignal({ aborted, reason, port }) {
  delete this[kDeserialize];
  if (aborted) {
    this[kAborted] = true;
    this[kReason] = reason;
    return;
  }
  port.onmessage = ({ data }) => {
    abortSignal(this, data);
    port.close();
    port.onmessage = undefined;
  };
  port.unref();
}
const { kDeserialize } = require('internal/worker/js_transferable');
class ClonedAbortSignal {
  constructor() {
    const signal = createAbortSignal(false, undefined);
    hidden(signal, kDeserialize, deserializeAbortSignal);
    return signal;
  }
}
ClonedAbortSignal.prototype[kDeserialize] = deserializeAbortSignal;

function checkController(self) {
  if (self === null || typeof self !== 'object' || self[kSignal] === undefined) {
    // node keeps the signal in a private field; this is V8's message.
    throw new TypeError('Cannot read private member #signal from an object whose class did not declare it');
  }
}

class AbortController {
  constructor() {
    hidden(this, kSignal, createAbortSignal(false, undefined));
  }

  get signal() {
    checkController(this);
    return this[kSignal];
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    checkController(this);
    abortSignal(this[kSignal], reason);
  }

  [inspectCustom](depth, options, inspect) {
    return customInspect(this, { signal: this[kSignal] }, depth, options, inspect,
      `${constructorName(this)} {}`);
  }
}

makeEnumerable(AbortController.prototype, ['signal', 'abort']);
ObjectDefineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

module.exports = {
  // Globals.
  Event,
  CustomEvent,
  EventTarget,
  AbortSignal,
  AbortController,
  DOMException,
  // Internal helpers for builtins.
  isEventTarget,
  isAbortSignal,
  makeTransferable,
  ClonedAbortSignal,
  getEventTargetListeners,
  getMaxEventTargetListeners,
  defineEventHandler,
  abortSignal,
  kEvents,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
  kResistStopPropagation,
  kTrustEvent,
};
