'use strict';
// Writable streams for gojanet, written from the Node.js stream docs.
//
// Per-chunk cost notes: write() -> writeOrBuffer -> _write(chunk, enc, state.onwrite).
// state.onwrite is one closure per stream (no per-write closure). A write
// without a callback that completes synchronously settles at once (no tick,
// no allocation), as node 20 does; synchronous completions with callbacks
// are batched into one nextTick (one small info object per batch, reused
// while the same callback repeats); an asynchronous callback runs afterWrite
// directly. Measured on goja: ~3 us per write() with a synchronous _write,
// ~5.5 us per chunk for push -> 'data' -> pipe -> write -> _write.

const EE = require('events');
// emit() with nobody listening does nothing but costs a rest array on goja:
// 'prefinish' is skipped then, while the stream uses EventEmitter's emit.
const EEemit = EE.prototype.emit;
const { emitKnown } = require('internal/events_fns'); // (events has filled it in: required above)
function emitPrefinish(stream) {
  const events = stream._events;
  if (stream.emit !== EEemit || events === null || (events !== undefined && events.prefinish !== undefined)) {
    stream.emit('prefinish');
  }
}
const { tick1, tick2 } = require('internal/timers'); // process.nextTick without its rest array and apply()
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const {
  nop, errors, isUint8Array, isEncoding, toBuffer, lazyBuffer, typedArrayLength, getPrototypeOf,
  kEmptyArray, defineGetters,
} = require('internal/streams/utils');

// Buffer.prototype, learnt from the first Buffer chunk (a stream loads
// before buffer, which a start-up need not compile): the prototype test is
// the fast one, instanceof the first time.
let BufferPrototype = {};
function learnBuffer() {
  BufferPrototype = lazyBuffer().prototype;
  return true;
}
const { getHighWaterMark } = require('internal/streams/state');

let Duplex;
function requireDuplex() {
  if (!Duplex) Duplex = require('internal/streams/duplex');
  return Duplex;
}
function codes() { return errors().codes; }

// As for ReadableState: every field defaults from WritableState.prototype
// and becomes an own property only once it changes.
function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof requireDuplex();
  options = options || {};
  const objectMode = !!(options.objectMode || (isDuplex && options.writableObjectMode));
  // Fields that keep their prototype default stay off the instance (see
  // ReadableState: goja's own properties cost memory in steps).
  const noDecode = options.decodeStrings === false;
  const noEmitClose = options.emitClose === false;
  if (noDecode || noEmitClose) Object.setPrototypeOf(this, variantProto(noDecode, noEmitClose));
  initState(this, options, stream, isDuplex, objectMode);
}

// What WritableState sets on a state of its prototype's.
function initState(state, options, stream, isDuplex, objectMode) {
  if (objectMode) state.objectMode = true; // before getHighWaterMark, which reads it
  const hwm = getHighWaterMark(state, options, 'writableHighWaterMark', isDuplex);
  if (hwm !== kProtoHighWaterMark) state.highWaterMark = hwm;
  state.onwrite = onwriteFor(stream);
  if (options.defaultEncoding != null) {
    // An unknown default encoding fails at construction, as in node.
    if (!isEncoding(options.defaultEncoding)) {
      throw new (require('internal/errors').codes.ERR_UNKNOWN_ENCODING)(options.defaultEncoding);
    }
    state.defaultEncoding = options.defaultEncoding;
  }
  if (options.autoDestroy === false) state.autoDestroy = false;
}

// new WritableState(options, stream, true) for a Duplex whose options say
// decodeStrings: false and emitClose: false (net.Socket's): made with its
// variant prototype at once, without setPrototypeOf (a native call and a
// reshape per socket).
function SocketWritableState(options, stream) {
  initState(this, options, stream, true, !!(options.objectMode || options.writableObjectMode));
}

// decodeStrings: false and emitClose: false (every net.Socket has both) come
// from a prototype below WritableState.prototype rather than own properties:
// a socket's state that has written then has 7 own properties, in goja's
// first map step (9 cost ≈ 0.45 KB more per socket). instanceof and
// .constructor are unchanged.
const variantProtos = [];
function variantProto(noDecode, noEmitClose) {
  const i = (noDecode ? 1 : 0) + (noEmitClose ? 2 : 0);
  let proto = variantProtos[i];
  if (proto === undefined) {
    proto = Object.create(WritableState.prototype);
    if (noDecode) proto.decodeStrings = false;
    if (noEmitClose) proto.emitClose = false;
    variantProtos[i] = proto;
  }
  return proto;
}

// The stream's write callback (state.onwrite), made in a function of its own
// so the closure holds the stream alone (≈ 0.2 KB less than one made inside
// WritableState, which would keep its whole scope).
function onwriteFor(stream) {
  return function(er) { onwrite(stream, er); };
}

SocketWritableState.prototype = variantProto(true, true);

// A WritableState as the constructor makes it for net's accepted sockets'
// options (Duplex's initAccepted: the mark a 32-bit integer, decodeStrings
// and emitClose false, nothing else set).
function AcceptedWritableState(stream, hwm) {
  if (hwm !== kProtoHighWaterMark) this.highWaterMark = hwm;
  this.onwrite = onwriteFor(stream);
}
AcceptedWritableState.prototype = SocketWritableState.prototype;

// A constant, so setDefaultHighWaterMark() never changes existing streams.
const kProtoHighWaterMark = 16 * 1024;

// Defaults (primitives and the frozen empty array only).
Object.assign(WritableState.prototype, {
  objectMode: false,
  highWaterMark: kProtoHighWaterMark,
  ending: false,   // end() called
  ended: false,    // end() finished its bookkeeping
  finished: false, // 'finish' emitted
  destroyed: false,
  length: 0,
  writing: false,
  sync: true,
  pendingcb: 0,
  constructed: true,
  errored: null,
  // Replaced by own arrays when something is added.
  buffered: kEmptyArray,
  bufferedIndex: 0,
  onFinished: kEmptyArray,
  finalCalled: false,
  needDrain: false,
  decodeStrings: true,
  defaultEncoding: 'utf8',
  corked: 0,
  bufferProcessing: false,
  writecb: null,
  writelen: 0,
  afterWriteTickInfo: null,
  allBuffers: true,
  allNoop: true,
  prefinished: false,
  errorEmitted: false,
  emitClose: true,
  autoDestroy: true,
  closed: false,
  closeEmitted: false,
});

WritableState.prototype.getBuffer = function() {
  return this.buffered.slice(this.bufferedIndex);
};
Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() { return this.buffered.length - this.bufferedIndex; },
  configurable: true,
});

// The onFinished callbacks, leaving the state an empty list.
function takeOnFinished(state) {
  const cbs = state.onFinished;
  if (cbs.length !== 0) state.onFinished = kEmptyArray;
  return cbs;
}

function resetBuffer(state) {
  if (state.buffered !== kEmptyArray) state.buffered = kEmptyArray;
  if (state.bufferedIndex !== 0) state.bufferedIndex = 0;
  if (!state.allBuffers) state.allBuffers = true;
  if (!state.allNoop) state.allNoop = true;
}

function Writable(options) {
  const isDuplex = this instanceof requireDuplex();
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
    return new Writable(options);
  }
  // The common events' slots from the start, as node's (see Readable).
  const events = this._events;
  if (events === undefined || events === null) {
    this._events = { close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined };
  }
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, this);
    }
  }
  Stream.call(this, options);
  destroyImpl.construct(this, writableConstructed);
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

function writableConstructed() {
  const state = this._writableState;
  if (!state.writing) clearBuffer(this, state);
  finishMaybe(this, state);
}

// Duplex instances are "instanceof Writable" too.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
  configurable: true,
});

Writable.WritableState = WritableState;
Object.defineProperty(Writable, '_SocketWritableState', { value: SocketWritableState, writable: true, configurable: true });
Object.defineProperty(Writable, '_AcceptedWritableState', { value: AcceptedWritableState, writable: true, configurable: true });
// (net's accepted sockets, copies of a template, get their own)
Object.defineProperty(Writable, '_onwriteFor', { value: onwriteFor, writable: true, configurable: true });
// (net.Socket's _final: js/net.js)
Object.defineProperty(Writable, '_setKnownFinal', { value: setKnownFinal, writable: true, configurable: true });
Object.defineProperty(Writable, '_finalDone', { value: finalDone, writable: true, configurable: true });
Object.defineProperty(Writable, '_onConstructed', { value: writableConstructed, writable: true, configurable: true });
// (net's writeWhole completes a write it made past write() with it)
Object.defineProperty(Writable, '_afterWrite', { value: afterWrite, writable: true, configurable: true });
Object.defineProperty(Writable, '_errorBuffer', { value: errorBuffer, writable: true, configurable: true });
Object.defineProperty(Writable, '_finishMaybe', { value: finishMaybe, writable: true, configurable: true });

Writable.prototype.pipe = function() {
  destroyImpl.errorOrDestroy(this, new (codes().ERR_STREAM_CANNOT_PIPE)());
};

function writeImpl(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  } else if (typeof cb !== 'function') {
    cb = nop;
  }
  const objectMode = state.objectMode;
  if (!objectMode) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !isEncoding(encoding)) {
      throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
    }
  }

  let len = 1;
  if (chunk === null) {
    throw new (codes().ERR_STREAM_NULL_VALUES)();
  } else if (!objectMode) {
    // (a string first: getPrototypeOf of a string is a native call)
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = lazyBuffer().from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk !== undefined && (getPrototypeOf(chunk) === BufferPrototype || chunk instanceof lazyBuffer() && learnBuffer())) {
      encoding = 'buffer';
    } else if (isUint8Array(chunk)) {
      chunk = toBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw new (codes().ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    // (A string written with encoding 'buffer' keeps its length here; the
    // handle refuses it, as node's binding does.)
    len = (encoding === 'buffer' && typedArrayLength !== null && typeof chunk !== 'string') ?
      typedArrayLength.call(chunk) : chunk.length;
  }

  let err;
  if (state.ending) err = new (codes().ERR_STREAM_WRITE_AFTER_END)();
  else if (state.destroyed) err = new (codes().ERR_STREAM_DESTROYED)('write');

  if (err) {
    process.nextTick(cb, err);
    destroyImpl.errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb, len);
}

Writable.prototype.write = function(chunk, encoding, cb) {
  return writeImpl(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!isEncoding(encoding)) throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// len: 1 in objectMode, else the chunk's length (computed by the caller).
// The return value is computed after _write: a write whose callback ran
// synchronously no longer counts against the highWaterMark, and an empty
// buffer never asks for 'drain' (as in node 20, even with highWaterMark 0).
function writeOrBuffer(stream, state, chunk, encoding, callback, len) {
  state.length += len;

  if (state.writing || state.corked || state.errored || !state.constructed) {
    if (state.buffered === kEmptyArray) state.buffered = [];
    state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(new (codes().ERR_STREAM_DESTROYED)('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  destroyImpl.errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = state.sync;
  const cb = state.writecb;

  if (typeof cb !== 'function') {
    destroyImpl.errorOrDestroy(stream, new (codes().ERR_MULTIPLE_CALLBACK)());
    return;
  }

  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions
    if (!state.errored) state.errored = er;
    const r = stream._readableState;
    if (r && !r.errored) r.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    const buffered = state.buffered;
    if (buffered !== kEmptyArray && buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync && cb === nop &&
        (!state.objectMode || state.afterWriteTickInfo !== null) &&
        !(state.needDrain && state.length === 0 && !state.ending && !stream.destroyed)) {
      // A synchronous write without a callback and no 'drain' to emit:
      // nothing is left for a later tick (node 20 settles it here too; in
      // object mode only once an after-write tick is already pending).
      // A stream ended from inside its own _write finishes now that the
      // write is done (ws's Receiver does that on a close frame).
      state.pendingcb--;
      if (state.ending) finishMaybe(stream, state, true);
    } else if (sync) {
      // Batch consecutive synchronous completions into one tick.
      const info = state.afterWriteTickInfo;
      if (info !== null && info.cb === cb) {
        info.count++;
      } else {
        state.afterWriteTickInfo = { count: 1, cb, stream, state };
        tick1(afterWriteTick, state.afterWriteTickInfo);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  // (stream.destroyed, a getter, read last: needDrain is rarely set)
  const needDrain = !state.ending && state.length === 0 && state.needDrain && !stream.destroyed;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  if (cb === nop) {
    state.pendingcb -= count;
  } else {
    while (count-- > 0) {
      state.pendingcb--;
      cb(null);
    }
  }
  if (state.destroyed) errorBuffer(state);
  // (needFinish is false for a stream not ending: two calls less per write)
  if (state.ending) finishMaybe(stream, state, true);
}

// Fail every buffered write (after destroy or a write error).
function errorBuffer(state) {
  if (state.writing) return;
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    const len = state.objectMode ? 1 : chunk.length;
    state.length -= len;
    callback(state.errored || new (codes().ERR_STREAM_DESTROYED)('write'));
  }
  const cbs = takeOnFinished(state);
  for (let i = 0; i < cbs.length; i++) {
    cbs[i](state.errored || new (codes().ERR_STREAM_DESTROYED)('end'));
  }
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;

  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : function(err) {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('_write()');
  }
};

Writable.prototype._writev = null;

Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeImpl(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() flushes any cork.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // already reported by write
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = new (codes().ERR_STREAM_ALREADY_FINISHED)('end');
  } else if (state.destroyed) {
    err = new (codes().ERR_STREAM_DESTROYED)('end');
  }

  if (typeof cb === 'function') {
    if (err || state.finished) process.nextTick(cb, err);
    else if (state.errored) process.nextTick(cb, state.errored);
    else {
      if (state.onFinished === kEmptyArray) state.onFinished = [];
      state.onFinished.push(cb);
    }
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
    !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
    !state.errorEmitted && !state.closeEmitted;
}

// A _final known to call its callback at most once and do nothing else with
// it (net.Socket's: js/net.js registers it with steps that take the state
// and call finalDone() where _final calls its callback, or return false,
// having done nothing, for the cases they leave to _final): callFinal runs
// those steps without making the onFinish closure and its scope.
let knownFinal = null;
let knownFinalSteps = null;
function setKnownFinal(fn, steps) {
  knownFinal = fn;
  knownFinalSteps = steps;
}

// What onFinish does once called.
function finalDone(stream, state, err) {
  state.pendingcb--;
  if (err) {
    const cbs = takeOnFinished(state);
    for (let i = 0; i < cbs.length; i++) cbs[i](err);
    destroyImpl.errorOrDestroy(stream, err, state.sync);
  } else if (needFinish(state)) {
    state.prefinished = true;
    emitPrefinish(stream);
    state.pendingcb++;
    tick2(finish, stream, state);
  }
}

function callFinal(stream, state) {
  if (stream._final === knownFinal && knownFinal !== null) {
    state.sync = true;
    state.pendingcb++;
    // (the steps catch their own throws as onFinish's caller does)
    if (knownFinalSteps(stream, state)) {
      state.sync = false;
      return;
    }
    state.pendingcb--;
    state.sync = false;
  }
  callFinalWithCallback(stream, state);
}

// (apart from callFinal: a function declaration there would be made at
// every call, the known path's too)
function callFinalWithCallback(stream, state) {
  let called = false;
  function onFinish(err) {
    if (called) {
      destroyImpl.errorOrDestroy(stream, err != null ? err : new (codes().ERR_MULTIPLE_CALLBACK)());
      return;
    }
    called = true;
    finalDone(stream, state, err);
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      emitPrefinish(stream);
    }
  }
}

// 'prefinish' (or _final) runs now. 'finish' follows on a later tick when
// `sync` (end(), and after write callbacks, as node 20 does), else at once
// (when construction completes).
function finishMaybe(stream, state, sync) {
  // (with callbacks pending and the prefinish step taken, nothing below
  // can happen: the usual case while a socket's shutdown is in flight)
  if (state.pendingcb !== 0 && (state.prefinished || state.finalCalled)) return;
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        tick2(finishLater, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finishLater(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  const cbs = takeOnFinished(state);
  for (let i = 0; i < cbs.length; i++) cbs[i](null);
  if (stream.emit === EEemit) emitKnown(stream, 'finish', 0);
  else stream.emit('finish');
  if (state.autoDestroy) {
    // A Duplex is only destroyed once its readable side has ended too.
    const rState = stream._readableState;
    const autoDestroy = !rState ||
      (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

const writableGetters = {
  closed: { get() { return this._writableState ? this._writableState.closed : false; } },
  destroyed: {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) { if (this._writableState) this._writableState.destroyed = value; },
  },
  writable: {
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(val) { if (this._writableState) this._writableState.writable = !!val; },
  },
  writableFinished: { get() { return this._writableState ? this._writableState.finished : false; } },
  writableObjectMode: { get() { return this._writableState ? this._writableState.objectMode : false; } },
  writableBuffer: { get() { return this._writableState && this._writableState.getBuffer(); } },
  writableEnded: { get() { return this._writableState ? this._writableState.ending : false; } },
  writableNeedDrain: {
    get() {
      const w = this._writableState;
      if (!w) return false;
      return !w.destroyed && !w.ending && w.needDrain;
    },
  },
  writableHighWaterMark: { get() { return this._writableState && this._writableState.highWaterMark; } },
  writableCorked: { get() { return this._writableState ? this._writableState.corked : 0; } },
  writableLength: { get() { return this._writableState && this._writableState.length; } },
  errored: { get() { return this._writableState ? this._writableState.errored : null; } },
  writableAborted: {
    get() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
};
defineGetters(Writable.prototype, writableGetters);

Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  if (!state.destroyed &&
      (state.bufferedIndex < state.buffered.length || state.onFinished.length)) {
    process.nextTick(errorBuffer, state);
  }
  destroyImpl.destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) { cb(err); };
if (EE.captureRejectionSymbol) {
  Writable.prototype[EE.captureRejectionSymbol] = function(err) { this.destroy(err); };
}

// The WHATWG stream adapters (internal/webstreams_adapters), loaded on use.
Writable.fromWeb = function fromWeb(...args) {
  return require('internal/webstreams_adapters').newWritableFromWritableStream(...args);
};
Writable.toWeb = function toWeb(...args) {
  return require('internal/webstreams_adapters').newWritableStreamFromWritable(...args);
};

module.exports = Writable;
