'use strict';
// WHATWG streams (stream/web and the globals ReadableStream, WritableStream,
// TransformStream, ...), written from the Streams Standard's algorithms:
// node does them in JavaScript too (lib/internal/webstreams), and nothing of
// them needs Go.
//
// Path of a chunk: a ReadableStream's controller queues what the
// underlying source enqueues (sized by the queuing strategy) and calls
// pull() while the queue is under its high-water mark; a reader's read()
// takes from the queue or waits in its reader's requests. pipeTo() reads and hands
// each chunk to a WritableStream's writer, whose controller runs the sink's
// write() one chunk at a time (backpressure: writer.ready). TransformStream
// joins the two: its writable side's sink calls transform(), which enqueues
// on its readable side. Every class keeps its internal slots in a record
// held in a WeakMap (also the brand check), so instances have no own
// properties, as in node.
//
// Byte streams (type: 'bytes') follow the standard's pull-into descriptors:
// a BYOB reader's read(view) takes the view's buffer (detaching it), the
// source writes into it through controller.byobRequest (respond /
// respondWithNewView) or enqueues chunks that are copied into it; a default
// reader of a stream with autoAllocateChunkSize reads through a buffer the
// controller allocates. Enqueued chunks are taken over (detached) too, but
// for a Buffer in the Buffer pool, which is copied: detaching the pool would
// take every other small Buffer's memory with it.

const { codes } = require('internal/errors');
// (queueMicrotask is ours, not the global a script can replace; set by
// the bootstrap, so read when called)
const timersInternal = require('internal/timers');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kAsyncIterator = Symbol.asyncIterator;

const slots = new WeakMap(); // instance → its internal record

function sl(o, Class, name) {
  const s = slots.get(o);
  if (s === undefined || !(s.brand === Class)) {
    throw new codes.ERR_INVALID_THIS(name);
  }
  return s;
}

function invalidState(msg) { return new codes.ERR_INVALID_STATE.TypeError(msg); }

// defer is a promise with its settling functions; settled records whether
// either has been called.
function defer() {
  const d = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  d.promise = new Promise((res, rej) => {
    d.resolve = (v) => { d.settled = true; res(v); };
    d.reject = (e) => { d.settled = true; rej(e); };
  });
  return d;
}

function rejected(e) {
  const p = Promise.reject(e);
  p.catch(() => {});
  return p;
}

function markHandled(p) { p.catch(() => {}); return p; }

// promiseCall calls fn and always returns a promise (a throw rejects it).
function promiseCall(fn, thisArg, ...args) {
  try {
    return Promise.resolve(fn === undefined ? undefined : fn.apply(thisArg, args));
  } catch (e) {
    return rejected(e);
  }
}

function method(obj, name) {
  if (obj === undefined || obj === null) return undefined;
  const fn = obj[name];
  if (fn === undefined || fn === null) return undefined;
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', fn);
  return fn;
}

// ---------------------------------------------------------------------------
// Queuing strategies

function extractHighWaterMark(strategy, def) {
  if (strategy === undefined || strategy.highWaterMark === undefined) return def;
  const hwm = Number(strategy.highWaterMark);
  if (Number.isNaN(hwm) || hwm < 0) {
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', strategy.highWaterMark);
  }
  return hwm;
}

function extractSize(strategy) {
  if (strategy === undefined || strategy.size === undefined) return () => 1;
  if (typeof strategy.size !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('strategy.size', 'Function', strategy.size);
  }
  const size = strategy.size;
  return (chunk) => size(chunk);
}

const byteLengthSize = function size(chunk) { return chunk.byteLength; };
const countSize = function size() { return 1; };

class ByteLengthQueuingStrategy {
  constructor(init) {
    if (init === null || typeof init !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('init', 'Object', init);
    if (init.highWaterMark === undefined) throw new codes.ERR_MISSING_OPTION('options.highWaterMark');
    slots.set(this, { brand: ByteLengthQueuingStrategy, highWaterMark: Number(init.highWaterMark) });
  }
  get highWaterMark() { return sl(this, ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy').highWaterMark; }
  get size() { sl(this, ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy'); return byteLengthSize; }
  [inspectCustom](depth, options, inspect) {
    return `ByteLengthQueuingStrategy ${inspect({ highWaterMark: this.highWaterMark }, options)}`;
  }
}

class CountQueuingStrategy {
  constructor(init) {
    if (init === null || typeof init !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('init', 'Object', init);
    if (init.highWaterMark === undefined) throw new codes.ERR_MISSING_OPTION('options.highWaterMark');
    slots.set(this, { brand: CountQueuingStrategy, highWaterMark: Number(init.highWaterMark) });
  }
  get highWaterMark() { return sl(this, CountQueuingStrategy, 'CountQueuingStrategy').highWaterMark; }
  get size() { sl(this, CountQueuingStrategy, 'CountQueuingStrategy'); return countSize; }
  [inspectCustom](depth, options, inspect) {
    return `CountQueuingStrategy ${inspect({ highWaterMark: this.highWaterMark }, options)}`;
  }
}

// A queue of { value, size } with a running total.
function resetQueue(c) { c.queue = []; c.queueTotalSize = 0; }
function enqueueValueWithSize(c, value, size) {
  size = Number(size);
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}
function dequeueValue(c) {
  const { value, size } = c.queue.shift();
  c.queueTotalSize -= size;
  if (c.queueTotalSize < 0) c.queueTotalSize = 0;
  return value;
}

// ---------------------------------------------------------------------------
// ReadableStream

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source === null) throw new codes.ERR_INVALID_ARG_TYPE('source', 'Object', source);
    if (strategy === null || (typeof strategy !== 'object' && typeof strategy !== 'function')) {
      throw new codes.ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    }
    const s = { brand: ReadableStream, state: 'readable', reader: undefined, storedError: undefined,
      disturbed: false, controller: undefined };
    slots.set(this, s);
    const type = source.type;
    if (type !== undefined && String(type) !== 'bytes') {
      throw new codes.ERR_INVALID_ARG_VALUE('source.type', type);
    }
    if (type !== undefined) {
      if (strategy.size !== undefined) {
        throw new codes.ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size, 'must be undefined for a byte stream');
      }
      setupByteController(this, source, extractHighWaterMark(strategy, 0));
    } else {
      setupDefaultController(this, source, extractHighWaterMark(strategy, 1), extractSize(strategy));
    }
  }

  get locked() { return sl(this, ReadableStream, 'ReadableStream').reader !== undefined; }

  cancel(reason = undefined) {
    const s = slots.get(this);
    if (s === undefined || s.brand !== ReadableStream) return rejected(new codes.ERR_INVALID_THIS('ReadableStream'));
    if (s.reader !== undefined) return rejected(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = {}) {
    sl(this, ReadableStream, 'ReadableStream');
    if (options === null || typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const mode = options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (String(mode) !== 'byob') throw new codes.ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    sl(this, ReadableStream, 'ReadableStream');
    if (transform === null || typeof transform !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('transform', 'Object', transform);
    }
    const { readable, writable } = transform;
    if (!isReadableStream(readable)) throw new codes.ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    if (!isWritableStream(writable)) throw new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    if (this.locked) throw invalidState('The ReadableStream is locked');
    if (writable.locked) throw invalidState('The WritableStream is locked');
    markHandled(readableStreamPipeTo(this, writable, pipeOptions(options)));
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      sl(this, ReadableStream, 'ReadableStream');
      if (!isWritableStream(destination)) {
        throw new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const opts = pipeOptions(options);
      if (this.locked) throw invalidState('The ReadableStream is locked');
      if (destination.locked) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, opts);
    } catch (e) {
      return rejected(e);
    }
  }

  tee() {
    sl(this, ReadableStream, 'ReadableStream');
    return readableStreamTee(this);
  }

  values(options = {}) {
    sl(this, ReadableStream, 'ReadableStream');
    const preventCancel = !!(options && options.preventCancel);
    const reader = new ReadableStreamDefaultReader(this);
    let done = false;
    let current = Promise.resolve();
    const next = () => {
      if (done) return Promise.resolve({ value: undefined, done: true });
      return reader.read().then((r) => {
        if (r.done) {
          done = true;
          reader.releaseLock();
        }
        return r;
      }, (e) => {
        done = true;
        reader.releaseLock();
        throw e;
      });
    };
    const ret = (value) => {
      if (done) return Promise.resolve({ value, done: true });
      done = true;
      if (!preventCancel) {
        const p = reader.cancel(value);
        reader.releaseLock();
        return p.then(() => ({ value, done: true }));
      }
      reader.releaseLock();
      return Promise.resolve({ value, done: true });
    };
    const iterator = Object.create(AsyncIteratorPrototype, {
      next: { value() { current = current.then(next, next); return current; }, writable: true, configurable: true },
      return: { value(v) { current = current.then(() => ret(v), () => ret(v)); return current; }, writable: true, configurable: true },
    });
    return iterator;
  }

  [kAsyncIterator](options) { return this.values(options); }

  static from(iterable) {
    if (isReadableStream(iterable)) return iterable;
    if (iterable === null || iterable === undefined) {
      throw new codes.ERR_INVALID_ARG_TYPE('iterable', 'Iterable', iterable);
    }
    let it;
    const asyncMethod = iterable[kAsyncIterator];
    if (asyncMethod !== undefined && asyncMethod !== null) {
      it = asyncMethod.call(iterable);
    } else {
      const syncMethod = iterable[Symbol.iterator];
      if (typeof syncMethod !== 'function') throw new codes.ERR_ARG_NOT_ITERABLE('iterable');
      const sync = syncMethod.call(iterable);
      it = {
        next: () => { const r = sync.next(); return Promise.resolve(r.value).then((value) => ({ value, done: r.done })); },
        return: (v) => Promise.resolve(typeof sync.return === 'function' ? sync.return(v) : { value: v, done: true }),
      };
    }
    if (it === null || typeof it !== 'object') throw new codes.ERR_INVALID_RETURN_VALUE('an object', 'Symbol.asyncIterator', it);
    return new ReadableStream({
      pull(controller) {
        return Promise.resolve(it.next()).then((r) => {
          if (r === null || typeof r !== 'object') throw new TypeError('The iterator result is not an object');
          if (r.done) controller.close();
          else controller.enqueue(r.value);
        });
      },
      cancel(reason) {
        if (typeof it.return !== 'function') return undefined;
        return Promise.resolve(it.return(reason)).then((r) => {
          if (r === null || typeof r !== 'object') throw new TypeError('The iterator result is not an object');
        });
      },
    }, { highWaterMark: 0 });
  }

  [inspectCustom](depth, options, inspect) {
    const s = sl(this, ReadableStream, 'ReadableStream');
    return `ReadableStream ${inspect({ locked: s.reader !== undefined, state: s.state, supportsBYOB: s.controller instanceof ReadableByteStreamController }, options)}`;
  }
}

// %AsyncIteratorPrototype% (goja has no async generators to take it from).
const AsyncIteratorPrototype = { [kAsyncIterator]() { return this; } };

function isReadableStream(o) { const s = slots.get(o); return s !== undefined && s.brand === ReadableStream; }

// settled(stream) resolves when a readable or writable stream closes and
// rejects with its error when it errors (stream.finished() on web streams).
function settled(o) {
  const s = slots.get(o);
  if (s.settle === undefined) {
    s.settle = defer();
    markHandled(s.settle.promise);
    if (s.state === 'closed') s.settle.resolve();
    else if (s.state === 'errored') s.settle.reject(s.storedError);
  }
  return s.settle.promise;
}

function settle(s, ok, error) {
  if (s.settle === undefined) return;
  if (ok) s.settle.resolve();
  else s.settle.reject(error);
}

// errorStream errors a web stream through its controller, as the stream's
// source or sink would (addAbortSignal on a web stream).
function errorStream(o, e) {
  const s = slots.get(o);
  if (s.brand === ReadableStream) controllerError(slots.get(s.controller), e);
  else if (s.brand === WritableStream) writableControllerErrorIfNeeded(slots.get(s.controller), e);
}

// isWebStream: a ReadableStream, WritableStream or TransformStream.
function isWebStream(o) {
  const s = slots.get(o);
  return s !== undefined && (s.brand === ReadableStream || s.brand === WritableStream || s.brand === TransformStream);
}

function isTransformStream(o) { const s = slots.get(o); return s !== undefined && s.brand === TransformStream; }

// isDisturbed: something has read from or canceled the stream.
function isDisturbed(o) { const s = slots.get(o); return s !== undefined && s.disturbed; }

function pipeOptions(options) {
  if (options === null || typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { signal } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    preventClose: !!options.preventClose,
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    signal,
  };
}

function readableStreamCancel(stream, reason) {
  const s = slots.get(stream);
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return rejected(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && slots.get(reader).brand === ReadableStreamBYOBReader) {
    const rs = slots.get(reader);
    const reqs = rs.requests;
    rs.requests = [];
    for (const r of reqs) r.close(undefined);
  }
  return slots.get(s.controller).cancelSteps(reason).then(() => undefined);
}

function readableStreamClose(stream) {
  const s = slots.get(stream);
  s.state = 'closed';
  settle(s, true);
  const reader = s.reader;
  if (reader === undefined) return;
  const rs = slots.get(reader);
  rs.closed.resolve();
  if (rs.brand === ReadableStreamDefaultReader) {
    const reqs = rs.requests;
    rs.requests = [];
    for (const r of reqs) r.close();
  }
}

function readableStreamError(stream, e) {
  const s = slots.get(stream);
  s.state = 'errored';
  s.storedError = e;
  settle(s, false, e);
  const reader = s.reader;
  if (reader === undefined) return;
  const rs = slots.get(reader);
  rs.closed.reject(e);
  markHandled(rs.closed.promise);
  const reqs = rs.requests;
  rs.requests = [];
  for (const r of reqs) r.error(e);
}

function readableStreamAddReadRequest(stream, req) {
  slots.get(slots.get(stream).reader).requests.push(req);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const rs = slots.get(slots.get(stream).reader);
  const req = rs.requests.shift();
  if (done) req.close();
  else req.chunk(chunk);
}

function numReadRequests(stream) {
  const reader = slots.get(stream).reader;
  if (reader === undefined) return 0;
  const rs = slots.get(reader);
  return rs.requests.length;
}

// ---------------------------------------------------------------------------
// Readers

function readerGenericInitialize(reader, stream, rs) {
  const s = slots.get(stream);
  rs.stream = stream;
  s.reader = reader;
  rs.closed = defer();
  if (s.state === 'readable') return;
  if (s.state === 'closed') {
    rs.closed.resolve();
  } else {
    rs.closed.reject(s.storedError);
    markHandled(rs.closed.promise);
  }
}

function readerGenericRelease(reader) {
  const rs = slots.get(reader);
  const s = slots.get(rs.stream);
  const e = invalidState('Reader released');
  if (s.state === 'readable') rs.closed.reject(e);
  else rs.closed = { promise: rejected(e), resolve() {}, reject() {}, settled: true };
  markHandled(rs.closed.promise);
  slots.get(s.controller).releaseSteps();
  s.reader = undefined;
  rs.stream = undefined;
}

// The methods both readers share, brand-checked against Class.
function readerReleaseLock(reader, Class, name) {
  const rs = sl(reader, Class, name);
  if (rs.stream === undefined) return;
  readerGenericRelease(reader);
  const e = invalidState('Releasing reader');
  const reqs = rs.requests;
  rs.requests = [];
  for (const r of reqs) r.error(e);
}

function readerClosed(reader, Class, name) {
  const rs = slots.get(reader);
  if (rs === undefined || rs.brand !== Class) return rejected(new codes.ERR_INVALID_THIS(name));
  return rs.closed.promise;
}

function readerCancel(reader, Class, name, reason) {
  const rs = slots.get(reader);
  if (rs === undefined || rs.brand !== Class) return rejected(new codes.ERR_INVALID_THIS(name));
  if (rs.stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
  return readableStreamCancel(rs.stream, reason);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (slots.get(stream).reader !== undefined) throw invalidState('ReadableStream is locked');
    const rs = { brand: ReadableStreamDefaultReader, stream: undefined, requests: [], closed: undefined };
    slots.set(this, rs);
    readerGenericInitialize(this, stream, rs);
  }

  read() {
    const rs = slots.get(this);
    if (rs === undefined || rs.brand !== ReadableStreamDefaultReader) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (rs.stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
    const d = defer();
    readerRead(rs.stream, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: () => d.resolve({ value: undefined, done: true }),
      error: (e) => d.reject(e),
    });
    return d.promise;
  }

  releaseLock() { readerReleaseLock(this, ReadableStreamDefaultReader, 'ReadableStreamDefaultReader'); }

  get closed() { return readerClosed(this, ReadableStreamDefaultReader, 'ReadableStreamDefaultReader'); }

  cancel(reason = undefined) {
    return readerCancel(this, ReadableStreamDefaultReader, 'ReadableStreamDefaultReader', reason);
  }

  [inspectCustom](depth, options, inspect) {
    const rs = slots.get(this);
    return `ReadableStreamDefaultReader ${inspect({ stream: rs.stream, readRequests: rs.requests.length, close: rs.closed.promise }, options)}`;
  }
}

function readerRead(stream, req) {
  const s = slots.get(stream);
  s.disturbed = true;
  if (s.state === 'closed') req.close();
  else if (s.state === 'errored') req.error(s.storedError);
  else slots.get(s.controller).pullSteps(req);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    const s = slots.get(stream);
    if (s.reader !== undefined) throw invalidState('ReadableStream is locked');
    if (!(s.controller instanceof ReadableByteStreamController)) {
      throw new codes.ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    const rs = { brand: ReadableStreamBYOBReader, stream: undefined, requests: [], closed: undefined };
    slots.set(this, rs);
    readerGenericInitialize(this, stream, rs);
  }

  // An async method, as node's: a read is answered two ticks after its
  // request is (the promise returned from it is adopted), bad arguments
  // reject at once.
  async read(view) {
    const rs = slots.get(this);
    if (rs === undefined || rs.brand !== ReadableStreamBYOBReader) throw new codes.ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (!ArrayBuffer.isView(view)) throw new codes.ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    if (view.byteLength === 0 || view.buffer.byteLength === 0) {
      throw new codes.ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached');
    }
    if (rs.stream === undefined) throw invalidState('The reader is not attached to a stream');
    const d = defer();
    const s = slots.get(rs.stream);
    s.disturbed = true;
    const req = {
      view,
      chunk: (value) => d.resolve({ value, done: false }),
      close: (value) => d.resolve({ value, done: true }),
      error: (e) => d.reject(e),
    };
    if (s.state === 'errored') req.error(s.storedError);
    else slots.get(s.controller).pullIntoSteps(req);
    return d.promise;
  }

  releaseLock() { readerReleaseLock(this, ReadableStreamBYOBReader, 'ReadableStreamBYOBReader'); }

  get closed() { return readerClosed(this, ReadableStreamBYOBReader, 'ReadableStreamBYOBReader'); }

  cancel(reason = undefined) {
    return readerCancel(this, ReadableStreamBYOBReader, 'ReadableStreamBYOBReader', reason);
  }
}

// ---------------------------------------------------------------------------
// Controllers of readable streams

class ReadableStreamDefaultController {
  constructor() { throw new codes.ERR_ILLEGAL_CONSTRUCTOR(); }

  get desiredSize() { return desiredSize(sl(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController')); }

  close() {
    const c = sl(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController');
    if (!canCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    defaultControllerClose(c);
  }

  enqueue(chunk = undefined) {
    const c = sl(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController');
    if (!canCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    defaultControllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    controllerError(sl(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController'), e);
  }

  [inspectCustom](depth, options, inspect) {
    const c = slots.get(this);
    return `ReadableStreamDefaultController ${inspect({ stream: c.stream }, options)}`;
  }
}

function newController(Class) {
  const c = Object.create(Class.prototype);
  return c;
}

function desiredSize(c) {
  const state = slots.get(c.stream).state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function canCloseOrEnqueue(c) {
  return !c.closeRequested && slots.get(c.stream).state === 'readable';
}

function shouldCallPull(c) {
  const s = slots.get(c.stream);
  if (!canCloseOrEnqueue(c) || !c.started) return false;
  if (s.reader !== undefined && numReadRequests(c.stream) > 0) return true;
  return desiredSize(c) > 0;
}

function callPullIfNeeded(c) {
  if (!shouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      callPullIfNeeded(c);
    }
  }, (e) => controllerError(c, e));
}

function clearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function defaultControllerClose(c) {
  c.closeRequested = true;
  if (c.queue.length === 0) {
    clearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function defaultControllerEnqueue(c, chunk) {
  const stream = c.stream;
  if (slots.get(stream).reader !== undefined && numReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.strategySizeAlgorithm(chunk);
    } catch (e) {
      controllerError(c, e);
      throw e;
    }
    try {
      enqueueValueWithSize(c, chunk, size);
    } catch (e) {
      controllerError(c, e);
      throw e;
    }
  }
  callPullIfNeeded(c);
}

function controllerError(c, e) {
  const s = slots.get(c.stream);
  if (s.state !== 'readable') return;
  if (c.pendingPullIntos) clearPendingPullIntos(c);
  resetQueue(c);
  clearAlgorithms(c);
  readableStreamError(c.stream, e);
}

function setupDefaultController(stream, source, hwm, sizeAlgorithm) {
  const controller = newController(ReadableStreamDefaultController);
  const start = method(source, 'start');
  const pull = method(source, 'pull');
  const cancel = method(source, 'cancel');
  const c = {
    brand: ReadableStreamDefaultController, stream, queue: [], queueTotalSize: 0,
    started: false, closeRequested: false, pullAgain: false, pulling: false,
    strategySizeAlgorithm: sizeAlgorithm, strategyHWM: hwm,
    pullAlgorithm: () => promiseCall(pull, source, controller),
    cancelAlgorithm: (reason) => promiseCall(cancel, source, reason),
  };
  c.cancelSteps = (reason) => {
    resetQueue(c);
    const p = c.cancelAlgorithm(reason);
    clearAlgorithms(c);
    return p;
  };
  c.pullSteps = (req) => {
    if (c.queue.length > 0) {
      const chunk = dequeueValue(c);
      if (c.closeRequested && c.queue.length === 0) {
        clearAlgorithms(c);
        readableStreamClose(stream);
      } else {
        callPullIfNeeded(c);
      }
      req.chunk(chunk);
    } else {
      readableStreamAddReadRequest(stream, req);
      callPullIfNeeded(c);
    }
  };
  c.releaseSteps = () => {};
  slots.set(controller, c);
  slots.get(stream).controller = controller;
  startController(c, start, source, controller);
}

// startController runs start() (a throw is the constructor's) and pulls
// once it has settled.
function startController(c, start, source, controller) {
  const result = start === undefined ? undefined : start.call(source, controller);
  Promise.resolve(result).then(() => {
    c.started = true;
    callPullIfNeeded(c);
  }, (e) => controllerError(c, e));
}

class ReadableByteStreamController {
  constructor() { throw new codes.ERR_ILLEGAL_CONSTRUCTOR(); }

  get byobRequest() {
    const c = sl(this, ReadableByteStreamController, 'ReadableByteStreamController');
    if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
      const d = c.pendingPullIntos[0];
      const view = new Uint8Array(d.buffer, d.byteOffset + d.bytesFilled, d.byteLength - d.bytesFilled);
      const request = Object.create(ReadableStreamBYOBRequest.prototype);
      slots.set(request, { brand: ReadableStreamBYOBRequest, controller: this, view });
      c.byobRequest = request;
    }
    return c.byobRequest;
  }

  get desiredSize() { return desiredSize(sl(this, ReadableByteStreamController, 'ReadableByteStreamController')); }

  close() {
    const c = sl(this, ReadableByteStreamController, 'ReadableByteStreamController');
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (slots.get(c.stream).state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerClose(c);
  }

  enqueue(chunk) {
    const c = sl(this, ReadableByteStreamController, 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['Buffer', 'TypedArray', 'DataView'], chunk);
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw new codes.ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (slots.get(c.stream).state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    controllerError(sl(this, ReadableByteStreamController, 'ReadableByteStreamController'), e);
  }

  [inspectCustom](depth, options, inspect) {
    const c = slots.get(this);
    return `ReadableByteStreamController ${inspect({ stream: c.stream }, options)}`;
  }
}

// controller.byobRequest: the view of the first pending read the source may
// write into, answered by respond(bytesWritten) or respondWithNewView(view).
class ReadableStreamBYOBRequest {
  constructor() { throw new codes.ERR_ILLEGAL_CONSTRUCTOR(); }

  get view() { return sl(this, ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest').view; }

  respond(bytesWritten) {
    const r = sl(this, ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (r.view.byteLength === 0 || r.view.buffer.byteLength === 0) {
      throw new codes.ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached');
    }
    const c = slots.get(r.controller);
    const d = c.pendingPullIntos[0];
    if (slots.get(c.stream).state === 'closed') {
      if (bytesWritten !== 0) throw new codes.ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    } else {
      if (!bytesWritten) throw new codes.ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
      if (d.bytesFilled + bytesWritten > d.byteLength) {
        throw new codes.ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
      }
    }
    d.buffer = transferBuffer(d.buffer);
    byteControllerRespondInternal(c, bytesWritten);
  }

  respondWithNewView(view) {
    const r = sl(this, ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (!ArrayBuffer.isView(view)) throw new codes.ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    const c = slots.get(r.controller);
    const d = c.pendingPullIntos[0];
    if (slots.get(c.stream).state === 'closed') {
      if (view.byteLength !== 0) throw invalidState('View is not zero-length');
    } else if (view.byteLength === 0) {
      throw invalidState('View is zero-length');
    }
    if (d.byteOffset + d.bytesFilled !== view.byteOffset || d.bufferByteLength !== view.buffer.byteLength ||
        d.bytesFilled + view.byteLength > d.byteLength) {
      throw new codes.ERR_INVALID_ARG_VALUE.RangeError('view', view);
    }
    const n = view.byteLength;
    d.buffer = transferBuffer(view.buffer);
    byteControllerRespondInternal(c, n);
  }

  [inspectCustom](depth, options, inspect) {
    const r = slots.get(this);
    return `ReadableStreamBYOBRequest ${inspect({ view: r.view, controller: r.controller }, options)}`;
  }
}

let bufferBinding;
let isPoolBuffer;
function isDetached(ab) {
  if (bufferBinding === undefined) bufferBinding = internalBinding('buffer');
  return bufferBinding.isDetached(ab);
}

// transferBuffer is the standard's TransferArrayBuffer: the memory moves to
// a new ArrayBuffer and the old one is detached, so whoever held it sees an
// empty buffer. The Buffer pool is copied instead (see the top).
function transferBuffer(ab) {
  if (isPoolBuffer === undefined) isPoolBuffer = require('internal/buffer').isPool;
  if (isPoolBuffer(ab)) return ab.slice(0);
  if (bufferBinding === undefined) bufferBinding = internalBinding('buffer');
  return bufferBinding.transfer(ab);
}

function byobReaderOf(stream) {
  const reader = slots.get(stream).reader;
  return reader !== undefined && slots.get(reader).brand === ReadableStreamBYOBReader ? slots.get(reader) : undefined;
}

function defaultReaderOf(stream) {
  const reader = slots.get(stream).reader;
  return reader !== undefined && slots.get(reader).brand === ReadableStreamDefaultReader ? slots.get(reader) : undefined;
}

function invalidateBYOBRequest(c) {
  if (c.byobRequest === null) return;
  const r = slots.get(c.byobRequest);
  r.controller = undefined;
  r.view = null;
  c.byobRequest = null;
}

function clearPendingPullIntos(c) {
  invalidateBYOBRequest(c);
  c.pendingPullIntos = [];
}

function shiftPendingPullInto(c) { return c.pendingPullIntos.shift(); }

function enqueueBytes(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function enqueueClonedBytes(c, buffer, byteOffset, byteLength) {
  enqueueBytes(c, buffer.slice(byteOffset, byteOffset + byteLength), 0, byteLength);
}

// A pull-into whose reader was released: what was written into it goes to
// the queue for the next reader.
function enqueueDetachedPullInto(c, d) {
  if (d.bytesFilled > 0) enqueueClonedBytes(c, d.buffer, d.byteOffset, d.bytesFilled);
  shiftPendingPullInto(c);
}

function byteControllerClose(c) {
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const d = c.pendingPullIntos[0];
    if (d.bytesFilled % d.elementSize !== 0) {
      const e = invalidState('Partial read');
      controllerError(c, e);
      throw e;
    }
  }
  clearAlgorithms(c);
  readableStreamClose(c.stream);
}

function byteControllerEnqueue(c, chunk) {
  const stream = c.stream;
  const { byteOffset, byteLength } = chunk;
  const buffer = transferBuffer(chunk.buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) {
      throw new codes.ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached');
    }
    invalidateBYOBRequest(c);
    first.buffer = transferBuffer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullInto(c, first);
  }
  if (defaultReaderOf(stream) !== undefined) {
    processReadRequestsUsingQueue(c);
    if (numReadRequests(stream) === 0) {
      enqueueBytes(c, buffer, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) shiftPendingPullInto(c);
      readableStreamFulfillReadRequest(stream, new Uint8Array(buffer, byteOffset, byteLength), false);
    }
  } else if (byobReaderOf(stream) !== undefined) {
    enqueueBytes(c, buffer, byteOffset, byteLength);
    for (const d of processPullIntosUsingQueue(c)) commitPullInto(stream, d);
  } else {
    enqueueBytes(c, buffer, byteOffset, byteLength);
  }
  callPullIfNeeded(c);
}

function processReadRequestsUsingQueue(c) {
  const rs = defaultReaderOf(c.stream);
  while (rs.requests.length > 0) {
    if (c.queueTotalSize === 0) return;
    fillReadRequestFromQueue(c, rs.requests.shift());
  }
}

function fillReadRequestFromQueue(c, req) {
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  handleQueueDrain(c);
  req.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function handleQueueDrain(c) {
  if (c.queueTotalSize === 0 && c.closeRequested) {
    clearAlgorithms(c);
    readableStreamClose(c.stream);
  } else {
    callPullIfNeeded(c);
  }
}

// fillPullIntoFromQueue copies queued bytes into d up to whole elements;
// true when d holds at least one element (it can be answered).
function fillPullIntoFromQueue(c, d) {
  const maxToCopy = Math.min(c.queueTotalSize, d.byteLength - d.bytesFilled);
  const maxFilled = d.bytesFilled + maxToCopy;
  const maxAligned = maxFilled - (maxFilled % d.elementSize);
  let remaining = maxToCopy;
  let ready = false;
  if (maxAligned >= d.minimumFill) {
    remaining = maxAligned - d.bytesFilled;
    ready = true;
  }
  const target = new Uint8Array(d.buffer);
  while (remaining > 0) {
    const head = c.queue[0];
    const n = Math.min(remaining, head.byteLength);
    target.set(new Uint8Array(head.buffer, head.byteOffset, n), d.byteOffset + d.bytesFilled);
    if (head.byteLength === n) {
      c.queue.shift();
    } else {
      head.byteOffset += n;
      head.byteLength -= n;
    }
    c.queueTotalSize -= n;
    d.bytesFilled += n;
    remaining -= n;
  }
  return ready;
}

// A read answers with a view of the kind it was given (view.constructor,
// as node's: a Buffer's read is a Buffer, made without Buffer()'s
// deprecation warning).
let BufferClass;
function viewConstructorOf(view) {
  return view instanceof DataView ? DataView : view.constructor;
}

function makeView(Ctor, buffer, byteOffset, byteLength) {
  if (Ctor === DataView) return new DataView(buffer, byteOffset, byteLength);
  if (BufferClass === undefined) BufferClass = require('buffer').Buffer;
  if (Ctor === BufferClass) return BufferClass.from(buffer, byteOffset, byteLength);
  return new Ctor(buffer, byteOffset, byteLength / Ctor.BYTES_PER_ELEMENT);
}

function pullIntoView(d) {
  return makeView(d.viewConstructor, d.buffer, d.byteOffset, d.bytesFilled);
}

function processPullIntosUsingQueue(c) {
  const filled = [];
  while (c.pendingPullIntos.length > 0 && c.queueTotalSize > 0) {
    const d = c.pendingPullIntos[0];
    if (!fillPullIntoFromQueue(c, d)) break;
    shiftPendingPullInto(c);
    filled.push(d);
  }
  return filled;
}

// commitPullInto answers the read a filled pull-into belongs to.
function commitPullInto(stream, d) {
  const done = slots.get(stream).state === 'closed';
  const view = pullIntoView(d);
  if (d.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, view, done);
  } else {
    const req = byobReaderOf(stream).requests.shift();
    if (done) req.close(view);
    else req.chunk(view);
  }
}

function byteControllerRespondInternal(c, bytesWritten) {
  const d = c.pendingPullIntos[0];
  invalidateBYOBRequest(c);
  const stream = c.stream;
  if (slots.get(stream).state === 'closed') {
    if (d.readerType === 'none') shiftPendingPullInto(c);
    const reader = byobReaderOf(stream);
    if (reader !== undefined) {
      while (reader.requests.length > 0) commitPullInto(stream, shiftPendingPullInto(c));
    }
  } else {
    d.bytesFilled += bytesWritten;
    if (d.readerType === 'none') {
      enqueueDetachedPullInto(c, d);
      for (const f of processPullIntosUsingQueue(c)) commitPullInto(stream, f);
    } else if (d.bytesFilled >= d.minimumFill) {
      shiftPendingPullInto(c);
      const remainder = d.bytesFilled % d.elementSize;
      if (remainder > 0) {
        enqueueClonedBytes(c, d.buffer, d.byteOffset + d.bytesFilled - remainder, remainder);
        d.bytesFilled -= remainder;
      }
      const filled = processPullIntosUsingQueue(c);
      commitPullInto(stream, d);
      for (const f of filled) commitPullInto(stream, f);
    }
  }
  callPullIfNeeded(c);
}

function setupByteController(stream, source, hwm) {
  const controller = newController(ReadableByteStreamController);
  const start = method(source, 'start');
  const pull = method(source, 'pull');
  const cancel = method(source, 'cancel');
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (!Number.isSafeInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  const c = {
    brand: ReadableByteStreamController, stream, queue: [], queueTotalSize: 0,
    started: false, closeRequested: false, pullAgain: false, pulling: false,
    strategyHWM: hwm, pendingPullIntos: [], byobRequest: null, autoAllocateChunkSize,
    pullAlgorithm: () => promiseCall(pull, source, controller),
    cancelAlgorithm: (reason) => promiseCall(cancel, source, reason),
  };
  c.cancelSteps = (reason) => {
    clearPendingPullIntos(c);
    resetQueue(c);
    const p = c.cancelAlgorithm(reason);
    clearAlgorithms(c);
    return p;
  };
  // A default reader's read().
  c.pullSteps = (req) => {
    if (c.queueTotalSize > 0) {
      fillReadRequestFromQueue(c, req);
      return;
    }
    if (c.autoAllocateChunkSize !== undefined) {
      const size = c.autoAllocateChunkSize;
      c.pendingPullIntos.push({
        buffer: new ArrayBuffer(size), bufferByteLength: size, byteOffset: 0, byteLength: size,
        bytesFilled: 0, minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
      });
    }
    readableStreamAddReadRequest(stream, req);
    callPullIfNeeded(c);
  };
  // A BYOB reader's read(view): the view's buffer is taken over.
  c.pullIntoSteps = (req) => {
    const view = req.view;
    const elementSize = view.BYTES_PER_ELEMENT || 1;
    const d = {
      buffer: undefined, bufferByteLength: 0, byteOffset: view.byteOffset, byteLength: view.byteLength,
      bytesFilled: 0, minimumFill: elementSize, elementSize,
      viewConstructor: viewConstructorOf(view), readerType: 'byob',
    };
    d.buffer = transferBuffer(view.buffer);
    d.bufferByteLength = d.buffer.byteLength;
    const rs = byobReaderOf(stream);
    if (c.pendingPullIntos.length > 0) {
      c.pendingPullIntos.push(d);
      rs.requests.push(req);
      return;
    }
    if (slots.get(stream).state === 'closed') {
      req.close(makeView(d.viewConstructor, d.buffer, d.byteOffset, 0));
      return;
    }
    if (c.queueTotalSize > 0) {
      if (fillPullIntoFromQueue(c, d)) {
        const filled = pullIntoView(d);
        handleQueueDrain(c);
        req.chunk(filled);
        return;
      }
      if (c.closeRequested) {
        const e = invalidState('Partial read');
        controllerError(c, e);
        req.error(e);
        return;
      }
    }
    c.pendingPullIntos.push(d);
    rs.requests.push(req);
    callPullIfNeeded(c);
  };
  // A reader released with a read pending: the pull-into stays for the
  // source to fill, answered to nobody (its bytes go to the queue).
  c.releaseSteps = () => {
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      first.readerType = 'none';
      c.pendingPullIntos = [first];
    }
  };
  slots.set(controller, c);
  slots.get(stream).controller = controller;
  startController(c, start, source, controller);
}

// ---------------------------------------------------------------------------
// tee

function readableStreamTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = defer();
  const pull = () => {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readerRead(stream, {
      chunk: (chunk) => {
        timersInternal.queueMicrotask(() => {
          readAgain = false;
          if (!canceled1) defaultControllerEnqueueIfOpen(branch1, chunk);
          if (!canceled2) defaultControllerEnqueueIfOpen(branch2, chunk);
          reading = false;
          if (readAgain) pull();
        });
      },
      close: () => {
        reading = false;
        if (!canceled1) closeIfOpen(branch1);
        if (!canceled2) closeIfOpen(branch2);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error: () => { reading = false; },
    });
    return Promise.resolve();
  };
  const cancel1 = (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };
  const cancel2 = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };
  branch1 = new ReadableStream({ pull, cancel: cancel1 });
  branch2 = new ReadableStream({ pull, cancel: cancel2 });
  slots.get(reader).closed.promise.catch((e) => {
    controllerError(slots.get(slots.get(branch1).controller), e);
    controllerError(slots.get(slots.get(branch2).controller), e);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

function defaultControllerEnqueueIfOpen(stream, chunk) {
  const c = slots.get(slots.get(stream).controller);
  if (canCloseOrEnqueue(c)) defaultControllerEnqueue(c, chunk);
}

function closeIfOpen(stream) {
  const c = slots.get(slots.get(stream).controller);
  if (canCloseOrEnqueue(c)) defaultControllerClose(c);
}

// ---------------------------------------------------------------------------
// pipeTo

function readableStreamPipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const reader = new ReadableStreamDefaultReader(source);
  const writer = new WritableStreamDefaultWriter(dest);
  const ss = slots.get(source);
  const ds = slots.get(dest);
  ss.disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const done = defer();
  let abortListener;

  const finalize = (isError, error) => {
    writer.releaseLock();
    reader.releaseLock();
    if (signal !== undefined && abortListener) signal.removeEventListener('abort', abortListener);
    if (isError) done.reject(error);
    else done.resolve(undefined);
  };
  const waitForWrites = () => {
    const old = currentWrite;
    return old.then(() => (old !== currentWrite ? waitForWrites() : undefined));
  };
  const shutdownWithAction = (action, originalIsError, originalError) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const go = () => action().then(() => finalize(originalIsError, originalError), (e) => finalize(true, e));
    if (ds.state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) waitForWrites().then(go);
    else go();
  };
  const shutdown = (isError, error) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (ds.state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      waitForWrites().then(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  };

  if (signal !== undefined) {
    abortListener = () => {
      const error = signal.reason !== undefined ? signal.reason : new (require('internal/dom_exception').DOMException)('The operation was aborted.', 'AbortError');
      const actions = [];
      if (!preventAbort) actions.push(() => (ds.state === 'writable' ? writableStreamAbort(dest, error) : Promise.resolve()));
      if (!preventCancel) actions.push(() => (ss.state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortListener();
      return done.promise;
    }
    signal.addEventListener('abort', abortListener, { once: true });
  }

  // Errors and closes on either side, as the standard orders them.
  const onSourceError = (e) => {
    if (!preventAbort) shutdownWithAction(() => writableStreamAbort(dest, e), true, e);
    else shutdown(true, e);
  };
  const onDestError = (e) => {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, e), true, e);
    else shutdown(true, e);
  };
  const onSourceClosed = () => {
    if (!preventClose) shutdownWithAction(() => writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    else shutdown();
  };
  slots.get(reader).closed.promise.then(() => { if (!shuttingDown) onSourceClosed(); },
    (e) => { if (!shuttingDown) onSourceError(e); });
  slots.get(writer).closed.promise.then(() => {},
    (e) => { if (!shuttingDown) onDestError(e); });

  if (ss.state === 'errored') {
    onSourceError(ss.storedError);
  } else if (ds.state === 'errored' || ds.state === 'erroring') {
    onDestError(ds.storedError);
  } else if (ss.state === 'closed') {
    onSourceClosed();
  } else if (writableStreamCloseQueuedOrInFlight(dest) || ds.state === 'closed') {
    const e = new TypeError('the destination writable stream closed before all data could be piped to it');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, e), true, e);
    else shutdown(true, e);
  }

  const step = () => {
    if (shuttingDown) return;
    slots.get(writer).ready.promise.then(() => {
      if (shuttingDown) return;
      readerRead(source, {
        chunk: (chunk) => {
          currentWrite = markHandled(writableStreamDefaultWriterWrite(writer, chunk));
          step();
        },
        close: () => {},
        error: () => {},
      });
    }, () => {});
  };
  step();
  return done.promise;
}

// ---------------------------------------------------------------------------
// WritableStream

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    if (sink === null) throw new codes.ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    if (strategy === null || (typeof strategy !== 'object' && typeof strategy !== 'function')) {
      throw new codes.ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    }
    if (sink.type !== undefined) throw new codes.ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    const s = { brand: WritableStream, state: 'writable', storedError: undefined, writer: undefined,
      controller: undefined, inFlightWriteRequest: undefined, closeRequest: undefined,
      inFlightCloseRequest: undefined, pendingAbortRequest: undefined, writeRequests: [], backpressure: false };
    slots.set(this, s);
    setupWritableController(this, sink, extractHighWaterMark(strategy, 1), extractSize(strategy));
  }

  get locked() { return sl(this, WritableStream, 'WritableStream').writer !== undefined; }

  abort(reason = undefined) {
    const s = slots.get(this);
    if (s === undefined || s.brand !== WritableStream) return rejected(new codes.ERR_INVALID_THIS('WritableStream'));
    if (s.writer !== undefined) return rejected(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    const s = slots.get(this);
    if (s === undefined || s.brand !== WritableStream) return rejected(new codes.ERR_INVALID_THIS('WritableStream'));
    if (s.writer !== undefined) return rejected(invalidState('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) return rejected(invalidState('Failure closing WritableStream'));
    return writableStreamClose(this);
  }

  getWriter() {
    sl(this, WritableStream, 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [inspectCustom](depth, options, inspect) {
    const s = sl(this, WritableStream, 'WritableStream');
    return `WritableStream ${inspect({ locked: s.writer !== undefined, state: s.state }, options)}`;
  }
}

function isWritableStream(o) { const s = slots.get(o); return s !== undefined && s.brand === WritableStream; }

function writableStreamAbort(stream, reason) {
  const s = slots.get(stream);
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  slots.get(s.controller).abortController.abort(reason);
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (s.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = defer();
  s.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const s = slots.get(stream);
  if (s.state === 'closed' || s.state === 'errored') {
    return rejected(invalidState('WritableStream is closed'));
  }
  const promise = defer();
  s.closeRequest = promise;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && s.state === 'writable') slots.get(writer).ready.resolve();
  const c = slots.get(s.controller);
  enqueueValueWithSize(c, kCloseSentinel, 0);
  writableControllerAdvanceQueueIfNeeded(c);
  return promise.promise;
}

const kCloseSentinel = Symbol('close');

function writableStreamCloseQueuedOrInFlight(stream) {
  const s = slots.get(stream);
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamDealWithRejection(stream, error) {
  const s = slots.get(stream);
  if (s.state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const s = slots.get(stream);
  s.state = 'erroring';
  s.storedError = reason;
  const writer = s.writer;
  if (writer !== undefined) writerEnsureReadyRejected(writer, reason);
  if (s.inFlightWriteRequest === undefined && s.inFlightCloseRequest === undefined && slots.get(s.controller).started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  const s = slots.get(stream);
  s.state = 'errored';
  settle(s, false, s.storedError);
  const c = slots.get(s.controller);
  resetQueue(c);
  const storedError = s.storedError;
  for (const req of s.writeRequests) req.reject(storedError);
  s.writeRequests = [];
  if (s.pendingAbortRequest === undefined) {
    rejectCloseAndClosedIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    rejectCloseAndClosedIfNeeded(stream);
    return;
  }
  const p = c.abortAlgorithm(abortRequest.reason);
  clearWritableAlgorithms(c);
  p.then(() => {
    abortRequest.promise.resolve();
    rejectCloseAndClosedIfNeeded(stream);
  }, (e) => {
    abortRequest.promise.reject(e);
    rejectCloseAndClosedIfNeeded(stream);
  });
}

function rejectCloseAndClosedIfNeeded(stream) {
  const s = slots.get(stream);
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  const writer = s.writer;
  if (writer !== undefined) {
    const ws = slots.get(writer);
    ws.closed.reject(s.storedError);
    markHandled(ws.closed.promise);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const s = slots.get(stream);
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    const ws = slots.get(writer);
    if (backpressure) ws.ready = defer();
    else ws.ready.resolve();
  }
  s.backpressure = backpressure;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    const s = slots.get(stream);
    if (s.writer !== undefined) throw invalidState('WritableStream is locked');
    const ws = { brand: WritableStreamDefaultWriter, stream, ready: defer(), closed: defer() };
    slots.set(this, ws);
    s.writer = this;
    const state = s.state;
    if (state === 'writable') {
      if (!writableStreamCloseQueuedOrInFlight(stream) && s.backpressure) {
        // ready stays pending
      } else {
        ws.ready.resolve();
      }
    } else if (state === 'erroring') {
      ws.ready.reject(s.storedError);
      markHandled(ws.ready.promise);
    } else if (state === 'closed') {
      ws.ready.resolve();
      ws.closed.resolve();
    } else {
      ws.ready.reject(s.storedError);
      markHandled(ws.ready.promise);
      ws.closed.reject(s.storedError);
      markHandled(ws.closed.promise);
    }
  }

  get closed() {
    const ws = slots.get(this);
    if (ws === undefined || ws.brand !== WritableStreamDefaultWriter) {
      return rejected(new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return ws.closed.promise;
  }

  get ready() {
    const ws = slots.get(this);
    if (ws === undefined || ws.brand !== WritableStreamDefaultWriter) {
      return rejected(new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return ws.ready.promise;
  }

  get desiredSize() {
    const ws = sl(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
    if (ws.stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    const s = slots.get(ws.stream);
    if (s.state === 'errored' || s.state === 'erroring') return null;
    if (s.state === 'closed') return 0;
    const c = slots.get(s.controller);
    return c.strategyHWM - c.queueTotalSize;
  }

  abort(reason = undefined) {
    const ws = slots.get(this);
    if (ws === undefined || ws.brand !== WritableStreamDefaultWriter) {
      return rejected(new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (ws.stream === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
    return writableStreamAbort(ws.stream, reason);
  }

  close() {
    const ws = slots.get(this);
    if (ws === undefined || ws.brand !== WritableStreamDefaultWriter) {
      return rejected(new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (ws.stream === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
    if (writableStreamCloseQueuedOrInFlight(ws.stream)) return rejected(invalidState('Failure to close WritableStream'));
    return writableStreamClose(ws.stream);
  }

  releaseLock() {
    const ws = sl(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
    if (ws.stream === undefined) return;
    const s = slots.get(ws.stream);
    const e = invalidState('Writer has been released');
    writerEnsureReadyRejected(this, e);
    if (s.state === 'writable' || writableStreamCloseQueuedOrInFlight(ws.stream)) {
      ws.closed.reject(e);
    } else {
      ws.closed = { promise: rejected(e), resolve() {}, reject() {}, settled: true };
    }
    markHandled(ws.closed.promise);
    s.writer = undefined;
    ws.stream = undefined;
  }

  write(chunk = undefined) {
    const ws = slots.get(this);
    if (ws === undefined || ws.brand !== WritableStreamDefaultWriter) {
      return rejected(new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (ws.stream === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [inspectCustom](depth, options, inspect) {
    const ws = slots.get(this);
    return `WritableStreamDefaultWriter ${inspect({ stream: ws.stream, close: ws.closed.promise, ready: ws.ready.promise, desiredSize: ws.stream === undefined ? undefined : this.desiredSize }, options)}`;
  }
}

function writerEnsureReadyRejected(writer, error) {
  // A pending ready is rejected; a settled one is replaced by a rejected one.
  const ws = slots.get(writer);
  if (!ws.ready.settled) ws.ready.reject(error);
  else ws.ready = { promise: rejected(error), resolve() {}, reject() {}, settled: true };
  markHandled(ws.ready.promise);
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const ws = slots.get(writer);
  const stream = ws.stream;
  const s = slots.get(stream);
  const c = slots.get(s.controller);
  let chunkSize;
  try {
    chunkSize = c.strategySizeAlgorithm(chunk);
  } catch (e) {
    writableControllerErrorIfNeeded(c, e);
    chunkSize = 1;
  }
  if (stream !== ws.stream) return rejected(invalidState('Writer is not bound to a WritableStream'));
  if (s.state === 'errored') return rejected(s.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || s.state === 'closed') {
    return rejected(invalidState('WritableStream is closed'));
  }
  if (s.state === 'erroring') return rejected(s.storedError);
  const d = defer();
  s.writeRequests.push(d);
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (e) {
    writableControllerErrorIfNeeded(c, e);
    return d.promise;
  }
  if (!writableStreamCloseQueuedOrInFlight(stream) && s.state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(c));
  }
  writableControllerAdvanceQueueIfNeeded(c);
  return d.promise;
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const ws = slots.get(writer);
  const stream = ws.stream;
  const s = slots.get(stream);
  if (writableStreamCloseQueuedOrInFlight(stream) || s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return rejected(s.storedError);
  return writableStreamClose(stream);
}

class WritableStreamDefaultController {
  constructor() { throw new codes.ERR_ILLEGAL_CONSTRUCTOR(); }

  get signal() { return sl(this, WritableStreamDefaultController, 'WritableStreamDefaultController').abortController.signal; }

  error(e = undefined) {
    const c = sl(this, WritableStreamDefaultController, 'WritableStreamDefaultController');
    if (slots.get(c.stream).state !== 'writable') return;
    writableControllerError(c, e);
  }

  [inspectCustom](depth, options, inspect) {
    const c = slots.get(this);
    return `WritableStreamDefaultController ${inspect({ stream: c.stream }, options)}`;
  }
}

function clearWritableAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function writableControllerGetBackpressure(c) { return c.strategyHWM - c.queueTotalSize <= 0; }

function writableControllerError(c, e) {
  clearWritableAlgorithms(c);
  writableStreamStartErroring(c.stream, e);
}

function writableControllerErrorIfNeeded(c, e) {
  if (slots.get(c.stream).state === 'writable') writableControllerError(c, e);
}

function writableControllerAdvanceQueueIfNeeded(c) {
  const stream = c.stream;
  const s = slots.get(stream);
  if (!c.started || s.inFlightWriteRequest !== undefined) return;
  if (s.state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = c.queue[0].value;
  if (value === kCloseSentinel) {
    // Close.
    s.inFlightCloseRequest = s.closeRequest;
    s.closeRequest = undefined;
    dequeueValue(c);
    const p = c.closeAlgorithm();
    clearWritableAlgorithms(c);
    p.then(() => {
      s.inFlightCloseRequest.resolve();
      s.inFlightCloseRequest = undefined;
      if (s.state === 'erroring') {
        s.storedError = undefined;
        if (s.pendingAbortRequest !== undefined) {
          s.pendingAbortRequest.promise.resolve();
          s.pendingAbortRequest = undefined;
        }
      }
      s.state = 'closed';
      settle(s, true);
      const writer = s.writer;
      if (writer !== undefined) slots.get(writer).closed.resolve();
    }, (e) => {
      s.inFlightCloseRequest.reject(e);
      s.inFlightCloseRequest = undefined;
      if (s.pendingAbortRequest !== undefined) {
        s.pendingAbortRequest.promise.reject(e);
        s.pendingAbortRequest = undefined;
      }
      writableStreamDealWithRejection(stream, e);
    });
    return;
  }
  // Write.
  s.inFlightWriteRequest = s.writeRequests.shift();
  c.writeAlgorithm(value).then(() => {
    s.inFlightWriteRequest.resolve();
    s.inFlightWriteRequest = undefined;
    const state = s.state;
    dequeueValue(c);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(c));
    }
    writableControllerAdvanceQueueIfNeeded(c);
  }, (e) => {
    s.inFlightWriteRequest.reject(e);
    s.inFlightWriteRequest = undefined;
    if (s.state === 'writable') clearWritableAlgorithms(c);
    writableStreamDealWithRejection(stream, e);
  });
}

function setupWritableController(stream, sink, hwm, sizeAlgorithm) {
  const controller = newController(WritableStreamDefaultController);
  const start = method(sink, 'start');
  const write = method(sink, 'write');
  const close = method(sink, 'close');
  const abort = method(sink, 'abort');
  const c = {
    brand: WritableStreamDefaultController, stream, queue: [], queueTotalSize: 0, started: false,
    strategySizeAlgorithm: sizeAlgorithm, strategyHWM: hwm,
    abortController: new (require('internal/event_target').AbortController)(), // (ours, not the global)
    writeAlgorithm: (chunk) => promiseCall(write, sink, chunk, controller),
    closeAlgorithm: () => promiseCall(close, sink),
    abortAlgorithm: (reason) => promiseCall(abort, sink, reason),
  };
  slots.set(controller, c);
  const s = slots.get(stream);
  s.controller = controller;
  writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(c));
  const result = start === undefined ? undefined : start.call(sink, controller);
  Promise.resolve(result).then(() => {
    c.started = true;
    writableControllerAdvanceQueueIfNeeded(c);
  }, (e) => {
    c.started = true;
    writableStreamDealWithRejection(stream, e);
  });
}

// ---------------------------------------------------------------------------
// TransformStream

class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    if (transformer === null) throw new codes.ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    if (transformer.readableType !== undefined) throw new codes.ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    if (transformer.writableType !== undefined) throw new codes.ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSize(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSize(writableStrategy);
    const start = method(transformer, 'start');
    const transform = method(transformer, 'transform');
    const flush = method(transformer, 'flush');
    const startPromise = defer();
    const t = { brand: TransformStream, backpressure: undefined, backpressureChange: undefined,
      readable: undefined, writable: undefined, controller: undefined };
    slots.set(this, t);
    const controller = newController(TransformStreamDefaultController);
    const tc = {
      brand: TransformStreamDefaultController, stream: this,
      transformAlgorithm: transform === undefined ?
        (chunk) => {
          try {
            transformEnqueue(tc, chunk);
            return Promise.resolve();
          } catch (e) {
            return rejected(e);
          }
        } :
        (chunk) => promiseCall(transform, transformer, chunk, controller),
      flushAlgorithm: () => promiseCall(flush, transformer, controller),
    };
    slots.set(controller, tc);
    t.controller = controller;
    t.writable = new WritableStream({
      start: () => startPromise.promise,
      write: (chunk) => transformSinkWrite(this, chunk),
      abort: (reason) => {
        transformErrorWritableAndUnblockWrite(this, reason);
        const rc = readableController(t);
        if (rc !== undefined) controllerError(rc, reason);
        return Promise.resolve();
      },
      close: () => {
        const p = tc.flushAlgorithm();
        tc.transformAlgorithm = undefined;
        tc.flushAlgorithm = undefined;
        return p.then(() => {
          const rs = slots.get(t.readable);
          if (rs.state === 'errored') throw rs.storedError;
          const rc = readableController(t);
          if (canCloseOrEnqueue(rc)) defaultControllerClose(rc);
        }, (e) => {
          transformError(this, e);
          throw slots.get(t.readable).storedError;
        });
      },
    }, { highWaterMark: writableHWM, size: writableSize });
    t.readable = new ReadableStream({
      start: () => startPromise.promise,
      pull: () => {
        setBackpressure(this, false);
        return t.backpressureChange.promise;
      },
      cancel: (reason) => {
        transformErrorWritableAndUnblockWrite(this, reason);
        return Promise.resolve();
      },
    }, { highWaterMark: readableHWM, size: readableSize });
    setBackpressure(this, true);
    const result = start === undefined ? undefined : start.call(transformer, controller);
    startPromise.resolve(result);
  }

  get readable() { return sl(this, TransformStream, 'TransformStream').readable; }
  get writable() { return sl(this, TransformStream, 'TransformStream').writable; }

  [inspectCustom](depth, options, inspect) {
    const t = sl(this, TransformStream, 'TransformStream');
    return `TransformStream ${inspect({ readable: t.readable, writable: t.writable, backpressure: t.backpressure }, options)}`;
  }
}

function readableController(t) { return slots.get(slots.get(t.readable).controller); }

function setBackpressure(stream, backpressure) {
  const t = slots.get(stream);
  if (t.backpressureChange !== undefined) t.backpressureChange.resolve();
  t.backpressureChange = defer();
  t.backpressure = backpressure;
}

function transformError(stream, e) {
  const t = slots.get(stream);
  controllerError(readableController(t), e);
  transformErrorWritableAndUnblockWrite(stream, e);
}

function transformErrorWritableAndUnblockWrite(stream, e) {
  const t = slots.get(stream);
  const tc = slots.get(t.controller);
  tc.transformAlgorithm = undefined;
  tc.flushAlgorithm = undefined;
  writableControllerErrorIfNeeded(slots.get(slots.get(t.writable).controller), e);
  if (t.backpressure) setBackpressure(stream, false);
}

function transformSinkWrite(stream, chunk) {
  const t = slots.get(stream);
  const tc = slots.get(t.controller);
  const run = () => tc.transformAlgorithm(chunk).catch((e) => {
    transformError(stream, e);
    throw e;
  });
  if (t.backpressure) {
    return t.backpressureChange.promise.then(() => {
      const ws = slots.get(t.writable);
      if (ws.state === 'erroring') throw ws.storedError;
      return run();
    });
  }
  return run();
}

function transformEnqueue(tc, chunk) {
  const stream = tc.stream;
  const t = slots.get(stream);
  const rc = readableController(t);
  if (!canCloseOrEnqueue(rc)) throw invalidState('Unable to enqueue');
  try {
    defaultControllerEnqueue(rc, chunk);
  } catch (e) {
    transformErrorWritableAndUnblockWrite(stream, e);
    throw slots.get(t.readable).storedError;
  }
  const backpressure = !(desiredSize(rc) > 0);
  if (backpressure !== t.backpressure) setBackpressure(stream, true);
}

class TransformStreamDefaultController {
  constructor() { throw new codes.ERR_ILLEGAL_CONSTRUCTOR(); }

  get desiredSize() {
    const tc = sl(this, TransformStreamDefaultController, 'TransformStreamDefaultController');
    return desiredSize(readableController(slots.get(tc.stream)));
  }

  enqueue(chunk = undefined) {
    transformEnqueue(sl(this, TransformStreamDefaultController, 'TransformStreamDefaultController'), chunk);
  }

  error(reason = undefined) {
    transformError(sl(this, TransformStreamDefaultController, 'TransformStreamDefaultController').stream, reason);
  }

  terminate() {
    const tc = sl(this, TransformStreamDefaultController, 'TransformStreamDefaultController');
    const t = slots.get(tc.stream);
    const rc = readableController(t);
    if (canCloseOrEnqueue(rc)) defaultControllerClose(rc);
    transformErrorWritableAndUnblockWrite(tc.stream, new TypeError('TransformStream terminated'));
  }
}

// ---------------------------------------------------------------------------
// Encoding streams

class TextEncoderStream {
  constructor() {
    const encoder = new (require('internal/encoding').TextEncoder)();
    let pending = '';
    const transform = new TransformStream({
      transform(chunk, controller) {
        let text = pending + String(chunk);
        pending = '';
        // A lone high surrogate at the end waits for its pair.
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pending = text.slice(-1);
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pending) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
    slots.set(this, { brand: TextEncoderStream, transform });
  }
  get encoding() { sl(this, TextEncoderStream, 'TextEncoderStream'); return 'utf-8'; }
  [inspectCustom](depth, options, inspect) {
    const { transform } = sl(this, TextEncoderStream, 'TextEncoderStream');
    return `TextEncoderStream ${inspect({ encoding: 'utf-8', readable: transform.readable, writable: transform.writable }, options)}`;
  }
  get readable() { return sl(this, TextEncoderStream, 'TextEncoderStream').transform.readable; }
  get writable() { return sl(this, TextEncoderStream, 'TextEncoderStream').transform.writable; }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new (require('internal/encoding').TextDecoder)(encoding, options);
    const transform = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text) controller.enqueue(text);
      },
    });
    slots.set(this, { brand: TextDecoderStream, transform, decoder });
  }
  get encoding() { return sl(this, TextDecoderStream, 'TextDecoderStream').decoder.encoding; }
  [inspectCustom](depth, options, inspect) {
    const { transform, decoder } = sl(this, TextDecoderStream, 'TextDecoderStream');
    return `TextDecoderStream ${inspect({ encoding: decoder.encoding, fatal: decoder.fatal, ignoreBOM: decoder.ignoreBOM,
      readable: transform.readable, writable: transform.writable }, options)}`;
  }
  get fatal() { return sl(this, TextDecoderStream, 'TextDecoderStream').decoder.fatal; }
  get ignoreBOM() { return sl(this, TextDecoderStream, 'TextDecoderStream').decoder.ignoreBOM; }
  get readable() { return sl(this, TextDecoderStream, 'TextDecoderStream').transform.readable; }
  get writable() { return sl(this, TextDecoderStream, 'TextDecoderStream').transform.writable; }
}

// CompressionStream and DecompressionStream: a TransformStream around one of
// zlib's streams ('deflate' is zlib's format, 'deflate-raw' raw deflate).
function zlibTransform(Class, name, format, make) {
  if (format !== 'deflate' && format !== 'deflate-raw' && format !== 'gzip') {
    throw new codes.ERR_INVALID_ARG_VALUE('format', format);
  }
  const z = make(require('zlib'), format);
  const { Buffer } = require('buffer');
  let controller;
  let failure = null;
  z.on('data', (d) => controller.enqueue(new Uint8Array(d.buffer, d.byteOffset, d.length)));
  z.on('error', (e) => { failure = e; });
  const transform = new TransformStream({
    start(c) { controller = c; },
    transform(chunk) {
      let buf;
      if (typeof chunk === 'string') buf = Buffer.from(chunk); // zlib takes strings, so node's streams do
      else if (chunk instanceof ArrayBuffer) buf = Buffer.from(chunk);
      else if (ArrayBuffer.isView(chunk)) buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      else throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], chunk);
      return new Promise((resolve, reject) => {
        z.write(buf, () => (failure ? reject(failure) : resolve()));
      });
    },
    flush() {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        z.once('end', resolve);
        z.once('error', reject);
        z.end();
      });
    },
  });
  return { brand: Class, transform, name };
}

class CompressionStream {
  constructor(format) {
    slots.set(this, zlibTransform(CompressionStream, 'CompressionStream', format, (zlib, f) =>
      (f === 'gzip' ? zlib.createGzip() : f === 'deflate' ? zlib.createDeflate() : zlib.createDeflateRaw())));
  }
  get readable() { return sl(this, CompressionStream, 'CompressionStream').transform.readable; }
  get writable() { return sl(this, CompressionStream, 'CompressionStream').transform.writable; }
  [inspectCustom](depth, options, inspect) {
    const { transform } = sl(this, CompressionStream, 'CompressionStream');
    return `CompressionStream ${inspect({ readable: transform.readable, writable: transform.writable }, options)}`;
  }
}

class DecompressionStream {
  constructor(format) {
    slots.set(this, zlibTransform(DecompressionStream, 'DecompressionStream', format, (zlib, f) =>
      (f === 'gzip' ? zlib.createGunzip() : f === 'deflate' ? zlib.createInflate() : zlib.createInflateRaw())));
  }
  get readable() { return sl(this, DecompressionStream, 'DecompressionStream').transform.readable; }
  get writable() { return sl(this, DecompressionStream, 'DecompressionStream').transform.writable; }
  [inspectCustom](depth, options, inspect) {
    const { transform } = sl(this, DecompressionStream, 'DecompressionStream');
    return `DecompressionStream ${inspect({ readable: transform.readable, writable: transform.writable }, options)}`;
  }
}

for (const [C, name] of [[ReadableStream, 'ReadableStream'], [ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest'],
  [CompressionStream, 'CompressionStream'], [DecompressionStream, 'DecompressionStream'], [WritableStream, 'WritableStream'],
  [TransformStream, 'TransformStream'], [ReadableStreamDefaultReader, 'ReadableStreamDefaultReader'],
  [ReadableStreamBYOBReader, 'ReadableStreamBYOBReader'], [WritableStreamDefaultWriter, 'WritableStreamDefaultWriter'],
  [ReadableStreamDefaultController, 'ReadableStreamDefaultController'],
  [ReadableByteStreamController, 'ReadableByteStreamController'],
  [WritableStreamDefaultController, 'WritableStreamDefaultController'],
  [TransformStreamDefaultController, 'TransformStreamDefaultController'],
  [ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy'], [CountQueuingStrategy, 'CountQueuingStrategy'],
  [TextEncoderStream, 'TextEncoderStream'], [TextDecoderStream, 'TextDecoderStream']]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: name, configurable: true });
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  CompressionStream,
  DecompressionStream,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
  isReadableStream,
  isWritableStream,
  isTransformStream,
  isWebStream,
  isDisturbed,
  settled,
  errorStream,
};
