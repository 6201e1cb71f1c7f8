'use strict';
// Duplex: a Readable that is also a Writable (it inherits from Readable and
// borrows Writable's methods; `instanceof Writable` works through
// Writable[Symbol.hasInstance]).

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const EE = require('events');
const { init: EEinit, initShaped: EEinitShaped } = require('internal/events_fns'); // (filled in: events is loaded)

const { WritableState, _SocketWritableState: SocketWritableState, _AcceptedWritableState: AcceptedWritableState } = Writable;
const { ReadableState, _AcceptedReadableState: AcceptedReadableState, _initDirectData: initDirectData } = Readable;
const { kShapeMode, kCapture } = require('internal/events_fns');
const captureRejections = require('internal/events_capture');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  // Both sides' common events' slots from the start, as node's (see Readable).
  const events = this._events;
  const freshEvents = events === undefined || events === null;
  if (freshEvents) {
    this._events = {
      close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined,
      data: undefined, end: undefined, readable: undefined,
    };
  }
  this._readableState = new Readable.ReadableState(options, this, true);
  // (a socket's state, decodeStrings and emitClose false, made with its
  // prototype at once while WritableState is Writable's own)
  const WS = Writable.WritableState;
  this._writableState = WS === WritableState && options && options.decodeStrings === false && options.emitClose === false ?
    new SocketWritableState(options, this) : new WS(options, this, true);

  if (options) {
    // Own only when it differs from what the prototype gives (net.Socket's
    // prototype says false: see js/net.js).
    const allowHalfOpen = options.allowHalfOpen !== false;
    if (this.allowHalfOpen !== allowHalfOpen) this.allowHalfOpen = allowHalfOpen;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, this);
    }
  } else if (this.allowHalfOpen !== true) {
    this.allowHalfOpen = true;
  }

  // What Stream.call(this, options) comes to while EventEmitter.init is
  // events' own and _events was made just above (initOf: shape mode, then
  // the options): without two native .call()s and a getPrototypeOf.
  if (freshEvents && EE.init === EEinit) EEinitShaped(this, options);
  else Stream.call(this, options);
  Readable._initDirectData(this, this._readableState, options);
  destroyImpl.construct(this, duplexConstructed);
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// What Duplex(options) comes to for the options net's onconnection gives
// an accepted socket (stream, a net.Socket), done in one pass: false, and
// nothing done, unless the options (read as Duplex, its states and
// EventEmitter's init read them) and what Duplex calls are the usual ones.
function initAccepted(stream, options) {
  const rh = options.readableHighWaterMark;
  const wh = options.writableHighWaterMark;
  if (stream._events !== undefined || Readable.ReadableState !== ReadableState ||
      Writable.WritableState !== WritableState || EE.init !== EEinit || Readable._initDirectData !== initDirectData ||
      typeof stream._construct === 'function' || options.highWaterMark != null ||
      typeof rh !== 'number' || (rh | 0) !== rh || rh < 0 || typeof wh !== 'number' || (wh | 0) !== wh || wh < 0 ||
      options.objectMode || options.readableObjectMode || options.writableObjectMode ||
      options.emitClose !== false || options.autoDestroy === false || options.decodeStrings !== false ||
      options.defaultEncoding != null || options.encoding || options.readable === false || options.writable === false ||
      typeof options.read === 'function' || typeof options.write === 'function' ||
      typeof options.writev === 'function' || typeof options.destroy === 'function' ||
      typeof options.final === 'function' || typeof options.construct === 'function' ||
      options.signal || options.captureRejections) {
    return false;
  }
  stream._events = {
    close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined,
    data: undefined, end: undefined, readable: undefined,
  };
  const rs = stream._readableState = new AcceptedReadableState(rh);
  stream._writableState = new AcceptedWritableState(stream, wh);
  const allowHalfOpen = options.allowHalfOpen !== false;
  if (stream.allowHalfOpen !== allowHalfOpen) stream.allowHalfOpen = allowHalfOpen;
  // (EventEmitter's initShaped with no captureRejections option, and
  // Readable's initDirectData)
  stream[kShapeMode] = true;
  stream._maxListeners = stream._maxListeners || undefined;
  stream[kCapture] = EE.prototype[kCapture];
  const direct = captureRejections.value !== true;
  if (rs.directData !== direct) rs.directData = direct;
  return true;
}
Object.defineProperty(Duplex, '_initAccepted', { value: initAccepted, writable: true, configurable: true });

function duplexConstructed() {
  Readable._onConstructed.call(this);
  Writable._onConstructed.call(this);
}

// Borrow the Writable methods Duplex does not have (enumerable keys only, as
// node: the getters are non-enumerable and only the ones listed below are
// borrowed, so e.g. writableAborted is not on Duplex.prototype).
{
  const names = Object.keys(Writable.prototype);
  for (let i = 0; i < names.length; i++) {
    const method = names[i];
    if (method === 'constructor' || method === 'destroy' || method === 'pipe') continue;
    if (!Object.prototype.hasOwnProperty.call(Duplex.prototype, method) &&
        !Object.prototype.hasOwnProperty.call(Readable.prototype, method)) {
      Object.defineProperty(Duplex.prototype, method,
        Object.getOwnPropertyDescriptor(Writable.prototype, method));
    }
  }
}

function wGetter(name) {
  return Object.getOwnPropertyDescriptor(Writable.prototype, name);
}
for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
  'writableLength', 'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']) {
  Object.defineProperty(Duplex.prototype, name, wGetter(name));
}

Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
  configurable: true,
});

Duplex.prototype.destroy = Writable.prototype.destroy;

// The WHATWG stream adapters (internal/webstreams_adapters), loaded on use.
Duplex.fromWeb = function fromWeb(...args) {
  return require('internal/webstreams_adapters').newStreamDuplexFromReadableWritablePair(...args);
};
Duplex.toWeb = function toWeb(...args) {
  return require('internal/webstreams_adapters').newReadableWritablePairFromDuplex(...args);
};

module.exports = Duplex;
