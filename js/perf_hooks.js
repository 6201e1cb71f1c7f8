'use strict';
// The `perf_hooks` builtin (gojanet): the User Timing API (performance.mark/
// measure/getEntries*/clear*), PerformanceObserver, timerify, nodeTiming,
// histograms (createHistogram) and monitorEventLoopDelay, written from
// node's documentation and checked against node 20. `performance` is also
// the global performance object.
//
// Times are milliseconds since the runtime started (performance.now(), from
// the runtime's monotonic clock); timeOrigin is that start in Unix time.
// Observers are notified asynchronously (on a microtask... node queues a
// task; here the entries of one synchronous run reach the observer
// together after it), buffered entries stay until cleared. Histograms keep
// every recorded value (node's HdrHistogram keeps 3 significant digits), so
// percentiles are exact. nodeTiming's milestones and the loop's idle time
// (eventLoopUtilization) come from Go (runtime/perf.go). Resource timing
// (performance.markResourceTiming, PerformanceResourceTiming) is node's
// W3C one: entries made from a fetch-style timing info, kept in a buffer of
// their own (setResourceTimingBufferSize, default 250); past its limit they
// wait in a secondary buffer and 'resourcetimingbufferfull' is dispatched on
// `performance` (an EventTarget, as in node) from an immediate.

const host = internalBinding('host');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE, ERR_ILLEGAL_CONSTRUCTOR,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateNumber, validateInteger } = require('internal/validators');
const { inspect } = require('util');
const { setImmediate, setInterval, clearInterval } = require('internal/timers'); // (ours, not the globals a script may replace)

const timeOrigin = host.timeOrigin;
function now() {
  return host.uptime() * 1000;
}

const kInternal = Symbol('kInternal');
const kData = Symbol('kData');

function illegal() {
  return new ERR_ILLEGAL_CONSTRUCTOR();
}

class PerformanceEntry {
  constructor(key, name, type, start, duration, detail) {
    if (key !== kInternal) throw illegal();
    this[kData] = { name, type, start, duration, detail };
  }
  get name() { return this[kData].name; }
  get entryType() { return this[kData].type; }
  get startTime() { return this[kData].start; }
  get duration() { return this[kData].duration; }
  get detail() { return this[kData].detail; }
  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
  toJSON() {
    const d = this[kData];
    const out = { name: d.name, entryType: d.type, startTime: d.start, duration: d.duration };
    if (d.type === 'mark' || d.type === 'measure' || d.detail !== undefined) out.detail = d.detail;
    return out;
  }
}
for (const k of ['name', 'entryType', 'startTime', 'duration']) {
  Object.defineProperty(PerformanceEntry.prototype, k, { enumerable: true });
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, { value: 'PerformanceEntry', configurable: true });

function cloneDetail(detail) {
  if (detail == null) return null;
  return require('internal/worker/io').structuredClone(detail);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    super(kInternal, name, 'mark', startTime, 0, cloneDetail(options?.detail));
  }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, { value: 'PerformanceMark', configurable: true });

class PerformanceMeasure extends PerformanceEntry {
  constructor(key, ...rest) {
    if (key !== kInternal) throw illegal();
    super(kInternal, ...rest);
  }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, { value: 'PerformanceMeasure', configurable: true });

// A resource's timing, from the timing info a fetch implementation hands
// markResourceTiming (the W3C fetch "timing info" record); the getters read
// it, as node's do.
const kTimingInfo = Symbol('kTimingInfo');
const kInitiatorType = Symbol('kInitiatorType');
const kCacheMode = Symbol('kCacheMode');
class PerformanceResourceTiming extends PerformanceEntry {
  constructor(key, name, type) {
    if (key !== kInternal) throw illegal();
    super(kInternal, name, type, 0, 0, undefined);
  }
  get name() { return this[kData].name; }
  get startTime() { return this[kTimingInfo].startTime; }
  get duration() { return this[kTimingInfo].endTime - this[kTimingInfo].startTime; }
  get initiatorType() { return this[kInitiatorType]; }
  get workerStart() { return this[kTimingInfo].finalServiceWorkerStartTime; }
  get redirectStart() { return this[kTimingInfo].redirectStartTime; }
  get redirectEnd() { return this[kTimingInfo].redirectEndTime; }
  get fetchStart() { return this[kTimingInfo].postRedirectStartTime; }
  get domainLookupStart() { return this[kTimingInfo].finalConnectionTimingInfo?.domainLookupStartTime; }
  get domainLookupEnd() { return this[kTimingInfo].finalConnectionTimingInfo?.domainLookupEndTime; }
  get connectStart() { return this[kTimingInfo].finalConnectionTimingInfo?.connectionStartTime; }
  get connectEnd() { return this[kTimingInfo].finalConnectionTimingInfo?.connectionEndTime; }
  get secureConnectionStart() { return this[kTimingInfo].finalConnectionTimingInfo?.secureConnectionStartTime; }
  get nextHopProtocol() { return this[kTimingInfo].finalConnectionTimingInfo?.ALPNNegotiatedProtocol; }
  get requestStart() { return this[kTimingInfo].finalNetworkRequestStartTime; }
  get responseStart() { return this[kTimingInfo].finalNetworkResponseStartTime; }
  get responseEnd() { return this[kTimingInfo].endTime; }
  get encodedBodySize() { return this[kTimingInfo].encodedBodySize; }
  get decodedBodySize() { return this[kTimingInfo].decodedBodySize; }
  // The spec's rule: a cache hit ('local') transfers nothing, a response
  // costs its body plus 300 bytes of headers.
  get transferSize() {
    if (this[kCacheMode] === 'local') return 0;
    if (this[kCacheMode] === 'validated') return 300;
    return this[kTimingInfo].encodedBodySize + 300;
  }
  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      initiatorType: this[kInitiatorType],
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
    };
  }
}
for (const k of Object.getOwnPropertyNames(PerformanceResourceTiming.prototype)) {
  if (k !== 'constructor' && k !== 'toJSON') Object.defineProperty(PerformanceResourceTiming.prototype, k, { enumerable: true });
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  value: 'PerformanceResourceTiming', configurable: true,
});

// The resource timing buffers (W3C resource timing's primary and secondary
// buffers, as node keeps them).
let resourceBuffer = [];
let resourceSecondary = [];
let resourceLimit = 250;
let resourceFullPending = false;

function bufferResourceTiming(entry) {
  if (resourceBuffer.length < resourceLimit && !resourceFullPending) {
    resourceBuffer.push(entry);
    return;
  }
  if (!resourceFullPending) {
    resourceFullPending = true;
    setImmediate(() => {
      // Each 'resourcetimingbufferfull' listener may raise the limit; what
      // then fits moves over, the rest is dropped once a round moves none.
      while (resourceSecondary.length > 0) {
        const before = resourceSecondary.length;
        performance.dispatchEvent(new Event('resourcetimingbufferfull'));
        const keep = Math.max(Math.min(resourceLimit - resourceBuffer.length, resourceSecondary.length), 0);
        const after = resourceSecondary.length - keep;
        for (let i = 0; i < keep; i++) resourceBuffer.push(resourceSecondary[i]);
        if (before <= after) resourceSecondary = [];
      }
      resourceFullPending = false;
    });
  }
  resourceSecondary.push(entry);
}

function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
  if (cacheMode !== '' && cacheMode !== 'local') {
    // node's internal assert fails here (ERR_INTERNAL_ASSERTION).
    const { codes, E } = require('internal/errors');
    const ERR_INTERNAL_ASSERTION = codes.ERR_INTERNAL_ASSERTION || E('ERR_INTERNAL_ASSERTION', (message) => {
      const suffix = 'This is caused by either a bug in Node.js ' +
        'or incorrect usage of Node.js internals.\n' +
        'Please open an issue with this stack trace at ' +
        'https://github.com/nodejs/node/issues\n';
      return message === undefined ? suffix : `${message}\n${suffix}`;
    });
    throw new ERR_INTERNAL_ASSERTION("cache must be an empty string or 'local'");
  }
  const entry = new PerformanceResourceTiming(kInternal, requestedUrl, 'resource');
  entry[kInitiatorType] = initiatorType;
  entry[kTimingInfo] = timingInfo;
  entry[kCacheMode] = cacheMode;
  enqueue(entry);
  bufferResourceTiming(entry);
  return entry;
}

function domException(message, name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, name);
}

// node's milestones (PerformanceNodeTiming), in ms since the start: own
// enumerable getters, as node's (so {...performance.nodeTiming} works).
class PerformanceNodeTiming {
  constructor() {
    const get = (fn) => ({ enumerable: true, configurable: true, get: fn });
    Object.defineProperties(this, {
      name: get(() => 'node'),
      entryType: get(() => 'node'),
      startTime: get(() => 0),
      duration: get(() => now()),
      nodeStart: get(() => milestones().nodeStart),
      v8Start: get(() => milestones().v8Start),
      environment: get(() => milestones().environment),
      loopStart: get(() => milestones().loopStart),
      loopExit: get(() => milestones().loopExit),
      bootstrapComplete: get(() => milestones().bootstrapComplete),
      idleTime: get(() => perfBinding.idleTime()),
      uvMetricsInfo: get(() => {
        const m = perfBinding.uvMetrics();
        return { loopCount: m[0], events: m[1], eventsWaiting: m[2] };
      }),
    });
  }
  [inspect.custom](depth, options) {
    return `PerformanceNodeTiming ${inspect(this.toJSON(), options)}`;
  }
  toJSON() {
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: this.duration,
      nodeStart: this.nodeStart, v8Start: this.v8Start, bootstrapComplete: this.bootstrapComplete,
      environment: this.environment, loopStart: this.loopStart, loopExit: this.loopExit, idleTime: this.idleTime,
    };
  }
}
// The runtime's milestones (runtime/perf.go): nodeStart when it was
// created, v8Start when its VM was, environment when its bootstrap began,
// bootstrapComplete when that ended, loopStart when the loop began turning
// (-1 until then: after the main script, or before a worker's script),
// loopExit when it stopped.
const perfBinding = internalBinding('performance');
function milestones() {
  const m = perfBinding.milestones();
  return { nodeStart: m[0], v8Start: m[1], environment: m[2], bootstrapComplete: m[3], loopStart: m[4], loopExit: m[5] };
}

// eventLoopUtilization from a loop's start and idle time (ms); a worker's
// is computed the same way from its handle (worker_threads).
function utilization(loopStart, idleTime, util1, util2) {
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = idleTime;
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

function eventLoopUtilization(util1, util2) {
  return utilization(perfBinding.milestones()[4], perfBinding.idleTime(), util1, util2);
}
const nodeTiming = new PerformanceNodeTiming();

// The buffer of marks and measures, and observers.
let buffered = [];
const observers = new Set();
const perfObserved = require('internal/perf_observed');

function enqueue(entry) {
  for (const o of observers) o._enqueue(entry);
}

function resolveTime(value, name) {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const m = milestones();
    if (m[value] !== undefined) return m[value];
    for (let i = buffered.length - 1; i >= 0; i--) {
      if (buffered[i].entryType === 'mark' && buffered[i].name === value) return buffered[i].startTime;
    }
    throw domException(`The "${value}" performance mark has not been set`, 'SyntaxError');
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'number'], value);
}

const { EventTarget, Event, defineEventHandler } = require('internal/event_target');

class Performance extends EventTarget {
  constructor(key) {
    if (key !== kInternal) throw illegal();
    super();
  }

  now() { return now(); }

  get timeOrigin() { return timeOrigin; }

  get nodeTiming() { return nodeTiming; }

  mark(name, options) {
    const mark = new PerformanceMark(name, options);
    buffered.push(mark);
    enqueue(mark);
    return mark;
  }

  measure(name, startOrOptions, endMark) {
    name = `${name}`;
    let start;
    let end;
    let duration;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      if (endMark !== undefined) throw new ERR_INVALID_ARG_VALUE('endMark', endMark, 'must not be given with options');
      const o = startOrOptions;
      if (o.start === undefined && o.end === undefined) {
        throw new ERR_INVALID_ARG_VALUE('startOrMeasureOptions', o, 'must have start or end');
      }
      if (o.start !== undefined && o.end !== undefined && o.duration !== undefined) {
        throw new ERR_INVALID_ARG_VALUE('startOrMeasureOptions', o, 'must not have start, end and duration');
      }
      if (o.duration !== undefined) validateNumber(o.duration, 'duration');
      if (o.end !== undefined) end = resolveTime(o.end, 'end');
      else if (o.start !== undefined && o.duration !== undefined) end = resolveTime(o.start, 'start') + o.duration;
      else end = now();
      if (o.start !== undefined) start = resolveTime(o.start, 'start');
      else if (o.duration !== undefined) start = end - o.duration;
      else start = 0;
      detail = cloneDetail(o.detail);
    } else {
      end = endMark !== undefined ? resolveTime(endMark, 'endMark') : now();
      start = startOrOptions !== undefined ? resolveTime(startOrOptions, 'startMark') : 0;
    }
    duration = end - start;
    const measure = new PerformanceMeasure(kInternal, name, 'measure', start, duration, detail);
    buffered.push(measure);
    enqueue(measure);
    return measure;
  }

  clearMarks(name) {
    clear('mark', name);
  }

  clearMeasures(name) {
    clear('measure', name);
  }

  clearResourceTimings(name = undefined) {
    if (name === undefined) {
      resourceBuffer = [];
      return;
    }
    name = `${name}`;
    resourceBuffer = resourceBuffer.filter((e) => e.name !== name);
  }

  setResourceTimingBufferSize(maxSize) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    // WebIDL's unsigned long as node's webidl converts it: NaN and ±Infinity
    // are 0, the rest truncated and taken as its remainder by 2^32 (JS's %,
    // which keeps the sign: -1 stays -1, a limit nothing fits under).
    let n = +maxSize;
    if (!Number.isFinite(n)) n = 0;
    n = Math.trunc(n) % 2 ** 32;
    if (n === 0) n = 0;
    // Entries already buffered stay, even past a smaller limit.
    resourceLimit = n;
  }

  markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
    return markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode);
  }

  getEntries() {
    return sortByTime(buffered.concat(resourceBuffer));
  }

  getEntriesByName(name, type) {
    name = `${name}`;
    return sortByTime(buffered.concat(resourceBuffer).filter((e) => e.name === name && (type === undefined || e.entryType === `${type}`)));
  }

  getEntriesByType(type) {
    type = `${type}`;
    if (type === 'resource') return sortByTime(resourceBuffer.slice());
    return sortByTime(buffered.filter((e) => e.entryType === type));
  }

  timerify(fn, options = {}) {
    validateFunction(fn, 'fn');
    validateObject(options, 'options');
    const { histogram } = options;
    if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
      throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
    }
    function timerified(...args) {
      const start = now();
      const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
      const finish = () => {
        const duration = now() - start;
        if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil(duration * 1e6)));
        const entry = new PerformanceEntry(kInternal, fn.name, 'function', start, duration, args);
        // node also puts the arguments on the entry by index
        for (let i = 0; i < args.length; i++) entry[i] = args[i];
        enqueue(entry);
      };
      if (!new.target && result && typeof result.finally === 'function') return result.finally(finish);
      finish();
      return result;
    }
    Object.defineProperties(timerified, {
      length: { configurable: false, enumerable: true, value: fn.length },
      name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
    });
    return timerified;
  }

  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect({ nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin }, opts)}`;
  }
}
Object.defineProperty(Performance.prototype, 'eventLoopUtilization', {
  value: eventLoopUtilization, writable: true, enumerable: false, configurable: true,
});
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');
// node's order of the prototype's keys, and which are enumerable.
for (const k of ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin', 'toJSON',
  'eventLoopUtilization', 'nodeTiming', 'markResourceTiming', 'timerify', 'onresourcetimingbufferfull']) {
  const d = Object.getOwnPropertyDescriptor(Performance.prototype, k);
  delete Performance.prototype[k];
  d.enumerable = k !== 'eventLoopUtilization' && k !== 'nodeTiming' && k !== 'markResourceTiming' && k !== 'timerify';
  Object.defineProperty(Performance.prototype, k, d);
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

function clear(type, name) {
  if (name === undefined) {
    buffered = buffered.filter((e) => e.entryType !== type);
    return;
  }
  name = `${name}`;
  buffered = buffered.filter((e) => e.entryType !== type || e.name !== name);
}

function sortByTime(list) {
  return list.sort((a, b) => a.startTime - b.startTime);
}

const performance = new Performance(kInternal);

const supportedEntryTypes = Object.freeze(['dns', 'function', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);

class PerformanceObserverEntryList {
  constructor(key, entries) {
    if (key !== kInternal) throw illegal();
    this[kData] = sortByTime(entries);
  }
  getEntries() { return this[kData].slice(); }
  getEntriesByType(type) { type = `${type}`; return this[kData].filter((e) => e.entryType === type); }
  getEntriesByName(name, type) {
    name = `${name}`;
    return this[kData].filter((e) => e.name === name && (type === undefined || e.entryType === `${type}`));
  }
}

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    this._callback = callback;
    this._types = new Set();
    this._buffer = [];
    this._scheduled = false;
  }

  static get supportedEntryTypes() { return supportedEntryTypes; }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered: wantBuffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes !== undefined && type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    this._types.clear();
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) this._types.add(t);
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this._types.add(type);
      if (wantBuffered) {
        for (const e of (type === 'resource' ? resourceBuffer : buffered)) if (e.entryType === type) this._enqueue(e);
      }
    }
    if (this._types.size) observers.add(this);
    else this.disconnect();
    perfObserved.http = hasObserver('http');
    perfObserved.http2 = hasObserver('http2');
    perfObserved.net = hasObserver('net');
  }

  disconnect() {
    observers.delete(this);
    this._buffer = [];
    perfObserved.http = hasObserver('http');
    perfObserved.http2 = hasObserver('http2');
    perfObserved.net = hasObserver('net');
  }

  takeRecords() {
    const list = this._buffer;
    this._buffer = [];
    return list;
  }

  _enqueue(entry) {
    if (!this._types.has(entry.entryType)) return;
    this._buffer.push(entry);
    if (!this._scheduled) {
      this._scheduled = true;
      setImmediate(() => {
        this._scheduled = false;
        if (!observers.has(this) || this._buffer.length === 0) return;
        const list = new PerformanceObserverEntryList(kInternal, this.takeRecords());
        this._callback.call(this, list, this);
      });
    }
  }
}

// Histograms: every value recorded is kept (sorted lazily), so statistics
// and percentiles are exact. Values are integers >= 1 (nanoseconds for the
// event loop delay).
const { kClone, kDeserialize } = require('internal/worker/js_transferable');
class Histogram {
  constructor(key) {
    if (key !== kInternal) throw illegal();
    this[kData] = { values: [], sorted: true, exceeds: 0, sum: 0, sumSq: 0, lowest: 1, highest: Number.MAX_SAFE_INTEGER, prev: undefined };
  }
  get count() { return this[kData].values.length; }
  get countBigInt() { return BigInt(this.count); }
  get min() { const v = this[kData].values; return v.length ? sorted(this)[0] : 9223372036854776000; }
  get minBigInt() { return this.count ? BigInt(this.min) : 9223372036854775807n; }
  get max() { const v = this[kData].values; return v.length ? sorted(this)[v.length - 1] : 0; }
  get maxBigInt() { return BigInt(this.max); }
  get mean() { const d = this[kData]; return d.values.length ? d.sum / d.values.length : NaN; }
  get stddev() {
    const d = this[kData];
    const n = d.values.length;
    if (!n) return NaN;
    const mean = d.sum / n;
    return Math.sqrt(Math.max(0, d.sumSq / n - mean * mean));
  }
  get exceeds() { return this[kData].exceeds; }
  get exceedsBigInt() { return BigInt(this[kData].exceeds); }
  percentile(p) {
    validateNumber(p, 'percentile');
    if (!(p > 0 && p <= 100)) throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', p);
    const v = sorted(this);
    if (!v.length) return 0;
    return v[Math.max(0, Math.ceil((p / 100) * v.length) - 1)];
  }
  percentileBigInt(p) { return BigInt(this.percentile(p)); }
  get percentiles() {
    const out = new Map();
    const v = sorted(this);
    if (!v.length) {
      out.set(100, 0);
      return out;
    }
    for (let p = 0; p < 100; p = p === 0 ? 50 : p + (100 - p) / 2) {
      out.set(p, p === 0 ? v[0] : this.percentile(p));
      if (100 - p < 1e-3) break;
      if (out.size > 20) break;
    }
    out.set(100, v[v.length - 1]);
    return out;
  }
  get percentilesBigInt() {
    const out = new Map();
    for (const [k, v] of this.percentiles) out.set(k, BigInt(v));
    return out;
  }
  reset() {
    // In place: clones posted through a MessagePort share this record.
    Object.assign(this[kData], { values: [], sorted: true, exceeds: 0, sum: 0, sumSq: 0 });
  }
  toJSON() {
    return {
      count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles),
    };
  }
  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, count: this.count, percentiles: this.percentiles,
    }, opts)}`;
  }

  // postMessage/structuredClone: the receiver gets a histogram over the
  // same record (node's histograms are shared native objects): recording
  // through either is seen by both. Another thread cannot share a JS
  // object, so there the receiver gets a copy of the record as it was.
  [kClone]() {
    return {
      data: histogramCloneData(this),
      deserializeInfo: this instanceof RecordableHistogram ?
        'internal/histogram:ClonedRecordableHistogram' : 'internal/histogram:ClonedHistogram',
    };
  }

  [kDeserialize]({ thread, id, record }) {
    let d;
    if (thread === currentThreadId()) d = histogramRecords.get(id)?.deref();
    this[kData] = d ?? { ...record, values: record.values.slice(), sorted: false };
  }
}

// The records of histograms posted from this thread, by id, for receivers
// on this thread (held weakly: a record lives as long as a histogram on it).
const histogramRecords = new Map();
let nextHistogramId = 0;
function currentThreadId() {
  return require('worker_threads').threadId;
}
function histogramCloneData(h) {
  const d = h[kData];
  if (d.id === undefined) {
    for (const [id, ref] of histogramRecords) if (ref.deref() === undefined) histogramRecords.delete(id);
    d.id = ++nextHistogramId;
    histogramRecords.set(d.id, new WeakRef(d));
  }
  const { values, exceeds, sum, sumSq, lowest, highest } = d;
  return { thread: currentThreadId(), id: d.id, record: { values, exceeds, sum, sumSq, lowest, highest, prev: undefined } };
}

function sorted(h) {
  const d = h[kData];
  if (!d.sorted) {
    d.values.sort((a, b) => a - b);
    d.sorted = true;
  }
  return d.values;
}

function recordValue(h, val) {
  const d = h[kData];
  if (d.values.length && val < d.values[d.values.length - 1]) d.sorted = false;
  d.values.push(val);
  d.sum += val;
  d.sumSq += val * val;
}

class RecordableHistogram extends Histogram {
  constructor(key, lowest, highest) {
    super(key);
    this[kData].lowest = lowest;
    this[kData].highest = highest;
  }
  record(val) {
    if (typeof val === 'bigint') {
      val = Number(val);
    } else {
      validateInteger(val, 'val', 1);
    }
    if (val < 1 || val > Number.MAX_SAFE_INTEGER) throw new ERR_OUT_OF_RANGE('val', `>= 1 && <= ${Number.MAX_SAFE_INTEGER}`, val);
    if (val > this[kData].highest) {
      this[kData].exceeds++;
      return;
    }
    recordValue(this, val);
  }
  recordDelta() {
    const t = process.hrtime.bigint();
    const d = this[kData];
    if (d.prev !== undefined) {
      const delta = Number(t - d.prev);
      if (delta > 0) recordValue(this, delta);
    }
    d.prev = t;
  }
  add(other) {
    if (!(other instanceof RecordableHistogram)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    for (const v of other[kData].values) recordValue(this, v);
    this[kData].exceeds += other[kData].exceeds;
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  for (const [name, v] of [['options.lowest', lowest], ['options.highest', highest]]) {
    if (typeof v !== 'bigint') validateInteger(v, name, 1, Number.MAX_SAFE_INTEGER);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  if (Number(highest) < 2 * Number(lowest)) {
    throw new ERR_OUT_OF_RANGE('options.highest', `>= ${2 * Number(lowest)}`, highest);
  }
  return new RecordableHistogram(kInternal, Number(lowest), Number(highest));
}

// monitorEventLoopDelay: a timer every `resolution` ms records how late it
// fired (in nanoseconds), as node's sampler does.
class IntervalHistogram extends Histogram {
  constructor(key, resolution) {
    super(key);
    this._resolution = resolution;
    this._timer = null;
  }
  enable() {
    if (this._timer) return false;
    let last = process.hrtime.bigint();
    this._timer = setInterval(() => {
      const t = process.hrtime.bigint();
      const late = Number(t - last) - this._resolution * 1e6;
      last = t;
      recordValue(this, Math.max(1, Math.round(late > 0 ? late : 1)));
    }, this._resolution);
    this._timer.unref();
    return true;
  }
  disable() {
    if (!this._timer) return false;
    clearInterval(this._timer);
    this._timer = null;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kInternal, resolution);
}

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};

// What a histogram posted through a MessagePort becomes on arrival
// (deserializeInfo 'internal/histogram:…'): a Histogram, or a
// RecordableHistogram for one made by createHistogram, as in node.
// (They return the object to fill; js_transferable checks that the
// constructor's prototype can deserialize, as node's do.)
function ClonedHistogram() {
  return Reflect.construct(function() { this[kData] = {}; }, [], Histogram);
}
function ClonedRecordableHistogram() {
  return Reflect.construct(function() { this[kData] = {}; }, [], RecordableHistogram);
}
ClonedHistogram.prototype[kDeserialize] = ClonedRecordableHistogram.prototype[kDeserialize] = () => {};
Object.assign(require('internal/histogram'), { ClonedHistogram, ClonedRecordableHistogram });

// For builtins that report entries of their own (dns: one per lookup,
// lookupService and query while a 'dns' observer exists). Not buffered, as
// in node: only observers see them.
function hasObserver(type) {
  if (observers.size === 0) return false; // no iterator on the hot paths (dns, http) when nobody observes
  for (const o of observers) if (o._types.has(type)) return true;
  return false;
}
// With accessors, the detail's fields are also the entry's own (deprecated)
// getters, as node's http2 entries have them.
let accessorsWarned = false;
function enqueueEntry(name, type, start, detail, accessors) {
  const entry = new PerformanceEntry(kInternal, name, type, start, now() - start, detail);
  if (accessors) {
    for (const k of Object.keys(detail)) {
      Object.defineProperty(entry, k, {
        enumerable: true, configurable: true,
        get() {
          if (!accessorsWarned) {
            accessorsWarned = true;
            process.emitWarning('Custom PerformanceEntry accessors are deprecated. Please use the detail property.',
              'DeprecationWarning', 'DEP0152');
          }
          return detail[k];
        },
      });
    }
  }
  enqueue(entry);
}
Object.defineProperty(module.exports, '_hasObserver', { value: hasObserver });
Object.defineProperty(module.exports, '_enqueueEntry', { value: enqueueEntry });
Object.defineProperty(module.exports, '_now', { value: now });
Object.defineProperty(module.exports, '_utilization', { value: utilization });
