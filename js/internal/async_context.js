'use strict';
// The execution context behind async_hooks (AsyncLocalStorage,
// AsyncResource, executionAsyncId). state.current is the resource whose
// callback is running (a plain object; the top-level one outside any
// callback). While an AsyncLocalStorage is enabled, work scheduled with
// setTimeout/setInterval/setImmediate/process.nextTick is bound to a new
// resource that inherits the stores of the current one (capture), and runs
// with it; promise reactions and await do the same through goja's
// AsyncContextTracker (modules/asynccontext); EventEmitter listeners run
// synchronously in the emitter's caller's context. Nothing is captured
// while no storage is enabled.

const kId = Symbol('asyncId');
const kTrigger = Symbol('triggerAsyncId');

const top = { [kId]: 1, [kTrigger]: 0 };
const state = {
  current: top,
  storages: [], // enabled AsyncLocalStorage instances
  nextId: 2,
};
let tracking = false;

// A new resource triggered by the current one, with its stores.
function capture(type) {
  const parent = state.current;
  const r = { [kId]: state.nextId++, [kTrigger]: parent[kId] };
  const storages = state.storages;
  for (let i = 0; i < storages.length; i++) storages[i]._propagate(r, parent, type);
  return r;
}

function captureIfTracking() {
  return state.storages.length === 0 ? undefined : capture('PROMISE');
}

function enable(storage) {
  state.storages.push(storage);
  if (!tracking) {
    tracking = true;
    internalBinding('async_context').track(state, captureIfTracking, top);
  }
}

function disable(storage) {
  const i = state.storages.indexOf(storage);
  if (i !== -1) state.storages.splice(i, 1);
}

function runIn(resource, fn, thisArg, args) {
  const prev = state.current;
  state.current = resource;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    state.current = prev;
  }
}

// bindCallback: fn bound to a resource captured now, or fn itself while no
// storage is enabled (the common case costs one length check).
function bindCallback(fn, type) {
  if (state.storages.length === 0) return fn;
  const r = capture(type);
  return function (...args) {
    return runIn(r, fn, this, args);
  };
}

module.exports = { state, top, kId, kTrigger, capture, enable, disable, runIn, bindCallback };
