'use strict';
// Timers and immediates, with node's semantics. Timeouts live in a binary
// heap ordered by (expiry, creation order); the Go loop reads the earliest
// expiry and the ref counts from the shared array and calls runTimers /
// runImmediates, one callback per call so microtasks run in between.

const host = internalBinding('host');
// Async contexts (async_hooks, AsyncLocalStorage, domain): while tracked,
// a Timeout or Immediate is its own async resource and its callback runs
// in it (see internal/async_context; nothing happens while state.active is 0).
const asyncContext = require('internal/async_context');
const asyncState = asyncContext.state;
const kAsyncId = asyncContext.kId;
const shared = new Float64Array(host.shared);
const TICK = 0, NOW = 1, TIMER_DUE = 2, TIMER_REFS = 3, IMMEDIATES = 4, IMMEDIATE_REFS = 5;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const toPrimitive = Symbol.toPrimitive;

let nextId = 1;
let seq = 0;
const heap = [];
const byId = new Map(); // numeric ids handed out by [Symbol.toPrimitive]

function less(a, b) {
  return a._expiry < b._expiry || (a._expiry === b._expiry && a._seq < b._seq);
}
function siftUp(i) {
  const t = heap[i];
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(t, heap[p])) break;
    heap[i] = heap[p];
    heap[i]._heapIndex = i;
    i = p;
  }
  heap[i] = t;
  t._heapIndex = i;
}
function siftDown(i) {
  const t = heap[i];
  const n = heap.length;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && less(heap[c + 1], heap[c])) c++;
    if (!less(heap[c], t)) break;
    heap[i] = heap[c];
    heap[i]._heapIndex = i;
    i = c;
  }
  heap[i] = t;
  t._heapIndex = i;
}
function heapRemove(t) {
  const i = t._heapIndex;
  t._heapIndex = -1;
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last;
    last._heapIndex = i;
    siftDown(i);
    siftUp(last._heapIndex);
  }
}
function publishDue() {
  shared[TIMER_DUE] = heap.length ? heap[0]._expiry : 0;
}

// node reads a fresh loop time for every timer it arms (getLibuvNow
// updates libuv's clock), so a slow main script does not make its timers due early.
function schedule(t, start) {
  t._idleStart = start === undefined ? host.now() : start;
  // Durations are truncated (node keys its timer lists by whole
  // milliseconds), so 1, 1.1 and 1.8 run in the order they were set.
  t._expiry = t._idleStart + Math.trunc(t._idleTimeout);
  t._seq = seq++;
  if (t._heapIndex >= 0) heapRemove(t);
  heap.push(t);
  siftUp(heap.length - 1);
  publishDue();
}

// A timer counts in TIMER_REFS while it is ref'd and not destroyed (fired
// once, or cleared). hasRef() keeps reporting the flag, as node's does.
function unschedule(t) {
  if (t._heapIndex >= 0) {
    heapRemove(t);
    publishDue();
  }
}

function Timeout(callback, after, args, isRepeat, isRefed) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  this._idleTimeout = after;
  this._idlePrev = this;
  this._idleNext = this;
  this._idleStart = null;
  this._onTimeout = callback;
  this._timerArgs = args;
  this._repeat = isRepeat ? after : null;
  this._destroyed = false;
  this[kRefed] = isRefed;
  this._heapIndex = -1;
  this._expiry = 0;
  this._seq = 0;
  this._id = 0;
  if (isRefed) shared[TIMER_REFS]++;
  if (asyncState.active !== 0) asyncContext.init('Timeout', this);
}

Timeout.prototype.refresh = function refresh() {
  // A timer whose callback already ran is re-armed, as in node.
  if (this._onTimeout) {
    if (this._destroyed) {
      this._destroyed = false;
      if (this[kRefed]) shared[TIMER_REFS]++;
    }
    schedule(this);
  }
  return this;
};
Timeout.prototype.unref = function unref() {
  if (this[kRefed]) {
    this[kRefed] = false;
    if (!this._destroyed) shared[TIMER_REFS]--;
  }
  return this;
};
Timeout.prototype.ref = function ref() {
  if (!this[kRefed]) {
    this[kRefed] = true;
    if (!this._destroyed) shared[TIMER_REFS]++;
  }
  return this;
};
Timeout.prototype.hasRef = function hasRef() {
  return this[kRefed];
};
Timeout.prototype.close = function close() {
  clearTimeout(this);
  return this;
};
Timeout.prototype[toPrimitive] = function () {
  if (this._id === 0) {
    this._id = nextId++;
    byId.set(this._id, this);
  }
  return this._id;
};
Timeout.prototype[Symbol.dispose] = function dispose() {
  clearTimeout(this);
};
Object.defineProperty(Timeout.prototype, Symbol.toStringTag, { value: 'Timeout', configurable: true });

// socketTimer(callback, ms, socket): setTimeout(callback, ms).unref() for
// net's socket timeouts (one per socket with a timeout, which an idle
// keep-alive connection keeps), with `_socket` set. The fields a Timeout
// starts with at their defaults (and _onTimeout, the one callback net
// passes) are its prototype's, so it has 6 own fields where a Timeout with
// its socket had 14: each is a slot of every idle connection, and goja
// boxes the numbers. It is a Timeout (instanceof, methods); assigning a
// default field gives it an own one as usual. While async contexts are
// tracked it is a plain Timeout, whose init the hooks see.
const socketTimerProtos = new Map();
function socketTimer(callback, ms, socket) {
  if (asyncState.active !== 0) {
    const t = new Timeout(callback, ms, undefined, false, false);
    t._socket = socket;
    schedule(t);
    return t;
  }
  let proto = socketTimerProtos.get(callback);
  if (proto === undefined) {
    proto = Object.create(Timeout.prototype);
    Object.assign(proto, {
      _idlePrev: null, _idleNext: null, _onTimeout: callback, _timerArgs: undefined, _repeat: null,
      _destroyed: false, [kRefed]: false, _id: 0,
    });
    socketTimerProtos.set(callback, proto);
  }
  const t = Object.create(proto);
  t._idleTimeout = ms;
  t._socket = socket;
  t._heapIndex = -1;
  schedule(t);
  return t;
}

// rearm(t, ms): a timer whose callback is running (it is out of the heap)
// set to fire again in ms, as if newly made with setTimeout(callback, ms)
// (net's socket timer, which re-arms itself for an idle time left).
function rearm(t, ms) {
  t._idleTimeout = ms;
  schedule(t);
}

function sliceArgs(args, from) {
  if (args.length <= from) return undefined;
  const out = new Array(args.length - from);
  for (let i = from; i < args.length; i++) out[i - from] = args[i];
  return out;
}

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

function setTimeout(callback, after) {
  validateCallback(callback);
  const t = new Timeout(callback, after, sliceArgs(arguments, 2), false, true);
  schedule(t);
  return t;
}

function setInterval(callback, repeat) {
  validateCallback(callback);
  const t = new Timeout(callback, repeat, sliceArgs(arguments, 2), true, true);
  schedule(t);
  return t;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    timer._idleTimeout = -1;
    if (!timer._destroyed && timer[kRefed]) shared[TIMER_REFS]--;
    timer._destroyed = true;
    unschedule(timer);
    if (timer._id) byId.delete(timer._id);
    if (timer[kAsyncId] !== undefined) asyncContext.destroyLater(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = byId.get(+timer);
    if (t) clearTimeout(t);
  }
}

// A timer that ran and was not re-armed: no longer counted.
function finishTimer(t) {
  t._destroyed = true;
  if (t[kRefed]) shared[TIMER_REFS]--;
  if (t._id) byId.delete(t._id);
  if (t[kAsyncId] !== undefined) asyncContext.destroyNow(t);
}

// Called by the loop when the earliest timer is due: runs one timer and
// reports whether it ran one (the loop then calls again). A round compares
// expiries with the time it started at, as node's processTimers does, so
// timers armed by its callbacks wait for the next round.
let roundNow = -1;
function runTimers(runTicks, fatalException) {
  if (roundNow < 0) roundNow = shared[NOW];
  const now = roundNow;
  while (heap.length) {
    const t = heap[0];
    if (t._expiry > now) break;
    heapRemove(t);
    if (t._destroyed) continue;
    publishDue();
    if (typeof t._onTimeout !== 'function') {
      // An enrolled object (timers.active) without a callback.
      finishTimer(t);
      continue;
    }
    const args = t._timerArgs;
    const start = t._repeat ? host.now() : -1;
    const duration = t._idleTimeout;
    let threw = false;
    // A tracked timer runs in its own context; an uncaught exception is
    // handled in it (fatalException unwinds it), as in node.
    // -1: untracked while nothing is (lateAfter if that changes); -2: untracked (internal).
    const depth = t[kAsyncId] !== undefined ? asyncContext.before(t) : asyncContext.state.active === 0 ? -1 : -2;
    try {
      // Called as a method, not through the callback's own call/apply
      // (which a script may have replaced), as node's are.
      if (args === undefined) t._onTimeout();
      else Reflect.apply(t._onTimeout, t, args);
    } catch (err) {
      // Handled before this timer's ticks and microtasks; a next due timer
      // of the same duration (node's same timer list) runs before them too.
      threw = true;
      fatalException(err, 'uncaughtException');
    } finally {
      if (depth >= 0) asyncContext.after(depth);
      else if (depth === -1 && asyncContext.state.active !== 0) asyncContext.lateAfter(t);
      // _repeat is read after the callback (it may turn a timeout into an
      // interval); an interval is rescheduled even if its callback threw,
      // unless cleared or re-armed by it.
      if (t._heapIndex < 0 && !t._destroyed) {
        if (t._repeat && t._idleTimeout !== -1) {
          t._idleTimeout = t._repeat;
          schedule(t, start < 0 ? host.now() : start);
        } else {
          finishTimer(t);
        }
      }
      publishDue();
    }
    // node resumes a list that threw with its next timer, and runs the
    // ticks before another list's.
    if (threw && heap.length && heap[0]._expiry <= now && heap[0]._idleTimeout === duration) continue;
    runTicks();
    return true;
  }
  roundNow = -1;
  publishDue();
  // Ticks of a last timer that threw run before its microtasks.
  if (shared[TICK] !== 0) runTicks();
  return false;
}

const noArgs = Object.freeze([]);

// Immediates: a FIFO queue; a batch is what was queued before the check phase.
let immediateQueue = [];
let batch = null;
let batchIndex = 0;

function Immediate(callback, args, internal) {
  this._onImmediate = callback;
  this._argv = args;
  this._destroyed = false;
  this[kRefed] = true;
  shared[IMMEDIATE_REFS]++;
  shared[IMMEDIATES]++;
  if (asyncState.active !== 0 && internal !== true) asyncContext.init('Immediate', this);
}
// An immediate that ran or was cleared ignores ref(), as node's does.
Immediate.prototype.ref = function ref() {
  if (!this[kRefed] && !this._destroyed) {
    this[kRefed] = true;
    shared[IMMEDIATE_REFS]++;
  }
  return this;
};
Immediate.prototype.unref = function unref() {
  if (this[kRefed]) {
    this[kRefed] = false;
    if (!this._destroyed) shared[IMMEDIATE_REFS]--;
  }
  return this;
};
Immediate.prototype.hasRef = function hasRef() {
  return this[kRefed];
};
Immediate.prototype[Symbol.dispose] = function dispose() {
  clearImmediate(this);
};
Object.defineProperty(Immediate.prototype, Symbol.toStringTag, { value: 'Immediate', configurable: true });

function setImmediate(callback) {
  validateCallback(callback);
  const im = new Immediate(callback, sliceArgs(arguments, 1));
  immediateQueue.push(im);
  return im;
}

// An immediate no hook sees (async_context reports queued destroys with it).
function internalImmediate(callback) {
  const im = new Immediate(callback, undefined, true);
  immediateQueue.push(im);
  return im;
}

// An immediate that ran or was cleared no longer has a ref (node's hasRef()
// turns false).
function finishImmediate(im) {
  im._destroyed = true;
  shared[IMMEDIATES]--;
  if (im[kRefed]) shared[IMMEDIATE_REFS]--;
  im[kRefed] = false;
}

function clearImmediate(im) {
  if (!im || im._destroyed || !im._onImmediate) return;
  finishImmediate(im);
  im._onImmediate = null;
  if (im[kAsyncId] !== undefined) asyncContext.destroyLater(im);
}

// Runs the next immediate of the current batch; false when the batch is done.
// After one that threw (and was handled), node goes on to the next without
// running ticks in between: so does this, within the same call.
function runImmediates(runTicks, fatalException) {
  if (batch === null) {
    batch = immediateQueue;
    batchIndex = 0;
    immediateQueue = [];
  }
  while (batchIndex < batch.length) {
    const im = batch[batchIndex++];
    if (im._destroyed) continue;
    finishImmediate(im);
    const cb = im._onImmediate;
    im._onImmediate = null;
    const args = im._argv;
    const depth = im[kAsyncId] !== undefined ? asyncContext.before(im) : asyncContext.state.active === 0 ? -1 : -2;
    try {
      Reflect.apply(cb, im, args === undefined ? noArgs : args);
    } catch (err) {
      fatalException(err, 'uncaughtException');
      if (depth >= 0) asyncContext.destroyLater(im);
      continue;
    }
    if (depth >= 0) {
      asyncContext.after(depth);
      asyncContext.destroyLater(im);
    } else if (depth === -1 && asyncContext.state.active !== 0) {
      asyncContext.lateAfter(im);
      asyncContext.destroyLater(im);
    }
    runTicks();
    return true;
  }
  batch = null;
  if (shared[TICK] !== 0) runTicks();
  return false;
}

// util.promisify(setTimeout) and util.promisify(setImmediate) are the
// timers/promises functions, as in node.
const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, promisifyCustom, {
    get() { return require('timers/promises')[name]; },
    enumerable: false,
    configurable: true,
  });
}

// ---- the deprecated timer-list API (timers.enroll, unenroll, active,
// _unrefActive): any object with _idleTimeout and _onTimeout becomes a timer.

function enroll(item, msecs) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    msecs = TIMEOUT_MAX;
  }
  if (item._idleNext) unenroll(item);
  item._idleNext = item;
  item._idlePrev = item;
  item._idleTimeout = msecs;
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item._heapIndex >= 0) {
    heapRemove(item);
    publishDue();
  }
  if (item._id) byId.delete(item._id);
  item._idleNext = null;
  item._idlePrev = null;
  if (item[kRefed]) shared[TIMER_REFS]--;
  item[kRefed] = null;
  // A later active() must not arm it again.
  item._idleTimeout = -1;
}

// Arms (or re-arms) item for its _idleTimeout, ref'd or not.
function insertGuarded(item, refed) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  if (item._heapIndex === undefined) item._heapIndex = -1;
  const wasDestroyed = item._destroyed === true;
  item._destroyed = false;
  if (wasDestroyed) {
    if (refed) shared[TIMER_REFS]++;
  } else if (refed === !item[kRefed]) {
    shared[TIMER_REFS] += refed ? 1 : -1;
  }
  item[kRefed] = refed;
  if (!item._idleNext) item._idleNext = item._idlePrev = item;
  // (host.now is whole milliseconds, as libuv's clock)
  schedule(item, host.now());
}

function active(item) {
  insertGuarded(item, true);
}

function unrefActive(item) {
  insertGuarded(item, false);
}

module.exports = {
  enroll, unenroll, active, unrefActive,
  Timeout, Immediate, socketTimer, rearm,
  setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout,
  setImmediate, clearImmediate, internalImmediate,
  runTimers, runImmediates,
  shared, TICK,
  TIMER_REFS_INDEX: TIMER_REFS, IMMEDIATE_REFS_INDEX: IMMEDIATE_REFS,
};
