'use strict';
// Small shared helpers for the stream implementation (gojanet).
// Written from the Node.js stream documentation; behaviour checked against node.

const kAsyncIterator = (typeof Symbol.asyncIterator === 'symbol') ?
  Symbol.asyncIterator : Symbol.for('Symbol.asyncIterator');
const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');
const kIsDestroyed = Symbol('kIsDestroyed');

function nop() {}

// buffer's Buffer, bound on first use: node's builtins keep their own, so a
// script's `Buffer = x` does not reach them, and a stream loads before buffer
// (which a start-up need not compile).
let BufferCtor;
function lazyBuffer() { return BufferCtor ??= require('buffer').Buffer; }

// fn, called at most once (later calls return undefined).
function once(fn) {
  let called = false;
  return function() {
    if (called) return;
    called = true;
    return fn.apply(this, arguments);
  };
}

let _errors;
function errors() {
  if (_errors === undefined) _errors = require('internal/errors');
  return _errors;
}

function aggregateTwoErrors(inner, outer) {
  const e = errors();
  if (typeof e.aggregateTwoErrors === 'function') return e.aggregateTwoErrors(inner, outer);
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

function isEncoding(enc) {
  return lazyBuffer().isEncoding(enc);
}

// Hot-path helpers. On goja, `buf.length` on a typed array first tries the
// key as an array index (a float parse) before walking to the getter, and
// `instanceof Buffer` walks Function.prototype for Symbol.hasInstance; these
// direct forms cost about half as much.
const getPrototypeOf = Object.getPrototypeOf;
const typedArrayLength = (function() {
  try {
    const d = Object.getOwnPropertyDescriptor(getPrototypeOf(Uint8Array.prototype), 'length');
    if (d && typeof d.get === 'function' && d.get.call(new Uint8Array(2)) === 2) return d.get;
  } catch {
    // fall through
  }
  return null;
})();

// A brand check, as node's: another realm's Uint8Array (a vm context's) is
// one too, where instanceof says no.
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
function isUint8Array(v) {
  return v instanceof Uint8Array || typedArrayTag.call(v) === 'Uint8Array';
}

function toBuffer(chunk) {
  return lazyBuffer().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

function isReadableNodeStream(obj, strict) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}

function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}

function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[kAsyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[kAsyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const w = stream._writableState;
  const r = stream._readableState;
  const s = w || r;
  return !!(stream.destroyed || stream[kIsDestroyed] || (s && s.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
  if (stream && stream[kIsReadableSym] != null) return stream[kIsReadableSym];
  if (typeof (stream && stream.readable) !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}
const kIsReadableSym = Symbol('kIsReadable');

function isWritable(stream) {
  if (typeof (stream && stream.writable) !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  const w = stream._writableState;
  return (w && w.errored) || null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  const r = stream._readableState;
  return (r && r.errored) || null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  const w = stream._writableState;
  const r = stream._readableState;
  if (typeof (w && w.closed) === 'boolean' || typeof (r && r.closed) === 'boolean') {
    return !!((w && w.closed) || (r && r.closed));
  }
  if (typeof stream._closed === 'boolean' && isOutgoingMessage(stream)) return stream._closed;
  return null;
}

function isOutgoingMessage(stream) {
  return typeof stream._closed === 'boolean' && typeof stream._defaultKeepAlive === 'boolean' &&
    typeof stream._removedConnection === 'boolean' && typeof stream._removedContLen === 'boolean';
}

function isServerResponse(stream) {
  return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
}

function isRequest(stream) {
  return stream && stream.setHeader && typeof stream.abort === 'function';
}

function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const w = stream._writableState;
  const r = stream._readableState;
  const state = w || r;
  return (!state && isServerResponse(stream)) ||
    !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function isDisturbed(stream) {
  return !!(stream && (stream.readableDidRead || stream.readableAborted));
}

// The first of these that is not null/undefined decides.
function isErrored(stream) {
  if (!stream) return false;
  const r = stream._readableState;
  const w = stream._writableState;
  const candidates = [
    stream.readableErrored, stream.writableErrored,
    r ? r.errorEmitted : undefined, w ? w.errorEmitted : undefined,
    r ? r.errored : undefined, w ? w.errored : undefined,
  ];
  for (let i = 0; i < candidates.length; i++) {
    if (candidates[i] !== undefined && candidates[i] !== null) return !!candidates[i];
  }
  return false;
}

// Non-enumerable, configurable accessors on proto from { name: { get, set } }.
function defineGetters(proto, props) {
  for (const name of Object.keys(props)) {
    const d = props[name];
    Object.defineProperty(proto, name, {
      get: d.get, set: d.set, enumerable: false, configurable: true,
    });
  }
}

// The empty buffer a stream state starts with (shared and frozen; the state
// gets an array of its own with its first buffered item): an array costs
// about 0.6 KB on goja and most streams never buffer.
const kEmptyArray = Object.freeze([]);

// A stream's hook for listeners of the events in kListenWatched: called by
// Readable.prototype.on (and prependListener where a stream defines it)
// before such a listener is added; net's Go-side forwarding
// (internal/net_fastpipe) stops when the chunks or backpressure become
// observable. Found through the prototype (net.Socket's), absent elsewhere.
const kListenHook = Symbol('kListenHook');
const kListenWatched = { __proto__: null, data: 1, readable: 1, pause: 1, resume: 1, drain: 2 };

// The stream getters' values read from the states (a getter is a call from
// Go back into the VM on goja, a few hundred ns each; the builtins' hot
// paths read them per write and per request): destroyed, writable,
// readable and writableCorked as Readable's, Writable's and Duplex's
// getters compute them. A stream without the states asks its getter.
function destroyedOf(s) {
  const w = s._writableState;
  const r = s._readableState;
  if (w !== undefined && w !== null) {
    if (r === undefined) return w.destroyed;
    if (r !== null) return r.destroyed && w.destroyed;
  } else if (w === undefined && r !== undefined && r !== null) {
    return r.destroyed;
  }
  return s.destroyed;
}
function writableOf(s) {
  const w = s._writableState;
  if (w === undefined || w === null) return s.writable;
  return w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
}
function readableOf(s) {
  const r = s._readableState;
  if (r === undefined || r === null) return s.readable;
  return r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
}
function writableCorkedOf(s) {
  const w = s._writableState;
  return w !== undefined && w !== null ? w.corked : s.writableCorked;
}

module.exports = {
  kEmptyArray,
  kListenHook,
  kListenWatched,
  destroyedOf,
  writableOf,
  readableOf,
  writableCorkedOf,
  defineGetters,
  kAsyncIterator,
  kDestroy,
  kConstruct,
  kIsDestroyed,
  kIsReadable: kIsReadableSym,
  nop,
  once,
  errors,
  aggregateTwoErrors,
  isUint8Array,
  isEncoding,
  typedArrayLength,
  getPrototypeOf,
  toBuffer,
  lazyBuffer,
  isReadableNodeStream,
  isWritableNodeStream,
  isDuplexNodeStream,
  isNodeStream,
  isIterable,
  isDestroyed,
  isWritableEnded,
  isWritableFinished,
  isReadableFinished,
  isReadable,
  isWritable,
  isFinished,
  isWritableErrored,
  isReadableErrored,
  isClosed,
  isRequest,
  willEmitClose,
  isDisturbed,
  isErrored,
};
