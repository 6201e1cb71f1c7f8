'use strict';
// timers/promises: promise and async-iterator forms of the timers.

const t = require('internal/timers');

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

function validate(options) {
  const { codes } = require('internal/errors');
  if (options === null || typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  }
  return { signal, ref };
}

function later(schedule, clear, value, options) {
  let opts;
  try {
    opts = validate(options);
  } catch (e) {
    return Promise.reject(e);
  }
  const { signal, ref } = opts;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = schedule(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref && handle.unref) handle.unref();
    if (signal) {
      onAbort = () => {
        clear(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  return later((fn) => t.setTimeout(fn, after), t.clearTimeout, value, options);
}

function setImmediate(value, options = {}) {
  return later((fn) => t.setImmediate(fn), t.clearImmediate, value, options);
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validate(options);
  if (signal && signal.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const handle = t.setInterval(() => {
    pending++;
    if (wake) { const w = wake; wake = null; w(); }
  }, after);
  if (!ref) handle.unref();
  let onAbort;
  let aborted = false;
  if (signal) {
    onAbort = () => {
      aborted = true;
      if (wake) { const w = wake; wake = null; w(); }
    };
    signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    for (;;) {
      if (aborted) throw abortError(signal);
      if (pending === 0) {
        await new Promise((resolve) => { wake = resolve; });
        continue;
      }
      pending--;
      yield value;
    }
  } finally {
    t.clearInterval(handle);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait(delay, options) { return setTimeout(delay, undefined, options); },
  yield() { return setImmediate(); },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
