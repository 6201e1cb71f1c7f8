'use strict';
// The `net` builtin (gojanet): TCP and Unix-domain-socket servers and
// sockets with node's API, events and errors.
//
// Written from Node's documentation (nodejs.org/api/net.html) and by
// comparing behaviour with the real node; the I/O itself is done by the Go
// handle layer reached as internalBinding('tcp_wrap') (modules/net).
//
// Per-chunk path (kept lean on purpose, it runs for every chunk):
//   read:  handle.onread(nread, buf) -> socket.push(buf) -> 'data'
//   write: Writable -> _write -> handle.writeBuffer(req, buf)
// Each socket owns one write request object that is reused for every write
// (the Writable never has more than one _write/_writev in flight), and one
// shared onread / oncomplete function serves every socket. Strings go to the
// handle as strings (it encodes UTF-8, latin1, ascii and UTF-16LE); hex and
// base64 strings become bytes through Buffer. socket.pipe(socket) with
// nothing observing the chunks is forwarded by the handle layer itself
// (internal/net_fastpipe).

const EventEmitter = require('events');
const { emit: EEemit, emitKnown, add: eeAdd, on: EEon, onceWrap } = require('internal/events_fns'); // emit(type, ...) without its rest array
const stream = require('stream');
const fastpipe = require('internal/net_fastpipe');
const { destroyedOf, kListenHook, lazyBuffer } = require('internal/streams/utils'); // (buffer's Buffer, not the global)
const {
  undestroy, setKnownDestroy, destroyed, errorOrDestroy: destroyErrorOrDestroy,
} = require('internal/streams/destroy');
// A 'net' performance entry ('connect', from the TCP connect's start to the
// socket's connection, detail { host, port }) is made only while some
// PerformanceObserver wants the type, as node's.
const perfObserved = require('internal/perf_observed');
const kPerfConnect = Symbol('kPerfConnect');
function perfConnectStart(self, host, port) {
  if (perfObserved.net) self[kPerfConnect] = { start: require('perf_hooks')._now(), host, port };
}
const kFastPipeTarget = fastpipe.kTarget;
const kFastPipeSources = fastpipe.kSources;
const fastPipeUsed = fastpipe.used; // (.any: whether the two above were ever set)
const { codes, errors } = require('internal/errors_lazy');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');
const internalNet = require('internal/net');
const { isIP, isIPv4, isIPv6, netChannels, cluster: clusterRole, kStreamConsumer } = internalNet;

const Duplex = stream.Duplex;
const DuplexInitAccepted = Duplex._initAccepted;
const readableOn = stream.Readable.prototype.on;
const LegacyStream = require('internal/streams/legacy').Stream;
// diagnostics_channel: node publishes every client socket at connect() and
// every accepted socket before 'connection' (netChannels: see internal/net).

const UV_EOF = -4095;
const UV_ENOTCONN = -107;
const UV_EAFNOSUPPORT = -97;
const UV_EADDRINUSE = -98;
const UV_EACCES = -13;
const TIMEOUT_MAX = 2 ** 31 - 1;

// ---- the Go handle layer ------------------------------------------------

let tcpWrap = null;
// (the binding's writeWholeOf once it is loaded: no Go handle before then)
let writeWholeOf = function noGoHandle() {};
// (the binding's own close methods, before anything wraps them: see _destroy)
let bindingCloseTCP = null;
let bindingClosePipe = null;
function binding() {
  if (tcpWrap === null) {
    tcpWrap = internalBinding('tcp_wrap');
    writeWholeOf = tcpWrap.writeWholeOf;
    bindingCloseTCP = tcpWrap.TCP.prototype.close;
    bindingClosePipe = tcpWrap.Pipe.prototype.close;
    asyncContext.whenTracked(() => {
      wrapClose(tcpWrap.TCP.prototype);
      wrapClose(tcpWrap.Pipe.prototype);
    });
  }
  return tcpWrap;
}

// Async contexts (async_hooks, AsyncLocalStorage, domain; see
// internal/async_context). While tracked, each handle is a resource
// (TCPWRAP, TCPSERVERWRAP, PIPEWRAP, PIPESERVERWRAP; a server's accepted
// handles are numbered by the context's enter) and connect, shutdown and
// queued write requests are one-callback resources; the handle's resource
// is destroyed when its close callback has run (the binding's close is
// wrapped from the first time anything is tracked). Untracked, each of
// these costs one check of asyncState.active.
const asyncContext = require('internal/async_context');
const asyncState = asyncContext.state;

function trackHandle(handle, server) {
  if (asyncState.active === 0) return;
  const tcp = handle instanceof binding().TCP;
  if (server) asyncContext.trackHandle(handle, tcp ? 'TCPSERVERWRAP' : 'PIPESERVERWRAP', tcp ? 'TCPWRAP' : 'PIPEWRAP');
  else asyncContext.trackHandle(handle, tcp ? 'TCPWRAP' : 'PIPEWRAP');
}

// A tick scheduled on behalf of a handle (or a server, whose handle may be
// closed by then) is triggered by it, as node's.
const kAsyncId = Symbol('asyncId');
function nextTickFor(owner, handle, fn, arg) {
  if (asyncState.active !== 0) {
    let id = owner === null ? undefined : owner[kAsyncId];
    if (handle !== null) {
      const record = asyncContext.recordOf(handle);
      if (record !== undefined) {
        id = record[asyncContext.kId];
        if (owner !== null) owner[kAsyncId] = id;
      }
    }
    if (id !== undefined) return asyncContext.withTrigger(id, process.nextTick, fn, arg);
  }
  process.nextTick(fn, arg);
}

// A request's resource is triggered by its handle's, as node's.
function trackRequest(req, handle, type) {
  if (asyncState.active === 0) return;
  const h = asyncContext.recordOf(handle);
  asyncContext.trackRequest(req, type, h === undefined ? undefined : h[asyncContext.kId]);
}

function wrapClose(proto) {
  const close = proto.close;
  Object.defineProperty(proto, 'close', {
    value: function (cb) {
      if (asyncState.active !== 0) {
        const record = asyncContext.recordOf(this);
        if (record !== undefined) {
          return close.call(this, function () {
            try {
              if (typeof cb === 'function') cb.call(this);
            } finally {
              asyncContext.destroyLater(record);
            }
          });
        }
      }
      return close.call(this, cb);
    },
    writable: true, configurable: true, enumerable: false,
  });
}
function constants() { return binding().constants; }

// The loop's cached time (ms), published by Go in the host's shared array:
// reading it costs nothing, so socket activity can be stamped on every chunk.
const sharedNow = new Float64Array(internalBinding('host').shared);
const NOW = 1;

let dns;
function lazyDns() {
  if (dns === undefined) dns = require('dns');
  return dns;
}

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function getDefaultAutoSelectFamily() { return autoSelectFamilyDefault; }
function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}
function getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeoutDefault; }
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}

function noop() {}

// A number >= 0, else false (used to tell ports and backlogs from paths).
function toNumber(x) {
  x = Number(x);
  return x >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

const kNormalized = Symbol('normalizedArgs');

// Turns the many call shapes of connect()/listen() into [options, cb]:
// (options[, cb]), (path[, cb]), (port[, host][, ...][, cb]).
function normalizeArgs(args) {
  let result;
  if (args.length === 0) {
    result = [{}, null];
  } else {
    const first = args[0];
    let options = {};
    if (typeof first === 'object' && first !== null) {
      options = first;
    } else if (isPipeName(first)) {
      options.path = first;
    } else {
      options.port = first;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const last = args[args.length - 1];
    result = [options, typeof last === 'function' ? last : null];
  }
  result[kNormalized] = true;
  return result;
}

function isPipeHandle(handle) {
  const b = binding();
  return handle instanceof b.Pipe;
}

function isTCPHandle(handle) {
  const b = binding();
  return handle instanceof b.TCP;
}

// ---- Socket -------------------------------------------------------------

const kTimeoutMs = Symbol('timeoutMs');
const kTimer = Symbol('timer');
const kLastActive = Symbol('lastActive');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kHeld = Symbol('heldBytes'); // see caps()
const kBytesRead = Symbol('bytesRead');
const kBytesWritten = Symbol('bytesWritten');
const kSetNoDelay = Symbol('setNoDelay');
const kSetKeepAlive = Symbol('setKeepAlive');
const kKeepAliveDelay = Symbol('keepAliveDelay');
const kResetting = Symbol('resetting');
const kOnRead = Symbol('onread');
const kOnReadPending = Symbol('onreadPending'); // bytes a paused onread callback left

// The one write request of a socket. Its fields are rewritten per write.
function WriteReq(socket) {
  this.socket = socket;
  this.callback = null;
  this.async = false;
  this.error = null;
  this.bytes = 0;
}

// Write requests are lent, not owned: most writes complete synchronously
// (req.async false) and need their request no longer, so one spare serves
// every socket of the runtime; only a write the kernel did not take all of
// keeps one until oncomplete. (One request per socket cost every idle
// connection ≈ 0.8 KB of heap.)
let spareWriteReq = null;
function takeWriteReq(socket) {
  const req = spareWriteReq;
  if (req === null) return new WriteReq(socket);
  spareWriteReq = null;
  req.socket = socket;
  return req;
}
function returnWriteReq(req) {
  req.socket = null;
  req.callback = null;
  req.async = false;
  req.error = null;
  req.bytes = 0;
  spareWriteReq = req;
}

WriteReq.prototype.oncomplete = function oncomplete(status) {
  const socket = this.socket;
  const cb = this.callback;
  const error = this.error;
  returnWriteReq(this);
  if (socket.destroyed) {
    if (typeof cb === 'function') cb(null);
    return;
  }
  if (status < 0) {
    const ex = errors().errnoException(status, 'write', error);
    if (typeof cb === 'function') cb(ex);
    else socket.destroy(ex);
    return;
  }
  socket[kLastWriteQueueSize] = 0;
  if (socket[kTimeoutMs]) touch(socket);
  if (typeof cb === 'function') cb(null);
};

// A copy of new Socket()'s options with what the socket itself decides.
function socketOptions(options) {
  if (options !== undefined && options !== null && typeof options === 'object') {
    if (options.objectMode) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
    } else if (options.readableObjectMode) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.readableObjectMode', options.readableObjectMode, 'is not supported');
    } else if (options.writableObjectMode) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.writableObjectMode', options.writableObjectMode, 'is not supported');
    }
  }
  if (typeof options === 'number') {
    options = { fd: options };
  } else {
    options = Object.assign({}, options);
  }

  // connecting, _hadError, _parent, _host, _closeAfterHandlingError,
  // allowHalfOpen (false), _sockname, _pendingData, _pendingEncoding, server
  // and _server start at their defaults on Socket.prototype (below).

  // The socket ends its writable side itself when allowHalfOpen is false
  // (the Duplex does it on 'end'), never emits 'close' from the stream
  // machinery (the handle's close callback does, with hadError), and takes
  // strings as they are so the Go side can encode them without a copy.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  return options;
}

// The options onconnection builds for an accepted socket: a fresh object
// that already holds what the constructor would set on its copy.
let acceptOptions = null;
// (whether the last socket made for them was made in Duplex's one pass)
let acceptedOnePass = false;

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  let signal;
  if (options !== null && options === acceptOptions) {
    acceptOptions = null;
    // (what Duplex makes of these options, in one pass when it can)
    acceptedOnePass = DuplexInitAccepted(this, options);
    if (!acceptedOnePass) Duplex.call(this, options);
  } else {
    options = socketOptions(options);
    // The socket listens to options.signal itself, once its handle is set
    // up; the Duplex must not add a second listener.
    signal = options.signal;
    options.signal = undefined;
    Duplex.call(this, options);
  }

  this._handle = null;
  // Internal fields default from Socket.prototype (see below): on goja every
  // own property costs memory, and most sockets never change most of them.
  if (options.noDelay) this[kSetNoDelay] = true;
  if (options.keepAlive) this[kSetKeepAlive] = true;
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    const delay = ~~(options.keepAliveInitialDelay / 1000);
    if (delay > 0) this[kKeepAliveDelay] = delay;
  }
  // _peername: set when first asked for (_getpeername), as node does.

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const fd = options.fd;
    validateInt32(fd, 'fd', 0);
    this._handle = handleFromFd(fd);
    const err = this._handle.open(fd);
    if (err) throw errors().errnoException(err, 'open');
    if ((fd === 1 || fd === 2) && typeof this._handle.setBlocking === 'function') this._handle.setBlocking(true);
  }

  const onread = options.onread;
  if (onread !== null && typeof onread === 'object' &&
      (ArrayBuffer.isView(onread.buffer) || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    this[kOnRead] = onread;
  }

  // this.on('end', ...): while on is Readable's and Stream's is EventEmitter's,
  // what Readable's on does for 'end' is EventEmitter's _addListener alone.
  // (and that, for a first listener while nobody listens for 'newListener',
  // is a store in the slot)
  if (this.on === readableOn && LegacyStream.prototype.on === EEon) {
    const ev = this._events;
    if (ev !== undefined && ev !== null && ev.newListener === undefined && ev.end === undefined) {
      ev.end = onReadableStreamEnd;
      this._eventsCount++;
    } else {
      eeAdd(this, 'end', onReadableStreamEnd, false);
    }
  } else {
    this.on('end', onReadableStreamEnd);
  }
  // node's initSocketHandle undestroys the new states; that changes
  // nothing on states just made (and not since constructed by a
  // _construct or destroyed), so it is skipped then unless replaced.
  const rs = this._readableState, ws = this._writableState;
  if (this._undestroy !== undestroy || rs.constructed !== true || ws.constructed !== true ||
      rs.destroyed || ws.destroyed) {
    this._undestroy();
  }
  attachHandle(this);

  if (this._handle !== null && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }

  if (signal) {
    stream.addAbortSignal(signal, this);
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

// Node's per-socket fields that most sockets keep at their initial value
// start on the prototype: goja keeps an object's own properties in a Go map
// that grows in steps (1-8 ≈ 0.6 KB, 9-14 ≈ 1.1 KB, 17-28 ≈ 1.9 KB), and an
// accepted socket keeps 8 this way (17 if each were its own). Reading them
// is unchanged; a socket gets an own property when it changes one. Enumerable,
// as own they would be, so for...in sees the same names.
Object.assign(Socket.prototype, {
  connecting: false, _hadError: false, _parent: null, _host: null,
  _closeAfterHandlingError: false, allowHalfOpen: false, _sockname: null,
  _pendingData: null, _pendingEncoding: '', server: null, _server: null,
});

// Defaults of the internal per-socket fields; a socket gets an own property
// only when it changes one (non-enumerable, so inspect(socket) is unchanged).
for (const [key, value] of [
  [kTimeoutMs, 0], [kTimer, null], [kLastActive, 0], [kLastWriteQueueSize, 0], [kHeld, 0],
  [kBytesRead, 0], [kBytesWritten, 0], [kSetNoDelay, false],
  [kSetKeepAlive, false], [kKeepAliveDelay, 0], [kResetting, false], [kOnRead, null],
  [kStreamConsumer, undefined],
]) {
  Object.defineProperty(Socket.prototype, key, { value, writable: true, configurable: true, enumerable: false });
}

function handleFromFd(fd) {
  const b = binding();
  const type = typeof b.guessHandleType === 'function' ? b.guessHandleType(fd) : 'TCP';
  let handle;
  if (type === 'PIPE' || type === 'UNIX') handle = new b.Pipe(b.constants.SOCKET);
  else if (type === 'TCP') handle = new b.TCP(b.constants.SOCKET);
  if (handle !== undefined) {
    trackHandle(handle, false);
    return handle;
  }
  throw new codes.ERR_INVALID_FD_TYPE(type);
}

// Wires a (new) handle to its socket.
function initSocketHandle(socket) {
  socket._undestroy();
  attachHandle(socket);
}

function attachHandle(socket) {
  // A cached address belongs to the previous handle (an own null is only
  // needed over an own address: the prototype's is null).
  if (socket._sockname !== null) socket._sockname = null;
  const handle = socket._handle;
  if (handle !== null) {
    handle.owner = socket;
    handle.onread = onStreamRead;
    handle.reading = false;
  }
}

// The peer ended: without allowHalfOpen the Duplex ends our side too, and
// later writes fail as node's do.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Socket.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = errors().genericNodeError('This socket has been ended by the other party', { code: 'EPIPE' });
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

// ---- reading ----

// jsHandleRead: a stream handle written for node >= 12 (handle-thing, under
// spdy) calls onread(buffer) alone, the byte count or errno in
// streamBaseState (internal/stream_base_state).
let streamBase = null;
function jsHandleRead(data) {
  const sb = streamBase ??= require('internal/stream_base_state');
  const nread = sb.streamBaseState[sb.kReadBytesOrError];
  if (nread <= 0) return [nread, undefined];
  if (data instanceof ArrayBuffer) return [nread, lazyBuffer().from(data, sb.streamBaseState[sb.kArrayBufferOffset], nread)];
  return [nread, data];
}

// handle.onread: `this` is the handle.
function onStreamRead(nread, buf) {
  if (typeof nread !== 'number') [nread, buf] = jsHandleRead(nread);
  const socket = this.owner;
  // Any read (data, end or error) is activity: it also re-arms a timeout
  // that has already fired.
  // (touch in place: a call less per chunk)
  if (socket[kTimeoutMs] !== 0) {
    socket[kLastActive] = sharedNow[NOW];
    if (socket[kTimer] === null) armTimer(socket, socket[kTimeoutMs]);
  }
  if (nread > 0) {
    if (socket._readableState.destroyed) return;
    // http's server parser takes the chunk while nothing else would see it
    // (node's parser consumes the handle): no push, no 'data' emit. (The
    // consumer is http's connection state; its consume is null when it
    // takes nothing, and set only for a socket without an onread option.)
    const consumer = socket[kStreamConsumer];
    if (consumer !== undefined && consumer.consume !== null) {
      // (2: it stopped in the chunk, and wants the rest from readRest once
      // the ticks and microtasks ran: the TLS engine asks, js/_tls_wrap.js)
      const r = consumer.consume(socket, buf, nread, consumer);
      if (r) return r;
    } else {
      const onread = socket[kOnRead];
      if (onread !== null) {
        deliverToUserBuffer(socket, onread, nread, buf);
        return;
      }
    }
    if (!socket.push(buf)) {
      this.reading = false;
      const err = this.readStop();
      if (err) socket.destroy(errors().errnoException(err, 'read'));
    } else if (socket[kFastPipeTarget] !== undefined) {
      fastpipe.recheck(socket);
    }
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    socket.destroy(errors().errnoException(nread, 'read'));
    return;
  }
  // End of stream. libuv allocated a buffer for the read that found it: an
  // onread buffer function is asked once more, as under node.
  this.reading = false;
  if (socket._readableState.endEmitted) return;
  if (socket[kOnReadPending] !== undefined) {
    // Found by a read already under way when the callback paused: it
    // comes after the bytes still held, from resume().
    socket[kOnReadPending].eof = true;
    return;
  }
  const onread = socket[kOnRead];
  if (onread !== null && onread !== undefined && typeof onread.buffer === 'function') onread.buffer();
  socket.push(null);
  socket.read(0);
}

// The rest of a read the socket's stream consumer stopped in (its consume
// returned 2: http's parser after a body piece, where node runs ticks and
// microtasks), asked for by the handle once they ran: 2 again for more.
function readRest(handle) {
  const socket = handle !== null && handle !== undefined ? handle.owner : undefined;
  const c = socket !== undefined && socket !== null ? socket[kStreamConsumer] : undefined;
  if (c === undefined || c === null || typeof c.rest !== 'function') return true;
  return c.rest(socket, handle, 0, c);
}

// A chunk the socket's stream consumer did not take, the usual way
// (onStreamRead's steps after consume(); http's consumeSocketChunk calls it
// for a chunk the handle handed over without onread: consumeChunks).
function pushRead(socket, handle, buf) {
  if (!socket.push(buf)) {
    handle.reading = false;
    const err = handle.readStop();
    if (err) socket.destroy(errors().errnoException(err, 'read'));
  } else if (socket[kFastPipeTarget] !== undefined) {
    fastpipe.recheck(socket);
  }
}

// The documented `onread` option: data goes into the caller's buffer and
// to its callback instead of through 'data'.
// The callback gets the user's own buffer (a Uint8Array stays one); a
// buffer function is asked once per chunk, as node allocates once per read.
// A read larger than the caller's buffer is handed over in pieces, as node's
// reads of at most that size would; when the callback pauses the socket the
// rest waits (kOnReadPending) for resume(), as unread bytes wait in the
// kernel under node.
function deliverToUserBuffer(socket, onread, nread, buf) {
  let off = 0;
  while (off < nread) {
    let target = onread.buffer;
    if (typeof target === 'function') target = target();
    const view = target instanceof lazyBuffer() ? target :
      lazyBuffer().from(target.buffer, target.byteOffset, target.byteLength);
    const n = Math.min(view.length, nread - off);
    buf.copy(view, 0, off, off + n);
    off += n;
    if (onread.callback.call(socket, n, target) === false && socket._handle !== null) {
      socket._handle.reading = false;
      socket._handle.readStop();
    }
    if (off < nread && (socket._handle === null || !socket._handle.reading)) {
      if (socket._handle !== null) socket[kOnReadPending] = lazyBuffer().from(buf.subarray(off, nread));
      return;
    }
  }
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errors().errnoException(err, 'read'));
}

Socket.prototype._read = function _read(n) {
  if (this.connecting || this._handle === null) {
    readOnConnect(this, n);
  } else if (!this._handle.reading && this[kOnReadPending] === undefined) {
    // (A paused onread callback's leftovers come first, from resume().)
    tryReadStart(this);
  }
};

Socket.prototype.pause = function pause() {
  if (this[kOnRead] !== null && !this.connecting && this._handle !== null && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const err = this._handle.readStop();
      if (err) this.destroy(errors().errnoException(err, 'read'));
    }
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function resume() {
  if (this[kOnRead] !== null && !this.connecting && this._handle !== null && !this._handle.reading) {
    const pending = this[kOnReadPending];
    if (pending !== undefined) {
      // What a paused callback left of the last read comes first.
      this[kOnReadPending] = undefined;
      this._handle.reading = true;
      deliverToUserBuffer(this, this[kOnRead], pending.length, pending);
      if (this._handle !== null && this._handle.reading) {
        this._handle.reading = false;
        if (pending.eof) onStreamRead.call(this._handle, UV_EOF);
        else tryReadStart(this);
      } else if (pending.eof && this._handle !== null) {
        // Paused again: the end still waits, after any bytes left.
        if (this[kOnReadPending] === undefined) this[kOnReadPending] = lazyBuffer().alloc(0);
        this[kOnReadPending].eof = true;
      }
    } else {
      tryReadStart(this);
    }
  }
  return Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function read(n) {
  if (this[kOnRead] !== null && !this.connecting && this._handle !== null && !this._handle.reading &&
      this[kOnReadPending] === undefined) {
    tryReadStart(this);
  }
  return Duplex.prototype.read.call(this, n);
};

// ---- writing ----

// Buffers and strings go to the handle as they are (it encodes UTF-8,
// latin1/binary, ascii and UTF-16LE itself); hex and base64 strings become
// bytes through Buffer first.
function dispatchWrite(handle, req, data, encoding) {
  if (encoding === 'buffer' || typeof data !== 'string') return handle.writeBuffer(req, data);
  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(req, data);
    case 'latin1':
    case 'binary':
      return handle.writeLatin1String(req, data);
    case 'ascii':
      return handle.writeAsciiString(req, data);
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return handle.writeUcs2String(req, data);
  }
  const lower = `${encoding}`.toLowerCase();
  if (lower !== encoding) return dispatchWrite(handle, req, data, lower);
  return handle.writeBuffer(req, lazyBuffer().from(data, encoding));
}

function chunkLength(chunk, encoding) {
  return typeof chunk === 'string' ? lazyBuffer().byteLength(chunk, encoding) : chunk.length;
}

Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
  if (this.connecting) {
    // Hold the data until the connection is up; fail it if the socket
    // closes first.
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new codes.ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  if (this._pendingData !== null) {
    this._pendingData = null;
    this._pendingEncoding = '';
  }

  if (this[kHeld] > 0) {
    let n = 0;
    if (writev) for (let i = 0; i < data.length; i++) n += chunkLength(data[i].chunk, data[i].encoding);
    else n = chunkLength(data, encoding);
    released(this, n);
  }
  const handle = this._handle;
  if (handle === null) {
    cb(new codes.ERR_SOCKET_CLOSED());
    return false;
  }
  if (this[kTimeoutMs] !== 0) touch(this);

  // The handle sets req.async and req.bytes (what it encoded and took) on
  // every accepted write.
  const req = takeWriteReq(this);
  let err;
  if (writev) {
    // Strings become bytes here (Buffer knows every encoding), so the
    // handle always gets a list of buffers.
    const n = data.length;
    const chunks = new Array(n);
    for (let i = 0; i < n; i++) {
      const e = data[i];
      chunks[i] = typeof e.chunk === 'string' ? lazyBuffer().from(e.chunk, e.encoding) : e.chunk;
    }
    err = handle.writev(req, chunks, true);
  } else {
    err = dispatchWrite(handle, req, data, encoding);
  }
  if (err !== 0 && err !== undefined) {
    const error = req.error;
    returnWriteReq(req);
    cb(errors().errnoException(err, 'write', error));
    return;
  }
  this[kBytesWritten] += req.bytes;
  if (req.async) {
    this[kLastWriteQueueSize] = handle.writeQueueSize;
    req.callback = cb;
    trackRequest(req, handle, 'WRITEWRAP');
  } else {
    returnWriteReq(req);
    cb();
  }
};

// Chunks a socket takes: strings and any ArrayBufferView (node's message).
function socketChunk(chunk) {
  if (!ArrayBuffer.isView(chunk)) {
    throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
  }
  return lazyBuffer().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

// Write caps an embedder may set (Options.MaxWriteBuffer per socket,
// Options.MaxBufferedBytes per runtime; both 0, off, by default, and then
// nothing here runs). Bytes a socket holds in its Writable buffer count as
// well as those queued in Go, so a script that ignores backpressure meets
// ENOBUFS instead of growing without bound.
let heldTotal = 0; // bytes held in the Writable buffers of this runtime's sockets
let writeCaps = null;
function caps() {
  if (writeCaps === null) {
    const [perSocket, total] = binding().writeCaps();
    writeCaps = perSocket > 0 || total > 0 ? { perSocket, total } : false;
  }
  return writeCaps;
}

function overCaps(socket, n) {
  const c = caps();
  const handle = socket._handle;
  const queued = handle ? handle.writeQueueSize | 0 : 0;
  if (c.perSocket > 0 && socket[kHeld] + queued + n > c.perSocket) return true;
  return c.total > 0 && heldTotal + binding().bufferedBytes() + n > c.total;
}

// released takes n bytes off the socket's held count (what it dispatched
// or dropped).
function released(socket, n) {
  const held = socket[kHeld];
  if (held === 0 || held === undefined) return;
  const d = n < held ? n : held;
  socket[kHeld] = held - d;
  heldTotal -= d;
}

Socket.prototype.write = function write(chunk, encoding, cb) {
  // (a string without encoding or callback to an idle socket, no caps:
  // writeIdle, or undefined having done nothing)
  if (typeof chunk === 'string' && encoding === undefined && cb === undefined && writeCaps === false) {
    const r = writeIdle(this, chunk);
    if (r !== undefined) return r;
  }
  if (typeof chunk !== 'string' && chunk !== null && !(chunk instanceof Uint8Array)) {
    chunk = socketChunk(chunk);
  }
  // Only bytes the Writable will hold count here; a write to an idle socket
  // goes straight to the handle, which lets the kernel take what it can
  // before applying the caps to the rest.
  if (caps() && chunk !== null && !this.destroyed && !this.writableEnded &&
      (this.writableLength > 0 || this.connecting || this.writableCorked > 0)) {
    const n = chunkLength(chunk, typeof encoding === 'string' ? encoding : 'utf8');
    if (overCaps(this, n)) {
      const ex = errors().errnoException(-105 /* ENOBUFS */, 'write');
      if (typeof encoding === 'function') cb = encoding;
      if (typeof cb === 'function') process.nextTick(cb, ex);
      this.destroy(ex);
      return false;
    }
    this[kHeld] += n;
    heldTotal += n;
  }
  return Duplex.prototype.write.call(this, chunk, encoding, cb);
};

Socket.prototype._writev = function _writev(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function _write(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};
const SocketWrite = Socket.prototype._write;
const SocketWriteGeneric = Socket.prototype._writeGeneric;

// Half-close once everything written has been handed to the handle.
function ShutdownReq(socket, callback) {
  this.socket = socket;
  this.callback = callback;
}
ShutdownReq.prototype.oncomplete = function oncomplete() {
  // Completes once, even if the handle layer reports twice.
  const cb = this.callback;
  if (cb === null) return;
  this.callback = null;
  if (typeof cb === 'function') cb();
  else finalDone(this.socket, cb); // (the Writable state: finalSteps)
};

Socket.prototype._final = function _final(cb) {
  if (this.pending) {
    finalOnConnect(this, cb);
    return;
  }
  if (this._handle === null) {
    cb();
    return;
  }
  const req = new ShutdownReq(this, cb);
  trackRequest(req, this._handle, 'SHUTDOWNWRAP');
  const err = this._handle.shutdown(req);
  if (err === 1 || err === UV_ENOTCONN) {
    cb();
  } else if (err !== 0 && err !== undefined) {
    cb(errors().errnoException(err, 'shutdown'));
  }
};

// _final's steps for Writable's callFinal, which made no callback: the
// request holds the socket's Writable state where it holds the callback, and
// finalDone() runs where _final calls it. A socket still connecting, or
// without a handle, is left to _final (false, nothing done).
function finalSteps(socket, state) {
  if (socket.pending || socket._handle === null) return false;
  const req = new ShutdownReq(socket, state);
  try {
    trackRequest(req, socket._handle, 'SHUTDOWNWRAP');
    const err = socket._handle.shutdown(req);
    if (err === 1 || err === UV_ENOTCONN) {
      req.callback = null;
      finalDone(socket, state);
    } else if (err !== 0 && err !== undefined) {
      req.callback = null;
      finalDone(socket, state, errors().errnoException(err, 'shutdown'));
    }
  } catch (err) {
    // (as callFinal's catch: the error is the callback's unless it was
    // called, then the stream's)
    if (req.callback !== null) {
      req.callback = null;
      finalDone(socket, state, err);
    } else {
      destroyErrorOrDestroy(socket, err != null ? err : new codes.ERR_MULTIPLE_CALLBACK());
    }
  }
  return true;
}
const finalDone = require('internal/streams/writable')._finalDone;
require('internal/streams/writable')._setKnownFinal(Socket.prototype._final, finalSteps);

// (the closures made apart from _final and _read, whose every call would
// otherwise allocate the scope they close over)
function finalOnConnect(socket, cb) {
  socket.once('connect', () => socket._final(cb));
}
function readOnConnect(socket, n) {
  socket.once('connect', () => socket._read(n));
}

Socket.prototype.end = function end(data, encoding, callback) {
  if (data !== undefined && data !== null && typeof data !== 'function' && typeof data !== 'string' &&
      !(data instanceof Uint8Array)) {
    data = socketChunk(data);
  }
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

const EEonce = EventEmitter.prototype.once;
// destroySoon's 'finish' listener while the socket's destroy is
// net.Socket's own: one shared once() wrapper (what events' once makes:
// name 'bound onceWrapper', length 0, no prototype, .listener the
// destroy) instead of a closure, its object and a rest-argument apply
// per connection. It removes itself from the socket that emits 'finish'
// (in place when it is the event's only listener on a socket in shape
// mode, as EventEmitter's removeListener does then) and calls destroy with
// what 'finish' carried (destroy reads two arguments).
const SocketDestroy = Socket.prototype.destroy;
const { kShapeMode } = require('internal/events_fns');
const ReadableRemoveListener = stream.Readable.prototype.removeListener;
const EEremoveListener = EventEmitter.prototype.removeListener;
const destroySoonOnce = { 'bound onceWrapper'(er, cb) {
  const ev = this._events;
  if (ev !== undefined && ev !== null && ev.finish === destroySoonOnce && this[kShapeMode] === true &&
      this.removeListener === ReadableRemoveListener && LegacyStream.prototype.removeListener === EEremoveListener) {
    this._eventsCount -= 1;
    ev.finish = undefined;
  } else {
    this.removeListener('finish', destroySoonOnce);
  }
  return SocketDestroy.call(this, er, cb);
} }['bound onceWrapper'];
Object.defineProperty(destroySoonOnce, 'length', { value: 0 });
destroySoonOnce.listener = SocketDestroy;
Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) {
    this.destroy();
    return;
  }
  const destroy = this.destroy;
  // (once() and Readable's on() for 'finish' come to events' add of once's
  // wrapper while they and Stream's on are events' own: two calls less)
  if (this.once === EEonce && this.on === readableOn && LegacyStream.prototype.on === EEon && typeof destroy === 'function') {
    eeAdd(this, 'finish', destroy === SocketDestroy ? destroySoonOnce : onceWrap(this, 'finish', destroy), false);
  } else {
    this.once('finish', destroy);
  }
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this._handle !== null) {
    if (!isTCPHandle(this._handle)) throw new codes.ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
    return this;
  }
  this.destroy(new codes.ERR_SOCKET_CLOSED());
  return this;
};

Socket.prototype._reset = function _reset() {
  this[kResetting] = true;
  return this.destroy();
};

Socket.prototype._destroy = function _destroy(exception, cb) {
  socketDestroy(this, exception, cb, false);
};
// _destroy's steps; direct: called by runDestroy (internal/streams/destroy),
// which made no callback, so destroyed() runs where cb would be called.
function socketDestroy(socket, exception, cb, direct) {
  if (socket.connecting) socket.connecting = false; // an own false would grow the map
  if (socket[kHeld] > 0) released(socket, socket[kHeld]);
  clearSocketTimer(socket);
  const handle = socket._handle;
  if (handle !== null) {
    const hadError = !!exception;
    const bytesRead = handle.bytesRead; // (a host object's field: read once)
    if (typeof bytesRead === 'number') socket[kBytesRead] = bytesRead;
    fastpipe.onClose(socket, handle);
    if (socket[kResetting]) {
      socket[kResetting] = false;
      const err = handle.reset(resetCallback(socket, hadError));
      if (err) socket.emit('error', errors().errnoException(err, 'reset'));
    } else {
      // (a shared callback while the handle's close is the Go binding's own
      // and the handle is this socket's: the binding calls it as the
      // handle's method; no closure, and _destroy keeps no context for one.
      // A close replaced on the handle may call it any way: a closure then.)
      const close = handle.close;
      handle.close((close === bindingCloseTCP || close === bindingClosePipe) && handle.owner === socket ?
        (hadError ? onClosedError : onClosedClean) : closedCallback(socket, hadError));
    }
    handle.onread = noop;
    socket._handle = null;
    if (socket._sockname !== null) socket._sockname = null;
    if (direct) destroyed(socket, exception, cb);
    else cb(exception);
  } else {
    if (direct) destroyed(socket, exception, cb);
    else cb(exception);
    process.nextTick(emitCloseNT, socket);
  }
  const server = socket._server;
  if (server) {
    server._connections--;
    server._emitCloseIfDrained();
  }
}
setKnownDestroy(Socket.prototype._destroy, socketDestroy);

function emitCloseNT(socket) {
  socket.emit('close');
}

// A closed handle's callback emits its socket's 'close' with hadError.
function emitSocketClose(socket, hadError) {
  if (socket.emit === EEemit) emitKnown(socket, 'close', 1, hadError);
  else socket.emit('close', hadError);
}
function onClosedClean() { emitSocketClose(this.owner, false); }
function onClosedError() { emitSocketClose(this.owner, true); }
function closedCallback(socket, hadError) {
  return () => emitSocketClose(socket, hadError);
}
function resetCallback(socket, hadError) {
  return () => socket.emit('close', hadError);
}

// ---- timeouts ----
// One unref'd timer per socket with a timeout. Activity only stamps the
// loop time; when the timer fires it re-arms for the remaining idle time.

function touch(socket) {
  socket[kLastActive] = sharedNow[NOW];
  if (socket[kTimer] === null && socket[kTimeoutMs] !== 0) armTimer(socket, socket[kTimeoutMs]);
}

// The timer holds its socket in a field of its own and its callback is
// called as the timer's method: no arguments array per timer (≈ 0.3 KB of
// every idle keep-alive connection).
// (internal/timers socketTimer: a Timeout with its defaults on a prototype)
function armTimer(socket, ms) {
  socket[kTimer] = timersInternal.socketTimer(onSocketTimerOf, ms, socket);
}

function onSocketTimerOf() { onSocketTimer(this._socket, this); }

function clearSocketTimer(socket) {
  if (socket[kTimer] !== null) {
    timersInternal.clearTimeout(socket[kTimer]); // (internal, as socketTimer: not a script's global)
    socket[kTimer] = null;
  }
}

// t: the timer that fired, which re-arms itself for the idle time left
// (one timer per socket for as long as its timeout is on)
function onSocketTimer(socket, t) {
  socket[kTimer] = null;
  const ms = socket[kTimeoutMs];
  if (ms === 0 || socket.destroyed) return;
  const remaining = socket[kLastActive] + ms - sharedNow[NOW];
  if (remaining >= 1) {
    if (t !== undefined && t._onTimeout === onSocketTimerOf && t._heapIndex < 0) {
      timersInternal.rearm(t, remaining);
      socket[kTimer] = t;
    } else {
      armTimer(socket, remaining);
    }
    return;
  }
  // Writes still draining count as activity.
  const handle = socket._handle;
  const last = socket[kLastWriteQueueSize];
  if (last > 0 && handle !== null) {
    const size = handle.writeQueueSize;
    if (size !== last) {
      socket[kLastWriteQueueSize] = size;
      socket[kLastActive] = sharedNow[NOW];
      armTimer(socket, ms);
      return;
    }
  }
  socket._onTimeout();
}

Socket.prototype._onTimeout = function _onTimeout() {
  this.emit('timeout');
};

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new codes.ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  if (callback !== undefined) validateFunction(callback, 'callback');
  this[kTimeoutMs] = msecs;
  // An armed timer is kept when it is due no later than the new timeout
  // would be: it re-arms itself for what is left when it fires, and finds
  // nothing to do once the timeout is off. An http keep-alive connection
  // turns its timeout off and on around every request; removing and adding
  // a heap timer each time cost ~10 µs a request.
  if (msecs === 0) {
    if (callback !== undefined) this.removeListener('timeout', callback);
  } else {
    keepTimer(this, msecs);
    if (callback !== undefined) this.once('timeout', callback);
  }
  return this;
};

// setTimeout(ms) without a callback, for an ms known to be valid (see
// internal/net); a socket in a fast pipe, or whose setTimeout was replaced,
// goes through its own method.
// (http runs this twice a request: destroyedOf is written out here for a
// socket with both states, a call less)
internalNet.setSocketTimeout = function setSocketTimeout(socket, ms) {
  // (fastpipe.involved written out: a call less, twice a request)
  if (socket.setTimeout !== SocketSetTimeout || (fastPipeUsed.any &&
      (socket[kFastPipeTarget] !== undefined || socket[kFastPipeSources] !== undefined))) {
    socket.setTimeout(ms);
    return;
  }
  const r = socket._readableState;
  const w = socket._writableState;
  if (r !== undefined && r !== null && w !== undefined && w !== null) {
    if (r.destroyed && w.destroyed) return;
  } else if (destroyedOf(socket)) {
    return;
  }
  socket.timeout = ms;
  socket[kTimeoutMs] = ms;
  if (ms !== 0) {
    // (keepTimer written out: a call less per http request)
    const now = sharedNow[NOW];
    socket[kLastActive] = now;
    const t = socket[kTimer];
    if (t === null || !(t._expiry <= now + ms)) {
      clearSocketTimer(socket);
      armTimer(socket, ms);
    }
  }
};
let SocketSetTimeout = null; // (Socket's setTimeout once the fast pipe wrapped it: below)

// keepTimer marks the socket active now and makes sure a timer is due no
// later than ms from now (one armed earlier re-arms itself when it fires).
function keepTimer(socket, ms) {
  const now = sharedNow[NOW];
  socket[kLastActive] = now;
  const t = socket[kTimer];
  if (t === null || !(t._expiry <= now + ms)) {
    clearSocketTimer(socket);
    armTimer(socket, ms);
  }
}

// writeWhole(socket, data, encoding, msg[, body]) is socket.write(data,
// encoding, cb) for a string (with a body, a Buffer or Uint8Array: the
// string and then it in one writev, as a corked write of the two would
// go), cb an http message's whole write's callback ('finish': see
// wholeDone below), on a socket whose write methods its caller checked are
// Socket's own and whose Writable is idle (nothing buffered or being
// written, not corked, ending, destroyed or errored; no write caps held):
// the string goes to the handle here, past Writable's write(), writeOrBuffer,
// _write and _writeGeneric, with the Writable's state as they leave it. A
// write the kernel took whole completes from a tick (Writable's afterWrite,
// as a synchronous write's callback), a partial one when the handle is done
// with it, an error as onwrite reports it. Returns false, having done
// nothing, when the socket is not idle; true when the kernel took the write
// whole and its tick is queued with no other code run; 1 (truthy) when it
// went another way, where a script's code may have run (a replaced
// nextTick, a callback made, an error reported: http's end() then checks
// again what it knew).
// The completion is http's (js/_http_outgoing.js hands it over with
// internalNet.wholeDone): written(msg, socket) is the tick of a write the
// kernel took whole, Writable's afterWrite and the callback in one tick (a
// call less per response: the callback's work is done there), and
// callback(msg) the callback itself, for a write that stays in flight or
// fails.
let wholeWritten = null;
let wholeCallback = null;
internalNet.wholeDone = function wholeDone(written, callback) {
  wholeWritten = written;
  wholeCallback = callback;
  heldTick.cb = written;
};
const afterWrite = require('internal/streams/writable')._afterWrite;
const timersInternal = require('internal/timers');
const { tick2, nextTick: timersNextTick, tickQueue, shared: timersShared, TICK, held: heldTick } = timersInternal;
// (the timer functions are ours, not the globals a script can replace)
const { setTimeout, clearTimeout } = timersInternal;
// (and net.Socket's own write methods, for http's check that a socket's
// are its class's)
internalNet.socketWrites = { write: Socket.prototype.write, _write: Socket.prototype._write, _writev: Socket.prototype._writev };
internalNet.writeWhole = function writeWhole(socket, data, encoding, msg, body) {
  const ws = socket._writableState;
  const handle = socket._handle;
  // (idle: ws has the shape of a state found idle before, whose fields read
  // below are then its prototypes' defaults: one call instead of ten reads,
  // see idleHold)
  const idle = shapesHeld(idleSite, ws);
  // (heldTotal is the sum of the sockets' kHeld: while it is 0, so is this
  // socket's, a symbol-keyed read less)
  if (handle === null || socket.connecting || (idle !== true && (ws.length !== 0 || ws.writing || ws.corked !== 0 || ws.ending ||
      ws.destroyed || ws.errored || !ws.constructed || ws.objectMode || ws.decodeStrings !== false)) ||
      (heldTotal !== 0 && socket[kHeld] !== 0) || socket._pendingData !== null) {
    return false;
  }
  if (idle !== true) {
    if (idleHolds < 16) idleHold(ws);
    if (!encoding) encoding = ws.defaultEncoding;
  } else if (!encoding) {
    encoding = idleEncoding;
  }
  const len = body === undefined ? data.length : data.length + body.length;
  // (http's usual two asked first)
  if (encoding !== 'utf8' && encoding !== 'latin1') {
    if (encoding === 'utf-8') encoding = 'utf8';
    else if (encoding !== 'binary') return writeWholeSlow(socket, ws, handle, data, encoding, wholeCallback(msg), body, len);
  }
  // (takeWriteReq and, for a synchronous write, returnWriteReq written
  // out: the handle sets none of the request's fields then, nor keeps it,
  // so the spare request goes without its socket and stays the spare)
  let req = spareWriteReq;
  if (req === null) req = spareWriteReq = new WriteReq(null);
  // (a Go handle writes the two in one call: modules/net binding.go
  // writeWhole, whose result is the bytes written synchronously, -(4096 +
  // bytes) when the handle queued the rest, or a negative errno; undefined
  // from writeWholeOf, having done nothing: not a Go handle. The handle
  // runs no JavaScript, so the state's count and the socket's activity are
  // updated after it as before it; the state a write in flight has —
  // length, writelen, writecb, writing, sync — is set only for a write that
  // stays in flight or fails, and a write the kernel took whole leaves the
  // state onwrite would have left, nine stores fewer)
  const r = writeWholeOf(handle, req, data, encoding, body);
  if (r === undefined) return writeWholeSlow(socket, ws, handle, data, encoding, wholeCallback(msg), body, len);
  ws.pendingcb++;
  if (socket[kTimeoutMs] !== 0) touch(socket);
  if (r >= 0) {
    socket[kBytesWritten] += r;
    // (tick2(wholeWritten, msg, socket) in place: a call less per response)
    const pn = process.nextTick;
    if ((pn === timersNextTick || typeof pn !== 'function') && asyncState.active === 0 && timersInternal.exiting === false) {
      // (held out of the queue, as its head, while http handles the read
      // that brought the request: internal/bootstrap `held`)
      if (heldTick.socket === socket && heldTick.a === undefined && tickQueue.length === 0) {
        heldTick.a = msg;
        heldTick.b = socket;
      } else {
        tickQueue.push(wholeWritten, 2, msg, socket);
      }
      timersShared[TICK] = 1;
      ws.sync = false;
      if (!(len < ws.highWaterMark)) ws.needDrain = true;
      return true;
    }
    tick2(wholeWritten, msg, socket);
  } else {
    writeLeftInFlight(socket, ws, handle, req, r, len, wholeCallback(msg));
  }
  ws.sync = false;
  if (!(len < ws.highWaterMark)) ws.needDrain = true;
  return 1;
};
// An idle Writable state (nothing buffered or being written, not corked,
// ending, destroyed or errored, constructed, not in object mode, strings
// not decoded) whose fields below are not its own: their values are its
// prototypes', which are watched (goja's watch epoch), so any state of the
// same shape is idle too while nothing watched changes (host shapesHeld,
// holdShapes: third_party/goja gojanet_watch.go). A socket's state in a
// keep-alive connection has only onwrite, pendingcb and sync of its own.
// (a few tries: a state with one of them its own, a socket's default
// encoding set, say, never holds)
const { watchCell, shapesHeld, holdShapes, watch: watchObjects } = internalBinding('host');
// (and writable, not false: http's end() asks the same of the state before
// it renders the head, internalNet.idleSite)
const idleNames = ['length', 'writing', 'corked', 'ending', 'destroyed', 'errored', 'constructed', 'objectMode',
  'decodeStrings', 'defaultEncoding', 'writable'];
const idleSite = internalNet.idleSite = 9;
let idleHolds = 0;
let idleEncoding = 'utf8'; // (the held states' defaultEncoding)
function idleHold(ws) {
  // (writeWhole found ws idle just before, no script's code in between)
  const e = watchCell.epoch;
  const enc = ws.defaultEncoding;
  if (typeof enc === 'string' && ws.writable !== false && holdShapes(idleSite, e, idleNames, ws)) idleEncoding = enc;
  else idleHolds++;
}

// (a handle of JavaScript's: TLS's; body a string to go after data, a
// Buffer to go with it in one writev, or undefined)
function writeWholeSlow(socket, ws, handle, data, encoding, cb, body, len) {
  if (typeof body === 'string') {
    data += body;
    body = undefined;
  }
  // writeImpl and writeOrBuffer
  ws.pendingcb++;
  ws.length = len;
  ws.writelen = len;
  ws.writecb = cb;
  ws.writing = true;
  ws.sync = true;
  // _writeGeneric
  if (socket[kTimeoutMs] !== 0) touch(socket);
  const req = takeWriteReq(socket);
  const err = body === undefined ? dispatchWrite(handle, req, data, encoding) :
    handle.writev(req, [data, encoding, body, null], false);
  if (err !== 0 && err !== undefined) {
    const error = req.error;
    returnWriteReq(req);
    ws.onwrite(errors().errnoException(err, 'write', error));
  } else {
    socket[kBytesWritten] += req.bytes;
    if (req.async) {
      socket[kLastWriteQueueSize] = handle.writeQueueSize;
      req.callback = ws.onwrite;
      trackRequest(req, handle, 'WRITEWRAP');
    } else {
      returnWriteReq(req);
      // onwrite of a synchronous success: the callback from a tick
      ws.writing = false;
      ws.writecb = null;
      ws.length = 0;
      ws.writelen = 0;
      tick2(afterWholeTick, socket, cb);
    }
  }
  ws.sync = false;
  // (node's writeOrBuffer decides from the length before the write: a
  // write of a highWaterMark or more asks for 'drain' even when the kernel
  // took it all)
  if (!(len < ws.highWaterMark)) ws.needDrain = true;
  return 1;
}
// write(string) to an idle socket (writeWhole's idle Writable state, no
// held bytes, not connecting) while write, _write and _writeGeneric are
// Writable's and net.Socket's own: what Writable's write, writeOrBuffer,
// _write, _writeGeneric and onwrite do, in one step. A write the kernel
// took whole leaves the state as a synchronous write without a callback
// does (node 20 settles it at once: no tick); one that stays in flight or
// fails is set up as _write leaves it. Returns write()'s result, or
// undefined having done nothing.
// writeWhole's and writeIdle's write the handle did not finish: r is
// -(4096 + bytes written) when it queued the rest, else a negative errno.
// The Writable state is left as _write leaves it for a write in flight
// (writecb called when it completes), or onwrite has the failure.
function writeLeftInFlight(socket, ws, handle, req, r, len, writecb) {
  spareWriteReq = null;
  req.socket = socket;
  ws.length = len;
  ws.writelen = len;
  ws.writecb = writecb;
  ws.writing = true;
  if (r < -4095) {
    socket[kBytesWritten] += -r - 4096;
    req.async = true;
    socket[kLastWriteQueueSize] = handle.writeQueueSize;
    req.callback = ws.onwrite;
    trackRequest(req, handle, 'WRITEWRAP');
  } else {
    const error = req.error;
    returnWriteReq(req);
    ws.sync = true;
    ws.onwrite(errors().errnoException(r, 'write', error));
  }
}

const WritableWrite = stream.Writable.prototype.write;
const { nop: streamsNop } = require('internal/streams/utils');
function writeIdle(socket, data) {
  const handle = socket._handle;
  const len = data.length;
  if (handle === null || len === 0 || socket.connecting || socket._pendingData !== null ||
      (heldTotal !== 0 && socket[kHeld] !== 0) || Duplex.prototype.write !== WritableWrite ||
      socket._write !== SocketWrite || socket._writeGeneric !== SocketWriteGeneric) {
    return undefined;
  }
  const ws = socket._writableState;
  const idle = shapesHeld(idleSite, ws);
  if (idle !== true && (ws.length !== 0 || ws.writing || ws.corked !== 0 || ws.ending || ws.destroyed ||
      ws.errored || !ws.constructed || ws.objectMode || ws.decodeStrings !== false)) {
    return undefined;
  }
  let encoding = idleEncoding;
  if (idle !== true) {
    if (idleHolds < 16) idleHold(ws);
    encoding = ws.defaultEncoding;
  }
  if ((encoding !== 'utf8' && encoding !== 'latin1') || !(len < ws.highWaterMark)) return undefined;
  let req = spareWriteReq;
  if (req === null) req = spareWriteReq = new WriteReq(null);
  // (as a string body after an empty head: a lone head is latin1)
  const r = writeWholeOf(handle, req, '', encoding, data);
  if (r === undefined) return undefined;
  if (socket[kTimeoutMs] !== 0) touch(socket);
  if (r >= 0) {
    socket[kBytesWritten] += r;
    ws.sync = false;
    return true;
  }
  ws.pendingcb++;
  writeLeftInFlight(socket, ws, handle, req, r, len, streamsNop);
  ws.sync = false;
  return (ws.length < ws.highWaterMark || ws.length === 0) && !ws.errored && !ws.destroyed;
}

// (the slow path's: its callback is made already)
function afterWholeTick(socket, cb) {
  afterWrite(socket, socket._writableState, 1, cb);
}

Socket.prototype._unrefTimer = function _unrefTimer() {
  if (this[kTimeoutMs] !== 0) touch(this);
};

// ---- options and state ----

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  const value = enable === undefined ? true : !!enable;
  if (this._handle === null) {
    this[kSetNoDelay] = value;
    return this;
  }
  if (typeof this._handle.setNoDelay === 'function' && value !== this[kSetNoDelay]) {
    this[kSetNoDelay] = value;
    this._handle.setNoDelay(value);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const delay = ~~(initialDelayMsecs / 1000);
  if (this._handle === null) {
    this[kSetKeepAlive] = enable;
    this[kKeepAliveDelay] = delay;
    return this;
  }
  if (typeof this._handle.setKeepAlive === 'function' &&
      (enable !== this[kSetKeepAlive] || (enable && delay !== this[kKeepAliveDelay]))) {
    this[kSetKeepAlive] = enable;
    this[kKeepAliveDelay] = delay;
    this._handle.setKeepAlive(enable, delay);
  }
  return this;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

// An IPv4-mapped IPv6 address is shown as node shows it (::ffff:a.b.c.d),
// whatever text the handle layer used.
function fixMappedAddress(out) {
  const a = out.address;
  if (out.family === 'IPv6' && typeof a === 'string' && a.indexOf(':') === -1 && a.indexOf('.') !== -1) {
    out.address = '::ffff:' + a;
  }
  return out;
}

Socket.prototype._getsockname = function _getsockname() {
  const handle = this._handle;
  if (handle === null || typeof handle.getsockname !== 'function' || isPipeHandle(handle)) return {};
  if (this._sockname === null) {
    const out = {};
    const err = handle.getsockname(out);
    if (err) return {};
    this._sockname = fixMappedAddress(out);
  }
  return this._sockname;
};

Socket.prototype._getpeername = function _getpeername() {
  const handle = this._handle;
  if (handle === null || typeof handle.getpeername !== 'function' || isPipeHandle(handle)) {
    return this._peername || {};
  }
  if (!this._peername) {
    const out = {};
    const err = handle.getpeername(out);
    if (err) return out;
    this._peername = fixMappedAddress(out);
  }
  return this._peername;
};

Socket.prototype.ref = function ref() {
  if (this._handle === null) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  if (this._handle === null) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

function getter(name, get) {
  Object.defineProperty(Socket.prototype, name, { get, configurable: true, enumerable: false });
}

getter('_connecting', function () { return this.connecting; });
getter('pending', function () { return this._handle === null || this.connecting; });
getter('readyState', function () {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});
getter('bufferSize', function () {
  if (this._handle !== null) return this.writableLength;
  return undefined;
});
getter('bytesRead', function () {
  const h = this._handle;
  return h !== null && typeof h.bytesRead === 'number' ? h.bytesRead : this[kBytesRead];
});
getter('bytesWritten', function () {
  let bytes = this[kBytesWritten] + fastpipe.forwardedBytes(this);
  const buffered = this.writableBuffer;
  if (!buffered) return undefined;
  for (let i = 0; i < buffered.length; i++) {
    const el = buffered[i];
    bytes += chunkLength(el.chunk, el.encoding);
  }
  const data = this._pendingData;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) bytes += chunkLength(data[i].chunk, data[i].encoding);
  } else if (data) {
    bytes += chunkLength(data, this._pendingEncoding);
  }
  return bytes;
});
// The old name of bytesWritten, which node still has.
getter('_bytesDispatched', function () { return this.bytesWritten; });
getter('remoteAddress', function () { return this._getpeername().address; });
getter('remoteFamily', function () { return this._getpeername().family; });
getter('remotePort', function () { return this._getpeername().port; });
getter('localAddress', function () { return this._getsockname().address; });
getter('localPort', function () { return this._getsockname().port; });
getter('localFamily', function () { return this._getsockname().family; });

// ---- connecting ----

Socket.prototype.connect = function connect(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][kNormalized]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];

  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  const clientChannel = netChannels.client;
  if (clientChannel !== null && clientChannel.hasSubscribers) clientChannel.publish({ socket: this });

  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
    // A reconnected socket counts its new connection's bytes (node reads
    // them from the new handle).
    if (this[kBytesWritten] !== 0) this[kBytesWritten] = 0;
    if (this[kBytesRead] !== 0) this[kBytesRead] = 0;
  }

  const path = options.path;
  const pipe = !!path;
  if (options.port === undefined && path == null) {
    throw new codes.ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (pipe) validateString(path, 'options.path');

  if (this._handle === null) {
    const b = binding();
    this._handle = pipe ? new b.Pipe(b.constants.SOCKET) : new b.TCP(b.constants.SOCKET);
    trackHandle(this._handle, false);
    initSocketHandle(this);
  }

  if (cb !== null) this.once('connect', cb);

  this._unrefTimer();
  this.connecting = true;

  if (pipe) {
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const localAddress = options.localAddress;
  const localPort = options.localPort;
  const host = options.host || 'localhost';
  let port = options.port;
  let autoSelectFamily = options.autoSelectFamily;
  let attemptTimeout = options.autoSelectFamilyAttemptTimeout;

  if (localAddress && !isIP(localAddress)) throw new codes.ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');

  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;

  if (attemptTimeout != null) {
    validateInt32(attemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (attemptTimeout < 10) attemptTimeout = 10;
  } else {
    attemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  // An IP address needs no lookup.
  const addressType = isIP(host);
  if (addressType) {
    nextTickFor(null, self._handle, () => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const d = lazyDns();
  const dnsopts = {
    family: socketToDnsFamily(options.family),
    hints: options.hints || 0,
  };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) {
    dnsopts.hints = d.ADDRCONFIG;
  }
  const lookup = options.lookup || d.lookup;

  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookupAndConnectMultiple(self, lookup, host, port, dnsopts, localAddress, localPort, attemptTimeout);
    return;
  }

  self._host = host;
  lookup(host, dnsopts, function emitLookup(err, ip, family) {
    self.emit('lookup', err, ip, family, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new codes.ERR_INVALID_IP_ADDRESS(ip));
    } else if (family !== 4 && family !== 6) {
      process.nextTick(connectErrorNT, self,
        new codes.ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, family, localAddress, localPort);
    }
  });
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

// Happy eyeballs (autoSelectFamily): try the addresses in turn, alternating
// families, each for attemptTimeout ms, until one connects.
function lookupAndConnectMultiple(self, lookup, host, port, dnsopts, localAddress, localPort, attemptTimeout) {
  self._host = host;
  lookup(host, dnsopts, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    if (!Array.isArray(addresses)) {
      // A custom lookup that ignored `all`.
      const ip = addresses;
      const family = arguments[2];
      addresses = [{ address: ip, family }];
    }
    const v4 = [];
    const v6 = [];
    let first = 0;
    for (let i = 0; i < addresses.length; i++) {
      const a = addresses[i];
      const ip = a.address;
      const family = a.family;
      self.emit('lookup', err, ip, family, host);
      if (!self.connecting) return;
      if (isIP(ip) && (family === 4 || family === 6)) {
        if (first === 0) first = family;
        (family === 4 ? v4 : v6).push(ip);
      }
    }
    if (v4.length === 0 && v6.length === 0) {
      const a = addresses[0];
      let e;
      if (!a) e = new codes.ERR_INVALID_IP_ADDRESS(undefined);
      else if (!isIP(a.address)) e = new codes.ERR_INVALID_IP_ADDRESS(a.address);
      else e = new codes.ERR_INVALID_ADDRESS_FAMILY(a.family, host, port);
      process.nextTick(connectErrorNT, self, e);
      return;
    }
    const order = [];
    const a = first === 6 ? v6 : v4;
    const b = first === 6 ? v4 : v6;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i < a.length) order.push([a[i], first === 6 ? 6 : 4]);
      if (i < b.length) order.push([b[i], first === 6 ? 4 : 6]);
    }
    if (order.length === 1) {
      self._unrefTimer();
      internalConnect(self, order[0][0], port, order[0][1], localAddress, localPort);
      return;
    }
    self.autoSelectFamilyAttemptedAddresses = [];
    const ctx = { self, order, index: 0, port, localAddress, localPort, attemptTimeout, errors: [], timer: null, current: null };
    connectMultipleNext(ctx);
  });
}

function connectMultipleNext(ctx) {
  const self = ctx.self;
  if (ctx.index >= ctx.order.length) {
    const errs = ctx.errors;
    let err;
    if (errs.length === 1) {
      err = errs[0];
    } else {
      err = new AggregateError(errs);
      err.code = errs[errs.length - 1].code;
    }
    self.destroy(err);
    return;
  }
  const [ip, family] = ctx.order[ctx.index++];
  self.autoSelectFamilyAttemptedAddresses.push(`${ip}:${ctx.port}`);
  const b = binding();
  if (ctx.index > 1) {
    // A fresh handle for each attempt after the first.
    const old = self._handle;
    if (old !== null) {
      old.onread = noop;
      old.close(noop);
    }
    self._handle = new b.TCP(b.constants.SOCKET);
    trackHandle(self._handle, false);
    attachHandle(self);
  }
  const handle = self._handle;
  const req = { oncomplete: afterConnectMultiple, socket: self, address: ip, port: ctx.port, ctx, handle };
  trackRequest(req, handle, 'TCPCONNECTWRAP');
  const err = handle.connect(req, ip, ctx.port);
  if (err) {
    ctx.errors.push(errors().exceptionWithHostPort(err, 'connect', ip, ctx.port));
    connectMultipleNext(ctx);
    return;
  }
  if (ctx.index < ctx.order.length) {
    ctx.timer = setTimeout(onAttemptTimeout, ctx.attemptTimeout, ctx, req);
  }
}

function onAttemptTimeout(ctx, req) {
  ctx.timer = null;
  req.timedOut = true;
  const e = new codes.ERR_SOCKET_CONNECTION_TIMEOUT();
  ctx.errors.push(e);
  if (ctx.self.connecting) connectMultipleNext(ctx);
}

function afterConnectMultiple(status, handle, req, readable, writable) {
  const ctx = this.ctx;
  const self = ctx.self;
  if (this.timedOut || self._handle !== this.handle || !self.connecting) return;
  if (ctx.timer !== null) {
    clearTimeout(ctx.timer);
    ctx.timer = null;
  }
  if (status !== 0) {
    ctx.errors.push(errors().exceptionWithHostPort(status, 'connect', this.address, this.port));
    connectMultipleNext(ctx);
    return;
  }
  // node starts the entry of a family-autoselected connect here, once it succeeded
  perfConnectStart(self, this.address, this.port);
  afterConnect.call(this, status, handle, req, readable, writable);
}

// A connect request, named as node's (TCPConnectWrap, PipeConnectWrap: the
// names stacks show for afterConnect).
function TCPConnectWrap(socket, address, port, localAddress, localPort) {
  this.socket = socket;
  this.address = address;
  this.port = port;
  this.localAddress = localAddress;
  this.localPort = localPort;
}
TCPConnectWrap.prototype.oncomplete = afterConnect;
function PipeConnectWrap(socket, address) {
  TCPConnectWrap.call(this, socket, address);
}
PipeConnectWrap.prototype.oncomplete = afterConnect;

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  const handle = self._handle;
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) localAddress = localAddress || '0.0.0.0';
    else localAddress = localAddress || '::';
    err = handle.bind(localAddress, localPort || 0, 0);
    if (err) {
      self.destroy(errors().exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  const req = addressType === 4 || addressType === 6 ?
    new TCPConnectWrap(self, address, port, localAddress, localPort) : new PipeConnectWrap(self, address);
  trackRequest(req, handle, addressType === 4 || addressType === 6 ? 'TCPCONNECTWRAP' : 'PIPECONNECTWRAP');
  if (addressType === 4 || addressType === 6) {
    err = handle.connect(req, address, port);
  } else {
    err = handle.connect(req, address);
  }
  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname && sockname.address) details = `${sockname.address}:${sockname.port}`;
    self.destroy(errors().exceptionWithHostPort(err, 'connect', address, port, details));
  } else if (addressType === 4 || addressType === 6) {
    perfConnectStart(self, address, port);
  }
}

function afterConnect(status, handle, req, readable, writable) {
  const self = this.socket;
  if (self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (readable === false && self.readable) {
      self.push(null);
      self.read();
    }
    if (writable === false && self.writable) self.end();
    // Options noDelay/keepAlive (or setNoDelay/setKeepAlive called while
    // connecting) reach the handle once it is connected, as node's do.
    const h = self._handle;
    if (self[kSetNoDelay] && typeof h.setNoDelay === 'function') h.setNoDelay(true);
    if (self[kSetKeepAlive] && typeof h.setKeepAlive === 'function') h.setKeepAlive(true, self[kKeepAliveDelay]);
    self._unrefTimer();
    self.emit('connect');
    self.emit('ready');
    if (readable !== false && !self.isPaused()) self.read(0);
    const perf = self[kPerfConnect];
    if (perf !== undefined && perfObserved.net) {
      require('perf_hooks')._enqueueEntry('connect', 'net', perf.start, { host: perf.host, port: perf.port });
    }
  } else {
    let details;
    if (this.localAddress && this.localPort) details = `${this.localAddress}:${this.localPort}`;
    const ex = errors().exceptionWithHostPort(status, 'connect', this.address, this.port, details);
    if (details) {
      ex.localAddress = this.localAddress;
      ex.localPort = this.localPort;
    }
    self.destroy(ex);
  }
}

// ---- Server ---------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);

  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = Object.assign({}, options);
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (options.highWaterMark !== undefined) {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = stream.getDefaultHighWaterMark();
  }

  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark !== undefined ? options.highWaterMark : stream.getDefaultHighWaterMark();
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// Creates and binds a listening handle; returns it, or a negative errno.
function createServerHandle(address, port, addressType, fd, flags) {
  const b = binding();
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = handleFromFd(fd);
    } catch (e) {
      return -22; // EINVAL
    }
    const err = handle.open(fd);
    if (err) return err;
  } else if (port === -1 && addressType === -1) {
    handle = new b.Pipe(b.constants.SERVER);
  } else {
    handle = new b.TCP(b.constants.SERVER);
    isTCP = true;
  }
  trackHandle(handle, true);
  if (address || port || isTCP) {
    let err;
    if (!address) {
      // Dual stack when IPv6 is there; IPv4 otherwise.
      err = handle.bind('::', port, flags);
      if (err && err !== UV_EADDRINUSE && err !== UV_EACCES) {
        handle.close(noop);
        return createServerHandle('0.0.0.0', port);
      }
    } else if (addressType === 6) {
      err = handle.bind(address, port, flags);
    } else if (addressType === -1) {
      err = handle.bind(address);
      // libuv reports a missing directory as EACCES for pipe binds.
      if (err === -2) err = UV_EACCES;
    } else {
      err = handle.bind(address, port, 0);
    }
    if (err) {
      handle.close(noop);
      return err;
    }
  }
  return handle;
}

function emitErrorNT(server, err) {
  server.emit('error', err);
}

function emitListeningNT(server) {
  if (server._handle) server.emit('listening');
}

Server.prototype._listen2 = function _listen2(address, port, addressType, backlog, fd, flags) {
  if (this._handle) {
    // A handle passed to listen().
  } else {
    let rval = null;
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle('::', port, 6, fd, flags);
      if (typeof rval === 'number') {
        if (rval === UV_EADDRINUSE || rval === UV_EACCES) {
          process.nextTick(emitErrorNT, this, errors().uvExceptionWithHostPort(rval, 'listen', '::', port));
          return;
        }
        rval = null;
        address = '0.0.0.0';
        addressType = 4;
      } else {
        address = '::';
        addressType = 6;
      }
    }
    if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      process.nextTick(emitErrorNT, this, errors().uvExceptionWithHostPort(rval, 'listen', address, port));
      return;
    }
    this._handle = rval;
  }
  const handle = this._handle;
  handle.onconnection = onconnection;
  handle.owner = this;
  const err = handle.listen(backlog || 511);
  if (err) {
    const ex = errors().uvExceptionWithHostPort(err, 'listen', address, port);
    handle.close(noop);
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  // Node keys a listener by what listen() asked for (the cluster module
  // shares handles by it); scripts and node's tests read it.
  this._connectionKey = addressType + ':' + address + ':' + port;
  if (this._unref) handle.unref();
  nextTickFor(this, handle, emitListeningNT, this);
};

// listenImpl listens, or in a cluster worker (unless exclusive) asks the
// primary for the handle (js/cluster.js): a shared listening socket, or a
// stand-in the primary hands accepted connections to (round-robin).
function listenImpl(server, address, port, addressType, backlog, fd, exclusive, flags, options) {
  const cluster = clusterRole.worker;
  if (cluster === null || exclusive) {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  const query = { address, port, addressType, fd, flags, backlog, ...options };
  cluster._getServer(server, query, (err, handle) => {
    if (err === 0 && port > 0 && handle && typeof handle.getsockname === 'function') {
      // A failed bind shows only at listen, which then binds a random
      // port: check the handle has the port asked for.
      const out = {};
      handle.getsockname(out);
      if (out.port !== port) err = UV_EADDRINUSE;
    }
    if (err) {
      server.emit('error', errors().uvExceptionWithHostPort(err, 'bind', address, port));
      return;
    }
    server._handle = handle;
    server._listen2(address, port, addressType, backlog, fd, flags);
  });
}

function lookupAndListen(server, port, address, backlog, exclusive, flags) {
  lazyDns().lookup(address, function doListen(err, ip, addressType) {
    if (err) {
      server.emit('error', err);
    } else {
      addressType = ip ? addressType : 4;
      listenImpl(server, ip, port, addressType, backlog, undefined, exclusive, flags);
    }
  });
}

function addServerAbortSignal(server, options) {
  if (options == null || options.signal === undefined) return;
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  const onAborted = () => server.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    server.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

Server.prototype.listen = function listen(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];

  if (this._handle) throw new codes.ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);

  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);

  options = options._handle || options.handle || options;
  const flags = options.ipv6Only === true ? constants().UV_TCP_IPV6ONLY : 0;

  // listen(handle): a TCP or Pipe handle (or an object holding one).
  if (options !== null && typeof options === 'object' &&
      Object.getPrototypeOf(options) !== Object.prototype) {
    const b = binding();
    if (options instanceof b.TCP || options instanceof b.Pipe) {
      this._handle = options;
      this._listen2(null, -1, -1, backlogFromArgs);
      return this;
    }
  }

  addServerAbortSignal(this, options);

  // listen({ fd })
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenImpl(this, null, null, null, backlogFromArgs, options.fd);
    return this;
  }

  // listen(), listen(cb), listen(null), listen({ port: undefined }): any free port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (options.port === undefined && 'port' in options) || options.port === null) {
    options.port = 0;
  }

  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    const backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
    } else {
      listenImpl(this, null, options.port | 0, 4, backlog, undefined, options.exclusive, flags);
    }
    return this;
  }

  if (options.path && isPipeName(options.path)) {
    // An abstract socket has no file to chmod: refused before anything is bound, as node does.
    if (options.path[0] === '\0' && (options.readableAll || options.writableAll)) {
      throw new codes.ERR_INVALID_ARG_VALUE('options', options,
        'can not set readableAll or writableAllt to true when path is abstract unix socket');
    }
    this._pipeName = options.path;
    const backlog = options.backlog || backlogFromArgs;
    listenImpl(this, options.path, -1, -1, backlog, undefined, options.exclusive);
    if (!this._handle) return this;
    let mode = 0;
    if (options.readableAll === true) mode |= 1;
    if (options.writableAll === true) mode |= 2;
    if (mode !== 0 && typeof this._handle.fchmod === 'function') {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close(noop);
        this._handle = null;
        throw errors().errnoException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }

  if (!('port' in options) && !('path' in options)) {
    throw new codes.ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new codes.ERR_INVALID_ARG_VALUE('options', options);
};

Object.defineProperty(Server.prototype, 'listening', {
  get() { return !!this._handle; },
  configurable: true,
  enumerable: true,
});

Server.prototype.address = function address() {
  const handle = this._handle;
  if (handle && typeof handle.getsockname === 'function' && !isPipeHandle(handle)) {
    const out = {};
    const err = handle.getsockname(out);
    if (err) throw errors().errnoException(err, 'address');
    return out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

// What new Socket() would copy an accepted socket's options into
// (socketOptions), made once.
function acceptedSocketOptions(handle, server) {
  acceptOptions = {
    handle,
    allowHalfOpen: !!server.allowHalfOpen,
    pauseOnCreate: server.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: server.highWaterMark,
    writableHighWaterMark: server.highWaterMark,
    emitClose: false,
    autoDestroy: true,
    decodeStrings: false,
    signal: undefined,
  };
  return acceptOptions;
}

// An accepted socket is a copy of a template socket that the constructor
// made for the server's options with no handle (goja's CloneObject: the
// socket, its listener map and its two states with their final shapes in
// one step; ≈ 15 shape transitions and the constructor's checks less),
// then given its handle and started as the constructor would. A copy is
// what the constructor makes while nothing it reads changed: the options it
// was made for, and the prototypes and modules below, watched (goja's watch
// epoch, see js/_http_server.js). Only a socket Duplex made in one pass
// (initAccepted) is a template; after 16 templates (something watched
// keeps changing) sockets are made by the constructor again.
const { cloneObject } = internalBinding('host');
const ObjectHasOwn = Object.hasOwn;
const onwriteFor = require('internal/streams/writable')._onwriteFor;
const acceptTpl = { socket: null, epoch: -1, hwm: undefined, halfOpen: false, made: 0 };
let acceptWatched = 0; // 1: watched; -1: could not be
function cloneAccepted(server, handle) {
  const t = acceptTpl;
  const hwm = server.highWaterMark;
  const halfOpen = !!server.allowHalfOpen;
  if (watchCell.epoch !== t.epoch || t.hwm !== hwm || t.halfOpen !== halfOpen) {
    if (!acceptTemplate(hwm, halfOpen)) return null;
  }
  const socket = cloneObject(t.socket);
  if (socket === undefined) return null;
  socket._handle = handle;
  socket._writableState.onwrite = onwriteFor(socket);
  // (the constructor's steps for its handle)
  attachHandle(socket);
  if (server.pauseOnConnect) {
    handle.reading = false;
    handle.readStop();
    socket.readableFlowing = false;
  } else {
    // socket.read(0), what it does to a fresh copy (no onread: Socket's
    // read adds nothing): Readable's read(0) finds nothing buffered, marks
    // a read in flight and calls _read, which starts the handle; nothing
    // came, so a 'readable' is left wanted. The copy's state is the
    // template's and the methods are the watched prototypes' own: only
    // these steps are left, in this order.
    const rs = socket._readableState;
    rs.reading = true;
    rs.sync = true;
    rs.needReadable = true;
    handle.reading = true; // (tryReadStart)
    const err = handle.readStart();
    if (err) socket.destroy(errors().errnoException(err, 'read'));
    rs.sync = false;
    rs.needReadable = true;
  }
  return socket;
}
function acceptTemplate(hwm, halfOpen) {
  const t = acceptTpl;
  t.socket = null;
  t.epoch = -1;
  if (t.made++ >= 16) return false;
  if (acceptWatched === 0) {
    // (the constructors and prototypes the constructor reads, with their
    // chains: Duplex, Readable, Stream, EventEmitter, Object)
    const Readable = require('internal/streams/readable');
    const Writable = require('internal/streams/writable');
    acceptWatched = watchObjects(Socket, Socket.prototype, Readable, Writable, Duplex, EventEmitter,
      Readable.ReadableState.prototype, Writable._AcceptedWritableState.prototype,
      require('internal/events_capture')) ? 1 : -1;
  }
  if (acceptWatched !== 1) return false;
  const e = watchCell.epoch;
  acceptedOnePass = false;
  const socket = new Socket(acceptedSocketOptions(null, { allowHalfOpen: halfOpen, highWaterMark: hwm }));
  // (nothing watched changed while it was made, and it has its handle's
  // own slot, as every socket: a copy's handle goes there)
  if (!acceptedOnePass || watchCell.epoch !== e || socket._handle !== null || !ObjectHasOwn(socket, '_handle')) return false;
  t.socket = socket;
  t.epoch = e;
  t.hwm = hwm;
  t.halfOpen = halfOpen;
  return true;
}

// handle.onconnection: `this` is the listening handle.
function onconnection(err, clientHandle) {
  const server = this.owner;
  if (err) {
    server.emit('error', errors().errnoException(err, 'accept'));
    return;
  }
  if (server.maxConnections && server._connections >= server.maxConnections) {
    const data = {};
    if (isTCPHandle(clientHandle)) {
      const local = {};
      const remote = {};
      clientHandle.getsockname(local);
      clientHandle.getpeername(remote);
      fixMappedAddress(local);
      fixMappedAddress(remote);
      data.localAddress = local.address;
      data.localPort = local.port;
      data.localFamily = local.family;
      data.remoteAddress = remote.address;
      data.remotePort = remote.port;
      data.remoteFamily = remote.family;
    }
    clientHandle.close(noop);
    server.emit('drop', data);
    return;
  }
  let socket = acceptTpl.made <= 16 ? cloneAccepted(server, clientHandle) : null;
  if (socket === null) socket = new Socket(acceptedSocketOptions(clientHandle, server));
  if (server.noDelay && typeof clientHandle.setNoDelay === 'function') {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (server.keepAlive && typeof clientHandle.setKeepAlive === 'function') {
    socket[kSetKeepAlive] = true;
    socket[kKeepAliveDelay] = server.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, server.keepAliveInitialDelay);
  }
  server._connections++;
  socket.server = server;
  socket._server = server;
  const serverChannel = netChannels.server;
  if (serverChannel !== null && serverChannel.hasSubscribers) serverChannel.publish({ socket });
  if (server.emit === EEemit) emitKnown(server, 'connection', 1, socket);
  else server.emit('connection', socket);
}

// A server whose connections were sent to other processes
// (child_process's send(msg, socket)) asks them for their counts
// (socketList: js/child_process.js's SocketListSend).
Server.prototype._setupWorker = function _setupWorker(socketList) {
  this._usingWorkers = true;
  this._workers.push(socketList);
  socketList.once('exit', () => {
    const i = this._workers.indexOf(socketList);
    if (i !== -1) this._workers.splice(i, 1);
  });
};

Server.prototype.getConnections = function getConnections(cb) {
  const end = (err, n) => process.nextTick(cb, err, n);
  if (!this._usingWorkers) {
    end(null, this._connections);
    return this;
  }
  let left = this._workers.length;
  let total = this._connections;
  const oncount = (err, n) => {
    if (left < 0) return;
    if (err) {
      left = -1;
      end(err);
      return;
    }
    total += n;
    if (--left === 0) end(null, total);
  };
  for (const list of this._workers) list.getConnections(oncount);
  return this;
};

Server.prototype.close = function close(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function onClose() { cb(new codes.ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close(noop);
    this._handle = null;
  }
  if (this._usingWorkers) {
    // 'close' waits for the connections other processes hold too.
    let left = this._workers.length;
    const onWorkerClose = () => {
      if (--left !== 0) return;
      this._connections = 0;
      this._emitCloseIfDrained();
    };
    this._connections++; // so that 'close' comes once, after them all
    for (const list of this._workers) list.close(onWorkerClose);
  } else {
    this._emitCloseIfDrained();
  }
  return this;
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this._handle || this._connections) return;
  nextTickFor(this, null, emitCloseNTServer, this);
};

function emitCloseNTServer(server) {
  server.emit('close');
}

Server.prototype.ref = function ref() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function (err, event, sock) {
  switch (event) {
    case 'connection':
      sock.destroy(err);
      break;
    default:
      this.emit('error', err);
  }
};

if (typeof Symbol.asyncDispose === 'symbol') {
  Server.prototype[Symbol.asyncDispose] = function () {
    if (!this._handle) return Promise.resolve();
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  };
}

// ---- module functions -----------------------------------------------------

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// SocketAddress and BlockList live in internal/blocklist, loaded when
// net.SocketAddress or net.BlockList is first read (as node's are): a
// server that never uses them does not compile them at start-up.
let blocklist;
function lazyBlocklist() {
  if (blocklist === undefined) blocklist = require('internal/blocklist');
  return blocklist;
}

// Exposed for compatibility with code that reaches for these.
function _createServerHandle(address, port, addressType, fd, flags) {
  return createServerHandle(address, port, addressType, fd, flags);
}

// A no-op outside Windows in node too; only its deprecation warning (once)
// is observable.
let warnedSimultaneousAccepts = false;
function _setSimultaneousAccepts() {
  if (!warnedSimultaneousAccepts) {
    warnedSimultaneousAccepts = true;
    process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.',
                        'DeprecationWarning', 'DEP0121');
  }
}

// Go-side forwarding for socket.pipe(socket) (see internal/net_fastpipe).
fastpipe.install(Socket, Duplex, { hasOnread: (s) => s[kOnRead] !== null });
SocketSetTimeout = Socket.prototype.setTimeout;
// what setSocketTimeout reads, for http's per-request calls done in place
// (_http_server: the keep-alive timeout off when a request comes, on when
// its response finished)
internalNet.socketTimeout = {
  setTimeout: SocketSetTimeout, kTimeoutMs, kTimer, kLastActive, kFastPipeTarget, kFastPipeSources, sharedNow, NOW,
  kOnRead, // (http consumes only a socket without an onread: onStreamRead)
  // (http adds a connection's listeners in place while a socket's listen
  // hook is this one, which does nothing for a socket in no fast pipe)
  kListenHook, listenHook: Socket.prototype[kListenHook],
  armTimer, pushRead, // (for a chunk the handle hands http's consumer: consumeChunks)
  readRest, // (TLS's handle: the rest of a read its consumer stopped in)
};

module.exports = {
  _createServerHandle,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts,
  get BlockList() { return lazyBlocklist().BlockList; },
  get SocketAddress() { return lazyBlocklist().SocketAddress; },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
