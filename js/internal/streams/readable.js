'use strict';
// Readable streams for gojanet, written from the Node.js stream docs.
//
// Per-chunk cost notes (the socket path): push() -> readableAddChunk -> addChunk.
// In flowing mode with an empty buffer and not inside _read, the chunk goes
// straight to the single 'data' listener (called directly, see emitData; no
// buffering, no allocation). maybeReadMore schedules at most one nextTick per
// batch of pushes (guarded by state.readingMore). Measured on goja: ~1.3 us
// of stream overhead per pushed chunk on top of the listener itself.

const EE = require('events');
const captureRejections = require('internal/events_capture');
const { tick1, tick2 } = require('internal/timers'); // process.nextTick without its rest array and apply()
const { Stream, prependListener } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const {
  kAsyncIterator, errors, isUint8Array, toBuffer, lazyBuffer, isEncoding,
  typedArrayLength, getPrototypeOf, kEmptyArray, defineGetters,
  kListenHook, kListenWatched,
} = require('internal/streams/utils');

// Buffer.prototype, learnt from the first Buffer chunk (a stream loads
// before buffer, which a start-up need not compile): the prototype test is
// the fast one, instanceof the first time.
let BufferPrototype = {};
function learnBuffer() {
  BufferPrototype = lazyBuffer().prototype;
  return true;
}
const { add: eeAdd, on: EEon, emitKnown, kShapeMode } = require('internal/events_fns'); // (events has filled it in: required above)
const { getHighWaterMark } = require('internal/streams/state');

let StringDecoder;
let Duplex;
let eos;
let fromImpl;

function codes() { return errors().codes; }

// Every field takes its default from ReadableState.prototype; a state
// object only gets an own property once a field changes from its default.
// Memory, not speed: a stream is created per connection, and on goja an
// object's property map grows in steps (at 8, 14, 16 and 28 properties,
// about 0.5-1 KB each).
function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof requireDuplex();
  options = options || {};
  const objectMode = !!(options.objectMode || (isDuplex && options.readableObjectMode));
  // Fields that keep their prototype default stay off the instance: goja
  // keeps an object's own properties in a Go map that grows in steps (1-8
  // properties ≈ 0.6 KB, 9-14 ≈ 1.1 KB), and a socket's state stays within
  // 8 this way (the few fields that a prototype lookup slows are read far
  // less often than an idle connection is kept).
  if (objectMode) this.objectMode = true; // before getHighWaterMark, which reads it
  const hwm = getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex);
  if (hwm !== kProtoHighWaterMark) this.highWaterMark = hwm;
  if (options.emitClose === false) this.emitClose = false;
  if (options.autoDestroy === false) this.autoDestroy = false;
  if (options.defaultEncoding != null) {
    // An unknown default encoding fails at construction, as in node.
    if (!isEncoding(options.defaultEncoding)) {
      throw new (require('internal/errors').codes.ERR_UNKNOWN_ENCODING)(options.defaultEncoding);
    }
    this.defaultEncoding = options.defaultEncoding;
  }
  if (options.encoding) {
    if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

// The prototype's highWaterMark is a constant (the initial byte default), so
// setDefaultHighWaterMark() never changes existing streams.
const kProtoHighWaterMark = 16 * 1024;

// Defaults (primitives and the frozen empty array only).
Object.assign(ReadableState.prototype, {
  objectMode: false,
  highWaterMark: kProtoHighWaterMark,
  length: 0,
  pipes: kEmptyArray, // replaced by an own array by pipe()
  flowing: null,
  ended: false,
  reading: false,
  constructed: true,
  // true while inside _read() called from read(): pushes then buffer
  // instead of emitting 'data' synchronously.
  sync: true,
  needReadable: false,
  destroyed: false,
  errored: null,
  awaitDrainWriters: null,
  multiAwaitDrain: false,
  readingMore: false,
  dataEmitted: false,
  decoder: null,
  directData: true,
  buffer: kEmptyArray, // replaced by an own array when something is buffered
  paused: null,
  endEmitted: false,
  endQueued: false, // an endReadableNT tick is queued and has not run
  emittedReadable: false,
  readableListening: false,
  resumeScheduled: false,
  errorEmitted: false,
  emitClose: true,
  autoDestroy: true,
  closed: false,
  closeEmitted: false,
  defaultEncoding: 'utf8',
  encoding: null,
});

// A ReadableState as the constructor makes it for net's accepted sockets'
// options (Duplex's initAccepted: emitClose false, the mark a 32-bit
// integer, nothing else set).
function AcceptedReadableState(hwm) {
  if (hwm !== kProtoHighWaterMark) this.highWaterMark = hwm;
  this.emitClose = false;
}
AcceptedReadableState.prototype = ReadableState.prototype;

function requireDuplex() {
  if (!Duplex) Duplex = require('internal/streams/duplex');
  return Duplex;
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof requireDuplex();
  // As node's: the common events' slots exist from the start (undefined), so
  // EventEmitter runs in its shape mode here (a removed listener leaves its
  // slot undefined: no delete, and no 'removeListener' event for it, as in node).
  const events = this._events;
  if (events === undefined || events === null) {
    this._events = { close: undefined, error: undefined, data: undefined, end: undefined, readable: undefined };
  }
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) {
      require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, this);
    }
  }
  EE.init.call(this, options); // what Stream() does, without two native .call()s
  initDirectData(this, this._readableState, options);
  destroyImpl.construct(this, readableConstructed);
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

// 'data' is emitted on every chunk. When the stream uses EventEmitter's own
// emit(), has a single 'data' listener and did not opt into
// captureRejections, calling the listener directly is equivalent to
// emit('data', chunk) and avoids emit's rest-argument array and
// Reflect.apply (about 1.5 us per chunk on goja).
const EEemit = EE.prototype.emit;
function hasListeners(stream, type) {
  const events = stream._events;
  return events === null || (events !== undefined && events[type] !== undefined);
}
function emitData(stream, state, chunk) {
  if (state.directData && stream.emit === EEemit) {
    const events = stream._events;
    const h = events !== undefined && events !== null ? events.data : undefined;
    if (typeof h === 'function') {
      h.call(stream, chunk);
      return;
    }
  }
  stream.emit('data', chunk);
}

// Helpers the other builtins share are non-enumerable statics: Object.keys
// and util.inspect of Readable and Writable show node's own.
function initDirectData(stream, state, options) {
  const direct = !(options && options.captureRejections) && captureRejections.value !== true;
  if (state.directData !== direct) state.directData = direct;
}
Object.defineProperty(Readable, '_initDirectData', { value: initDirectData, writable: true, configurable: true });

function readableConstructed() {
  const state = this._readableState;
  if (state.needReadable) maybeReadMore(this, state);
}

Readable.ReadableState = ReadableState;
Object.defineProperty(Readable, '_AcceptedReadableState', { value: AcceptedReadableState, writable: true, configurable: true });
Object.defineProperty(Readable, '_onConstructed', { value: readableConstructed, writable: true, configurable: true });
// the ticks http's IncomingMessage runs in their place when their general
// work would do more than its own (js/_http_incoming.js: quiet messages)
Object.defineProperty(Readable, '_emitReadableNT', { value: emitReadableNT, writable: true, configurable: true });
Object.defineProperty(Readable, '_resumeNT', { value: resumeNT, writable: true, configurable: true });
Object.defineProperty(Readable, '_resumeWith', { value: resumeWith, writable: true, configurable: true });
Object.defineProperty(Readable, '_endReadableNT', { value: endReadableNT, writable: true, configurable: true });
Object.defineProperty(Readable, '_endWritableNT', { value: endWritableNT, writable: true, configurable: true });

Readable.prototype.destroy = destroyImpl.destroy;
// `await using` a Readable destroys it (with an AbortError unless it ended)
// and settles once it has finished, as node 20's does.
Readable.prototype[Symbol.asyncDispose] = function () {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new (require('internal/errors').AbortError)();
    this.destroy(error);
  }
  if (!eos) eos = require('internal/streams/end-of-stream');
  return new Promise((resolve, reject) => eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
};
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) { cb(err); };
if (EE.captureRejectionSymbol) {
  Readable.prototype[EE.captureRejectionSymbol] = function(err) { this.destroy(err); };
}

Readable.prototype.push = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  const objectMode = state.objectMode;
  let err;
  if (!objectMode) {
    if (chunk !== undefined && chunk !== null &&
        (getPrototypeOf(chunk) === BufferPrototype || chunk instanceof lazyBuffer() && learnBuffer())) {
      encoding = '';
    } else if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          chunk = lazyBuffer().from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = lazyBuffer().from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk !== null && isUint8Array(chunk)) { // (push(null): no brand check, a native call)
      chunk = toBuffer(chunk);
      encoding = '';
    } else if (chunk != null) {
      err = new (codes().ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
  }

  if (err) {
    destroyImpl.errorOrDestroy(stream, err);
    return false;
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (objectMode || (chunk &&
      (encoding === '' && typedArrayLength !== null ? typedArrayLength.call(chunk) : chunk.length) > 0)) {
    if (addToFront) {
      if (state.endEmitted) {
        destroyImpl.errorOrDestroy(stream, new (codes().ERR_STREAM_UNSHIFT_AFTER_END_EVENT)());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        addChunk(stream, state, chunk, true);
      }
    } else if (state.ended) {
      destroyImpl.errorOrDestroy(stream, new (codes().ERR_STREAM_PUSH_AFTER_EOF)());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder !== null && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }

  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && hasDataListeners(stream)) {
    // Fast path: hand the chunk straight to the consumer.
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else if (state.awaitDrainWriters !== null) state.awaitDrainWriters = null;
    if (!state.dataEmitted) state.dataEmitted = true;
    emitData(stream, state, chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (state.buffer === kEmptyArray) state.buffer = [];
    if (addToFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

// listenerCount('data') > 0, without the method call when the emitter keeps
// the usual `_events` layout (a function or an array per event name).
function hasDataListeners(stream) {
  const events = stream._events;
  if (events !== undefined && events !== null && typeof events === 'object') {
    const h = events.data;
    return h !== undefined && (typeof h === 'function' || h.length > 0);
  }
  return stream.listenerCount('data') > 0;
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // Re-decode what is already buffered.
  let content = '';
  const buf = state.buffer;
  if (buf.length !== 0) {
    for (let i = 0; i < buf.length; i++) content += decoder.write(buf[i]);
    buf.length = 0;
    if (content !== '') buf.push(content);
  }
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new (codes().ERR_OUT_OF_RANGE)('size', '<= 1GiB', n);
  // Round up to the next power of two.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) { // NaN: read everything (or the first chunk while flowing)
    if (state.flowing && state.length) return state.buffer[0].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function(n) {
  // An ended stream with nothing buffered, read() or read(0): what the
  // general path below comes to (emittedReadable cleared by read(),
  // endReadable, null), without its steps (a request without a body is
  // read four times once it has ended).
  const st = this._readableState;
  if (st.ended && st.length === 0 && (n === undefined || n === 0)) {
    if (n === undefined && st.emittedReadable) st.emittedReadable = false;
    endReadable(this);
    return null;
  }
  // Nothing buffered, not ended, a _read() in flight: read() and read(0)
  // come to marking that a 'readable' is wanted (flow()'s read() of a
  // socket, once per resume), without the general path's steps.
  if (st.reading === true && st.length === 0 && !st.ended && (n === undefined || n === 0)) {
    if (n === undefined && st.emittedReadable) st.emittedReadable = false;
    if (st.needReadable !== true) st.needReadable = true;
    return null;
  }
  if (n === undefined) {
    n = NaN;
  } else if ((typeof n !== 'number' || (n | 0) !== n) && !Number.isInteger(n)) { // (a 32-bit integer without the native call)
    n = Number.parseInt(n, 10);
  }
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0 && state.emittedReadable) state.emittedReadable = false;

  // read(0) with enough data (or at the end): just trigger 'readable'/'end'.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      destroyImpl.errorOrDestroy(this, err);
    }
    state.sync = false;
    // _read may have pushed synchronously; recompute.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? fromList(n, state) : null;

  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    emitData(this, state, ret);
  }
  return ret;
};

// Take n bytes/chars (or one object) off the buffer. Caller adjusts length.
function fromList(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  let ret;
  if (state.objectMode) return buf.shift();
  if (!n || n >= state.length) {
    // With a decoder the result is always a string (an unshifted Buffer
    // joins as its utf8 text, as in node).
    if (state.decoder) ret = buf.join('');
    else if (buf.length === 1) ret = buf[0];
    else ret = lazyBuffer().concat(buf, state.length);
    buf.length = 0;
    return ret;
  }
  const first = buf[0];
  if (n < first.length) {
    if (state.decoder) {
      ret = first.slice(0, n);
      buf[0] = first.slice(n);
    } else {
      ret = first.subarray(0, n);
      buf[0] = first.subarray(n);
    }
    return ret;
  }
  if (n === first.length) return buf.shift();
  // Spans several chunks.
  if (state.decoder) {
    ret = '';
    while (n > 0) {
      const c = buf[0];
      if (n >= c.length) {
        ret += c;
        n -= c.length;
        buf.shift();
      } else {
        ret += c.slice(0, n);
        buf[0] = c.slice(n);
        n = 0;
      }
    }
    return ret;
  }
  ret = lazyBuffer().allocUnsafe(n);
  let off = 0;
  while (n > 0) {
    const c = buf[0];
    if (n >= c.length) {
      ret.set(c, off);
      off += c.length;
      n -= c.length;
      buf.shift();
    } else {
      ret.set(c.subarray(0, n), off);
      buf[0] = c.subarray(n);
      n = 0;
    }
  }
  return ret;
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      if (state.buffer === kEmptyArray) state.buffer = [];
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNT(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    tick1(emitReadableNT, stream);
  }
}

function emitReadableNT(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    // (emit() with nobody listening does nothing: a rest array on goja)
    if (stream.emit !== EEemit || hasListeners(stream, 'readable')) stream.emit('readable');
    state.emittedReadable = false;
  }
  // Ask for another 'readable' when paused, not ended and below the
  // highWaterMark (this only ever sets the flag; node 20 never clears it here).
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) {
    state.needReadable = true;
  }
  flow(stream);
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    tick2(maybeReadMoreNT, stream, state);
  }
}

function maybeReadMoreNT(stream, state) {
  // Keep calling _read (via read(0)) while below the highWaterMark, or while
  // flowing with an empty buffer, as long as each call produced something.
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function(n) {
  throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('_read()');
};

// Memory: a pipe is per connection in the echo server, and on goja every
// function object costs about 0.8 KB. A stream's first pipe as source and
// as destination (the usual case, also src === dest) uses listeners shared
// by all streams, which find their pipe through `this` (the emitter) and a
// symbol-keyed property of it (kPipeSrc on the source, kPipeDest on the
// destination: cheaper than a WeakMap, both in memory and per chunk; a
// socket has some thirty properties already, and goja's property maps grow
// in steps): one small record per pipe instead of nine closures
// and three once() wrappers. For the listeners node registers with once(),
// the shared listener is itself the wrapper (named 'bound onceWrapper',
// with .listener the named listener), so listeners(), rawListeners() and
// removeListener() see what they see in node. Any other pipe (a second one
// from the same source or into the same destination, or any later one)
// gets its own closures, as node's do.
// A record stays on its streams for their lifetime (non-enumerable,
// read-only), so a shared listener still finds its pipe when an emit that
// began before the unpipe calls it, as a closure would.
const kPipeSrc = Symbol('kPipeSrc');
const kPipeDest = Symbol('kPipeDest');
const { defineHidden } = internalBinding('host');
// (start-up's: node's pipe calls no script-replaceable Object.isExtensible,
// and a script may have replaced it before its first require('stream'))
const { ObjectIsExtensible } = require('internal/builtin_internals').primordials;

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  if (state.pipes === kEmptyArray) state.pipes = [];
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  if (dest !== null && (typeof dest === 'object' || typeof dest === 'function') &&
      src[kPipeSrc] === undefined && dest[kPipeDest] === undefined &&
      ObjectIsExtensible(src) && (dest === src || ObjectIsExtensible(dest))) {
    pipeShared(src, dest, state, doEnd);
  } else {
    pipeClosures(src, dest, state, doEnd);
  }
  return dest;
};

// ---- pipes with shared listeners (this: src for 'data'/'end', dest for the rest)

function PipeRecord(src, dest, state, doEnd) {
  this.src = src;
  this.dest = dest;
  this.state = state;
  this.endFn = doEnd ? onceOnEnd : onceEndUnpipe;
  this.ondrain = null;
  this.cleanedUp = false;
}

function pipeShared(src, dest, state, doEnd) {
  const rec = new PipeRecord(src, dest, state, doEnd);
  // (Object.defineProperty(stream, key, { value: rec }), without the
  // descriptor object on an ordinary object: ≈ 6 K machine instructions less each)
  if (!defineHidden(src, kPipeSrc, rec)) Object.defineProperty(src, kPipeSrc, { value: rec });
  if (!defineHidden(dest, kPipeDest, rec)) Object.defineProperty(dest, kPipeDest, { value: rec });
  // (While on is Readable's own and Stream's is EventEmitter's, what
  // Readable's on does for 'end', 'unpipe', 'close' and 'finish' is
  // EventEmitter's _addListener alone: it is called directly then.)
  const plain = Stream.prototype.on === EEon;
  const srcPlain = plain && src.on === readableOn;
  const destPlain = plain && dest.on === readableOn;
  if (state.endEmitted) process.nextTick(pipeEndNT, rec);
  else if (srcPlain) eeAdd(src, 'end', rec.endFn, false);
  else src.on('end', rec.endFn);
  if (destPlain) eeAdd(dest, 'unpipe', sharedOnUnpipe, false);
  else dest.on('unpipe', sharedOnUnpipe);
  src.on('data', sharedOnData);
  prependListener(dest, 'error', sharedOnError);
  if (destPlain) {
    eeAdd(dest, 'close', onceOnClose, false);
    eeAdd(dest, 'finish', onceOnFinish, false);
  } else {
    dest.on('close', onceOnClose);
    dest.on('finish', onceOnFinish);
  }

  const destEvents = dest._events; // (no rest array for nobody listening, see hasListeners)
  if (dest.emit !== EEemit || destEvents === null || (destEvents !== undefined && destEvents.pipe !== undefined)) {
    dest.emit('pipe', src);
  }

  if (dest.writableNeedDrain === true) {
    rec.ondrain = pipePause(src, dest, state, rec.cleanedUp, rec.ondrain);
  } else if (!state.flowing) {
    src.resume();
  }
}

function pipeEndNT(rec) {
  rec.endFn.listener.call(rec.src);
}

function namedAs(fn, name) {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}
// A shared once-listener: `wrapper` removes itself from `this` and runs
// `listener` (as node's once() wrapper does).
function onceLike(wrapper, listener, name) {
  namedAs(wrapper, 'bound onceWrapper');
  wrapper.listener = namedAs(listener, name);
  return wrapper;
}

// removeListener(type, fn) of a stream while it is Readable's and
// EventEmitter's is unchanged: EventEmitter's, called directly (Readable's
// adds nothing for these events).
function removeDirect(stream, type, fn) {
  if (stream.removeListener === readableRemoveListener && Stream.prototype.removeListener === EEremoveListener) {
    EEremoveListener.call(stream, type, fn);
  } else {
    stream.removeListener(type, fn);
  }
}

const onceOnEnd = onceLike(function() {
  if (this[kPipeSrc] === undefined) return;
  removeDirect(this, 'end', onceOnEnd);
  return onceOnEnd.listener.call(this); // (the listeners below read no arguments)
}, function() {
  const rec = this[kPipeSrc];
  if (rec !== undefined) rec.dest.end();
}, 'onend');

const onceEndUnpipe = onceLike(function() {
  if (this[kPipeSrc] === undefined) return;
  this.removeListener('end', onceEndUnpipe);
  return onceEndUnpipe.listener.call(this); // (the listeners below read no arguments)
}, function() {
  const rec = this[kPipeSrc];
  if (rec !== undefined) rec.src.unpipe(rec.dest);
}, 'unpipe');

const onceOnClose = onceLike(function() {
  if (this[kPipeDest] === undefined) return;
  this.removeListener('close', onceOnClose);
  return onceOnClose.listener.call(this); // (the listeners below read no arguments)
}, function() {
  const rec = this[kPipeDest];
  if (rec === undefined) return;
  rec.dest.removeListener('finish', onceOnFinish);
  rec.src.unpipe(rec.dest);
}, 'onclose');

const onceOnFinish = onceLike(function() {
  if (this[kPipeDest] === undefined) return;
  removeDirect(this, 'finish', onceOnFinish);
  return onceOnFinish.listener.call(this); // (the listeners below read no arguments)
}, function() {
  const rec = this[kPipeDest];
  if (rec === undefined) return;
  const dest = rec.dest;
  // (the only 'close' listener of a stream in shape mode: removed in place,
  // see sharedOnUnpipe)
  const ev = dest._events;
  if (ev !== undefined && ev !== null && ev.close === onceOnClose && dest[kShapeMode] === true &&
      dest.removeListener === readableRemoveListener && Stream.prototype.removeListener === EEremoveListener) {
    dest._eventsCount -= 1;
    ev.close = undefined;
  } else {
    dest.removeListener('close', onceOnClose);
  }
  rec.src.unpipe(dest);
}, 'onfinish');

const sharedOnUnpipe = namedAs(function(readable, unpipeInfo) {
  const rec = this[kPipeDest];
  if (rec === undefined) return;
  const { src, dest, state } = rec;
  if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
    unpipeInfo.hasUnpiped = true;
    const ondrain = rec.ondrain;
    // A removal that finds an empty slot does nothing anyone can see when
    // the stream's removeListener is Readable's own and EventEmitter's is
    // unchanged: it is skipped then (the once() listeners that already
    // fired; a pipe ended normally has three).
    const direct = Stream.prototype.removeListener === EEremoveListener;
    const destEvents = direct && dest.removeListener === readableRemoveListener ? dest._events : null;
    const srcEvents = direct && src.removeListener === readableRemoveListener ? src._events : null;
    // (and while so, the removals call EventEmitter's removeListener
    // directly: Readable's adds nothing for these events)
    if (destEvents === null || destEvents === undefined) {
      dest.removeListener('close', onceOnClose);
      dest.removeListener('finish', onceOnFinish);
      if (ondrain) dest.removeListener('drain', ondrain);
      dest.removeListener('error', sharedOnError);
      dest.removeListener('unpipe', sharedOnUnpipe);
    } else {
      // (and a listener that is its event's only one on a stream in shape
      // mode is removed in place: EventEmitter's removeListener leaves the
      // slot undefined then, and emits nothing, as node's)
      const shaped = dest[kShapeMode] === true;
      let l = destEvents.close;
      if (l === onceOnClose && shaped) {
        dest._eventsCount -= 1;
        destEvents.close = undefined;
      } else if (l !== undefined) {
        EEremoveListener.call(dest, 'close', onceOnClose);
      }
      l = destEvents.finish;
      if (l === onceOnFinish && shaped) {
        dest._eventsCount -= 1;
        destEvents.finish = undefined;
      } else if (l !== undefined) {
        EEremoveListener.call(dest, 'finish', onceOnFinish);
      }
      if (ondrain) EEremoveListener.call(dest, 'drain', ondrain);
      if (destEvents.error === sharedOnError && shaped) {
        dest._eventsCount -= 1;
        destEvents.error = undefined;
      } else {
        EEremoveListener.call(dest, 'error', sharedOnError);
      }
      if (destEvents.unpipe === sharedOnUnpipe && shaped) {
        dest._eventsCount -= 1;
        destEvents.unpipe = undefined;
      } else {
        EEremoveListener.call(dest, 'unpipe', sharedOnUnpipe);
      }
    }
    if (srcEvents === null || srcEvents === undefined) {
      src.removeListener('end', rec.endFn);
      src.removeListener('data', sharedOnData);
    } else {
      const shaped = src[kShapeMode] === true;
      const l = srcEvents.end;
      if (l === rec.endFn && shaped) {
        src._eventsCount -= 1;
        srcEvents.end = undefined;
      } else if (l !== undefined) {
        EEremoveListener.call(src, 'end', rec.endFn);
      }
      if (srcEvents.data === sharedOnData && shaped) {
        src._eventsCount -= 1;
        srcEvents.data = undefined;
      } else {
        EEremoveListener.call(src, 'data', sharedOnData);
      }
    }
    rec.cleanedUp = true;
    // If we were waiting for this dest to drain, stop waiting.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }
}, 'onunpipe');

const sharedOnData = namedAs(function(chunk) {
  const rec = this[kPipeSrc];
  if (rec === undefined) return;
  if (rec.dest.write(chunk) === false) {
    rec.ondrain = pipePause(rec.src, rec.dest, rec.state, rec.cleanedUp, rec.ondrain);
  }
}, 'ondata');

const sharedOnError = namedAs(function(er) {
  const rec = this[kPipeDest];
  if (rec !== undefined) pipeOnError(rec.src, rec.dest, sharedOnError, er);
}, 'onerror');

// ---- pipes with their own listeners

function pipeClosures(src, dest, state, doEnd) {
  let ondrain = null;
  let cleanedUp = false;

  const endFn = doEnd ? function onend() {
    dest.end();
  } : function unpipe() {
    src.unpipe(dest);
  };
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      dest.removeListener('close', onclose);
      dest.removeListener('finish', onfinish);
      if (ondrain) dest.removeListener('drain', ondrain);
      dest.removeListener('error', onerror);
      dest.removeListener('unpipe', onunpipe);
      src.removeListener('end', endFn);
      src.removeListener('data', ondata);
      cleanedUp = true;
      // If we were waiting for this dest to drain, stop waiting.
      if (ondrain && state.awaitDrainWriters &&
          (!dest._writableState || dest._writableState.needDrain)) {
        ondrain();
      }
    }
  }
  dest.on('unpipe', onunpipe);

  function ondata(chunk) {
    if (dest.write(chunk) === false) ondrain = pipePause(src, dest, state, cleanedUp, ondrain);
  }
  src.on('data', ondata);

  function onerror(er) {
    pipeOnError(src, dest, onerror, er);
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    src.unpipe(dest);
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    src.unpipe(dest);
  }
  dest.once('finish', onfinish);

  const destEvents = dest._events; // (no rest array for nobody listening, see hasListeners)
  if (dest.emit !== EEemit || destEvents === null || (destEvents !== undefined && destEvents.pipe !== undefined)) {
    dest.emit('pipe', src);
  }

  if (dest.writableNeedDrain === true) {
    ondrain = pipePause(src, dest, state, cleanedUp, ondrain);
  } else if (!state.flowing) {
    src.resume();
  }
}

// dest emitted 'error' (either pipe's listener `onerror`): unpipe, and pass
// the error on when dest has no other 'error' listener.
function pipeOnError(src, dest, onerror, er) {
  src.unpipe(dest);
  dest.removeListener('error', onerror);
  if (dest.listenerCount('error') === 0) {
    const s = dest._writableState || dest._readableState;
    if (s && !s.errorEmitted) destroyImpl.errorOrDestroy(dest, er);
    else dest.emit('error', er);
  }
}

// dest asked for a drain: stop src until it drains. Returns the pipe's
// drain listener (created and registered on first use).
function pipePause(src, dest, state, cleanedUp, ondrain) {
  if (!cleanedUp) {
    if (state.pipes.length === 1 && state.pipes[0] === dest) {
      state.awaitDrainWriters = dest;
      state.multiAwaitDrain = false;
    } else if (state.pipes.length > 1 && state.pipes.indexOf(dest) !== -1) {
      state.awaitDrainWriters.add(dest);
    }
    src.pause();
  }
  if (!ondrain) {
    ondrain = pipeOnDrain(src, dest);
    dest.on('drain', ondrain);
  }
  return ondrain;
}

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFn() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  const unpipeInfo = { hasUnpiped: false };
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = kEmptyArray;
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  // (a pipe to one destination is its only one: no indexOf, a native call)
  const index = state.pipes.length === 1 && state.pipes[0] === dest ? 0 : state.pipes.indexOf(dest);
  if (index === -1) return this;
  // (the last one, as a pipe to one destination always is: pop() removes
  // it in place as splice does, for a tenth of goja's generic splice)
  if (index === state.pipes.length - 1) state.pipes.pop();
  else state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  if (dest.emit === EEemit) emitKnown(dest, 'unpipe', 2, this, unpipeInfo);
  else dest.emit('unpipe', this, unpipeInfo);
  return this;
};

// Stream.prototype.on is looked up on every call, as node's is; while it is
// EventEmitter's own, its body (_addListener) is called directly.
Readable.prototype.on = function(ev, fn) {
  if (typeof ev === 'string' && kListenWatched[ev] !== undefined) {
    const hook = this[kListenHook];
    if (hook !== undefined) hook(this, ev, fn);
  }
  const on = Stream.prototype.on;
  const res = on === EEon ? eeAdd(this, ev, fn, false) : on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    const listening = this.listenerCount('readable') > 0;
    if (state.readableListening !== listening) state.readableListening = listening;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;
const readableOn = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;
const readableRemoveListener = Readable.prototype.removeListener;
const EEremoveListener = EE.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state.paused === false) {
    state.flowing = true;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  resumeWith(this, resumeNT);
  return this;
};

// resumeWith is resume()'s work with nt as its tick (http's quiet messages
// give their own: js/_http_incoming.js).
function resumeWith(stream, nt) {
  const state = stream._readableState;
  if (!state.flowing) {
    // With 'readable' listeners, resume() only marks the stream as not paused.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      tick2(nt, stream, state);
    }
  }
  state.paused = false;
}

function resumeNT(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  // (emitKnown while emit is EventEmitter's: no rest array, no apply)
  if (stream.emit !== EEemit) stream.emit('resume');
  else if (hasListeners(stream, 'resume')) emitKnown(stream, 'resume', 0);
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    if (this.emit !== EEemit || hasListeners(this, 'pause')) this.emit('pause');
  }
  state.paused = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Old-style stream -> Readable adapter.
Readable.prototype.wrap = function(stream) {
  let paused = false;
  const self = this;
  stream.on('data', function(chunk) {
    if (!self.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', function() { self.push(null); });
  stream.on('error', function(err) { destroyImpl.errorOrDestroy(self, err); });
  stream.on('close', function() { self.destroy(); });
  stream.on('destroy', function() { self.destroy(); });
  this._read = function() {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const i = keys[j];
    if (this[i] === undefined && typeof stream[i] === 'function') {
      this[i] = stream[i].bind(stream);
    }
  }
  return this;
};

// ---- async iteration -------------------------------------------------------

Readable.prototype[kAsyncIterator] = function() {
  return streamToAsyncIterator(this, undefined);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

// The iterator names the stream it reads (`iter.stream`), as node's does.
function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

// A hand-written async iterator (goja has no async generators): each next()
// reads one chunk, waiting for 'readable' or the end/error of the stream.
function createAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  if (!eos) eos = require('internal/streams/end-of-stream');
  const { aggregateTwoErrors } = require('internal/streams/utils');
  const destroyOnReturn = !options || options.destroyOnReturn !== false;
  let wake = null;
  let error; // undefined: running; null: ended cleanly; Error: failed
  let done = false;
  let busy = null; // promise of a pending next(), to serialise calls

  function onReadable() {
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  }
  stream.on('readable', onReadable);

  const cleanup = eos(stream, { writable: false }, function(err) {
    error = err ? aggregateTwoErrors(error, err) : null;
    onReadable();
  });

  function finish(err) {
    if (done) return;
    done = true;
    if ((error || destroyOnReturn) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', onReadable);
      cleanup();
    }
  }

  function step(resolve, reject) {
    if (done) {
      resolve({ value: undefined, done: true });
      return;
    }
    let chunk;
    try {
      chunk = stream.destroyed ? null : stream.read();
    } catch (err) {
      error = aggregateTwoErrors(error, err);
      finish();
      reject(error);
      return;
    }
    if (chunk !== null) {
      resolve({ value: chunk, done: false });
    } else if (error) {
      finish();
      reject(error);
    } else if (error === null) {
      finish();
      resolve({ value: undefined, done: true });
    } else {
      // Read again one microtask after the wake-up (as node's async
      // generator resumes after its await), so pending ticks run first.
      wake = function() {
        Promise.resolve().then(function() { step(resolve, reject); });
      };
    }
  }

  function next() {
    const p = busy === null ?
      new Promise(step) :
      busy.then(function() { return new Promise(step); }, function() { return new Promise(step); });
    busy = p;
    return p;
  }

  const iterator = {
    next,
    return(value) {
      finish();
      return Promise.resolve({ value, done: true });
    },
    throw(err) {
      error = aggregateTwoErrors(error, err);
      finish();
      return Promise.reject(err);
    },
  };
  iterator[kAsyncIterator] = function() { return this; };
  return iterator;
}

// ---- state getters ---------------------------------------------------------

defineGetters(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: { get() { return this._readableState.dataEmitted; } },
  readableAborted: {
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: { get() { return this._readableState.highWaterMark; } },
  readableBuffer: { get() { return this._readableState && this._readableState.buffer; } },
  readableFlowing: {
    get() { return this._readableState.flowing; },
    set(state) { if (this._readableState) this._readableState.flowing = state; },
  },
  readableLength: { get() { return this._readableState.length; } },
  readableObjectMode: { get() { return this._readableState ? this._readableState.objectMode : false; } },
  readableEncoding: { get() { return this._readableState ? this._readableState.encoding : null; } },
  errored: { get() { return this._readableState ? this._readableState.errored : null; } },
  closed: { get() { return this._readableState ? this._readableState.closed : false; } },
  destroyed: {
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) { if (this._readableState) this._readableState.destroyed = value; },
  },
  readableEnded: { get() { return this._readableState ? this._readableState.endEmitted : false; } },
});

defineGetters(ReadableState.prototype, {
  pipesCount: { get() { return this.pipes.length; } },
});

// node queues an endReadableNT tick on every call until 'end' is emitted
// (a request without a body gets four: resumeNT's three reads and the
// flow from 'readable'); all but the first find 'end' emitted and do
// nothing. One is queued at a time here: a call while one is pending adds
// nothing that one will not do.
function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    if (state.endQueued !== true) {
      state.endQueued = true;
      tick2(endReadableNT, state, stream);
    }
  }
}

function endReadableNT(state, stream) {
  state.endQueued = false;
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    if (stream.emit === EEemit) emitKnown(stream, 'end', 0);
    else stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is only destroyed once its writable side is done too.
      const wState = stream._writableState;
      const autoDestroy = !wState ||
        (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Readable._fromList = fromList;

Readable.from = function(iterable, opts) {
  if (!fromImpl) fromImpl = require('internal/streams/from');
  return fromImpl(Readable, iterable, opts);
};

Readable.wrap = function(src, options) {
  const opts = Object.assign({
    objectMode: src.readableObjectMode != null ? src.readableObjectMode : (src.objectMode != null ? src.objectMode : true),
  }, options);
  opts.destroy = function(err, callback) {
    destroyImpl.destroyer(src, err);
    callback(err);
  };
  return new Readable(opts).wrap(src);
};

// The WHATWG stream adapters (internal/webstreams_adapters), loaded on use.
Readable.fromWeb = function fromWeb(...args) {
  return require('internal/webstreams_adapters').newReadableFromReadableStream(...args);
};
Readable.toWeb = function toWeb(...args) {
  return require('internal/webstreams_adapters').newReadableStreamFromReadable(...args);
};

module.exports = Readable;
