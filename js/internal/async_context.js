'use strict';
// The execution context behind async_hooks (createHook, AsyncLocalStorage,
// AsyncResource, executionAsyncId) and domain.
//
// A *record* stands for one async resource: it holds the resource's async
// id and trigger id under symbols, the stores of enabled AsyncLocalStorages
// (each storage's own symbol) and, when hooks must see another object (a
// socket handle, which refuses symbol keys), that object under kResource.
// Timeouts, Immediates and AsyncResources are their own records.
// state.current is the record whose callback is running (`top` outside any).
//
// Nothing is tracked while state.active is 0: no storage enabled, no hook
// enabled (domain works through a hook). Every place that creates a resource
// checks that one number first, so programs that use none of this pay one
// property read per timer, tick and I/O callback. While active:
//   - init(type, record, resource, trigger) numbers a new record, copies the
//     stores of the current record into it and calls the init hooks;
//   - timers, immediates and ticks keep their record and run their callback
//     between before() and after() (js/internal/timers.js, bootstrap.js);
//   - I/O: the objects Go calls back with (socket handles, write, shutdown,
//     connect and DNS requests as `this`; fs completion functions) are
//     mapped to their record in `registry` (bind()); bootstrap's enter()
//     trampoline looks `this`, then the function, up there and runs the
//     callback in that record (enterIO). A request's record is destroyed after
//     its one callback; a handle's when it is closed (destroyLater from the
//     close paths in js/net.js, js/dgram.js, js/child_process.js).
//   - promises: through the engine's promise hooks (internal/promise_hooks)
//     every promise is a PROMISE resource and its own record, as in node:
//     numbered where it is made (triggered by its parent: the promise then()
//     or await was called on), or, made before tracking began, when first
//     seen; the job that resolves it (a then callback, an await
//     continuation) runs in it; promiseResolve hooks hear it settle.
// An exception thrown by a callback leaves its records entered, as node's
// async id stack does: the uncaught-exception handler (and domain's) runs in
// the context that threw, and unwindAll() then calls the after hooks and
// returns to the top, as node's clearAsyncIdStack.
// destroy hooks of timers run right after their last callback; the others
// (ticks, requests, handles, AsyncResource.emitDestroy) are queued and
// reported from an immediate, as node reports them in batches.

const kId = Symbol('async_id_symbol');
const kTrigger = Symbol('trigger_async_id_symbol');
const kResource = Symbol('asyncResource');
const kType = Symbol('asyncType');
const kDestroyed = Symbol('asyncDestroyed');

const top = { [kId]: 1, [kTrigger]: 0 };
const state = {
  current: top,
  storages: [], // enabled AsyncLocalStorage instances
  nextId: 2,
  active: 0, // storages.length + hooks.length
  defaultTrigger: -1, // the trigger of resources made now, if not the current one (withTrigger)
};
// Enabled hooks. Replaced, never changed in place, when one is enabled or
// disabled, so a hook enabled or disabled by another hook's callback takes
// effect with the next event, as in node.
let hooks = [];
let withInit = 0, withBefore = 0, withAfter = 0, withDestroy = 0, withPromiseResolve = 0;
// Records entered by before(), outermost first.
const stack = [];
// Objects Go calls back with (handles, requests, fs completions) → record.
const registry = new WeakMap();
let tracking = false;

// The loop calls a callback through the bootstrap's enter() (and so
// enterIO) only while something is tracked: it reads state.active here.
const shared = new Float64Array(internalBinding('host').shared);
const ASYNC_ACTIVE = 6; // runtime/loop SharedAsyncActive

function refresh() {
  state.active = state.storages.length + hooks.length;
  shared[ASYNC_ACTIVE] = state.active;
  withInit = withBefore = withAfter = withDestroy = withPromiseResolve = 0;
  for (let i = 0; i < hooks.length; i++) {
    const h = hooks[i];
    if (h.init !== undefined) withInit++;
    if (h.before !== undefined) withBefore++;
    if (h.after !== undefined) withAfter++;
    if (h.destroy !== undefined) withDestroy++;
    if (h.promiseResolve !== undefined) withPromiseResolve++;
  }
  updatePromiseHooks();
  if (state.active !== 0 && !tracking) {
    tracking = true;
    trackPoolRequests();
    const fns = onActivate;
    onActivate = null;
    for (let i = 0; i < fns.length; i++) fns[i]();
  }
}

// whenTracked(fn): fn runs the first time anything is tracked (now if that
// was already), for set-up untracked programs should not pay for.
let onActivate = [];
function whenTracked(fn) {
  if (onActivate === null) fn();
  else onActivate.push(fn);
}

// Bindings whose functions complete on the worker pool take a completion
// function last (fs: an object instead when synchronous). From the first
// time anything is tracked, those functions are wrapped so the completion
// gets a record of node's type (every module shares one binding object);
// before that, these calls pay nothing.
function trackPoolRequests() {
  wrapBinding('fs', null, 'FSREQCALLBACK');
  wrapBinding('crypto', {
    randomFill: 'RANDOMBYTESREQUEST', randomBytesJob: 'RANDOMBYTESREQUEST', pbkdf2: 'PBKDF2REQUEST',
    scrypt: 'SCRYPTREQUEST', hkdf: 'DERIVEBITSREQUEST', primeCheck: 'CHECKPRIMEREQUEST',
    primeGenerate: 'RANDOMPRIMEREQUEST', dhPrime: 'RANDOMPRIMEREQUEST',
  });
}

function wrapBinding(name, types, type) {
  let binding;
  try {
    binding = internalBinding(name);
  } catch {
    return; // not available to this runtime
  }
  for (const key of Object.keys(binding)) {
    const fn = binding[key];
    const t = types === null ? type : types[key];
    if (typeof fn !== 'function' || t === undefined || key === 'watchStart') continue;
    binding[key] = function (...args) {
      const req = args[args.length - 1];
      if (state.active !== 0 && typeof req === 'function') bind(req, init(t, {}), true);
      return Reflect.apply(fn, this, args);
    };
  }
}

function addHook(h) {
  if (hooks.includes(h)) return;
  hooks = hooks.concat([h]);
  refresh();
}

function removeHook(h) {
  const i = hooks.indexOf(h);
  if (i === -1) return;
  hooks = hooks.slice(0, i).concat(hooks.slice(i + 1));
  refresh();
}

function enable(storage) {
  state.storages.push(storage);
  refresh();
}

function disable(storage) {
  const i = state.storages.indexOf(storage);
  if (i !== -1) state.storages.splice(i, 1);
  refresh();
}

// A hook that throws ends the process, as node's do (its error is printed
// and the exit code is 1); nothing may catch it.
let fatal = null; // bootstrap's: prints the error and exits with 1
function hookFailed(err) {
  fatal(err);
}
function setFatal(fn) {
  fatal = fn;
}

function callHooks(name, a, b, c, d) {
  const list = hooks;
  for (let i = 0; i < list.length; i++) {
    const fn = list[i][name];
    if (fn === undefined) continue;
    try {
      fn.call(list[i], a, b, c, d);
    } catch (err) {
      hookFailed(err);
    }
  }
}

// init numbers record as a new resource of the given type, triggered by the
// current one unless trigger says otherwise, and reports it. resource is the
// object hooks see (the record itself when omitted).
function init(type, record, resource, trigger) {
  const parent = state.current;
  const id = state.nextId++;
  record[kId] = id;
  if (trigger === undefined) trigger = state.defaultTrigger >= 0 ? state.defaultTrigger : parent[kId];
  record[kTrigger] = trigger;
  if (resource !== undefined && resource !== record) record[kResource] = resource;
  const storages = state.storages;
  for (let i = 0; i < storages.length; i++) storages[i]._propagate(record, parent, type);
  if (withInit !== 0) callHooks('init', id, type, record[kTrigger], resource === undefined ? record : resource);
  return record;
}

// A new record triggered by the current one (no hooks' resource of its own).
function capture(type) {
  return init(type, {});
}

// before makes record current; it returns the depth to hand to after().
function before(record) {
  const depth = stack.length;
  stack.push(state.current);
  state.current = record;
  if (withBefore !== 0) callHooks('before', record[kId]);
  return depth;
}

// after leaves every record entered since before() returned depth (none if
// an uncaught exception already unwound them).
function after(depth) {
  while (stack.length > depth) {
    const record = state.current;
    if (withAfter !== 0) callHooks('after', record[kId]);
    state.current = stack.pop();
  }
}

// outside: nothing runs (beforeExit, exit): async id 0, as node's.
const none = { [kId]: 0, [kTrigger]: 0 };
function outside() {
  if (stack.length === 0) state.current = none;
}

// unwindAll: after an uncaught exception was handled, as node's
// clearAsyncIdStack.
function unwindAll() {
  after(0);
}

function destroyNow(record) {
  if (record[kDestroyed] === true) return;
  record[kDestroyed] = true;
  if (withDestroy !== 0) callHooks('destroy', record[kId]);
}

let destroyQueue = null;
function destroyLater(record) {
  if (record === undefined || record[kDestroyed] === true) return;
  record[kDestroyed] = true;
  if (withDestroy === 0) return;
  if (destroyQueue === null) {
    destroyQueue = [];
    require('internal/timers').internalImmediate(flushDestroys);
  }
  destroyQueue.push(record[kId]);
}

function flushDestroys() {
  const q = destroyQueue;
  destroyQueue = null;
  for (let i = 0; i < q.length; i++) {
    if (withDestroy !== 0) callHooks('destroy', q[i]);
  }
}

function promiseResolve(record) {
  if (withPromiseResolve !== 0) callHooks('promiseResolve', record[kId]);
}

// bind maps an object Go will call back with (as `this`, or the function
// itself) to a record; once: the record ends after that one callback.
const kOnce = Symbol('asyncOnce');
function bind(key, record, once) {
  if (once) record[kOnce] = true;
  registry.set(key, record);
  return record;
}

function recordOf(key) {
  return registry.get(key);
}

// enterIO: bootstrap's enter() while active — fn runs in the record bound to
// self (or to fn). A listening handle's record also numbers the handle it
// accepted (node reports the new TCPWRAP before the server's callback).
function enterIO(fn, self, a, b, c, d, e) {
  let record = self !== undefined && self !== null && typeof self === 'object' ? registry.get(self) : undefined;
  if (record === undefined) record = registry.get(fn);
  if (record === undefined) return fn.call(self, a, b, c, d, e);
  if (record[kType] !== undefined && b !== undefined && b !== null && typeof b === 'object' &&
      registry.get(b) === undefined) {
    // onconnection(err, clientHandle) of a tracked server handle
    bind(b, init(record[kType], {}, undefined, record[kId]));
  }
  const depth = before(record);
  const r = fn.call(self, a, b, c, d, e);
  after(depth);
  if (record[kOnce] === true) {
    registry.delete(self !== undefined && registry.get(self) === record ? self : fn);
    destroyLater(record);
  }
  return r;
}

// A record of its own for a handle (its accepted handles get type accepts).
// Hooks see the record, not the handle: a handle (a goja DynamicObject)
// takes no symbol keys, and hooks commonly store under symbols on the
// resource (executionAsyncResource()[sym] = …).
function trackHandle(handle, type, accepts) {
  const record = init(type, {});
  if (accepts !== undefined) record[kType] = accepts;
  return bind(handle, record, false);
}

// A request Go completes once (req.oncomplete, `this` is req).
function trackRequest(req, type, trigger) {
  return bind(req, init(type, {}, req, trigger), true);
}

// withTrigger calls fn(a, b) with resources made meanwhile triggered by the
// given async id (node's defaultTriggerAsyncIdScope).
function withTrigger(id, fn, a, b) {
  const saved = state.defaultTrigger;
  state.defaultTrigger = id;
  try {
    return fn(a, b);
  } finally {
    state.defaultTrigger = saved;
  }
}

// runIn runs fn in record (AsyncResource.runInAsyncScope: an exception
// leaves it at once).
function runIn(record, fn, thisArg, args) {
  const depth = before(record);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    after(depth);
  }
}

// bindCallback: fn bound to a record made now, or fn itself while nothing
// is tracked.
function bindCallback(fn, type) {
  if (state.active === 0) return fn;
  const r = capture(type);
  return function (...args) {
    return runIn(r, fn, this, args);
  };
}

// Promises (internal/promise_hooks): the promise is its record. The
// engine's hooks are on while anything is tracked: init only while an init
// hook or a storage needs each promise numbered at once (else a promise is
// numbered when first seen, triggered by what runs then, as node's),
// settled only while a promiseResolve hook listens. Turning them off waits
// for a microtask, as node's: a hook disabled inside a then callback still
// sees that callback's after (which no longer reaches it).
const promiseHooks = require('internal/promise_hooks');
let stopPromiseHooks = null;
let promiseMode = -1;
let promiseOffQueued = false;

function updatePromiseHooks() {
  if (state.active === 0) {
    if (stopPromiseHooks !== null && !promiseOffQueued) {
      promiseOffQueued = true;
      internalBinding('async_context').queueJob(promiseHooksOffIfIdle);
    }
    return;
  }
  const withInits = withInit !== 0 || state.storages.length !== 0;
  const mode = (withInits ? 1 : 0) | (withPromiseResolve !== 0 ? 2 : 0);
  if (mode === promiseMode) return;
  const stops = [
    withInits ? promiseHooks.add('init', promiseInit) : null,
    promiseHooks.add('before', promiseBefore),
    promiseHooks.add('after', promiseAfter),
    withPromiseResolve !== 0 ? promiseHooks.add('settled', promiseSettled) : null,
  ];
  if (stopPromiseHooks !== null) stopPromiseHooks();
  promiseMode = mode;
  stopPromiseHooks = () => {
    for (let i = 0; i < stops.length; i++) if (stops[i] !== null) stops[i]();
  };
}

function promiseHooksOffIfIdle() {
  promiseOffQueued = false;
  if (state.active === 0 && stopPromiseHooks !== null) {
    stopPromiseHooks();
    stopPromiseHooks = null;
    promiseMode = -1;
  }
}

// promiseRecord: the record of a promise, numbered now if it has none (made
// before tracking, or while no init was needed). A promise frozen since
// takes no symbol: its record is an object of its own.
const frozenPromises = new WeakMap();
function promiseRecord(promise) {
  if (promise[kId] !== undefined) return promise;
  let record = frozenPromises.get(promise);
  if (record !== undefined) return record;
  if (Object.isExtensible(promise)) {
    record = promise;
  } else {
    record = { [kResource]: promise };
    frozenPromises.set(promise, record);
  }
  record[kId] = state.nextId++;
  record[kTrigger] = state.defaultTrigger >= 0 ? state.defaultTrigger : state.current[kId];
  return record;
}

function promiseInit(promise, parent) {
  // The parent is numbered first (its id is lower than the child's).
  const trigger = parent !== undefined ? promiseRecord(parent)[kId] : undefined;
  init('PROMISE', promise, promise, trigger);
}

function promiseBefore(promise) {
  before(promiseRecord(promise));
}

function promiseAfter(promise) {
  const record = promiseRecord(promise);
  if (state.current === record) {
    after(stack.length - 1);
  } else if (withAfter !== 0) {
    // Tracking began inside this job: its after still reaches the hooks.
    callHooks('after', record[kId]);
  }
}

// lateAfter: tracking began inside the callback of a timer or immediate
// that ran untracked (made before any hook or storage). node numbers every
// resource, so that callback's after still reaches the hooks: the resource
// is numbered now (triggered by the top).
function lateAfter(record) {
  if (record[kId] === undefined) {
    record[kId] = state.nextId++;
    record[kTrigger] = top[kId];
  }
  if (withAfter !== 0) callHooks('after', record[kId]);
}

function promiseSettled(promise) {
  if (withPromiseResolve !== 0) callHooks('promiseResolve', promiseRecord(promise)[kId]);
}

module.exports = {
  state, top, kId, kTrigger, kResource,
  capture, init, before, after, lateAfter, unwindAll, outside, destroyNow, destroyLater, promiseResolve,
  enable, disable, addHook, removeHook, runIn, bindCallback, setFatal,
  bind, recordOf, enterIO, trackHandle, trackRequest, withTrigger, whenTracked,
};
