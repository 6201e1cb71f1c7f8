'use strict';
// Readable helper methods (map, filter, forEach, toArray, ...), written for
// goja without async generators: each stream-returning operator is a small
// hand-written async iterator handed to Readable.from(). map and filter run
// up to `concurrency` calls at once (see concurrentPull); results keep the
// source's order.

const { kAsyncIterator, errors } = require('internal/streams/utils');

function codes() { return errors().codes; }

function validateFn(fn, name) {
  if (typeof fn !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['Function', 'AsyncFunction'], fn);
}

function validateOptions(options) {
  if (options != null && typeof options !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'Object', options);
  }
  if (options && options.signal != null) {
    const s = options.signal;
    if (typeof s !== 'object' || !('aborted' in s)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options.signal', 'AbortSignal', s);
    }
  }
}

// map and the operators built on it in node (filter, flatMap, forEach,
// some, every, find) check concurrency and highWaterMark as integers.
function validateMapOptions(options) {
  validateOptions(options);
  let concurrency = 1;
  if (options != null && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options != null && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  const { validateInteger } = require('internal/validators');
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
}

function toIntegerOrInfinity(n) {
  n = Number(n);
  if (n !== n) return 0;
  if (n < 0) throw new (codes().ERR_OUT_OF_RANGE)('number', '>= 0', n);
  return Math.trunc(n);
}

function abortErr(signal) {
  return new (errors().AbortError)(undefined, { cause: signal && signal.reason });
}

// Build a Readable from a `pull()` function returning a promise of
// { value, done }. `onReturn` runs when the consumer stops early.
function fromPull(stream, pull, options) {
  const Readable = require('internal/streams/readable');
  const src = stream[kAsyncIterator]();
  const signal = options && options.signal;
  let finished = false;
  // As node's: once the signal aborts, a pending read fails with AbortError
  // at once (not when the work in flight happens to settle).
  let aborted = null;
  let onAbort = null;
  if (signal) {
    aborted = new Promise((resolve, reject) => {
      onAbort = () => reject(abortErr(signal));
      if (!signal.aborted) signal.addEventListener('abort', onAbort, { once: true });
    });
    aborted.catch(() => {});
  }
  const finish = () => {
    finished = true;
    if (onAbort !== null) signal.removeEventListener('abort', onAbort);
  };
  const it = {
    next() {
      if (finished) return Promise.resolve({ value: undefined, done: true });
      if (signal && signal.aborted) {
        finish();
        src.return();
        return Promise.reject(abortErr(signal));
      }
      const read = pull(src).then((r) => {
        if (r.done) finish();
        return r;
      });
      if (aborted === null) return read;
      // Work still in flight when the signal aborted may fail later (a
      // mapper rethrowing signal.reason): the stream already failed.
      read.catch(() => {});
      return Promise.race([read, aborted]).catch((err) => {
        if (signal.aborted && !finished) {
          finish();
          src.return();
        }
        throw err;
      });
    },
    return() {
      finish();
      return src.return().then(() => ({ value: undefined, done: true }));
    },
    throw(err) {
      finish();
      return src.return().then(() => { throw err; });
    },
  };
  it[kAsyncIterator] = function() { return this; };
  return Readable.from(it, { objectMode: true, highWaterMark: (options && options.highWaterMark) || 1 });
}

// With concurrency > 1, node's pump: up to `concurrency` fn calls are in
// flight, the source is read ahead while fewer than concurrency +
// highWaterMark results wait to be read, a call starts as soon as another
// settles (not when its result is read), and results come out in source
// order.
function concurrentPull(fn, options) {
  const signal = options && options.signal;
  const concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  highWaterMark += concurrency;
  const queue = []; // promises of { value, done }, in source order
  let inFlight = 0;
  let started = false;
  let stopped = false; // a call failed or the source ended: read no more
  let ended = false; // the pump has queued its last entry
  let resume = null; // the pump, waiting for room
  let waiting = null; // a reader, waiting for an entry

  function maybeResume() {
    if (resume !== null && !stopped && inFlight < concurrency && queue.length < highWaterMark) {
      const r = resume;
      resume = null;
      r();
    }
  }
  function wake() {
    if (waiting !== null) {
      const w = waiting;
      waiting = null;
      w();
    }
  }
  function end(entry) {
    if (entry !== undefined) queue.push(entry);
    stopped = true;
    ended = true;
    wake();
  }
  function pump(src) {
    if (stopped) return end();
    src.next().then((r) => {
      if (stopped) return end();
      if (r.done) return end(Promise.resolve(r));
      let call;
      try {
        call = Promise.resolve(fn(r.value, { signal }));
      } catch (err) {
        call = Promise.reject(err);
      }
      inFlight++;
      call.then(() => { inFlight--; maybeResume(); }, () => { stopped = true; inFlight--; maybeResume(); });
      const entry = call.then((value) => ({ value, done: false }));
      entry.catch(() => {}); // read by whoever reaches it; the stream may have stopped
      queue.push(entry);
      wake();
      if (!stopped && (queue.length >= highWaterMark || inFlight >= concurrency)) {
        resume = () => pump(src);
      } else {
        pump(src);
      }
    }, (err) => {
      const entry = Promise.reject(err);
      entry.catch(() => {});
      end(entry);
    });
  }
  return function pull(src) {
    if (!started) {
      started = true;
      pump(src);
    }
    return new Promise((resolve, reject) => {
      const take = () => {
        if (queue.length === 0) {
          if (ended) resolve({ value: undefined, done: true });
          else waiting = take;
          return;
        }
        queue[0].then((r) => {
          if (!r.done) queue.shift();
          maybeResume();
          resolve(r);
        }, (err) => {
          queue.shift();
          maybeResume();
          reject(err);
        });
      };
      take();
    });
  };
}

function map(fn, options) {
  validateFn(fn, 'fn');
  validateMapOptions(options);
  const signal = options && options.signal;
  if (options != null && options.concurrency != null && Math.floor(options.concurrency) > 1) {
    return fromPull(this, concurrentPull(fn, options), options);
  }
  return fromPull(this, (src) => src.next().then((r) => {
    if (r.done) return r;
    return Promise.resolve(fn(r.value, { signal })).then((v) => ({ value: v, done: false }));
  }), options);
}

const kSkip = Symbol('kSkip');

function filter(fn, options) {
  validateFn(fn, 'fn');
  validateMapOptions(options);
  const signal = options && options.signal;
  if (options != null && options.concurrency != null && Math.floor(options.concurrency) > 1) {
    // As node's: a concurrent map to the value or a skip marker.
    const inner = concurrentPull((v, o) => Promise.resolve(fn(v, o)).then((keep) => (keep ? v : kSkip)), options);
    const pullKept = (src) => inner(src).then((r) => (!r.done && r.value === kSkip ? pullKept(src) : r));
    return fromPull(this, pullKept, options);
  }
  function pull(src) {
    return src.next().then((r) => {
      if (r.done) return r;
      return Promise.resolve(fn(r.value, { signal })).then((keep) => (keep ? r : pull(src)));
    });
  }
  return fromPull(this, pull, options);
}

function asIndexedPairs(options) {
  validateOptions(options);
  let i = 0;
  return fromPull(this, (src) => src.next().then((r) => (r.done ? r : { value: [i++, r.value], done: false })), options);
}

function drop(number, options) {
  validateOptions(options);
  let n = toIntegerOrInfinity(number);
  function pull(src) {
    return src.next().then((r) => {
      if (r.done || n <= 0) return r;
      n--;
      return pull(src);
    });
  }
  return fromPull(this, pull, options);
}

function take(number, options) {
  validateOptions(options);
  let n = toIntegerOrInfinity(number);
  return fromPull(this, (src) => {
    if (n <= 0) return src.return().then(() => ({ value: undefined, done: true }));
    return src.next().then((r) => {
      if (r.done) return r;
      n--;
      return r;
    });
  }, options);
}

function flatMap(fn, options) {
  validateFn(fn, 'fn');
  validateMapOptions(options);
  const signal = options && options.signal;
  let inner = null;
  function pull(src) {
    if (inner !== null) {
      return inner.next().then((r) => {
        if (!r.done) return r;
        inner = null;
        return pull(src);
      });
    }
    return src.next().then((r) => {
      if (r.done) return r;
      return Promise.resolve(fn(r.value, { signal })).then((v) => {
        if (v != null && typeof v[kAsyncIterator] === 'function') inner = v[kAsyncIterator]();
        else if (v != null && typeof v[Symbol.iterator] === 'function' && typeof v !== 'string') {
          const sync = v[Symbol.iterator]();
          inner = { next() { return Promise.resolve(sync.next()); } };
        } else {
          return { value: v, done: false };
        }
        return pull(src);
      });
    });
  }
  return fromPull(this, pull, options);
}

// ---- promise-returning helpers ----

function consume(stream, options, onValue) {
  const signal = options && options.signal;
  const it = stream[kAsyncIterator]();
  return new Promise((resolve, reject) => {
    function loop() {
      if (signal && signal.aborted) {
        it.return();
        reject(abortErr(signal));
        return;
      }
      it.next().then((r) => {
        if (r.done) {
          resolve(onValue(undefined, true));
          return;
        }
        return Promise.resolve(onValue(r.value, false)).then((stop) => {
          if (stop === true) {
            it.return().then(() => resolve(onValue(undefined, true, true)), reject);
          } else {
            loop();
          }
        });
      }).then(undefined, (err) => {
        it.return();
        reject(err);
      });
    }
    loop();
  });
}

function toArray(options) {
  validateOptions(options);
  const result = [];
  return consume(this, options, (v, done) => {
    if (done) return result;
    result.push(v);
    return false;
  });
}

function forEach(fn, options) {
  validateFn(fn, 'fn');
  validateMapOptions(options);
  const signal = options && options.signal;
  if (options != null && options.concurrency != null && Math.floor(options.concurrency) > 1) {
    // As node's: drain a concurrent map.
    return toArray.call(this.map(fn, options), options).then(() => undefined);
  }
  return consume(this, options, (v, done) => {
    if (done) return undefined;
    return Promise.resolve(fn(v, { signal })).then(() => false);
  });
}

function some(fn, options) {
  validateFn(fn, 'fn');
  validateMapOptions(options);
  const signal = options && options.signal;
  let found = false;
  return consume(this, options, (v, done) => {
    if (done) return found;
    return Promise.resolve(fn(v, { signal })).then((ok) => {
      if (ok) found = true;
      return !!ok;
    });
  });
}

function every(fn, options) {
  validateFn(fn, 'fn');
  validateMapOptions(options);
  const signal = options && options.signal;
  let all = true;
  return consume(this, options, (v, done) => {
    if (done) return all;
    return Promise.resolve(fn(v, { signal })).then((ok) => {
      if (!ok) all = false;
      return !ok;
    });
  });
}

function find(fn, options) {
  validateFn(fn, 'fn');
  validateMapOptions(options);
  const signal = options && options.signal;
  let found;
  return consume(this, options, (v, done) => {
    if (done) return found;
    return Promise.resolve(fn(v, { signal })).then((ok) => {
      if (ok) found = v;
      return !!ok;
    });
  });
}

function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  const signal = options && options.signal;
  let hasInitial = arguments.length > 1;
  let acc = initialValue;
  const stream = this;
  return consume(this, options, (v, done) => {
    if (done) {
      if (!hasInitial) {
        const err = new (codes().ERR_MISSING_ARGS)('reduce');
        err.message = 'Reduce of an empty stream requires an initial value';
        throw err;
      }
      return acc;
    }
    if (!hasInitial) {
      hasInitial = true;
      acc = v;
      return false;
    }
    return Promise.resolve(reducer(acc, v, { signal })).then((next) => {
      acc = next;
      return false;
    });
  }).then(undefined, (err) => {
    if (!stream.destroyed) stream.destroy(err);
    throw err;
  });
}

// The promise-returning operators are async functions in node: a bad
// argument rejects the promise rather than throwing.
function rejecting(fn) {
  return function () {
    try {
      return Promise.resolve(fn.apply(this, arguments));
    } catch (err) {
      return Promise.reject(err);
    }
  };
}

// readable.compose(stream, options): this stream piped into stream (a
// Duplex, a transform function or async generator), as stream.compose().
function compose(stream, options) {
  validateOptions(options);
  const { isNodeStream, isWritable } = require('internal/streams/utils');
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('stream', stream, 'must be writable');
  }
  const composed = require('internal/streams/duplexify').compose(this, stream);
  if (options && options.signal) {
    require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, composed);
  }
  return composed;
}

module.exports = {
  streamReturning: { asIndexedPairs, compose, drop, filter, flatMap, map, take },
  promiseReturning: {
    every: rejecting(every), forEach: rejecting(forEach), reduce: rejecting(reduce),
    toArray: rejecting(toArray), some: rejecting(some), find: rejecting(find),
  },
};
