'use strict';
// timers/promises: promise and async-iterator forms of the timers, after
// node's lib/timers/promises.js.

const t = require('internal/timers');

const kAsyncIterator = typeof Symbol.asyncIterator === 'symbol' ?
  Symbol.asyncIterator : Symbol.for('Symbol.asyncIterator');

let errors;
function lazyErrors() {
  if (errors === undefined) errors = require('internal/errors');
  return errors;
}

function abortError(signal) {
  const { AbortError } = lazyErrors();
  return new AbortError(undefined, { cause: signal === undefined ? undefined : signal.reason });
}

function invalidArgType(name, expected, actual) {
  return new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(name, expected, actual);
}

function isAbortSignal(signal) {
  return signal !== null && typeof signal === 'object' && 'aborted' in signal;
}

// Checks options as node does; returns an error instead of throwing.
function checkOptions(options) {
  if (options == null || typeof options !== 'object') {
    return invalidArgType('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined && !isAbortSignal(signal)) {
    return invalidArgType('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') {
    return invalidArgType('options.ref', 'boolean', ref);
  }
  return null;
}

function later(arm, disarm, value, options) {
  const err = checkOptions(options);
  if (err !== null) return Promise.reject(err);
  const { signal, ref = true } = options;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  let onCancel;
  const ret = new Promise((resolve, reject) => {
    const handle = arm(() => resolve(value));
    if (!ref) handle.unref();
    if (signal) {
      onCancel = () => {
        disarm(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onCancel);
    }
  });
  return onCancel === undefined ? ret :
    ret.finally(() => signal.removeEventListener('abort', onCancel));
}

function setTimeout(after, value, options = {}) {
  return later((fn) => t.setTimeout(fn, after), t.clearTimeout, value, options);
}

function setImmediate(value, options = {}) {
  return later((fn) => t.setImmediate(fn), t.clearImmediate, value, options);
}

// goja has no async generators, so setInterval drives node's generator body
// (written as a sync generator that yields {await: p} to wait on p) with a
// small async-generator runtime: requests queue, yielded values are awaited.
const kAwait = Symbol('await');

function asyncGenerator(gen) {
  let queue = Promise.resolve();
  function run(method, arg) {
    return new Promise((resolve, reject) => {
      function step(m, v) {
        let r;
        try {
          r = gen[m](v);
        } catch (e) {
          reject(e);
          return;
        }
        const x = r.value;
        if (!r.done && x !== null && typeof x === 'object' && kAwait in x) {
          Promise.resolve(x[kAwait]).then((y) => step('next', y), (e) => step('throw', e));
          return;
        }
        Promise.resolve(x).then((y) => resolve({ value: y, done: r.done }),
          (e) => (r.done ? reject(e) : step('throw', e)));
      }
      step(method, arg);
    });
  }
  function enqueue(method, arg) {
    const p = queue.then(() => run(method, arg));
    queue = p.then(noop, noop);
    return p;
  }
  const it = Object.create(AsyncGeneratorPrototype);
  it.next = (v) => enqueue('next', v);
  it.return = (v) => enqueue('return', v);
  it.throw = (e) => enqueue('throw', e);
  return it;
}
function noop() {}
const AsyncGeneratorPrototype = {
  [kAsyncIterator]() { return this; },
};
Object.defineProperty(AsyncGeneratorPrototype, Symbol.toStringTag, { value: 'AsyncGenerator', configurable: true });

function* intervalBody(after, value, options) {
  const err = checkOptions(options);
  if (err !== null) throw err;
  const { signal, ref = true } = options;
  if (signal && signal.aborted) throw abortError(signal);
  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = t.setInterval(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after);
    if (!ref) interval.unref();
    if (signal) {
      onCancel = () => {
        t.clearInterval(interval);
        if (callback) {
          callback(Promise.reject(abortError(signal)));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
    while (!(signal && signal.aborted)) {
      if (notYielded === 0) {
        yield { [kAwait]: new Promise((resolve) => { callback = resolve; }) };
      }
      for (; notYielded > 0; notYielded--) {
        yield value;
      }
    }
    throw abortError(signal);
  } finally {
    t.clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onCancel);
  }
}

function setInterval(after, value, options = {}) {
  return asyncGenerator(intervalBody(after, value, options));
}

const scheduler = {
  wait(delay, options) { return setTimeout(delay, undefined, options); },
  yield() { return setImmediate(); },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
