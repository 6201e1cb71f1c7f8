'use strict';
// Promise hooks: v8.promiseHooks (onInit, onBefore, onAfter, onSettled,
// createHook) and the registration async_hooks' PROMISE resources use
// (internal/async_context), over the engine's one set of hooks.
//
// The path: the goja fork calls a hook where V8 calls its PromiseHook
// (modules/asynccontext, third_party/goja/gojanet_promisehooks.go): init
// (promise, parent) where a promise is made, settled(promise) where one is
// fulfilled or rejected, before/after(promise) around the job that resolves
// it. Here each kind keeps a list of listeners; whenever a list changes,
// update() hands the engine one function per non-empty list (undefined for
// an empty one, so the engine skips that kind, and removes its hooks when
// all are empty). A list is replaced, never changed in place, so a hook
// that stops itself or adds another while it runs does not disturb the
// call in progress. What a listener throws goes the uncaught-exception way
// (process 'uncaughtException', else the process dies), as node's.

const binding = internalBinding('async_context');

const lists = { init: [], before: [], after: [], settled: [] };

// bootstrap's fatalException (setUncaught); until then, rethrown.
let uncaught = (err) => { throw err; };
function setUncaught(fn) {
  uncaught = fn;
}

function dispatcher(list) {
  if (list.length === 0) return undefined;
  if (list.length === 1) {
    const fn = list[0];
    return function (promise, parent) {
      try {
        fn(promise, parent);
      } catch (err) {
        uncaught(err);
      }
    };
  }
  return function (promise, parent) {
    for (let i = 0; i < list.length; i++) {
      try {
        list[i](promise, parent);
      } catch (err) {
        uncaught(err);
      }
    }
  };
}

function update() {
  binding.setPromiseHooks(dispatcher(lists.init), dispatcher(lists.before), dispatcher(lists.after),
    dispatcher(lists.settled));
}

// add(kind, fn) listens; the function returned stops it (once).
function add(kind, fn) {
  lists[kind] = lists[kind].concat([fn]);
  update();
  let stopped = false;
  return function stop() {
    if (stopped) return;
    stopped = true;
    const list = lists[kind];
    const i = list.indexOf(fn);
    if (i === -1) return;
    lists[kind] = list.slice(0, i).concat(list.slice(i + 1));
    update();
  };
}

// node refuses async functions (async generators too) as hooks: they would
// make promises of their own from inside a hook. goja has no async generators:
// esbuild lowers `async function*` to a plain function returning
// __asyncGenerator(...) (runtime/loader.go), known by its source only.
let types = null;
const loweredAsyncGenerator = /^function\s*[\w$]*\s*\([^)]*\)\s*\{\s*return\s+__asyncGenerator\(/;
function validateHook(fn, name) {
  if (typeof fn === 'function') {
    if (types === null) types = require('util').types;
    if (!types.isAsyncFunction(fn) && !loweredAsyncGenerator.test(Function.prototype.toString.call(fn))) {
      return;
    }
  }
  const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  throw new ERR_INVALID_ARG_TYPE(name, 'Function', fn);
}

function userHook(kind) {
  return (hook) => {
    validateHook(hook, `${kind}Hook`);
    return add(kind, hook);
  };
}

const onInit = userHook('init');
const onBefore = userHook('before');
const onAfter = userHook('after');
const onSettled = userHook('settled');

// createHook({ init, before, after, settled }): each given (truthy) one
// listens; the function returned stops them all.
function createHook({ init, before, after, settled } = {}) {
  const stops = [];
  if (init) stops.push(onInit(init));
  if (before) stops.push(onBefore(before));
  if (after) stops.push(onAfter(after));
  if (settled) stops.push(onSettled(settled));
  return () => {
    for (let i = 0; i < stops.length; i++) stops[i]();
  };
}

module.exports = {
  promiseHooks: { createHook, onInit, onBefore, onAfter, onSettled },
  add, setUncaught,
};
