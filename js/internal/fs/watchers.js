'use strict';
// fs.watch (FSWatcher over the binding's inotify watches, modules/fs/
// watch.go), fs/promises' watch (an async iterator of its events), and
// fs.watchFile/unwatchFile (StatWatcher: a stat of the file every
// `interval` ms on the worker pool, 'change' when it differs, as libuv's
// fs_poll does).

const EventEmitter = require('events');
const { setTimeout, clearTimeout } = require('internal/timers'); // (ours, not the globals a script may replace)
const binding = internalBinding('fs');
const {
  codes: { ERR_INVALID_ARG_TYPE },
  AbortError,
  uvException,
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateObject, validateAbortSignal, validateUint32,
} = require('internal/validators');
const {
  getValidatedPath, getOptions, getStatsFromBinding, uvError, encodeName, pathString,
} = require('internal/fs/utils');

const kId = Symbol('kId');

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this[kId] = undefined;
  }

  start(filename, persistent, recursive, encoding) {
    const path = getValidatedPath(filename, 'filename');
    const res = binding.watchStart(path, !!recursive, (eventType, name) => {
      this.emit('change', eventType, encodeName(name, encoding));
    });
    if (typeof res === 'object') {
      const err = uvError(res, 'watch', path);
      if (err.code !== 'ERR_ACCESS_DENIED') err.filename = pathString(path);
      throw err;
    }
    this[kId] = res;
    if (!persistent) binding.watchRef(res, false);
  }

  close() {
    if (this[kId] === undefined) return;
    binding.watchClose(this[kId]);
    this[kId] = undefined;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this[kId] !== undefined) binding.watchRef(this[kId], true);
    return this;
  }

  unref() {
    if (this[kId] !== undefined) binding.watchRef(this[kId], false);
    return this;
  }
}

function watchOptions(options) {
  options = getOptions(options);
  if (options.persistent === undefined) options = { ...options, persistent: true };
  if (options.recursive === undefined) options = { ...options, recursive: false };
  validateBoolean(options.persistent, 'options.persistent');
  validateBoolean(options.recursive, 'options.recursive');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = watchOptions(options);
  const w = new FSWatcher();
  w.start(filename, options.persistent, options.recursive, options.encoding);
  if (listener) w.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) {
      process.nextTick(() => w.close());
    } else {
      const onAbort = () => w.close();
      options.signal.addEventListener('abort', onAbort, { once: true });
      w.once('close', () => options.signal.removeEventListener('abort', onAbort));
    }
  }
  return w;
}

// fs/promises watch(): for await (const { eventType, filename } of watch(p))
function watchPromise(filename, options = {}) {
  const path = getValidatedPath(filename, 'filename');
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  if (encoding && encoding !== 'buffer' && (typeof encoding !== 'string' || !require('buffer').Buffer.isEncoding(encoding))) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('encoding', encoding, 'is invalid encoding');
  }
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  const queue = [];
  const waiting = [];
  let closed = false;
  let failure;
  const w = new FSWatcher();
  const finish = () => {
    if (closed) return;
    closed = true;
    w.close();
    while (waiting.length) {
      const { resolve, reject } = waiting.shift();
      if (failure) reject(failure);
      else resolve({ value: undefined, done: true });
    }
  };
  const onAbort = () => {
    failure = new AbortError(undefined, { cause: signal?.reason });
    finish();
  };
  if (signal?.aborted) {
    failure = new AbortError(undefined, { cause: signal.reason });
    closed = true;
  } else {
    w.start(path, persistent, recursive, encoding);
    w.on('change', (eventType, filename) => {
      const ev = { eventType, filename };
      if (waiting.length) waiting.shift().resolve({ value: ev, done: false });
      else queue.push(ev);
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  }
  return {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (closed) {
        if (failure) {
          const f = failure;
          failure = undefined;
          return Promise.reject(f);
        }
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      signal?.removeEventListener('abort', onAbort);
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      finish();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

// ---- watchFile ----

const kTimer = Symbol('kTimer');
const kPrev = Symbol('kPrev');
const statWatchers = new Map();

// Zeroed stats: what a missing file looks like to a StatWatcher.
function emptyStats(bigint) {
  const z = bigint ? 0n : 0;
  return getStatsFromBinding(new Array(18).fill(z));
}

function sameStats(a, b) {
  return a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.size === b.size &&
    a.mode === b.mode && a.ino === b.ino && a.nlink === b.nlink && a.uid === b.uid &&
    a.gid === b.gid && a.birthtimeMs === b.birthtimeMs && a.dev === b.dev;
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this.bigint = bigint;
    this[kTimer] = null;
    this[kPrev] = undefined;
    this._refed = true;
  }

  start(filename, persistent, interval) {
    const path = getValidatedPath(filename, 'filename');
    validateUint32(interval, 'interval');
    const poll = () => {
      binding.stat(path, this.bigint, (err, a) => {
        if (this[kTimer] === null) return;
        const cur = err === undefined ? getStatsFromBinding(a) : emptyStats(this.bigint);
        const prev = this[kPrev];
        this[kPrev] = cur;
        if (prev === undefined) {
          // The first stat is the baseline; a missing file is reported once.
          if (err !== undefined) this.emit('change', cur, cur);
        } else if (!sameStats(cur, prev)) {
          this.emit('change', cur, prev);
        }
        if (this[kTimer] === null) return; // a listener stopped it
        this[kTimer] = setTimeout(poll, interval);
        if (!this._refed) this[kTimer].unref();
      });
    };
    this[kTimer] = setTimeout(poll, 0);
    if (!persistent) this.unref();
  }

  stop() {
    if (this[kTimer] === null) return;
    clearTimeout(this[kTimer]);
    this[kTimer] = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._refed = true;
    this[kTimer]?.ref?.();
    return this;
  }

  unref() {
    this._refed = false;
    this[kTimer]?.unref?.();
    return this;
  }
}

function watchFile(filename, options, listener) {
  const path = getValidatedPath(filename, 'filename');
  const key = require('path').resolve(pathString(path));
  let stat;
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  stat = statWatchers.get(key);
  if (stat === undefined) {
    stat = new StatWatcher(!!options.bigint);
    stat.start(path, options.persistent, options.interval);
    statWatchers.set(key, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  const path = getValidatedPath(filename, 'filename');
  const key = require('path').resolve(pathString(path));
  const stat = statWatchers.get(key);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    stat.removeListener('change', listener);
  } else {
    stat.removeAllListeners('change');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(key);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchPromise, watchFile, unwatchFile };
