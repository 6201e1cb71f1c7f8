'use strict';
// node's http2 core API over the Go session engine (modules/http2,
// internalBinding('http2')).
//
// The path through it: a session (ServerHttp2Session for each connection a
// Http2Server / Http2SecureServer accepts, ClientHttp2Session from
// connect()) owns a socket (net.Socket, a TLSSocket after ALPN 'h2', or any
// Duplex) and a Go Http2Session. Socket 'data' goes to handle.receive(),
// which returns flat events (see onEvents) for new streams, headers, DATA,
// closes, settings, pings and GOAWAY; everything the script does (request,
// respond, write, close, settings, ping, goaway) is a handle call that
// queues frames, and flush() writes the handle's output to the socket.
// Streams are Duplexes: _write hands a chunk to handle.data() and
// completes when the Go side says the chunk went out (at once, or by an
// EvSent once the peer's windows open again: that is the backpressure);
// received DATA is pushed and given back to the peer's window
// (handle.consume) as the script reads it.

const { Buffer } = require('buffer');
const EventEmitter = require('events');
const net = require('net');
const { Duplex } = require('stream');
// (the timer functions are ours, not the globals a script can replace)
const timersInternal = require('internal/timers');
const { setTimeout, clearTimeout, setImmediate } = timersInternal;
const fs = require('fs');
const { callTraced, getStatsFromBinding } = require('internal/fs/utils');
const {
  codes: {
    ERR_HTTP2_CONNECT_AUTHORITY,
    ERR_HTTP2_CONNECT_PATH,
    ERR_HTTP2_CONNECT_SCHEME,
    ERR_HTTP2_GOAWAY_SESSION,
    ERR_HTTP2_HEADERS_AFTER_RESPOND,
    ERR_HTTP2_HEADERS_SENT,
    ERR_HTTP2_INFO_STATUS_NOT_ALLOWED,
    ERR_HTTP2_INVALID_INFO_STATUS,
    ERR_HTTP2_INVALID_SESSION,
    ERR_HTTP2_INVALID_STREAM,
    ERR_HTTP2_MAX_PENDING_SETTINGS_ACK,
    ERR_HTTP2_NESTED_PUSH,
    ERR_HTTP2_NO_SOCKET_MANIPULATION,
    ERR_HTTP2_OUT_OF_STREAMS,
    ERR_HTTP2_PAYLOAD_FORBIDDEN,
    ERR_HTTP2_PING_CANCEL,
    ERR_HTTP2_PING_LENGTH,
    ERR_HTTP2_PUSH_DISABLED,
    ERR_HTTP2_SEND_FILE,
    ERR_HTTP2_SEND_FILE_NOSEEK,
    ERR_HTTP2_SESSION_ERROR,
    ERR_HTTP2_SOCKET_BOUND,
    ERR_HTTP2_SOCKET_UNBOUND,
    ERR_HTTP2_STATUS_101,
    ERR_HTTP2_STATUS_INVALID,
    ERR_HTTP2_STREAM_CANCEL,
    ERR_HTTP2_STREAM_ERROR,
    ERR_HTTP2_STREAM_SELF_DEPENDENCY,
    ERR_HTTP2_TRAILERS_ALREADY_SENT,
    ERR_HTTP2_TRAILERS_NOT_READY,
    ERR_HTTP2_UNSUPPORTED_PROTOCOL,
    ERR_HTTP2_ALTSVC_INVALID_ORIGIN,
    ERR_HTTP2_ALTSVC_LENGTH,
    ERR_HTTP2_INVALID_ORIGIN,
    ERR_HTTP2_ORIGIN_LENGTH,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateFunction, validateNumber, validateObject, validateString, validateUint32, validateBuffer,
  validateInt32, validateBoolean,
} = require('internal/validators');
const constants = require('internal/http2/constants');
const {
  kSensitiveHeaders, mapToHeaders, toHeaderObject, assertValidPseudoHeaderResponse,
  assertValidPseudoHeaderTrailer, validateSettings, settingsList, getDefaultSettings,
} = require('internal/http2/util');

const binding = internalBinding('http2');
const perfObserved = require('internal/perf_observed');
const asyncContext = require('internal/async_context');

const {
  NGHTTP2_NO_ERROR, NGHTTP2_CANCEL, NGHTTP2_INTERNAL_ERROR,
  NGHTTP2_SESSION_SERVER, NGHTTP2_SESSION_CLIENT, NGHTTP2_FLAG_END_STREAM,
  NGHTTP2_FLAG_END_HEADERS, NGHTTP2_DEFAULT_WEIGHT, NGHTTP2_ERR_FRAME_SIZE_ERROR,
  HTTP_STATUS_OK, HTTP_STATUS_CONTINUE,
} = constants;

// Event codes of modules/http2 (session.go).
const EvHeaders = 1;
const EvData = 2;
const EvClose = 3;
const EvSettings = 4;
const EvSettingsAck = 5;
const EvPing = 6;
const EvGoaway = 7;
const EvPush = 8;
const EvSent = 9;
const EvFrameError = 13;
const EvConnError = 10;
const EvAltsvc = 11;
const EvOrigin = 12;
const EvPriority = 14;

const kHandle = Symbol('handle');
const kSession = Symbol('session');
const kPerf = Symbol('perf');
const kEnding = Symbol('ending');
const kSocket = Symbol('socket');
const kStreams = Symbol('streams');
const kState = Symbol('state');
const kType = Symbol('type');
const kServer = Symbol('server');
const kOptions = Symbol('options');
const kProxySocket = Symbol('proxySocket');
const kWriteQueue = Symbol('writeQueue');
const kPendingRequests = Symbol('pendingRequests');
const kAuthority = Symbol('authority');
const kID = Symbol('id');
const kSentHeaders = Symbol('sentHeaders');
const kSendScheduled = Symbol('sendScheduled');
const kPendingEnds = Symbol('pendingEnds');
const kFlushCallbacks = Symbol('flushCallbacks');
const kCompleting = Symbol('completing');
const kSentTrailers = Symbol('sentTrailers');
const kInfoHeaders = Symbol('infoHeaders');
const kOrigin = Symbol('origin');
const kTimeout = Symbol('timeout');
const kLocalSettings = Symbol('localSettings');
const kRemoteSettings = Symbol('remoteSettings');
const kPings = Symbol('pings');
const kSettingsAcks = Symbol('settingsAcks');
const kMaybeDestroy = Symbol('maybeDestroy');
const kEncrypted = Symbol('encrypted');
const kAlpn = Symbol('alpn');
const kUnconsumed = Symbol('unconsumed');
const kPushed = Symbol('pushed');
const kUpdateTimer = Symbol('updateTimer');
const kOptionsSendDate = Symbol('sendDate');
const kSplitWrites = Symbol('splitWrites');
const kChunksSent = Symbol('chunksSent');

const kNoPayloadMethods = new Set(['DELETE', 'GET', 'HEAD']);
const kMaxALTSVC = 16382;

function debugNoop() {}

function sessionName(type) {
  return type === NGHTTP2_SESSION_SERVER ? 'server' : 'client';
}

const nameForErrorCode = [
  'NGHTTP2_NO_ERROR', 'NGHTTP2_PROTOCOL_ERROR', 'NGHTTP2_INTERNAL_ERROR', 'NGHTTP2_FLOW_CONTROL_ERROR',
  'NGHTTP2_SETTINGS_TIMEOUT', 'NGHTTP2_STREAM_CLOSED', 'NGHTTP2_FRAME_SIZE_ERROR', 'NGHTTP2_REFUSED_STREAM',
  'NGHTTP2_CANCEL', 'NGHTTP2_COMPRESSION_ERROR', 'NGHTTP2_CONNECT_ERROR', 'NGHTTP2_ENHANCE_YOUR_CALM',
  'NGHTTP2_INADEQUATE_SECURITY', 'NGHTTP2_HTTP_1_1_REQUIRED',
];

// NghttpError: a protocol failure reported by the session engine.
class NghttpError extends Error {
  constructor(message, errno, code = 'ERR_HTTP2_ERROR') {
    super(message);
    this.code = code;
    this.name = 'Error';
    this.errno = errno;
  }
  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

// ---- sessions --------------------------------------------------------------

function boundSocket(session) {
  const socket = session[kSocket];
  if (socket === undefined) throw new ERR_HTTP2_SOCKET_UNBOUND();
  return socket;
}

// session.socket is a proxy for the session's socket: the timeout and ref
// methods are the session's, and what would disturb the session's use of
// the socket throws.
const proxiedToSession = new Set(['setTimeout', 'ref', 'unref']);
const noSocketManipulation = new Set(['destroy', 'emit', 'end', 'pause', 'read', 'resume', 'write',
  'setEncoding', 'setKeepAlive', 'setNoDelay']);

const sessionSocketHandlers = {
  get(session, prop) {
    const socket = boundSocket(session);
    if (proxiedToSession.has(prop)) return session[prop].bind(session);
    if (noSocketManipulation.has(prop)) throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
    const value = socket[prop];
    return typeof value === 'function' ? value.bind(socket) : value;
  },
  getPrototypeOf(session) {
    return Reflect.getPrototypeOf(boundSocket(session));
  },
  has(session, prop) {
    return Reflect.has(boundSocket(session), prop);
  },
  set(session, prop, value) {
    const socket = boundSocket(session);
    if (proxiedToSession.has(prop)) {
      session[prop] = value;
      return true;
    }
    if (noSocketManipulation.has(prop)) throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
    socket[prop] = value;
    return true;
  },
};

class Http2Session extends EventEmitter {
  constructor(type, options, socket) {
    super();
    if (socket[kSession] !== undefined) throw new ERR_HTTP2_SOCKET_BOUND();
    socket[kSession] = this;
    this[kType] = type;
    this[kOptions] = options;
    this[kSocket] = socket;
    this[kProxySocket] = null;
    this[kStreams] = new Map();
    this[kPendingRequests] = [];
    this[kSendScheduled] = false;
    this[kPendingEnds] = [];
    this[kCompleting] = 0;
    this[kFlushCallbacks] = [];
    this[kPings] = [];
    this[kSettingsAcks] = [];
    this[kTimeout] = 0;
    // sends since a stream last wrote: a timeout while writes are queued
    // waits while sending goes on (see stillSending)
    this[kChunksSent] = 0;
    this[kState] = {
      closed: false, destroyed: false, destroyCode: NGHTTP2_NO_ERROR,
      goawayCode: null, goawayLastStreamID: null, connecting: false,
      pendingAck: 0, writeQueueSize: 0, originSet: undefined, chunksSeen: undefined,
    };
    this[kEncrypted] = undefined;
    this[kAlpn] = undefined;
    // performance statistics, kept while an observer wants 'http2' entries
    this[kPerf] = perfObserved.http2 ? {
      start: perfNow(), bytesRead: 0, bytesWritten: 0, pingRTT: 0, streamCount: 0, streamTime: 0, maxConcurrent: 0,
    } : null;
    this[kLocalSettings] = undefined;
    this[kRemoteSettings] = undefined;
    const handle = new binding.Http2Session(type === NGHTTP2_SESSION_SERVER);
    this[kHandle] = handle;
    // node enforces 65535 by default without advertising it
    // (settings only: a top-level maxHeaderListSize option is not node's)
    const ownMaxHeaderList = options.settings?.maxHeaderListSize ?? options.settings?.maxHeaderSize;
    const maxHeaderList = ownMaxHeaderList ?? 65535;
    handle.setMaxHeaderListSize(maxHeaderList, ownMaxHeaderList !== undefined);
    if (options.paddingStrategy !== undefined) handle.setPadding(options.paddingStrategy >>> 0);
    // a socket that is a plain JavaScript stream gets the frames one write
    // at a time, as node's JSStreamSocket does; a net/TLS socket one write
    this[kSplitWrites] = !(socket instanceof net.Socket);
    let pairs = options.maxHeaderListPairs ?? 128;
    pairs = Math.max(pairs, type === NGHTTP2_SESSION_SERVER ? 4 : 1);
    handle.setLimits(options.maxSettings ?? 32, pairs, options.maxSessionInvalidFrames ?? 1000,
      options.maxReservedRemoteStreams ?? 200);
    // As node's options buffer: at least 1, stored as a uint32.
    if (typeof options.maxSessionMemory === 'number') handle.setMaxSessionMemory(Math.max(1, options.maxSessionMemory) >>> 0);

    if (socket.connecting || socket.secureConnecting) {
      this[kState].connecting = true;
      const event = typeof socket.encrypted === 'boolean' || socket instanceof require('tls').TLSSocket ?
        'secureConnect' : 'connect';
      socket.once(event, () => {
        this[kState].connecting = false;
        this._setup();
      });
    } else {
      process.nextTick(() => this._setup());
    }
    // frames go out as the script makes them: Nagle's algorithm would hold
    // each small write behind the peer's delayed ACK
    if (typeof socket.setNoDelay === 'function') socket.setNoDelay(true);
    socket.on('data', onSocketData);
    socket.on('error', onSocketError);
    socket.on('end', onSocketEnd);
    socket.on('close', onSocketClose);
    socket.on('timeout', onSocketTimeout);
    // the initial SETTINGS go first, even before the connection is up
    this[kSettingsAcks].push(null);
    this[kState].pendingAck++;
    const settings = { ...options.settings };
    if (ownMaxHeaderList !== undefined) settings.maxHeaderListSize = maxHeaderList;
    if (type === NGHTTP2_SESSION_SERVER && settings.enablePush !== undefined) delete settings.enablePush;
    handle.settings(settingsList(settings));
    // a server's `origins` option: an ORIGIN frame right after its SETTINGS
    if (type === NGHTTP2_SESSION_SERVER && Array.isArray(options.origins)) this.origin(...options.origins);
    // on a connected socket they are sent from an immediate queued now, as
    // node's session schedules its first write as it is made
    if (!this[kState].connecting) this.flush();
  }

  _setup() {
    if (this.destroyed) return;
    const socket = this[kSocket];
    this[kEncrypted] = !!socket.encrypted;
    this[kAlpn] = socket.alpnProtocol || (this[kEncrypted] ? false : 'h2c');
    if (this[kType] === NGHTTP2_SESSION_CLIENT && this[kEncrypted]) {
      this[kState].originSet = new Set([this[kAuthority] && originOf(this[kAuthority].href)].filter(Boolean));
    }
    this.flush();
    if (this[kType] === NGHTTP2_SESSION_CLIENT) {
      const pending = this[kPendingRequests];
      this[kPendingRequests] = [];
      for (const p of pending) p.start();
      this.flush();
      this.emit('connect', this, socket);
    }
  }

  // flush(cb): what the script's calls queued in the engine goes out on the
  // next turn of the loop, from an immediate, as node's session sends what
  // nghttp2 has from one (nghttp2 builds its frames then): all the frames a
  // tick made go out in one socket write, after that tick's work. cb runs
  // once the socket has taken them (a stream's write completes then).
  flush(cb) {
    if (cb !== undefined) this[kFlushCallbacks].push(cb);
    const handle = this[kHandle];
    if (handle === undefined || this[kState].destroyed) {
      runFlushCallbacks(this);
      return;
    }
    // what a call of ours caused (a stream closing as its last frame is
    // queued) is seen after the call returns, as nghttp2 reports it once
    // the frame is written
    const ev = handle.events();
    if (ev !== undefined) process.nextTick(onEvents, this, ev);
    if (this[kSendScheduled]) return;
    this[kSendScheduled] = true;
    // a write a completion started goes out on this turn (runCompletions)
    if (this[kCompleting] > 0) process.nextTick(sendNow, this);
    else setImmediate(sendNow, this);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      type: this[kType], closed: this.closed, destroyed: this.destroyed, state: this.state,
      localSettings: this.localSettings, remoteSettings: this.remoteSettings,
    };
    return `Http2Session ${require('util').inspect(obj, { ...opts, depth: opts && opts.depth != null ? opts.depth - 1 : 1 })}`;
  }

  get type() { return this[kType]; }
  get closed() { return this[kState].closed; }
  get destroyed() { return this[kState].destroyed; }
  get connecting() { return this[kState].connecting; }
  get encrypted() { return this[kEncrypted]; }
  get alpnProtocol() { return this[kAlpn]; }
  get originSet() {
    if (!this.encrypted || this.destroyed) return undefined;
    return Array.from(this[kState].originSet || []);
  }
  get pendingSettingsAck() { return this[kState].pendingAck > 0; }
  get socket() {
    if (this[kProxySocket] === null) this[kProxySocket] = new Proxy(this, sessionSocketHandlers);
    return this[kProxySocket];
  }
  get state() {
    if (this.destroyed) return {};
    const s = this[kHandle].state();
    s.outboundQueueSize = 1;
    return s;
  }
  get localSettings() {
    if (this.destroyed) return {};
    if (this[kLocalSettings] === undefined) this[kLocalSettings] = this[kHandle].localSettings();
    return this[kLocalSettings];
  }
  get remoteSettings() {
    if (this.destroyed) return {};
    if (this[kRemoteSettings] === undefined) this[kRemoteSettings] = this[kHandle].remoteSettings();
    return this[kRemoteSettings];
  }

  settings(settings = {}, callback) { // no settings: an empty SETTINGS frame (node's default)
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateObject(settings, 'settings');
    validateSettings(settings);
    if (callback !== undefined) validateFunction(callback, 'callback');
    // past maxOutstandingSettings unacknowledged SETTINGS (the initial ones
    // count) the session ends with an error, as node's
    const max = this[kOptions].maxOutstandingSettings ?? 10;
    if (this[kState].pendingAck++ >= max) {
      this.destroy(new ERR_HTTP2_MAX_PENDING_SETTINGS_ACK());
      return;
    }
    const start = process.hrtime.bigint();
    this[kSettingsAcks].push({ callback, start });
    this[kHandle].settings(settingsList(settings));
    this.flush();
  }

  ping(payload, callback) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (typeof payload === 'function') {
      callback = payload;
      payload = undefined;
    }
    if (payload !== undefined && !ArrayBuffer.isView(payload)) {
      throw new ERR_INVALID_ARG_TYPE('payload', ['Buffer', 'TypedArray', 'DataView'], payload);
    }
    if (payload && payload.byteLength !== 8) throw new ERR_HTTP2_PING_LENGTH();
    validateFunction(callback, 'callback');
    // while async_hooks are on, each ping is an HTTP2PING resource its
    // callback runs in
    const async = asyncContext.state.active !== 0 ? asyncContext.init('HTTP2PING', {}) : undefined;
    // at most maxOutstandingPings unanswered (node's default 10): a ping
    // past it is not sent, and its callback gets ERR_HTTP2_PING_CANCEL at
    // once, as node's
    if (this[kPings].length >= (this[kOptions].maxOutstandingPings ?? 10)) {
      runPingCallback(async, callback, new ERR_HTTP2_PING_CANCEL());
      return false;
    }
    const buf = payload ? Buffer.from(payload.buffer, payload.byteOffset, 8) : Buffer.alloc(8);
    if (!payload) {
      for (let i = 0; i < 8; i++) buf[i] = (Math.random() * 256) | 0;
    }
    this[kPings].push({ callback, start: process.hrtime.bigint(), payload: Buffer.from(buf), async });
    this[kHandle].ping(buf);
    this.flush();
    return true;
  }

  goaway(code = NGHTTP2_NO_ERROR, lastStreamID = 0, opaqueData) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (opaqueData !== undefined && !ArrayBuffer.isView(opaqueData)) {
      throw new ERR_INVALID_ARG_TYPE('opaqueData', ['Buffer', 'TypedArray', 'DataView'], opaqueData);
    }
    validateNumber(code, 'code');
    validateNumber(lastStreamID, 'lastStreamID');
    this[kHandle].goaway(code, lastStreamID || undefined,
                         opaqueData ? Buffer.from(opaqueData.buffer, opaqueData.byteOffset, opaqueData.byteLength) : undefined);
    this.flush();
  }

  setLocalWindowSize(windowSize) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateInt32(windowSize, 'windowSize', 0);
    this[kHandle].setLocalWindowSize(windowSize);
    this.flush();
  }

  setTimeout(msecs, callback) {
    if (this.destroyed) return;
    validateNumber(msecs, 'msecs');
    this[kTimeout] = msecs;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
    this[kSocket].setTimeout(msecs);
  }

  ref() {
    const socket = this[kSocket];
    if (socket && typeof socket.ref === 'function') socket.ref();
  }
  unref() {
    const socket = this[kSocket];
    if (socket && typeof socket.unref === 'function') socket.unref();
  }

  close(callback) {
    if (this.closed || this.destroyed) return;
    this[kState].closed = true;
    if (typeof callback === 'function') this.once('close', callback);
    if (!this.connecting) {
      this[kHandle].goaway(NGHTTP2_NO_ERROR, undefined, undefined);
      this.flush();
    }
    this[kMaybeDestroy]();
  }

  // events.captureRejections: a rejected 'stream' handler destroys that
  // stream with the rejection; any other rejected handler, the session
  [EventEmitter.captureRejectionSymbol](err, event, ...args) {
    if (event === 'stream') args[0].destroy(err);
    else this.destroy(err);
  }

  [kMaybeDestroy](error) {
    if (error == null && this.closed && this[kStreams].size === 0 && this[kPendingRequests].length === 0 &&
        !this.destroyed) {
      this.destroy();
    }
  }

  destroy(error = NGHTTP2_NO_ERROR, code) {
    if (this.destroyed) return;
    if (typeof error === 'number') {
      code = error;
      error = code !== NGHTTP2_NO_ERROR ? new ERR_HTTP2_SESSION_ERROR(code) : undefined;
    }
    if (code === undefined && error != null) code = NGHTTP2_INTERNAL_ERROR;
    if (code === undefined) code = NGHTTP2_NO_ERROR;
    const state = this[kState];
    state.destroyed = true;
    state.destroyCode = code;
    this[kLocalSettings] = this[kRemoteSettings] = undefined;
    const socket = this[kSocket];
    const handle = this[kHandle];
    // GOAWAY goes out before anything the streams' ends would write: the
    // peer learns why before it sees its streams reset
    if (handle !== undefined && socket && !socket.destroyed) {
      // (a session the engine failed has written its GOAWAY already)
      if (!handle.dead()) handle.goaway(code, undefined, undefined);
      const out = handle.output(this[kSplitWrites]);
      if (out !== undefined && socket.writable) {
        if (this[kPerf] !== null) this[kPerf].bytesWritten += outputLength(out);
        writeOutput(socket, out);
      }
    }
    // pending requests and open streams end with the session
    const cancel = new ERR_HTTP2_STREAM_CANCEL(error);
    const pending = this[kPendingRequests];
    this[kPendingRequests] = [];
    for (const p of pending) p.stream.destroy(cancel);
    for (const stream of this[kStreams].values()) {
      if (stream.pending) stream.destroy(cancel);
      else stream.destroy(error);
    }
    for (const p of this[kPings]) {
      process.nextTick(p.callback, new ERR_HTTP2_PING_CANCEL());
      if (p.async !== undefined) asyncContext.destroyLater(p.async);
    }
    this[kPings] = [];
    // unacknowledged SETTINGS are dropped: node never calls their callbacks
    // once the session goes (ERR_HTTP2_SETTINGS_CANCEL is never raised)
    this[kSettingsAcks] = [];
    // then the streams' resets, behind the GOAWAY, unless the peer's GOAWAY
    // is why we are going (it is done with those streams)
    if (handle !== undefined && state.goawayCode === null && socket && !socket.destroyed && socket.writable) {
      const out = handle.output(this[kSplitWrites]);
      if (out !== undefined) {
        if (this[kPerf] !== null) this[kPerf].bytesWritten += outputLength(out);
        writeOutput(socket, out);
      }
    }
    if (this[kPerf] !== null) sessionPerfEntry(this, handle);
    this[kHandle] = undefined;
    socket.removeListener('data', onSocketData);
    socket.removeListener('timeout', onSocketTimeout);
    if (!socket.destroyed) {
      // the session is over once the socket is: its writes finish first
      socket.once('close', () => emitSessionClose(this, error));
      if (this.closed) socket.resume();
      socket.end(() => {
        if (!this.closed) setImmediate(() => socket.destroy());
      });
    } else {
      process.nextTick(emitSessionClose, this, error);
    }
    // the socket is no longer the session's: session.socket says so
    this[kSocket] = undefined;
  }
}

// isLastWrite: the stream's writable side has ended and this write (n
// bytes or characters, as Writable counts them) is all it still holds, so
// its DATA frame ends the stream, as nghttp2 packs a stream's last data and
// END_STREAM into one frame (no empty DATA frame after it).
function isLastWrite(stream, n) {
  const ws = stream._writableState;
  return (ws.ending || stream[kEnding] === true) && ws.length === n && !stream[kState].waitForTrailers;
}

// Performance entries (type 'http2', as node's: an Http2Stream entry when a
// stream is destroyed, an Http2Session entry when its session is), with the
// statistics kept above while an observer wanted them.
function perfNow() {
  return require('perf_hooks')._now();
}

function streamPerfEntry(stream, session) {
  const p = stream[kPerf];
  stream[kPerf] = undefined;
  const sp = session[kPerf];
  if (sp !== null) sp.streamTime += perfNow() - p.start;
  if (!perfObserved.http2) return;
  const since = (t) => (t === 0 ? 0 : t - p.start);
  require('perf_hooks')._enqueueEntry('Http2Stream', 'http2', p.start, {
    bytesRead: p.bytesRead,
    bytesWritten: p.bytesWritten,
    id: stream[kID],
    timeToFirstByte: since(p.firstByte),
    timeToFirstByteSent: since(p.firstByteSent),
    timeToFirstHeader: since(p.firstHeader),
  }, true);
}

function sessionPerfEntry(session, handle) {
  const p = session[kPerf];
  session[kPerf] = null;
  if (!perfObserved.http2) return;
  const frames = handle !== undefined ? handle.frames() : [0, 0];
  require('perf_hooks')._enqueueEntry('Http2Session', 'http2', p.start, {
    bytesWritten: p.bytesWritten,
    bytesRead: p.bytesRead,
    framesReceived: frames[0],
    framesSent: frames[1],
    maxConcurrentStreams: p.maxConcurrent,
    pingRTT: p.pingRTT,
    streamAverageDuration: p.streamCount > 0 ? p.streamTime / p.streamCount : 0,
    streamCount: p.streamCount,
    type: session[kType] === NGHTTP2_SESSION_SERVER ? 'server' : 'client',
  }, true);
}

// runPingCallback runs a ping's callback in its HTTP2PING resource, if it
// has one, which is then done.
function runPingCallback(async, callback, err, duration, payload) {
  if (async === undefined) {
    if (err) callback(err);
    else callback(null, duration, payload);
    return;
  }
  const depth = asyncContext.before(async);
  try {
    if (err) callback(err);
    else callback(null, duration, payload);
  } finally {
    asyncContext.after(depth);
    asyncContext.destroyLater(async);
  }
}

// sendNow writes what the engine has for the socket: first the ends of
// streams whose writable side ended since (their END_STREAM is decided
// now, so a push promise made after end() still goes out before it).
function sendNow(session) {
  session[kSendScheduled] = false;
  const handle = session[kHandle];
  if (handle === undefined || session[kState].destroyed) {
    runFlushCallbacks(session);
    return;
  }
  const ends = session[kPendingEnds];
  if (ends.length > 0) {
    session[kPendingEnds] = [];
    for (const { stream, cb } of ends) {
      if (stream[kID] === undefined) continue;
      const r = handle.data(stream[kID], undefined, true);
      if (cb === undefined) continue;
      if (r === false) stream[kWriteQueue].push(cb);
      else session[kFlushCallbacks].push(cb);
    }
  }
  // (and what calls since the last flush caused: an end set by EndLast)
  const ev = handle.events();
  if (ev !== undefined) process.nextTick(onEvents, session, ev);
  const out = handle.output(session[kSplitWrites]);
  const socket = session[kSocket];
  if (out !== undefined && socket && !socket.destroyed && socket.writable) {
    if (session[kPerf] !== null) session[kPerf].bytesWritten += outputLength(out);
    session[kChunksSent]++;
    const cbs = session[kFlushCallbacks];
    if (cbs.length === 0) {
      writeOutput(socket, out);
    } else {
      session[kFlushCallbacks] = [];
      // (after the promise jobs queued so far, as a completion node's
      // session reports from a later turn of the loop would be)
      writeOutput(socket, out, () => timersInternal.queueMicrotask(() => runCompletions(session, cbs)));
    }
  } else {
    runFlushCallbacks(session);
  }
}

// writeOutput writes the engine's output: one Buffer, or for a JavaScript
// stream its pieces, one write each (corked); cb once the last is taken,
// from an immediate for a JavaScript stream (as node's JSStreamSocket
// reports the write done).
function writeOutput(socket, out, cb) {
  if (!Array.isArray(out)) {
    socket.write(out, cb);
    return;
  }
  const cork = typeof socket.cork === 'function';
  if (cork) socket.cork();
  for (let i = 0; i < out.length - 1; i++) socket.write(out[i]);
  socket.write(out[out.length - 1], cb === undefined ? undefined : () => setImmediate(cb));
  if (cork) socket.uncork();
}

function outputLength(out) {
  if (!Array.isArray(out)) return out.length;
  let n = 0;
  for (const b of out) n += b.length;
  return n;
}

function runFlushCallbacks(session) {
  const cbs = session[kFlushCallbacks];
  if (cbs.length === 0) return;
  session[kFlushCallbacks] = [];
  process.nextTick(runCompletions, session, cbs);
}

// runCompletions completes writes; a write a completion starts (the
// Writable's next buffered chunk) goes out in this turn of the loop, as
// node's session keeps sending while its streams have data queued
function runCompletions(session, cbs) {
  session[kCompleting]++;
  try {
    for (const f of cbs) f();
  } finally {
    session[kCompleting]--;
  }
}

function emitSessionClose(session, error) {
  if (error) session.emit('error', error);
  session.emit('close');
}

function originOf(authority) {
  try {
    if (typeof authority === 'string') authority = new (require('internal/url').URL)(authority);
    return authority.origin;
  } catch {
    return undefined;
  }
}

function onSocketData(chunk) {
  const session = this[kSession];
  if (session === undefined || session.destroyed) return;
  const handle = session[kHandle];
  if (session[kPerf] !== null) session[kPerf].bytesRead += chunk.length;
  const ev = handle.receive(chunk);
  if (ev !== undefined) onEvents(session, ev);
  if (!session.destroyed) session.flush();
}

function onSocketError(error) {
  const session = this[kSession];
  if (session === undefined || session.destroyed) return;
  // after the peer's GOAWAY its hanging up is no error (node ignores
  // ECONNRESET then; a write racing the close meets EPIPE the same way)
  if ((error.code === 'ECONNRESET' || error.code === 'EPIPE') && session[kState].goawayCode !== null) {
    session.destroy();
    return;
  }
  session.destroy(error);
}

function onSocketEnd() {
  const session = this[kSession];
  if (session === undefined || session.destroyed) return;
  session.destroy();
}

function onSocketClose() {
  const session = this[kSession];
  if (session === undefined || session.destroyed) return;
  session.destroy();
}

function onSocketTimeout() {
  const session = this[kSession];
  if (session === undefined || session.destroyed) return;
  if (stillSending(session, session[kState], queuedWrites(session))) {
    this.setTimeout(session[kTimeout]);
    return;
  }
  session.emit('timeout');
}

// stillSending: writes are queued and frames went out since this timeout
// last looked (state.chunksSeen; a write starts both counts again), so the
// timeout waits another period instead, as node's session and stream
// timeouts do while a large write drains.
function stillSending(session, state, queued) {
  if (!queued || session === undefined || state.chunksSeen === session[kChunksSent]) return false;
  state.chunksSeen = session[kChunksSent];
  return true;
}

// queuedWrites: a stream of the session has data to send (a descriptor a
// respondWithFD is sending counts, as node counts it as a write)
function queuedWrites(session) {
  for (const stream of session[kStreams].values()) {
    if (stream.writableLength > 0 || stream[kState].fdSending) return true;
  }
  return false;
}

// onEvents replays the engine's flat event list (modules/http2/session.go).
function onEvents(session, ev) {
  for (let i = 0; i < ev.length;) {
    if (session.destroyed && ev[i] !== EvClose) break;
    switch (ev[i]) {
      case EvHeaders:
        onHeaders(session, ev[i + 1], ev[i + 2], ev[i + 3], ev[i + 4]);
        i += 5;
        break;
      case EvData: {
        const stream = session[kStreams].get(ev[i + 1]);
        if (stream !== undefined) stream[kOnData](ev[i + 2], ev[i + 3]);
        else session[kHandle]?.consume(ev[i + 1], ev[i + 2].length);
        i += 4;
        break;
      }
      case EvClose: {
        const stream = session[kStreams].get(ev[i + 1]);
        if (stream !== undefined) stream[kOnClose](ev[i + 2], ev[i + 3]);
        i += 4;
        break;
      }
      case EvSettings:
        session[kRemoteSettings] = ev[i + 1];
        session.emit('remoteSettings', ev[i + 1]);
        i += 2;
        break;
      case EvSettingsAck: {
        session[kLocalSettings] = undefined;
        session[kState].pendingAck--;
        const ack = session[kSettingsAcks].shift();
        const settings = session.localSettings;
        if (ack && ack.callback) {
          const duration = Number(process.hrtime.bigint() - ack.start) / 1e6;
          ack.callback(null, settings, duration);
        }
        session.emit('localSettings', settings);
        i += 1;
        break;
      }
      case EvPing: {
        const payload = ev[i + 1];
        if (ev[i + 2]) {
          const idx = session[kPings].findIndex((p) => p.payload.equals(payload));
          if (idx >= 0) {
            const p = session[kPings].splice(idx, 1)[0];
            const duration = Number(process.hrtime.bigint() - p.start) / 1e6;
            if (session[kPerf] !== null) session[kPerf].pingRTT = duration;
            runPingCallback(p.async, p.callback, null, duration, payload);
          }
        } else {
          session.emit('ping', payload);
        }
        i += 3;
        break;
      }
      case EvGoaway: {
        const code = ev[i + 1];
        const last = ev[i + 2];
        const data = ev[i + 3];
        session[kState].goawayCode = code;
        session[kState].goawayLastStreamID = last;
        session.emit('goaway', code, last, data);
        // streams the peer never processed can be retried elsewhere
        for (const stream of session[kStreams].values()) {
          if (stream[kID] > last && (stream[kID] % 2 === 1) === (session[kType] === NGHTTP2_SESSION_CLIENT)) {
            stream.destroy(new ERR_HTTP2_STREAM_CANCEL());
          }
        }
        if (code === NGHTTP2_NO_ERROR) session.close();
        else session.destroy(new ERR_HTTP2_SESSION_ERROR(code), NGHTTP2_NO_ERROR);
        i += 4;
        break;
      }
      case EvPush:
        onPush(session, ev[i + 1], ev[i + 2], ev[i + 3], ev[i + 4]);
        i += 5;
        break;
      case EvSent: {
        const stream = session[kStreams].get(ev[i + 1]);
        if (stream !== undefined) stream[kOnSent](ev[i + 2]);
        i += 3;
        break;
      }
      case EvConnError: {
        // past maxSessionInvalidFrames: node's custom code (errno is
        // NGHTTP2_ERR_CALLBACK_FAILURE, its callback having refused)
        const err = ev[i + 2] === 'ERR_HTTP2_TOO_MANY_INVALID_FRAMES' ?
          new NghttpError('Too many invalid HTTP/2 frames', -902, ev[i + 2]) : new NghttpError(ev[i + 2], -505);
        i += 3;
        session.destroy(err, ev[i - 2]);
        break;
      }
      case EvFrameError: {
        // a frame of ours the engine would not send (a header block over
        // nghttp2's 64 KiB): 'frameError' on its stream, or the session;
        const stream = session[kStreams].get(ev[i + 1]);
        if (stream !== undefined) stream.emit('frameError', ev[i + 2], ev[i + 3], ev[i + 1]);
        else session.emit('frameError', ev[i + 2], ev[i + 3], ev[i + 1]);
        i += 4;
        // then, as node, the session closes (the engine has reset the stream)
        if (!session.closed && !session.destroyed) session.close();
        break;
      }
      case EvAltsvc:
        session.emit('altsvc', ev[i + 3], ev[i + 2], ev[i + 1]);
        i += 4;
        break;
      case EvOrigin: {
        const origins = ev[i + 1] || [];
        if (!session.encrypted) { // RFC 8336: ignored on plain-text connections
          i += 2;
          break;
        }
        const set = session[kState].originSet;
        if (set) for (const o of origins) set.add(o);
        session.emit('origin', origins);
        i += 2;
        break;
      }
      case EvPriority: {
        const id = ev[i + 1];
        const stream = session[kStreams].get(id);
        const emitter = stream || session;
        emitter.emit('priority', id, ev[i + 2], ev[i + 3], ev[i + 4]);
        if (stream) session.emit('priority', id, ev[i + 2], ev[i + 3], ev[i + 4]);
        i += 5;
        break;
      }
      default:
        i = ev.length;
    }
  }
}

function onHeaders(session, id, endStream, flat, sensitive) {
  const headers = toHeaderObject(flat, sensitive);
  const flags = NGHTTP2_FLAG_END_HEADERS | (endStream ? NGHTTP2_FLAG_END_STREAM : 0);
  let stream = session[kStreams].get(id);
  if (stream === undefined) {
    if (session[kType] !== NGHTTP2_SESSION_SERVER) return;
    stream = new ServerHttp2Stream(session, id, {}, headers);
    if (stream[kPerf] !== undefined) stream[kPerf].firstHeader = perfNow();
    if (endStream) stream.push(null);
    if (headers[':method'] === 'HEAD') {
      stream[kState].headRequest = true;
      stream.end();
    }
    stream[kState].endAfterHeaders = endStream;
    session.emit('stream', stream, headers, flags, flat);
    return;
  }
  const perf = stream[kPerf];
  if (perf !== undefined && perf.firstHeader === 0) perf.firstHeader = perfNow();
  if (stream[kType] === NGHTTP2_SESSION_CLIENT && !stream[kState].gotResponse) {
    const status = headers[':status'];
    if (status >= 100 && status < 200) {
      if (status === HTTP_STATUS_CONTINUE) stream.emit('continue');
      stream.emit('headers', headers, flags, flat);
      return;
    }
    stream[kState].gotResponse = true;
    stream[kState].endAfterHeaders = endStream;
    // 421: this connection cannot answer for that origin after all
    if (status === 421 && session[kState].originSet && stream[kOrigin]) {
      session[kState].originSet.delete(stream[kOrigin]);
    }
    if (stream[kPushed]) stream.emit('push', headers, flags, flat);
    else stream.emit('response', headers, flags, flat);
    if (endStream) stream[kOnData](null, true);
    return;
  }
  // trailers
  stream.emit('trailers', headers, flags, flat);
  if (endStream) stream[kOnData](null, true);
}

function onPush(session, parentID, id, flat, sensitive) {
  const headers = toHeaderObject(flat, sensitive);
  const stream = new ClientHttp2Stream(session, id, {});
  stream[kPushed] = true;
  stream[kSentHeaders] = headers;
  stream.end();
  session.emit('stream', stream, headers, NGHTTP2_FLAG_END_HEADERS, flat);
}

// ---- streams ---------------------------------------------------------------

const kOnData = Symbol('onData');
const kOnClose = Symbol('onClose');
const kOnSent = Symbol('onSent');
const kInit = Symbol('init');

class Http2Stream extends Duplex {
  constructor(session, options) {
    options.allowHalfOpen = true;
    options.decodeStrings = false;
    options.autoDestroy = false;
    super(options);
    this[kSession] = session;
    this[kType] = session[kType];
    this[kID] = undefined;
    this[kWriteQueue] = [];
    this[kUnconsumed] = 0;
    this[kSentHeaders] = undefined;
    this[kSentTrailers] = undefined;
    this[kInfoHeaders] = undefined;
    this[kTimeout] = null;
    this[kState] = {
      didRead: false, rstCode: NGHTTP2_NO_ERROR, closed: false, aborted: false,
      endSent: false, headersSent: false, trailersReady: false, waitForTrailers: false,
      endAfterHeaders: false, gotResponse: false, headRequest: false, trailersSent: false,
      timeoutMs: 0, timer: null,
    };
    this.on('pause', streamOnPause);
    // writes made before the stream has its id wait in the Writable, and
    // go out together (one DATA frame) once it has
    this.cork();
  }

  [kInit](id) {
    this[kID] = id;
    const session = this[kSession];
    session[kStreams].set(id, this);
    const sp = session[kPerf];
    if (sp !== null) {
      sp.streamCount++;
      if (session[kStreams].size > sp.maxConcurrent) sp.maxConcurrent = session[kStreams].size;
      this[kPerf] = { start: perfNow(), firstByte: 0, firstByteSent: 0, firstHeader: 0, bytesRead: 0, bytesWritten: 0 };
    }
    this.uncork();
    this.emit('ready');
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      id: this[kID] || '<pending>', closed: this.closed, destroyed: this.destroyed, state: this.state,
      readableState: this._readableState, writableState: this._writableState,
    };
    return `Http2Stream ${require('util').inspect(obj, { ...opts, depth: opts && opts.depth != null ? opts.depth - 1 : 1 })}`;
  }

  get id() { return this[kID]; }
  get session() { return this.destroyed ? undefined : this[kSession]; }
  get pending() { return this[kID] === undefined; }
  get sentHeaders() { return this[kSentHeaders]; }
  get sentTrailers() { return this[kSentTrailers]; }
  get sentInfoHeaders() { return this[kInfoHeaders]; }
  get headersSent() { return this[kState].headersSent; }
  get aborted() { return this[kState].aborted; }
  get closed() { return this[kState].closed; }
  get rstCode() { return this[kState].rstCode; }
  get endAfterHeaders() { return this[kState].endAfterHeaders; }
  get headRequest() { return this[kState].headRequest; }
  get bufferSize() { return this.writableLength; }
  get state() {
    const session = this[kSession];
    if (this.destroyed || session.destroyed || this[kID] === undefined) return {};
    const s = session[kHandle] && session[kHandle].streamState(this[kID]);
    return s || { state: constants.NGHTTP2_STREAM_STATE_CLOSED };
  }

  [kUpdateTimer]() {
    const st = this[kState];
    if (st.timer) st.timer.refresh();
  }

  setTimeout(msecs, callback) {
    if (this.destroyed) return;
    validateNumber(msecs, 'msecs');
    const st = this[kState];
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      if (msecs === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    if (st.timer) {
      clearTimeout(st.timer);
      st.timer = null;
    }
    st.timeoutMs = msecs;
    if (msecs > 0) {
      const onTimeout = () => {
        st.timer = null;
        if (this.destroyed) return;
        if (stillSending(this[kSession], st, this.writableLength > 0 || st.fdSending)) {
          st.timer = setTimeout(onTimeout, st.timeoutMs);
          st.timer.unref();
          return;
        }
        this.emit('timeout');
      };
      st.timer = setTimeout(onTimeout, msecs);
      st.timer.unref();
    }
    return this;
  }

  priority(options) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_STREAM();
    validateObject(options, 'options');
    const parent = options.parent | 0;
    if (parent === this[kID]) throw new ERR_HTTP2_STREAM_SELF_DEPENDENCY();
    const session = this[kSession];
    if (this[kID] !== undefined && session[kHandle]) {
      session[kHandle].priority(this[kID], parent, options.weight ?? NGHTTP2_DEFAULT_WEIGHT, !!options.exclusive);
      session.flush();
    }
  }

  sendTrailers(headers) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this[kSentTrailers]) throw new ERR_HTTP2_TRAILERS_ALREADY_SENT();
    if (!this[kState].trailersReady) throw new ERR_HTTP2_TRAILERS_NOT_READY();
    validateObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    const [flat, sens] = mapToHeaders(headers, assertValidPseudoHeaderTrailer);
    this[kSentTrailers] = headers;
    this[kState].trailersReady = false;
    const session = this[kSession];
    if (flat.length === 0) session[kHandle].data(this[kID], undefined, true);
    else session[kHandle].headers(this[kID], flat, sens, true, true);
    this[kState].endSent = true;
    session.flush();
  }

  close(code = NGHTTP2_NO_ERROR, callback) {
    validateUint32(code, 'code');
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.closed) return;
    if (callback !== undefined) this.once('close', callback);
    closeStream(this, code, kSubmitRst);
  }

  // end(chunk) writes its chunk before the writable side is marked ending:
  // kEnding says so meanwhile, so that write carries END_STREAM.
  end(chunk, encoding, cb) {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return super.end(chunk, encoding, cb);
    this[kEnding] = true;
    try {
      return super.end(chunk, encoding, cb);
    } finally {
      this[kEnding] = false;
    }
  }

  _write(chunk, encoding, cb) {
    this._writeChunk(chunk, encoding, isLastWrite(this, chunk.length), cb);
  }

  _writev(chunks, cb) {
    let n = 0;
    for (let i = 0; i < chunks.length; i++) n += chunks[i].chunk.length;
    const buf = Buffer.concat(chunks.map((c) => (typeof c.chunk === 'string' ? Buffer.from(c.chunk, c.encoding) : c.chunk)));
    this._writeChunk(buf, 'buffer', isLastWrite(this, n), cb);
  }

  _writeChunk(chunk, encoding, end, cb) {
    if (this.pending) {
      this.once('ready', () => this._writeChunk(chunk, encoding, end, cb));
      return;
    }
    if (this.destroyed || !this[kSession][kHandle]) {
      cb(new ERR_HTTP2_INVALID_STREAM());
      return;
    }
    if (this[kType] === NGHTTP2_SESSION_SERVER && !this.headersSent) {
      if (this[kState].closed) {
        cb(new ERR_HTTP2_INVALID_STREAM());
        return;
      }
      this.respond();
    }
    if (end) {
      // the last write of an ended stream carries END_STREAM itself
      const st = this[kState];
      if (st.endSent || st.waitForTrailers) end = false;
      else st.endSent = true;
    }
    const n = chunk.length;
    if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
    this[kUpdateTimer]();
    const session = this[kSession];
    session[kChunksSent] = 0;
    session[kState].chunksSeen = 0;
    this[kState].chunksSeen = 0;
    const perf = this[kPerf];
    if (perf !== undefined && chunk.length > 0) {
      perf.bytesWritten += chunk.length;
      if (perf.firstByteSent === 0) perf.firstByteSent = perfNow();
    }
    const r = session[kHandle].data(this[kID], chunk, end);
    if (r === true) {
      // complete once the socket has the frame, as node's writes complete
      // once the session has sent them: write() counts the chunk as
      // buffered until then, and the next write is a frame of its own
      if (end) {
        session.flush(cb);
        return;
      }
      // an end() in this tick ends the stream on this frame (no empty DATA
      // frame with END_STREAM after it), as node checks on the next tick;
      // the frame itself goes out with the session's next send (flush)
      process.nextTick(() => {
        const st = this[kState];
        const ws = this._writableState;
        if (!st.endSent && !st.waitForTrailers && !this.destroyed && ws.ending && ws.length === n &&
            session[kHandle] !== undefined && session[kHandle].endLast(this[kID])) {
          st.endSent = true;
        }
      });
      session.flush(cb);
    } else if (r === false) {
      this[kWriteQueue].push(cb);
      session.flush();
    } else if (!this[kState].closed) {
      // the engine has closed the stream (a reset read in the chunk that
      // opened it) and its close, on the way, destroys the stream with the
      // reason: the write is dropped, as nghttp2 drops a closed stream's data
      session.flush();
    } else {
      cb(new ERR_HTTP2_INVALID_STREAM());
    }
  }

  _final(cb) {
    if (this.pending) {
      this.once('ready', () => this._final(cb));
      return;
    }
    const st = this[kState];
    if (st.endSent || st.closed || this.destroyed) {
      cb();
      return;
    }
    if (this[kType] === NGHTTP2_SESSION_SERVER && !this.headersSent) {
      // nothing is sent before respond(), which then ends the stream
      st.finalPending = true;
      cb();
      return;
    }
    if (st.waitForTrailers) {
      askTrailers(this);
      cb();
      return;
    }
    st.endSent = true;
    // END_STREAM is decided when the session sends (sendNow), as nghttp2
    // reads a stream's end from its data source then; the writable side
    // finishes now, unless data waits for the peer's window (then once it
    // has gone)
    const session = this[kSession];
    if (this[kWriteQueue].length > 0) {
      session[kPendingEnds].push({ stream: this, cb });
    } else {
      session[kPendingEnds].push({ stream: this, cb: undefined });
      cb();
    }
    session.flush();
  }

  _read() {
    const n = this[kUnconsumed];
    this[kState].didRead = true;
    if (n > 0) {
      this[kUnconsumed] = 0;
      const session = this[kSession];
      if (session[kHandle]) {
        session[kHandle].consume(this[kID], n);
        session.flush();
      }
    }
  }

  [kOnData](buf, end) {
    const ended = this._readableState.ended;
    if (buf !== null && buf.length > 0) {
      this[kUpdateTimer]();
      const perf = this[kPerf];
      if (perf !== undefined) {
        perf.bytesRead += buf.length;
        if (perf.firstByte === 0) perf.firstByte = perfNow();
      }
      const handle = this[kSession][kHandle];
      if (ended) {
        if (handle) handle.consume(this[kID], buf.length);
      } else if (this.push(buf) || this.destroyed) {
        // (destroyed by a 'data' listener: its bytes go back to the
        // connection's window all the same)
        if (handle) handle.consume(this[kID], buf.length);
      } else {
        this[kUnconsumed] += buf.length;
      }
    }
    if (end && !ended) this.push(null);
  }

  [kOnSent](n) {
    const q = this[kWriteQueue];
    this[kUpdateTimer]();
    for (let i = 0; i < n && q.length > 0; i++) q.shift()();
  }

  // the engine closed the stream (both sides ended, or RST_STREAM)
  [kOnClose](code, byPeer) {
    if (this.destroyed) return;
    this[kState].rstCode = code;
    closeStream(this, code, kNoRst);
    const q = this[kWriteQueue];
    this[kWriteQueue] = [];
    for (const cb of q) cb();
    if (this._readableState.endEmitted || code !== NGHTTP2_NO_ERROR) {
      this.destroy();
    } else {
      this.once('end', maybeDestroyStream);
      this.push(null);
      if (this[kType] === NGHTTP2_SESSION_SERVER && !this[kState].didRead && this.readableFlowing === null) {
        this.resume();
      } else {
        this.read(0);
      }
    }
  }

  _destroy(err, callback) {
    const session = this[kSession];
    const st = this[kState];
    if (st.timer) {
      clearTimeout(st.timer);
      st.timer = null;
    }
    const sessionCode = session[kState].goawayCode || session[kState].destroyCode;
    let code = err != null ? (sessionCode || NGHTTP2_INTERNAL_ERROR) : (st.rstCode || sessionCode);
    if (!st.closed) {
      closeStream(this, code, this.pending ? kNoRst : kForceRst);
    }
    st.rstCode = code;
    if (this[kID] !== undefined) session[kStreams].delete(this[kID]);
    if (this[kPerf] !== undefined) streamPerfEntry(this, session);
    const q = this[kWriteQueue];
    this[kWriteQueue] = [];
    for (const cb of q) process.nextTick(cb, err || new ERR_HTTP2_INVALID_STREAM());
    if (code !== NGHTTP2_NO_ERROR && code !== NGHTTP2_CANCEL && err == null) {
      err = new ERR_HTTP2_STREAM_ERROR(nameForErrorCode[code] || code);
    }
    if (!session.destroyed) {
      session.flush();
      session[kMaybeDestroy]();
    }
    // what it held unread goes back to the connection's window (the
    // stream's own is gone with it)
    if (this[kUnconsumed] > 0 && session[kHandle] !== undefined) {
      session[kHandle].consume(this[kID], this[kUnconsumed]);
      this[kUnconsumed] = 0;
    }
    // the readable side ends with it: without an error, a request whose
    // session went away still emits 'end' (node's stream does the same)
    this.push(null);
    callback(err);
  }
}

// askTrailers: with waitForTrailers the stream stays open after its data
// until the script answers 'wantTrailers' with sendTrailers() (or closes it).
function askTrailers(stream) {
  stream[kState].trailersReady = true;
  process.nextTick(() => {
    if (stream.destroyed || stream[kState].closed) return;
    // nobody to answer: the stream ends without trailers
    if (!stream.emit('wantTrailers')) stream.sendTrailers({});
  });
}

function maybeDestroyStream() {
  if (!this.destroyed && this.writableFinished !== false) this.destroy();
  else if (!this.destroyed) this.once('finish', () => this.destroy());
}

function streamOnPause() {
  // nothing: DATA already received stays counted in kUnconsumed
}

const kNoRst = 0;
const kSubmitRst = 1;
const kForceRst = 2;

// closeStream marks a stream closed (its writable side ends, 'aborted' if it
// had not) and sends RST_STREAM: at once, or, for a clean close of a stream
// still writing, once what it wrote has gone out. The engine then reports
// the close, which destroys the stream.
function closeStream(stream, code, rst) {
  const st = stream[kState];
  if (st.closed) return;
  st.closed = true;
  st.rstCode = code;
  if (st.timer) {
    clearTimeout(st.timer);
    st.timer = null;
  }
  const ending = stream._writableState.ending;
  if (!ending) {
    if (!st.aborted) {
      st.aborted = true;
      stream.emit('aborted');
    }
    stream.end();
  }
  if (rst === kNoRst) return;
  const submit = () => {
    const session = stream[kSession];
    if (stream[kID] !== undefined && session[kHandle]) {
      session[kHandle].rst(stream[kID], code);
      session.flush();
    }
  };
  if (!ending || stream.writableFinished || code !== NGHTTP2_NO_ERROR || rst === kForceRst) {
    if (stream.pending) {
      stream.push(null);
      stream.once('ready', submit);
    } else {
      submit();
    }
  } else {
    stream.once('finish', submit);
  }
}

// respondWithFD's check of its descriptor: node's is no synchronous call a
// --trace-sync-io would report (traces: 0)
function isRegularFD(fd) {
  try {
    return getStatsFromBinding(callTraced(0, internalBinding('fs').fstat, 'fstat', undefined, undefined, fd, false)).isFile();
  } catch {
    return false;
  }
}

function fdFinal(cb) {
  cb();
}

function noop() {}

// A server stream whose response is complete while its request is still
// unread (no trailers, nobody reading) is closed with RST_STREAM NO_ERROR,
// telling the client to stop sending (RFC 9113 §8.1), as node does.
function maybeCloseServerStream() {
  const st = this[kState];
  if (this.destroyed || st.fdSending) return;
  if (!this.readable && st.closed) {
    this.destroy();
    return;
  }
  // checked on the next turn: trailers asked for on this one are sent by then
  setImmediate(() => {
    if (this.destroyed || this.closed || st.fdSending) return;
    const waitingTrailers = st.waitForTrailers && !this[kSentTrailers];
    if (this.headersSent && !waitingTrailers && !st.didRead && this.readableFlowing === null) this.close();
  });
}

class ServerHttp2Stream extends Http2Stream {
  constructor(session, id, options, headers) {
    super(session, options);
    this.once('finish', maybeCloseServerStream);
    this[kState].requestHeaders = headers;
    this[kAuthority] = headers && headers[':authority'];
    this[kInit](id);
  }

  get pushAllowed() {
    const session = this[kSession];
    return !this.destroyed && !this.closed && !session.destroyed && !session.closed &&
      session.remoteSettings.enablePush;
  }

  pushStream(headers, options, callback) {
    if (!this.pushAllowed) throw new ERR_HTTP2_PUSH_DISABLED();
    if (this[kID] % 2 === 0) throw new ERR_HTTP2_NESTED_PUSH();
    const session = this[kSession];
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateFunction(callback, 'callback');
    options = { ...options };
    if (headers == null) headers = {};
    validateObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    if (headers[':method'] === undefined) headers[':method'] = 'GET';
    if (headers[':authority'] === undefined) headers[':authority'] = this[kAuthority];
    if (headers[':scheme'] === undefined) headers[':scheme'] = session.encrypted ? 'https' : 'http';
    if (headers[':path'] === undefined) headers[':path'] = '/';
    let endStream = false;
    if (headers[':method'] === 'HEAD') endStream = true;
    const [flat, sens] = mapToHeaders(headers);
    const id = session[kHandle].push(this[kID], flat, sens);
    if (id < 0) {
      const err = id === -529 ? new ERR_HTTP2_PUSH_DISABLED() : id === -509 ? new ERR_HTTP2_OUT_OF_STREAMS() :
        new ERR_HTTP2_INVALID_STREAM();
      process.nextTick(callback, err);
      return;
    }
    session.flush();
    const stream = new ServerHttp2Stream(session, id, {}, headers);
    stream[kState].isPush = true;
    stream[kSentHeaders] = headers;
    stream.push(null);
    if (endStream) stream.end();
    process.nextTick(callback, null, stream, headers, 0);
  }

  respond(headers, options) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    options = { ...options };
    const st = this[kState];
    st.waitForTrailers = !!options.waitForTrailers;
    if (headers == null) headers = {};
    else validateObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    if (headers[':status'] === undefined) headers[':status'] = HTTP_STATUS_OK;
    const status = headers[':status'] |= 0;
    if (status < 200 || status > 599) throw new ERR_HTTP2_STATUS_INVALID(headers[':status']);
    if (headers.date === undefined && (options.sendDate == null || options.sendDate)) {
      headers.date = new Date().toUTCString();
    }
    // an empty payload (endStream, a status without a body, HEAD) ends the
    // stream with the HEADERS frame and asks for no trailers, as nghttp2
    // without a data provider
    const endStream = !!options.endStream || status === 204 || status === 205 || status === 304 ||
      st.headRequest;
    const [flat, sens] = mapToHeaders(headers, assertValidPseudoHeaderResponse);
    this[kSentHeaders] = headers;
    st.headersSent = true;
    const session = this[kSession];
    const r = session[kHandle].headers(this[kID], flat, sens, endStream, false);
    if (r < 0) {
      // closed by the engine, its close still on the way (see _writeChunk):
      // nothing goes out, and nothing is thrown, as in node
      session.flush();
      return;
    }
    if (endStream) {
      st.endSent = true;
      session.flush();
      if (!st.finalPending) this.end();
      return;
    }
    if (st.finalPending) {
      // the writable side already ended: its end follows the headers
      if (st.waitForTrailers) {
        askTrailers(this);
      } else {
        st.endSent = true;
        session[kHandle].data(this[kID], undefined, true);
      }
    }
    session.flush();
  }

  additionalHeaders(headers) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_AFTER_RESPOND();
    validateObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    if (headers[':status'] != null) {
      const status = headers[':status'] |= 0;
      if (status === 101) throw new ERR_HTTP2_STATUS_101();
      if (status < 100 || status >= 200) throw new ERR_HTTP2_INVALID_INFO_STATUS(headers[':status']);
    }
    const [flat, sens] = mapToHeaders(headers, assertValidPseudoHeaderResponse);
    if (!this[kInfoHeaders]) this[kInfoHeaders] = [];
    this[kInfoHeaders].push(headers);
    const session = this[kSession];
    session[kHandle].headers(this[kID], flat, sens, false, false);
    session.flush();
  }

  respondWithFD(fd, headers, options) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    const session = this[kSession];
    if (options != null) validateObject(options, 'options');
    options = { ...options };
    checkFileOptions(options);
    if (fd != null && typeof fd === 'object' && fd.constructor && fd.constructor.name === 'FileHandle') fd = fd.fd;
    if (typeof fd !== 'number') throw new ERR_INVALID_ARG_TYPE('fd', ['number', 'FileHandle'], fd);
    if (headers == null) headers = {};
    else validateObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    const status = headers[':status'] = (headers[':status'] ?? HTTP_STATUS_OK) | 0;
    if (status === 204 || status === 205 || status === 304) throw new ERR_HTTP2_PAYLOAD_FORBIDDEN(status);
    if (options.statCheck) {
      fs.fstat(fd, (err, stat) => {
        if (err) return this.destroy(err);
        if (options.statCheck(stat, headers, options) === false) return;
        sendFD(this, fd, headers, options, stat, false);
      });
      return;
    }
    void session;
    // as node: the response goes out at once; a descriptor that cannot be
    // read resets the stream with INTERNAL_ERROR
    sendFD(this, fd, headers, options, null, false);
  }

  respondWithFile(path, headers, options) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    if (options != null) validateObject(options, 'options');
    options = { ...options };
    checkFileOptions(options);
    if (headers == null) headers = {};
    else validateObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    const status = headers[':status'] = (headers[':status'] ?? HTTP_STATUS_OK) | 0;
    if (status === 204 || status === 205 || status === 304) throw new ERR_HTTP2_PAYLOAD_FORBIDDEN(status);
    const onError = (err) => {
      if (options.onError) options.onError(err);
      else this.destroy(err);
    };
    fs.open(path, 'r', (err, fd) => {
      if (err) return onError(err);
      if (this.destroyed || this.closed) {
        fs.close(fd, () => {});
        return;
      }
      fs.fstat(fd, (err, stat) => {
        if (err) {
          fs.close(fd, () => {});
          return onError(err);
        }
        if (stat.isDirectory()) {
          fs.close(fd, () => {});
          return onError(new ERR_HTTP2_SEND_FILE());
        }
        if (!stat.isFile() && (options.offset !== undefined || options.length !== undefined)) {
          fs.close(fd, () => {});
          return onError(new ERR_HTTP2_SEND_FILE_NOSEEK());
        }
        if (options.statCheck && options.statCheck(stat, headers, options) === false) {
          fs.close(fd, () => {});
          return;
        }
        sendFD(this, fd, headers, options, stat, true);
      });
    });
  }
}
function checkFileOptions(options) {
  for (const name of ['offset', 'length']) {
    const v = options[name];
    if (v !== undefined && typeof v !== 'number') throw new ERR_INVALID_ARG_VALUE(`options.${name}`, v);
  }
  if (options.statCheck !== undefined && typeof options.statCheck !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('options.statCheck', options.statCheck);
  }
}

// sendFD responds with headers and streams [offset, offset+length) of fd.
function sendFD(stream, fd, headers, options, stat, closeFD) {
  if (stream.destroyed || stream.closed) {
    if (closeFD) fs.close(fd, () => {});
    return;
  }
  const offset = options.offset > 0 ? options.offset : 0;
  let length = options.length;
  if (stat && stat.isFile()) {
    const avail = Math.max(0, stat.size - offset);
    if (length === undefined || length < 0 || length > avail) length = avail;
    for (const k of Object.keys(headers)) {
      if (k.toLowerCase() === 'content-length') delete headers[k];
    }
    headers['content-length'] = length;
  } else if (length !== undefined && length < 0) {
    length = undefined;
  }
  stream.respond(headers, { waitForTrailers: options.waitForTrailers });
  // as node: the descriptor's data goes out under the Writable, whose side
  // is over for the script at once (its end() is then harmless, a write an
  // error); the stream ends (or asks for trailers) after the last byte
  const st = stream[kState];
  st.fdSending = true;
  stream._final = fdFinal;
  stream.end();
  // read the descriptor ourselves: positioned reads for files, plain ones
  // for pipes, and the descriptor closed only when we opened it
  // (a regular file is read from offset each time, as node's FileHandle
  // reads it, whatever the descriptor's own position)
  const positioned = stat ? stat.isFile() : offset > 0 || isRegularFD(fd);
  let pos = offset;
  let left = length;
  const done = () => {
    if (closeFD) {
      closeFD = false;
      fs.close(fd, () => {});
    }
  };
  const finish = () => {
    st.fdSending = false;
    if (!stream.destroyed) {
      Http2Stream.prototype._final.call(stream, noop);
      maybeCloseServerStream.call(stream);
    }
    done();
  };
  const readMore = () => {
    if (stream.destroyed || st.closed) return done();
    const n = left === undefined ? 65536 : Math.min(65536, left);
    if (n <= 0) return finish();
    fs.read(fd, Buffer.allocUnsafe(n), 0, n, positioned ? pos : null, (err, bytes, buf) => {
      if (err) {
        if (!stream.destroyed) stream.close(NGHTTP2_INTERNAL_ERROR);
        return done();
      }
      if (bytes === 0) return finish();
      pos += bytes;
      if (left !== undefined) left -= bytes;
      if (stream.destroyed || st.closed) return done();
      // the last known chunk carries END_STREAM, as nghttp2's end of data
      const last = left === 0;
      stream._writeChunk(buf.subarray(0, bytes), 'buffer', last, last ? finish : readMore);
    });
  };
  stream.once('close', done);
  readMore();
}

class ClientHttp2Stream extends Http2Stream {
  constructor(session, id, options) {
    super(session, options);
    this[kState].gotResponse = false;
    if (id !== undefined) this[kInit](id);
  }
}

// ---- the client ------------------------------------------------------------

class ClientHttp2Session extends Http2Session {
  constructor(options, socket) {
    super(NGHTTP2_SESSION_CLIENT, options, socket);
  }

  setNextStreamID(id) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateNumber(id, 'id');
    if (id <= 0 || id > 2 ** 32 - 1) throw new ERR_OUT_OF_RANGE('id', `> 0 and <= ${2 ** 32 - 1}`, id);
    this[kHandle].setNextStreamID(id);
  }

  request(headers, options) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (this.closed) throw new ERR_HTTP2_GOAWAY_SESSION();
    if (headers == null) headers = {};
    else validateObject(headers, 'headers');
    if (options != null) validateObject(options, 'options');
    options = { ...options };
    headers = Object.assign({ __proto__: null }, headers);
    const authority = this[kAuthority];
    if (headers[':method'] === undefined) headers[':method'] = 'GET';
    const method = headers[':method'];
    const connect = method === 'CONNECT';
    if (!connect || headers[':protocol'] !== undefined) {
      if (headers[':authority'] === undefined && headers.host === undefined && authority) {
        headers[':authority'] = authority.host;
      }
      if (headers[':scheme'] === undefined && authority) headers[':scheme'] = authority.protocol.slice(0, -1);
      if (headers[':path'] === undefined) headers[':path'] = '/';
    } else {
      if (headers[':authority'] === undefined) throw new ERR_HTTP2_CONNECT_AUTHORITY();
      if (headers[':scheme'] !== undefined) throw new ERR_HTTP2_CONNECT_SCHEME();
      if (headers[':path'] !== undefined) throw new ERR_HTTP2_CONNECT_PATH();
    }
    for (const [name, type] of [['endStream', 'boolean'], ['weight', 'number'], ['parent', 'number'],
      ['exclusive', 'boolean'], ['silent', 'boolean'], ['waitForTrailers', 'boolean']]) {
      const v = options[name];
      if (v !== undefined && typeof v !== type) throw new ERR_INVALID_ARG_TYPE(`options.${name}`, type, v);
    }
    if (options.endStream === undefined) options.endStream = kNoPayloadMethods.has(method);
    if (options.signal !== undefined) require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
    let flat, sens;
    try {
      [flat, sens] = mapToHeaders(headers);
    } catch (err) {
      // a field name that is no token ends the session too, as in node
      if (err.code === 'ERR_INVALID_HTTP_TOKEN') this.destroy(err);
      throw err;
    }
    const stream = new ClientHttp2Stream(this, undefined, {});
    stream[kSentHeaders] = headers;
    if (headers[':authority'] !== undefined || headers.host !== undefined) {
      stream[kOrigin] = originOf(`${headers[':scheme'] || 'https'}://${headers[':authority'] ?? headers.host}`);
    }
    stream[kState].waitForTrailers = !!options.waitForTrailers;
    const start = () => {
      if (stream.destroyed || this.destroyed) return;
      if (this.closed) {
        // closed while connecting: the request never goes out
        stream.destroy(new ERR_HTTP2_GOAWAY_SESSION());
        return;
      }
      const endStream = options.endStream && !options.waitForTrailers;
      let weight = options.weight;
      if (weight !== undefined) weight = Math.min(256, Math.max(1, weight | 0));
      const id = this[kHandle].request(flat, sens, endStream, weight || 0, options.parent | 0, !!options.exclusive);
      if (id < 0) {
        stream.destroy(id === -509 ? new ERR_HTTP2_OUT_OF_STREAMS() : new ERR_HTTP2_GOAWAY_SESSION());
        return;
      }
      stream[kState].headersSent = true;
      if (endStream) stream[kState].endSent = true;
      stream[kInit](id);
      this.flush();
    };
    if (options.endStream) stream.end();
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => stream.destroy(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
      if (signal.aborted) process.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        stream.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    if (this.connecting) {
      this[kPendingRequests].push({ stream, start });
    } else {
      start();
    }
    return stream;
  }

}

// ---- the server ------------------------------------------------------------

class ServerHttp2Session extends Http2Session {
  constructor(options, socket, server) {
    super(NGHTTP2_SESSION_SERVER, options, socket);
    this[kServer] = server;
    if (server) {
      this.on('stream', onServerStream);
      this.on('priority', onServerPriority);
    }
  }

  get server() { return this[kServer]; }

  altsvc(alt, originOrStream) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    let stream = 0;
    let origin;
    if (typeof originOrStream === 'string') {
      origin = new (require('internal/url').URL)(originOrStream).origin;
      if (origin === 'null') throw new ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
    } else if (typeof originOrStream === 'number') {
      if (originOrStream >>> 0 !== originOrStream || originOrStream === 0) {
        throw new ERR_OUT_OF_RANGE('originOrStream', `> 0 && < ${2 ** 32}`, originOrStream);
      }
      stream = originOrStream;
    } else if (originOrStream !== undefined) {
      if (originOrStream !== null && typeof originOrStream === 'object') {
        origin = originOrStream.origin;
      }
      if (typeof origin !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('originOrStream', ['string', 'number', 'URL', 'object'], originOrStream);
      } else if (origin === 'null' || origin.length === 0) {
        throw new ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
      }
    }
    validateString(alt, 'alt');
    if (!/^[\x21-\x7E]*$/.test(alt)) throw new ERR_INVALID_CHAR('alt');
    origin = origin || '';
    if (origin.length + alt.length > kMaxALTSVC) throw new ERR_HTTP2_ALTSVC_LENGTH();
    const o = Buffer.from(origin, 'latin1');
    const a = Buffer.from(alt, 'latin1');
    const payload = Buffer.alloc(2 + o.length + a.length);
    payload.writeUInt16BE(o.length, 0);
    o.copy(payload, 2);
    a.copy(payload, 2 + o.length);
    // a stream that does not exist (any more) gets nothing
    if (stream !== 0 && !this[kStreams].has(stream)) return;
    this[kHandle].raw(0xa, 0, stream, payload);
    this.flush();
  }

  origin(...origins) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (origins.length === 0) return;
    const parts = [];
    let len = 0;
    for (let origin of origins) {
      if (typeof origin === 'string') {
        origin = new (require('internal/url').URL)(origin).origin;
      } else if (origin != null && typeof origin === 'object') {
        origin = origin.origin;
      }
      validateString(origin, 'origin');
      if (origin === 'null') throw new ERR_HTTP2_INVALID_ORIGIN();
      const b = Buffer.from(origin, 'latin1');
      len += 2 + b.length;
      parts.push(b);
    }
    if (len > kMaxALTSVC) throw new ERR_HTTP2_ORIGIN_LENGTH();
    const payload = Buffer.alloc(len);
    let o = 0;
    for (const b of parts) {
      payload.writeUInt16BE(b.length, o);
      b.copy(payload, o + 2);
      o += 2 + b.length;
    }
    this[kHandle].raw(0xc, 0, 0, payload);
    this.flush();
  }
}

function onServerPriority(id, parent, weight, exclusive) {
  this[kServer].emit('priority', id, parent, weight, exclusive);
}

function onServerStream(stream, headers, flags, rawHeaders) {
  const server = this[kServer];
  server.emit('stream', stream, headers, flags, rawHeaders);
}

function initializeOptions(options) {
  if (options !== undefined) validateObject(options, 'options');
  options = { ...options };
  if (options.settings !== undefined) {
    validateObject(options.settings, 'options.settings');
    validateSettings(options.settings);
    options.settings = { ...options.settings };
  }
  if (options.maxSessionInvalidFrames !== undefined) validateUint32(options.maxSessionInvalidFrames, 'maxSessionInvalidFrames');
  if (options.maxSessionRejectedStreams !== undefined) validateUint32(options.maxSessionRejectedStreams, 'maxSessionRejectedStreams');
  if (options.unknownProtocolTimeout !== undefined) validateUint32(options.unknownProtocolTimeout, 'unknownProtocolTimeout');
  else options.unknownProtocolTimeout = 10000;
  options.Http1IncomingMessage = options.Http1IncomingMessage || require('http').IncomingMessage;
  options.Http1ServerResponse = options.Http1ServerResponse || require('http').ServerResponse;
  options.Http2ServerRequest = options.Http2ServerRequest || require('internal/http2/compat').Http2ServerRequest;
  options.Http2ServerResponse = options.Http2ServerResponse || require('internal/http2/compat').Http2ServerResponse;
  return options;
}

function sessionFor(server, socket) {
  const session = new ServerHttp2Session(server[kOptions], socket, server);
  session.on('error', function onSessionError(err) {
    if (server.listenerCount('sessionError') > 0) server.emit('sessionError', err, this);
  });
  session.on('timeout', function onSessionTimeout() {
    if (!server.emit('timeout', this)) this.destroy();
  });
  if (server.timeout) session.setTimeout(server.timeout);
  server.emit('session', session);
  return session;
}

function connectionListener(socket) {
  const server = this;
  const options = server[kOptions];
  if (socket.alpnProtocol === false || (socket.alpnProtocol !== undefined && socket.alpnProtocol !== 'h2' &&
      socket.encrypted)) {
    if (options.allowHTTP1 === true) {
      const http = require('_http_server');
      socket.server = server;
      return http._connectionListener.call(server, socket);
    }
    if (server.emit('unknownProtocol', socket)) return;
    // give the peer a moment to see the failure, then hang up
    socket.end();
    const t = setTimeout(() => { if (!socket.destroyed) socket.destroy(); }, options.unknownProtocolTimeout);
    t.unref();
    socket.once('close', () => clearTimeout(t));
    return;
  }
  sessionFor(server, socket);
}

function setupCompat(ev) {
  if (ev === 'request') {
    this.removeListener('newListener', setupCompat);
    this.on('stream', onServerCompatStream);
  }
}

function onServerCompatStream(stream, headers, flags, rawHeaders) {
  require('internal/http2/compat').onServerStream.call(this, stream, headers, flags, rawHeaders);
}

function Http2Server(options, requestListener) {
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  }
  options = initializeOptions(options);
  net.Server.call(this, options, connectionListener);
  this[kOptions] = options;
  this.timeout = 0;
  this.on('newListener', setupCompat);
  if (options.allowHTTP1 === true) setupHTTP1(this, options);
  if (typeof requestListener === 'function') this.on('request', requestListener);
}
Object.setPrototypeOf(Http2Server.prototype, net.Server.prototype);

// setupHTTP1 readies a server whose non-h2 sockets go to http's connection
// listener (allowHTTP1): the state http.Server keeps, as https does.
function setupHTTP1(server, options) {
  const { storeHTTPOptions, setupConnectionsTracking } = require('_http_server');
  const { kConnections } = require('internal/builtin_internals').httpServer;
  const { parseUniqueHeadersOption, kUniqueHeaders } = require('_http_outgoing');
  storeHTTPOptions.call(server, {
    ...options, IncomingMessage: options.Http1IncomingMessage, ServerResponse: options.Http1ServerResponse,
  });
  server.httpAllowHalfOpen = false;
  server.maxHeadersCount = null;
  server.maxRequestsPerSocket = 0;
  server[kConnections] = new Set();
  server[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
  server.on('listening', setupConnectionsTracking);
}
Object.setPrototypeOf(Http2Server, net.Server);
Http2Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    this.on('timeout', callback);
  }
  return this;
};
Http2Server.prototype.updateSettings = function updateSettings(settings) {
  validateObject(settings, 'settings');
  validateSettings(settings);
  this[kOptions].settings = { ...this[kOptions].settings, ...settings };
};

function Http2SecureServer(options, requestListener) {
  options = initializeOptions(options);
  const tls = require('tls');
  if (options.ALPNProtocols === undefined && options.ALPNCallback === undefined) {
    options.ALPNProtocols = options.allowHTTP1 === true ? ['h2', 'http/1.1'] : ['h2'];
  }
  tls.Server.call(this, options, connectionListener);
  this[kOptions] = options;
  this.timeout = 0;
  this.on('newListener', setupCompat);
  if (options.allowHTTP1 === true) setupHTTP1(this, options);
  this.on('tlsClientError', (err, socket) => {
    if (!this.emit('clientError', err, socket)) socket.destroy(err);
  });
  if (typeof requestListener === 'function') this.on('request', requestListener);
}
Http2SecureServer.prototype = Object.create(require('tls').Server.prototype, {
  constructor: { value: Http2SecureServer, writable: true, configurable: true },
});
Object.setPrototypeOf(Http2SecureServer, require('tls').Server);
Http2SecureServer.prototype.setTimeout = Http2Server.prototype.setTimeout;
Http2SecureServer.prototype.updateSettings = Http2Server.prototype.updateSettings;

// events.captureRejections on a server: a rejected 'stream' handler resets
// a stream that has answered (with the rejection) and answers 500 on one
// that has not; a rejected 'request' handler answers 500 without the
// headers the handler set, or destroys a response already under way; other
// events are the base server's.
function serverRejection(base) {
  return function (err, event, ...args) {
    if (event === 'stream') {
      const stream = args[0];
      if (stream.sentHeaders) {
        stream.destroy(err);
      } else {
        stream.respond({ ':status': 500 });
        stream.end();
      }
    } else if (event === 'request') {
      const res = args[1];
      if (!res.headersSent && !res.finished) {
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res.statusCode = 500;
        res.end(require('http').STATUS_CODES[500]);
      } else {
        res.destroy();
      }
    } else {
      base[EventEmitter.captureRejectionSymbol].call(this, err, event, ...args);
    }
  };
}
Http2Server.prototype[EventEmitter.captureRejectionSymbol] = serverRejection(net.Server.prototype);
Http2SecureServer.prototype[EventEmitter.captureRejectionSymbol] = serverRejection(require('tls').Server.prototype);

function createServer(options, handler) {
  return new Http2Server(options, handler);
}

function createSecureServer(options, handler) {
  return new Http2SecureServer(options, handler);
}

function connect(authority, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options };
  if (typeof authority === 'string') authority = new (require('internal/url').URL)(authority);
  else if (authority == null || typeof authority !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('authority', ['string', 'URL'], authority);
  }
  if (options.settings !== undefined) validateSettings(options.settings);
  const protocol = authority.protocol || options.protocol || 'https:';
  const port = '' + (authority.port !== '' && authority.port !== undefined ? authority.port : (protocol === 'http:' ? 80 : 443));
  let host = 'localhost';
  if (authority.hostname) {
    host = authority.hostname;
    if (host[0] === '[') host = host.slice(1, -1);
  } else if (authority.host) {
    host = authority.host;
  }
  let socket;
  if (typeof options.createConnection === 'function') {
    socket = options.createConnection(authority, options);
  } else {
    switch (protocol) {
      case 'http:':
        socket = net.connect({ port, host, ...options });
        break;
      case 'https:': {
        const tls = require('tls');
        const servername = options.servername ?? (net.isIP(host) ? '' : host);
        socket = tls.connect({ port: Number(port), host, ALPNProtocols: ['h2'], ...options, servername: servername || undefined });
        break;
      }
      default:
        throw new ERR_HTTP2_UNSUPPORTED_PROTOCOL(protocol);
    }
  }
  // an IPv6 hostname is bracketed in a URL
  const url = new (require('internal/url').URL)(`${protocol}//${authority.host || (host.includes(':') ? `[${host}]` : host) + ':' + port}`);
  const session = new ClientHttp2Session(options, socket);
  // a request's default :authority is always host:port, a default port and
  // options.servername included (node's, brackets of an IPv6 host dropped)
  session[kAuthority] = { host: `${options.servername || host}:${port}`, protocol, href: url.href };
  session[kAuthority].toString = () => url.origin;
  if (typeof listener === 'function') session.once('connect', listener);
  return session;
}

// util.promisify(http2.connect) resolves with the session once connected.
Object.defineProperty(connect, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: false,
  value(authority, options) {
    return new Promise((resolve, reject) => {
      const session = connect(authority, options, () => {
        session.removeListener('error', reject);
        resolve(session);
      });
      session.once('error', reject);
    });
  },
});

function performServerHandshake(socket, options = {}) {
  return new ServerHttp2Session(initializeOptions(options), socket, undefined);
}

module.exports = {
  connect,
  createServer,
  createSecureServer,
  performServerHandshake,
  Http2Session,
  ServerHttp2Session,
  ClientHttp2Session,
  Http2Stream,
  ServerHttp2Stream,
  ClientHttp2Stream,
  Http2Server,
  Http2SecureServer,
  NghttpError,
  kSession,
  kSocket,
  kState,
  kOptions,
  kSensitiveHeaders,
  nameForErrorCode,
  getDefaultSettings,
  debugNoop,
  sessionName,
};
