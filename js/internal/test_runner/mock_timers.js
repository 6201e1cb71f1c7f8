'use strict';
// node:test's mock.timers (node 20's MockTimers), written from node's
// documentation: enable() swaps setTimeout, setInterval, setImmediate (the
// globals, node:timers' and node:timers/promises') and Date for versions
// driven by a fake clock; tick(ms) moves the clock and runs what is due,
// in the order of when it is due and then of when it was scheduled;
// runAll() runs everything queued; reset() (or Symbol.dispose) puts the
// originals back, their property descriptors as they were.

const { codes } = require('internal/errors');
const { validateNumber, validateObject, validateArray, validateAbortSignal } = require('internal/validators');
const { ERR_INVALID_STATE, ERR_INVALID_ARG_VALUE } = codes;

const kSupportedApis = ['setTimeout', 'setInterval', 'setImmediate', 'Date'];
const TIMEOUT_MAX = 2 ** 31 - 1;

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal?.reason });
}

class MockTimer {
  constructor(clock, callback, delay, args, interval) {
    this.id = ++clock.lastId;
    this.callback = callback;
    this.args = args;
    this.interval = interval;
    this.delay = delay;
    this.runAt = clock.now + delay;
    this.clock = clock;
  }
  ref() { return this; }
  unref() { return this; }
  hasRef() { return true; }
  refresh() {
    this.runAt = this.clock.now + this.delay;
    return this;
  }
  [Symbol.toPrimitive]() { return this.id; }
  [Symbol.dispose]() { this.clock.clear(this); }
}

let warned = false;

class MockTimers {
  constructor() {
    if (!warned) {
      warned = true;
      process.emitWarning('The MockTimers API is an experimental feature and might change at any time', 'ExperimentalWarning');
    }
  }

  #enabled = false;
  #apis = [];
  #saved = [];
  #queue = [];
  now = 0;
  lastId = 0;

  #schedule(callback, delay, args, interval) {
    delay = Number(delay);
    if (!(delay >= 1 && delay <= TIMEOUT_MAX)) delay = 1;
    const timer = new MockTimer(this, callback, delay, args, interval);
    this.#queue.push(timer);
    return timer;
  }

  clear(timer) {
    if (timer === null || typeof timer !== 'object') {
      const id = Number(timer);
      timer = this.#queue.find((t) => t.id === id);
    }
    const i = this.#queue.indexOf(timer);
    if (i !== -1) this.#queue.splice(i, 1);
  }

  #next(limit) {
    let best = null;
    for (const t of this.#queue) {
      if (t.runAt <= limit && (best === null || t.runAt < best.runAt || (t.runAt === best.runAt && t.id < best.id))) {
        best = t;
      }
    }
    return best;
  }

  #setTimeout = (callback, delay, ...args) => this.#schedule(callback, delay, args, false);
  #setInterval = (callback, delay, ...args) => this.#schedule(callback, delay, args, true);
  #setImmediate = (callback, ...args) => {
    const timer = new MockTimer(this, callback, 0, args, false);
    this.#queue.push(timer);
    return timer;
  };
  #clear = (timer) => this.clear(timer);

  #promisifiedTimeout = (delay, value, options = {}) => {
    // As the originals, bad options reject.
    try {
      validateObject(options, 'options');
      if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
    } catch (err) {
      return Promise.reject(err);
    }
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      let onAbort;
      const timer = this.#schedule(() => {
        if (onAbort) signal.removeEventListener('abort', onAbort);
        resolve(value);
      }, delay, [], false);
      if (signal) {
        onAbort = () => {
          this.clear(timer);
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  };

  #promisifiedImmediate = (value, options = {}) => this.#promisifiedTimeout(0, value, options);

  #promisifiedInterval = (interval, value, options = {}) => {
    validateObject(options, 'options');
    if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
    const { signal } = options;
    const clock = this;
    let pending = 0; // firings not yet taken by next()
    const waiting = []; // next() calls waiting for a firing
    let done = false;
    let onAbort;
    // As node's (an async generator), the interval starts at the first
    // next(); firings from then on wait for next() calls.
    let timer = null;
    const start = () => {
      timer ??= clock.#schedule(() => {
        if (waiting.length > 0) waiting.shift().resolve({ done: false, value });
        else pending++;
      }, interval, [], true);
    };
    const finish = () => {
      done = true;
      if (timer !== null) clock.clear(timer);
      if (onAbort) signal.removeEventListener('abort', onAbort);
    };
    if (signal) {
      onAbort = () => {
        finish();
        for (const w of waiting.splice(0)) w.reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    return {
      __proto__: null,
      [Symbol.asyncIterator]() { return this; },
      next() {
        // Firings before an abort are still delivered.
        if (pending > 0) {
          pending--;
          return Promise.resolve({ done: false, value });
        }
        if (signal?.aborted) {
          finish();
          return Promise.reject(abortError(signal));
        }
        if (done) return Promise.resolve({ done: true, value: undefined });
        start();
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return() {
        finish();
        for (const w of waiting.splice(0)) w.resolve({ done: true, value: undefined });
        return Promise.resolve({ done: true, value: undefined });
      },
    };
  };

  #createDate() {
    const clock = this;
    const NativeDate = this.#saved.find((s) => s.name === 'Date')?.descriptor.value ?? globalThis.Date;
    function MockDate(...args) {
      if (new.target === undefined) return new NativeDate(clock.now).toString();
      if (args.length === 0) return Reflect.construct(NativeDate, [clock.now], new.target);
      return Reflect.construct(NativeDate, args, new.target);
    }
    Object.setPrototypeOf(MockDate, NativeDate);
    MockDate.prototype = NativeDate.prototype;
    MockDate.now = () => clock.now;
    MockDate.parse = NativeDate.parse;
    MockDate.UTC = NativeDate.UTC;
    MockDate.isMock = true;
    // It passes for the native one.
    MockDate.toString = () => Function.prototype.toString.call(NativeDate);
    return MockDate;
  }

  #replace(target, name, value) {
    const descriptor = Object.getOwnPropertyDescriptor(target, name);
    this.#saved.push({ target, name, descriptor });
    Object.defineProperty(target, name, { ...descriptor, value });
  }

  enable(options = { __proto__: null }) {
    if (this.#enabled) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    validateObject(options, 'options');
    const { apis = kSupportedApis } = options;
    let { now = 0 } = options;
    validateArray(apis, 'options.apis');
    for (const api of apis) {
      if (!kSupportedApis.includes(api)) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
      }
    }
    if (now instanceof Date) now = now.getTime();
    validateNumber(now, 'options.now');
    if (!(now >= 0)) throw new ERR_INVALID_ARG_VALUE('options.now', now, 'must be a positive number');
    this.now = now;
    this.#apis = [...apis];
    this.#enabled = true;
    const timers = require('timers');
    const timersPromises = require('timers/promises');
    // Each timer API in its three places: the global, node:timers (with
    // its clear function) and node:timers/promises.
    const mocks = {
      setTimeout: [this.#setTimeout, this.#promisifiedTimeout],
      setInterval: [this.#setInterval, this.#promisifiedInterval],
      setImmediate: [this.#setImmediate, this.#promisifiedImmediate],
    };
    for (const api of apis) {
      if (api === 'Date') {
        this.#replace(globalThis, 'Date', this.#createDate());
        continue;
      }
      const [set, promisified] = mocks[api];
      for (const target of [globalThis, timers]) {
        this.#replace(target, api, set);
        this.#replace(target, `clear${api.slice(3)}`, this.#clear);
      }
      this.#replace(timersPromises, api, promisified);
    }
  }

  setTime(milliseconds = this.now) {
    validateNumber(milliseconds, 'milliseconds', 0);
    if (!this.#enabled) throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    this.now = milliseconds;
  }

  tick(time = 1) {
    if (!this.#enabled) {
      throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    }
    validateNumber(time, 'time');
    if (time < 0) throw new ERR_INVALID_ARG_VALUE('time', time, 'positive integer');
    const target = this.now + time;
    let timer;
    while ((timer = this.#next(target)) !== null) {
      if (timer.runAt > this.now) this.now = timer.runAt;
      if (timer.interval) timer.runAt += timer.delay;
      else this.clear(timer);
      Reflect.apply(timer.callback, undefined, timer.args);
    }
    this.now = target;
  }

  runAll() {
    if (!this.#enabled) {
      throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    }
    let last = this.now;
    for (const t of this.#queue) if (t.runAt > last) last = t.runAt;
    this.tick(last - this.now);
  }

  reset() {
    if (!this.#enabled) return;
    this.#enabled = false;
    for (let i = this.#saved.length - 1; i >= 0; i--) {
      const { target, name, descriptor } = this.#saved[i];
      Object.defineProperty(target, name, descriptor);
    }
    this.#saved = [];
    this.#queue = [];
    this.#apis = [];
    this.now = 0;
  }

  [Symbol.dispose]() {
    this.reset();
  }
}

module.exports = { MockTimers };
