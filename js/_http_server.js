'use strict';
// http.Server on net.Server. Each connection gets a request parser
// (js/_http_common.js over modules/http_parser); socketOnData feeds it every
// chunk, parserOnIncoming receives each request's IncomingMessage and makes
// its ServerResponse. Pipelined requests queue their responses (state.outgoing)
// until the one before finishes; resOnFinish then keeps the connection alive
// (keepAliveTimeout) or ends it. Parse errors go to 'clientError', whose
// default answer is node's 400/431/408 and a destroyed socket.

const net = require('net');
const { Stream: LegacyStream } = require('internal/streams/legacy');
const LegacyStreamProto = LegacyStream.prototype; // (read per response: its methods, not itself)
const { add: eeAdd, on: EEon, emitKnown, init: EEinit, initOf: EEinitOf, kShapeMode, kCapture, proto: EEproto, defaultMaxListeners: eeDefaultMax, addCatch: eeAddCatch } = require('internal/events_fns'); // (filled in: events is loaded)
const EE = require('events');
const ObjectCreate = Object.create;
const ReadableOn = require('internal/streams/readable').prototype.on;
const ReadableRemoveListener = require('internal/streams/readable').prototype.removeListener;
const EEremoveListener = require('events').prototype.removeListener;
const timersInternal = require('internal/timers');
const { tick1, tick2, ticksAfter, tickable, tickQueue, nextTick: timersNextTick, shared: timersShared, TICK, held: heldTick, unhold } = timersInternal; // process.nextTick without its rest array and apply()
const EEemit = require('events').prototype.emit;
const { Buffer } = require('buffer');
const {
  kIncomingMessage,
  HTTPParser,
  parsers,
  isLenient,
  freeParser,
  prepareError,
  continueExpression,
  chunkExpression,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
} = require('_http_common');
const { perfObserved, perfStart, perfStop, trackParser, noHeaders, readStart, parserThrown } = require('internal/builtin_internals').httpCommon;
const { IncomingMessage } = require('_http_incoming');
const { hasHeader, isParsedHeaders, quietResumeNT, quietFinish, quietMethods, quietNames, dataOnChain, reqTpl, pushEnd, quietReadableNT } = require('internal/builtin_internals').httpIncoming;
const ReadablePush = require('internal/streams/readable').prototype.push;
const IMproto = IncomingMessage.prototype;
const IMaddHeaderLines = IMproto._addHeaderLines;
const { defaultHwm } = require('internal/streams/state');
const captureRejections = require('internal/events_capture');
const asyncContext = require('internal/async_context');
const asyncState = asyncContext.state;
const IMdump = IncomingMessage.prototype._dump;
const ReadableResume = require('internal/streams/readable').prototype.resume;
const ReadableRemoveAll = require('internal/streams/readable').prototype.removeAllListeners;
const { httpChannels, kStreamConsumer } = require('internal/net');
const internalNet = require('internal/net');
const netTimeout = internalNet.socketTimeout; // (filled in: net is loaded)
const { setTimeout: netSetTimeout, kTimeoutMs, kTimer, kLastActive, kFastPipeTarget, kFastPipeSources, sharedNow, NOW, kListenHook, listenHook: netListenHook, armTimer, pushRead } = netTimeout;
const EElistenerCount = EE.prototype.listenerCount;
// NODE_DEBUG=http logs as node's (the same messages at the same places)
let debug = require('util').debuglog('http', (fn) => { debug = fn; });
const {
  OutgoingMessage,
  kUniqueHeaders,
  parseUniqueHeadersOption,
  validateHeaderName,
  kHighWaterMark,
} = require('_http_outgoing');
const {
  initOutgoing,
  outgoingFinish,
  wholeWritten: outgoingWholeWritten,
  kOutHeaders,
  kNeedDrain,
  kCorked,
  validateLinkHeaderValue,
  implicitHeads,
  statusLine: lastStatus,
  kDefaultHighWaterMark,
  kRejectNonStandardBodyWrites,
} = require('internal/builtin_internals').httpOutgoing;
const {
  codes: {
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_STATUS_CODE,
    ERR_HTTP_SOCKET_ENCODING,
    ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_SOCKET_ASSIGNED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_OUT_OF_RANGE,
  },
  connResetException,
} = require('internal/errors');
const { validateInteger, validateBoolean, validateObject } = require('internal/validators');
const { setInterval, clearInterval } = timersInternal;

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
// A response's connection state (its socket's is socket[kStreamConsumer]).
const kSocketState = Symbol('http.server.socketState');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

function ServerResponse(req, options) {
  // (initOutgoing's work written out while EventEmitter.init is events'
  // own: a call less per response)
  if (EE.init === EEinit) {
    // (initOf(this) for no options, in place)
    if (this._events === undefined) {
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
      this[kShapeMode] = false;
      this._maxListeners = this._maxListeners || undefined;
      this[kCapture] = EEproto[kCapture];
    } else {
      EEinitOf(this, undefined);
    }
    if (options) {
      const hwm = options.highWaterMark;
      if (hwm && hwm !== kDefaultHighWaterMark) this[kHighWaterMark] = hwm;
      if (options.rejectNonStandardBodyWrites) this[kRejectNonStandardBodyWrites] = true;
    }
  } else {
    initOutgoing(this, options);
  }
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
  if (perfObserved.http) {
    httpFns.perfMade = true;
    this[kPerf] = { start: perfStart(), req: { method: req.method, url: req.url, headers: req.headers } };
  }
}
// Defaults on the prototype, as OutgoingMessage's (one request, one
// response: its own properties are what it changed).
Object.assign(ServerResponse.prototype, {
  sendDate: true,
  _sent100: false,
  _expect_continue: false,
  statusCode: 200,
  statusMessage: undefined,
});
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

const kPerf = Symbol('kServerResponseStatistics');

// newResponse(req, options): `new ServerResponse(req, options)` (options
// from resOptions) for the usual request and options, as a copy of a template that already has the
// properties a keep-alive response sets from its construction to its
// 'close' (parserOnIncoming, assignSocket, writeHead, end, emitCloseNT),
// in that order: one step where each was a shape transition (goja's
// CloneObject; see newRequest in js/_http_incoming.js). The constructor
// runs for anything the template does not hold: HEAD, HTTP/1.0, options
// of a mark or rejectNonStandardBodyWrites, performance entries observed,
// a domain's EventEmitter.init, defaults on the prototypes changed since.
const { responseTemplate: registerResponseTemplate, readChecks, heldOut: heldOutBuffer, executeHeldOf } = internalBinding('http_parser');
const { cloneObject } = internalBinding('host');
const heldOut = new Uint8Array(heldOutBuffer); // ([0]: executeHeld's conn, see connChecks)
const SRproto = ServerResponse.prototype;
const resTpl = { res: null, kc: false, ml: undefined };
function newResponse(req, o) {
  const t = resTpl;
  if ((t.res === null || t.kc !== EEproto[kCapture] || t.ml !== SRproto._maxListeners) && !responseTemplate()) {
    return new ServerResponse(req, o);
  }
  if (EE.init === EEinit && SRproto._events === undefined && !perfObserved.http && req.method !== 'HEAD' &&
      req.httpVersionMajor >= 1 && req.httpVersionMinor >= 1 &&
      o.plain === true) { // (o: the server's options, from resOptions)
    const res = cloneObject(t.res);
    if (res !== undefined) {
      res.req = req;
      return res;
    }
  }
  return new ServerResponse(req, o);
}
const responseFields = ['_keepAliveTimeout', '_onPendingData', 'socket', '_contentLength', 'statusMessage',
  'statusCode', '_header', '_headerSent', 'finished', 'destroyed', '_closed'];
const freshMethods = ['assignSocket', 'emit', '_flush', '_flushOutput', 'on', '_finish', 'writeHead', '_implicitHeader'];
function responseTemplate() {
  const t = resTpl;
  t.res = null;
  registerResponseTemplate(null);
  if (EE.init !== EEinit || SRproto._events !== undefined || perfObserved.http) return false;
  if (!dataOnChain(SRproto, responseFields)) return false;
  const r = new ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 }, undefined);
  // (freshChecks reads the methods a fresh copy calls on the prototype)
  for (let i = 0; i < freshMethods.length; i++) {
    if (Object.hasOwn(r, freshMethods[i])) return false;
  }
  r.req = null;
  r[kSocketState] = null;
  for (let i = 0; i < responseFields.length; i++) {
    const k = responseFields[i];
    r[k] = k === '_onPendingData' ? onResPendingData : SRproto[k];
  }
  t.kc = EEproto[kCapture];
  t.ml = SRproto._maxListeners;
  t.res = r;
  // (the parser binding makes copies of it too: consumeSocketChunk)
  registerResponseTemplate(r, kSocketState);
  return true;
}

ServerResponse.prototype._finish = function _finish() {
  const perf = this[kPerf];
  if (perf !== undefined) {
    this[kPerf] = undefined;
    perfStop(perf.start, 'HttpRequest', {
      req: perf.req,
      res: { statusCode: this.statusCode, statusMessage: this.statusMessage, headers: this.getHeaders() },
    });
  }
  // OutgoingMessage's _finish, run here without a native .call() unless a
  // script replaced it
  const f = OutgoingMessage.prototype._finish;
  if (f !== outgoingFinish) f.call(this);
  else if (this.emit !== EEemit) this.emit('prefinish');
  else {
    // (hasListener written out: a call less per response)
    const events = this._events;
    if (events === null || (events !== undefined && events.prefinish !== undefined)) this.emit('prefinish');
  }
};

// socket.on(ev, fn) for an event that neither Readable's on() nor the fast
// pipe's (internal/net_fastpipe) look at ('close', 'end', 'error',
// 'timeout'): on a socket whose on() is net.Socket's, what those two
// wrappers come to, Stream.prototype.on (EventEmitter's), called directly
// (a connection adds four such listeners, and each response one).
let SocketOn = null;
let SocketProto = null;
function onSocketEvent(socket, ev, fn) {
  if (SocketOn === null) {
    SocketProto = net.Socket.prototype;
    SocketOn = SocketProto.on;
  }
  if (socket.on !== SocketOn) {
    socket.on(ev, fn);
  } else {
    // (and while that is EventEmitter's, events' add: no native .call())
    const on = LegacyStream.prototype.on;
    if (on === EEon) eeAdd(socket, ev, fn, false);
    else on.call(socket, ev, fn);
  }
}

// emitter.listenerCount(type) !== 0 for an emitter whose emit() is
// EventEmitter's, read from its listener map
function hasListener(emitter, type) {
  const events = emitter._events;
  return events === null || (events !== undefined && events[type] !== undefined);
}

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) {
    msg.destroyed = true;
    msg._closed = true;
    msg.emit('close');
  }
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  addResponseClose(socket);
  this.socket = socket;
  // emit() with nobody listening does nothing (a rest array and a call on
  // goja; hasListener written out)
  if (this.emit !== EEemit) {
    this.emit('socket', socket);
  } else {
    const events = this._events;
    if (events === null || (events !== undefined && events.socket !== undefined)) this.emit('socket', socket);
  }
  // (OutgoingMessage's _flush of a message with nothing buffered, not
  // corked and not finished does nothing: three calls saved per response)
  if (this.outputData.length !== 0 || this[kCorked] !== 0 || this.finished ||
      this._flush !== OutgoingFlush || this._flushOutput !== OutgoingFlushOutput) {
    this._flush();
  }
};
// the response's 'close' listener on its socket
function addResponseClose(socket) {
  // (onSocketEvent's common case written out: a call less per response)
  if (SocketOn !== null && socket.on === SocketOn && LegacyStream.prototype.on === EEon) {
    // (events' add in place for a second 'close' listener while nobody
    // listens for 'newListener' and two listeners are under the limit:
    // two calls less per response)
    const events = socket._events;
    const existing = events !== undefined && events !== null ? events.close : undefined;
    const max = socket._maxListeners;
    const m = max === undefined ? eeDefaultMax.value : max;
    if (typeof existing === 'function' && events.newListener === undefined && !(m > 0 && m < 2)) {
      events.close = [existing, onServerResponseClose];
    } else {
      eeAdd(socket, 'close', onServerResponseClose, false);
    }
  } else {
    onSocketEvent(socket, 'close', onServerResponseClose);
  }
}
const SRassignSocket = ServerResponse.prototype.assignSocket;
const OutgoingFlush = OutgoingMessage.prototype._flush;
let SRdetachSocket; // (ServerResponse's detachSocket, below)
const OutgoingFlushOutput = OutgoingMessage.prototype._flushOutput;

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  // (Readable's removeListener comes to EventEmitter's for 'close': called
  // directly, a call less)
  if (socket.removeListener === ReadableRemoveListener && LegacyStream.prototype.removeListener === EEremoveListener) {
    // (what removeListener comes to when the listener is the last of two
    // and nobody listens for 'removeListener', done in place)
    const events = socket._events;
    const list = events !== undefined && events !== null ? events.close : undefined;
    if (list !== undefined && typeof list !== 'function' && list.length === 2 &&
        list[1] === onServerResponseClose && events.removeListener === undefined) {
      events.close = list[0];
    } else {
      EEremoveListener.call(socket, 'close', onServerResponseClose);
    }
  } else {
    socket.removeListener('close', onServerResponseClose);
  }
  socket._httpMessage = null;
  this.socket = null;
};
SRdetachSocket = ServerResponse.prototype.detachSocket;

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  head += 'Link: ' + link + '\r\n';
  for (const key of Object.keys(hints)) {
    if (key !== 'link') head += key + ': ' + hints[key] + '\r\n';
  }
  head += '\r\n';
  this._writeRaw(head, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};
implicitHeads.server = ServerResponse.prototype._implicitHeader;
implicitHeads.codes = STATUS_CODES;

// The last status line rendered, with its code and message (a server
// answers mostly the same one, and the template builds four strings on goja):
// lastStatus, _http_outgoing's statusLine, which end() reads too
ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  let statusMessage;
  if (typeof reason === 'string') {
    this.statusMessage = statusMessage = reason;
  } else {
    // (this.statusMessage ||= …; obj ??= reason: the operators compile to
    // reference work on goja)
    statusMessage = this.statusMessage;
    if (!statusMessage) this.statusMessage = statusMessage = STATUS_CODES[statusCode] || 'unknown';
    if (obj === undefined || obj === null) obj = reason;
  }
  // (the implicit head's code is the response's: no store, which would make
  // the prototype's default an own property)
  if (this.statusCode !== statusCode) this.statusCode = statusCode;
  let headers = this[kOutHeaders];
  var own; // eslint-disable-line no-var
  if (headers) {
    own = true; // (headers: the message's own map, for _storeHeader)
    let k;
    if (!obj) {
      // (no headers given: no Array.isArray, a native call; the map read
      // once)
    } else {
      if (Array.isArray(obj)) {
        if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
        for (let n = 0; n < obj.length; n += 2) {
          k = obj[n];
          if (k) this.setHeader(k, obj[n + 1]);
        }
      } else {
        const keys = Object.keys(obj);
        for (let i = 0; i < keys.length; i++) {
          k = keys[i];
          if (k) this.setHeader(k, obj[k]);
        }
      }
      statusMessage = this.statusMessage; // (a script's setHeader may change it)
      headers = this[kOutHeaders];
    }
  } else {
    headers = obj;
  }
  let statusLine;
  const last = lastStatus;
  if (statusCode === last.code && statusMessage === last.message) {
    statusLine = last.line;
  } else {
    if (checkInvalidHeaderChar(statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
    statusLine = `HTTP/1.1 ${statusCode} ${statusMessage}\r\n`;
    if (typeof statusMessage === 'string') {
      last.code = statusCode;
      last.message = statusMessage;
      last.line = statusLine;
      last.noBody = statusCode < 200 || statusCode === 204 || statusCode === 304;
    }
  }
  // (statusCode is 100-999 here: 1xx, 204 and 304 have no body)
  if (statusCode < 200 || statusCode === 204 || statusCode === 304) this._hasBody = false;
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers, own);
  return this;
};
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;
implicitHeads.writeHead = ServerResponse.prototype.writeHead;

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300000;
  }
  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60000, this.requestTimeout);
  }
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) {
    validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
    this.keepAliveTimeout = keepAliveTimeout;
  } else {
    this.keepAliveTimeout = 5000;
  }
  const connectionsCheckingInterval = options.connectionsCheckingInterval;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30000;
  }
  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) {
    validateBoolean(requireHostHeader, 'options.requireHostHeader');
    this.requireHostHeader = requireHostHeader;
  } else {
    this.requireHostHeader = true;
  }
  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  const rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
    this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
  } else {
    this.rejectNonStandardBodyWrites = false;
  }
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null || (typeof options === 'object' && !Array.isArray(options))) {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kConnections] = new Set();
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function setupConnectionsTracking() {
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  if (this.connectionsCheckingInterval > 0) {
    this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
  }
}

// headersTimeout and requestTimeout, checked every connectionsCheckingInterval
// as node does: a request still incomplete past its limit gets a 408.
function checkConnections() {
  if (this.headersTimeout === 0 && this.requestTimeout === 0) return;
  const now = Date.now();
  for (const socket of this[kConnections]) {
    const state = socket[kStreamConsumer];
    if (!state || state.requestStart === 0) continue;
    const age = now - state.requestStart;
    if ((this.headersTimeout > 0 && !state.headersDone && age > this.headersTimeout) ||
        (this.requestTimeout > 0 && age > this.requestTimeout)) {
      state.requestStart = 0;
      socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

// (https's close too, as node's)
function httpServerPreClose(server) {
  server.closeIdleConnections();
  if (server[kConnectionsCheckingInterval]) clearInterval(server[kConnectionsCheckingInterval]);
}

Server.prototype.close = function close() {
  httpServerPreClose(this);
  return net.Server.prototype.close.apply(this, arguments);
};

Server.prototype[Symbol.asyncDispose] = async function () {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const socket of this[kConnections]) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const socket of this[kConnections]) {
    const state = socket[kStreamConsumer];
    if (!socket._httpMessage && state && state.inReq === null && state.requestStart === 0) {
      socket.destroy();
    }
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

// events.captureRejections: a rejected 'request' handler answers 500 (or
// destroys a response already under way), as node does.
Server.prototype[Symbol.for('nodejs.rejection')] = function (err, event, ...args) {
  if (event === 'request') {
    const res = args[1];
    if (!res.headersSent && !res.writableEnded) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 500;
      res.end(STATUS_CODES[500]);
    } else {
      res.destroy();
    }
    return;
  }
  const inherited = net.Server.prototype[Symbol.for('nodejs.rejection')];
  if (typeof inherited === 'function') {
    inherited.call(this, err, event, ...args);
  } else if (event === 'connection') {
    args[0].destroy(err);
  } else {
    this.emit('error', err);
  }
};

function connectionListener(socket) {
  connectionListenerInternal(this, socket);
}

function connectionListenerInternal(server, socket) {
  debug('SERVER new http connection');
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  // (events' add in place for a first listener while onSocketEvent would
  // call it and nobody listens for 'newListener': see addConnListeners)
  let ev = socket._events;
  if (SocketOn !== null && socket.on === SocketOn && LegacyStream.prototype.on === EEon &&
      ev !== undefined && ev !== null && ev.newListener === undefined && ev.timeout === undefined) {
    ev.timeout = socketOnTimeout;
    socket._eventsCount++;
  } else {
    onSocketEvent(socket, 'timeout', socketOnTimeout);
  }

  const parser = parsers.alloc();
  parser.initialize(HTTPParser.REQUEST, null, server.maxHeaderSize || 0,
    server.insecureHTTPParser === undefined ? isLenient() : server.insecureHTTPParser);
  trackParser(parser, 'HTTPINCOMINGMESSAGE', socket);
  parser.socket = socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1;

  // The listeners are shared functions that find the connection's state
  // through the socket (node binds five functions per connection; on goja a
  // bound function is ~0.9 KB of every idle connection). The queues are
  // the shared empty noQueue until a request is pipelined behind another
  // (state.inReq holds the one in flight).
  const state = new ConnState(socket, server, parser);
  // (the state is the socket's stream consumer, whose consume() net offers
  // each chunk: one symbol-keyed property on the socket, not two; a ninth
  // would give the socket's symbol map a hash table, ~0.4 KB)
  socket[kStreamConsumer] = state;
  server[kConnections].add(socket);
  ev = socket._events;
  if (!(SocketOn !== null && socket.on === SocketOn && LegacyStream.prototype.on === EEon &&
        ev !== undefined && ev !== null && ev.newListener === undefined && ev.data === undefined &&
        ev.readable === undefined && socket.listenerCount === EElistenerCount && socket[kListenHook] === netListenHook &&
        socket[kFastPipeTarget] === undefined && socket[kFastPipeSources] === undefined && addConnListeners(socket, ev))) {
    socket.on('data', onSocketData);
    onSocketEvent(socket, 'error', socketOnError);
    onSocketEvent(socket, 'end', onSocketEnd);
    onSocketEvent(socket, 'close', onSocketClose);
    socket.on('drain', onSocketDrain);
    socket.on('resume', onSocketResume);
    socket.on('pause', onSocketPause);
  }
  parser.onIncoming = parserOnIncoming;
  socket.setEncoding = socketSetEncoding;
  socket._paused = false;
  // A net.Socket's bytes go to the parser (node's parser reads the handle
  // itself): Readable's maybeReadMore, a tick after every chunk that asks a
  // handle already reading for more, is left out as IncomingMessage leaves
  // it out; a paused socket still reads again from read() and resume().
  // (Any other Duplex may need those _read() calls to produce its data.)
  if (socket._handle && socket._read === net.Socket.prototype._read) {
    socket._readableState.readingMore = true;
    // and its chunks go straight to the parser while only http reads them
    // (consumeSocketChunk; net's onread option takes a socket's chunks
    // before anyone, and net looks for it only on a socket not consumed)
    if (socket[netTimeout.kOnRead] === null) {
      state.consume = consumeSocketChunk;
      // and the handle hands it its reads itself, without a Buffer or
      // onStreamRead (as node's parser consumes the handle): the parser
      // reads the bytes where the read put them
      const h = socket._handle;
      if (typeof h.consumeChunks === 'function') h.consumeChunks(consumeSocketChunk, socket, state, continueSocketChunk);
    }
  }
}

// The connection's listeners ('data', 'error', 'end', 'close', 'drain',
// 'resume', 'pause', in this order) added in place, what the calls above
// come to when (the caller checked) the socket's on() is Readable's and
// Stream's EventEmitter's, nobody listens for 'newListener', 'data' or
// 'readable' and net's listen hook has no fast pipe to stop: each is
// stored in its slot (or given to events' add when one is there), and
// Readable's on() for 'data' is left with its resume(). A script's code
// run by resume() (a replaced resume) may change all that: false then,
// with 'data' added, and the caller adds the rest the usual way.
function addConnListeners(socket, ev) {
  ev.data = onSocketData;
  socket._eventsCount++;
  const rs = socket._readableState;
  if (rs.readableListening !== false) rs.readableListening = false;
  if (rs.flowing !== false) {
    socket.resume();
    if (socket._events !== ev || ev.newListener !== undefined || socket.on !== SocketOn ||
        LegacyStream.prototype.on !== EEon || socket[kListenHook] !== netListenHook ||
        socket[kFastPipeTarget] !== undefined || socket[kFastPipeSources] !== undefined) {
      onSocketEvent(socket, 'error', socketOnError);
      onSocketEvent(socket, 'end', onSocketEnd);
      onSocketEvent(socket, 'close', onSocketClose);
      socket.on('drain', onSocketDrain);
      socket.on('resume', onSocketResume);
      socket.on('pause', onSocketPause);
      return true;
    }
  }
  // (the count stored once, before events' add would read it, and at the end)
  // Each listener is written out with its slot named: a shared helper
  // taking the name (ev[name]) costs ≈ 5.5 K machine instructions a
  // connection (+1.4%, callgrind), its keyed reads and writes missing the
  // caches as the name changes.
  let n = 0;
  if (ev.error === undefined) {
    ev.error = socketOnError;
    n++;
  } else {
    eeAdd(socket, 'error', socketOnError, false);
  }
  // (net's own 'end' listener is there: a second one under the limit is
  // a list of the two, as events' add makes it)
  const end = ev.end;
  const max = socket._maxListeners;
  const m = max === undefined ? eeDefaultMax.value : max;
  if (end === undefined) {
    ev.end = onSocketEnd;
    n++;
  } else if (typeof end === 'function' && !(m > 0 && m < 2)) {
    ev.end = [end, onSocketEnd];
  } else {
    if (n !== 0) socket._eventsCount += n;
    n = 0;
    eeAdd(socket, 'end', onSocketEnd, false);
  }
  if (ev.close === undefined) {
    ev.close = onSocketClose;
    n++;
  } else {
    if (n !== 0) socket._eventsCount += n;
    n = 0;
    eeAdd(socket, 'close', onSocketClose, false);
  }
  if (ev.drain === undefined) {
    ev.drain = onSocketDrain;
    n++;
  } else {
    if (n !== 0) socket._eventsCount += n;
    n = 0;
    eeAdd(socket, 'drain', onSocketDrain, false);
  }
  if (ev.resume === undefined) {
    ev.resume = onSocketResume;
    n++;
  } else {
    if (n !== 0) socket._eventsCount += n;
    n = 0;
    eeAdd(socket, 'resume', onSocketResume, false);
  }
  if (ev.pause === undefined) {
    ev.pause = onSocketPause;
    n++;
  } else {
    if (n !== 0) socket._eventsCount += n;
    n = 0;
    eeAdd(socket, 'pause', onSocketPause, false);
  }
  if (n !== 0) socket._eventsCount += n;
  return true;
}

// A chunk net read for a server socket, handed to the parser without
// Readable's push and 'data' emit, as node's parser consumes the handle:
// taken while the socket is flowing with nothing buffered, its one 'data'
// listener is http's own and nothing listens for 'readable' (node
// unconsumes the socket when a script adds either). Otherwise the chunk
// goes the usual way and reaches the parser through 'data'.
// A connection's state; fields that rarely change from their defaults
// start on the prototype (each own property is a slot every idle
// connection keeps).
function ConnState(socket, server, parser) {
  this.socket = socket;
  this.server = server;
  this.parser = parser;
  this.requestStart = Date.now();
  // (piped: the socket takes part in a fast pipe, internal/net_fastpipe,
  // which sets it from now on)
  if (socket[kFastPipeTarget] !== undefined || socket[kFastPipeSources] !== undefined) this.piped = true;
}
Object.assign(ConnState.prototype, {
  inReq: null, incoming: null, inHead: 0, outgoing: null, outHead: 0, outgoingData: 0, requestsCount: 0,
  keepAliveTimeoutSet: false, headersDone: false, consume: null, piped: false, pending: null,
  rest: continueSocketChunk, // (net's readRest: rest(socket, handle, 0, state))
  // (closeList: the socket's 'close' listener array while a response is
  // assigned, [its own listener, onServerResponseClose], kept for the next
  // response: listener arrays are copy-on-write, never changed in place,
  // so one array serves every response of the connection; an allocation
  // of ≈ 300 B less per response)
  closeList: null,
});

// The shortcuts' checks of prototypes and module state, as one compare
// while none of those objects changed: goja's watch epoch (host watchCell;
// third_party/goja gojanet_watch.go) moves whenever a watched object, or
// one on its prototype chain, has a property written, added, defined or
// deleted, or its prototype changed. Each group of checks keeps the epoch
// they last held at (-1: run them), read before them (a getter that
// changes something makes them run again next time).
const { watchCell, watch: watchObjects, shapesHeld, holdShapes } = internalBinding('host');
let watching = 0; // 1: the objects below are watched; -1: they could not be
function watched() {
  if (watching === 0) {
    watching = watchObjects(IMproto, SRproto, EE, defaultHwm, captureRejections, reqTpl, resTpl, perfObserved,
      LegacyStreamProto, eeDefaultMax, OutgoingMessage.prototype) ? 1 : -1;
  }
  return watching === 1;
}
// consumeSocketChunk's request template: newRequest's checks
let reqEpoch = -1;
function reqChecks() {
  const e = watchCell.epoch;
  const t = reqTpl;
  if (t.msg === null || IMproto._addHeaderLines !== IMaddHeaderLines || EE.init !== EEinit || defaultHwm.bytes !== t.hwm ||
      captureRejections.value !== t.cr || EEproto[kCapture] !== t.kc || IMproto._maxListeners !== t.ml ||
      IMproto._events !== undefined || IMproto._construct !== undefined) {
    return false;
  }
  if (watched()) reqEpoch = e;
  return true;
}
// and its response template: newResponse's
let resEpoch = -1;
function resChecks() {
  const e = watchCell.epoch;
  const t = resTpl;
  if (t.res === null || t.kc !== EEproto[kCapture] || t.ml !== SRproto._maxListeners || SRproto._events !== undefined ||
      perfObserved.http) {
    return false;
  }
  if (watched()) resEpoch = e;
  return true;
}

// incomingOn's fresh response: the methods it would call are the ones the
// in-place steps do
let freshEpoch = -1;
function freshChecks() {
  const e = watchCell.epoch;
  if (SRproto.assignSocket !== SRassignSocket || SRproto.emit !== EEemit || SRproto._flush !== OutgoingFlush ||
      SRproto._flushOutput !== OutgoingFlushOutput || SRproto.on !== EEon || LegacyStreamProto.on !== EEon) {
    return false;
  }
  if (watched()) freshEpoch = e;
  return true;
}

// incomingOn's checks of the connection, made before the handler runs
// (no script's code runs between a read's parse and them): the keep-alive
// timeout can go off in place (no server.timeout, net's setTimeout, no fast
// pipe, not destroyed), the response's 'close' listener can go in place
// (net.Socket's on, the connection's own 'close' listener alone, nobody
// listening for 'newListener', no limit of one to warn about), there are
// no uniqueHeaders and no maxRequestsPerSocket, no request is in flight,
// the socket is not paused and no drain is due. The parser binding keeps the
// verdict with what its checks read (modules/http_parser held.go: these
// names are among them), so a read executeHeld answers has it without the
// reads (heldOut[0]).
function connChecks(socket, state, server, rs, events) {
  let ws;
  const max = socket._maxListeners;
  const m = max === undefined ? eeDefaultMax.value : max;
  return !server.timeout && socket.setTimeout === netSetTimeout && state.piped === false && rs.destroyed === false &&
    SocketOn !== null && socket.on === SocketOn && typeof events.close === 'function' && events.newListener === undefined &&
    max === undefined && (m >= 2 || !(m > 0)) && server[kUniqueHeaders] === null && server.maxRequestsPerSocket === 0 &&
    state.inReq === null && !socket._paused &&
    (ws = socket._writableState) !== undefined && ws !== null && !ws.needDrain && !(state.outgoingData >= ws.highWaterMark);
}

// d is the chunk, n its length, state the socket's; or, when the handle
// hands its read over (held: consumeChunks), d is the handle, which holds
// the bytes for this call (the parser's execute(handle) reads them;
// heldChunk() is their Buffer), and onStreamRead's steps for a chunk are
// done here.
function consumeSocketChunk(socket, d, n, state, held) {
  // The checks below, for a read whose objects look as they did the last
  // times the checks passed, answered by the parser binding from what they
  // read then (its readChecks: the layouts and values of the state, the
  // socket and its states and listener map, the parser, the server and its
  // response options, and the watch epoch), which then parses the read as
  // the execute call below would: undefined, with nothing parsed, when they
  // may not hold.
  // (the parser binding takes the Go parser, parser._p, from the parser
  // object its checks read: undefined for it)
  const parser = state.parser;
  let ev = executeHeldOf(undefined, d, socket, state);
  // (vars: a frame's start undefined, where each let is initialized)
  var fresh, ret, server; // eslint-disable-line no-var
  var phase; // eslint-disable-line no-var -- (undefined: read it from the parser)
  // (fold: the request whose readable tick is left unqueued, see below;
  // conn: 1 when incomingOn's checks of the connection hold, connChecks)
  var fold, conn; // eslint-disable-line no-var
  if (ev === undefined) {
    const rs = socket._readableState;
    if (held === true && rs.destroyed) { // (onStreamRead's check)
      touchRead(socket);
      return true;
    }
    const events = socket._events;
    if (rs.flowing !== true || rs.length !== 0 || events.data !== onSocketData || events.readable !== undefined) {
      if (held === true) { // (the usual way, as onStreamRead)
        touchRead(socket);
        pushRead(socket, d, d.heldChunk());
      }
      return false;
    }
    // (socketOnData written out, and the parser's _execute called directly
    // while its execute() is HTTPParser's and no async context is tracked:
    // two calls less a chunk)
    // A chunk that begins a message: headersTimeout/requestTimeout count from
    // it. Its time is read only when a message is still incomplete after the
    // chunk (a chunk that completes its request, the usual case, leaves
    // requestStart at 0; nothing reads it in between but checkConnections, a
    // timer, and closeIdleConnections, which skips a socket with a request).
    fresh = state.requestStart === 0;
    if (fresh) state.headersDone = false;
    if (parser._async !== undefined || parser.execute !== parserExecute) {
      if ((held === true || resumes(socket, held)) && parser.execute === parserExecute && parser._execute === parserExecuteChunk) {
        // (async contexts tracked: execute's steps, with the stops of a
        // read the handle handed over, in replayRead)
        if (held === true) d = d.heldChunk();
        return replayRead(socket, state, parser, parser._p.execute(d), d, 4, fresh, held);
      }
      if (held === true) { d = d.heldChunk(); held = false; }
      ret = parser.execute(d);
    } else if (parser._execute !== parserExecuteChunk) {
      if (held === true) { d = d.heldChunk(); held = false; }
      ret = parser._execute(d);
    } else {
      // (_execute's first pass in place: a call less a chunk)
      // A request in the chunk's first event is made by the parser binding
      // from the request template while replay's checks for that hold: the
      // server's own IncomingMessage and header lines, no joinDuplicateHeaders,
      // newRequest's checks (the template as the constructor would make it
      // now). Nothing runs between these checks and that event's replay.
      // (the checks of prototypes and module state: reqChecks, resChecks,
      // one compare each while no watched object changed)
      server = state.server;
      const IM = server[kIncomingMessage];
      const tpl = (watchCell.epoch === reqEpoch || reqChecks()) && parser.socket === socket && (IM === IncomingMessage || !IM) &&
        !server.joinDuplicateHeaders && !parser.joinDuplicateHeaders && rs.highWaterMark === reqTpl.hwm ? reqTpl.msg : null;
      // and its response from the response template while newResponse's
      // checks hold with the server's options (parserOnIncoming takes it
      // when no script's code ran before the response would be made)
      let rtpl = null;
      if (tpl !== null) {
        const o = server[kResOptions];
        const ws = socket._writableState;
        if ((watchCell.epoch === resEpoch || resChecks()) && server[kServerResponse] === ServerResponse && o !== undefined && o.plain === true &&
            parser.onIncoming === parserOnIncoming && // (no script's wrapper runs before it would be made)
            ws !== undefined && ws !== null && ws.highWaterMark === o.highWaterMark &&
            o.rejectNonStandardBodyWrites === server.rejectNonStandardBodyWrites) {
          rtpl = resTpl.res;
        }
      }
      if (rtpl !== null && connChecks(socket, state, server, rs, events)) conn = 1;
      // (arm: the binding keeps what these checks read, for executeHeld;
      // only while both groups hold at the epoch they passed at; and conn)
      ev = parser._p.execute(d, tpl, socket, parser.maxHeaderPairs, rtpl, state,
        rtpl !== null && watchCell.epoch === reqEpoch && reqEpoch === resEpoch, conn === 1);
    }
  } else {
    conn = heldOut[0];
    fresh = state.requestStart === 0;
    if (fresh) state.headersDone = false;
    server = state.server;
  }
  if (ev !== undefined) {
    // The usual chunk: one request without a body or upgrade, made with its
    // response by the binding (the server's own parser.onIncoming, as
    // rtpl's checks found): replay's steps for it in place, and
    // parserOnIncoming's work called directly (two calls less a request).
    // The binding gives that response alone (its req the request) when
    // the request is keep-alive, has a Host header and no Expect, and the
    // chunk ends with it; else the events are its headers and completion.
    // (the handler's whole write of the response is held out of the tick
    // queue, internal/bootstrap `held`, for the handle's own read: the loop
    // runs the ticks right after this call, and the fold below runs it)
    var req; // eslint-disable-line no-var
    if (typeof ev.length !== 'number') { // (an array has its own length)
      req = ev.req;
      parser.incoming = req;
      if (held === true) {
        heldTick.socket = socket;
        incomingOn(state, socket, server, req, true, kHasHost, ev, conn);
        heldTick.socket = null;
      } else {
        incomingCaught(parser, state, socket, server, req, true, kHasHost, ev, conn);
      }
      phase = 0;
      ret = n;
    } else if (ev.length === 17 && ev[0] === 0 && ev[12] === false && typeof ev[11] === 'object' && ev[11] !== null) {
      // (the events array is the binding's: nothing else reads it)
      req = ev[10];
      parser.incoming = req;
      if (held === true) {
        heldTick.socket = socket;
        incomingOn(state, socket, server, req, ev[13], ev[14], ev[11]);
        heldTick.socket = null;
      } else {
        incomingCaught(parser, state, socket, server, req, ev[13], ev[14], ev[11]);
      }
      if (ev[16] !== null) parser._headers = ev[16];
      phase = ev[2];
      ret = ev[1];
    }
    if (req !== undefined) {
      const stream = parser.incoming;
      if (stream !== null) {
        stream.complete = true;
        const headers = parser._headers;
        if (headers !== noHeaders && headers.length) {
          stream._addHeaderLines(headers, headers.length);
          parser._headers = noHeaders;
          parser._url = '';
        }
        // (stream.push(null): pushEnd in place)
        const st = stream._readableState;
        if (stream.push !== ReadablePush || st.ended || !st.sync || st.decoder !== null) {
          pushEnd(stream);
        } else {
          st.reading = false;
          st.ended = true;
          st.needReadable = false;
          if (!st.emittedReadable) {
            st.emittedReadable = true;
            // The readable tick is due right after the response's whole
            // write's tick when that is held with nothing queued after it
            // (the handler ended the response and queued nothing after): it
            // is left unqueued, and that tick runs at this call's end
            // (below), as it would run next, with the readable tick folded
            // in or put back in its place. (Only for the handle's own read,
            // held: the loop runs the ticks right after this call; and only
            // for this socket's held tick: a read a handler runs on another
            // socket, nested in this one's, finds this one's held.)
            if (held === true && heldTick.a !== undefined && heldTick.b === socket && tickQueue.length === 0 && process.nextTick === timersNextTick &&
                asyncState.active === 0 && timersInternal.exiting === false) {
              fold = stream;
            } else {
              tick1(quietReadableNT, stream);
            }
          }
        }
      }
      // (readStart's first case in place)
      const s = parser.socket;
      if (s) {
        const r = s._readableState;
        const h = r !== undefined && r !== null && r.flowing === true && r.paused === false && !s._paused ? s._handle : null;
        // (SocketProto is set before a connection's first read: onSocketEvent)
        if (h === null || h === undefined || h.reading !== true || s.resume !== SocketProto.resume) {
          if (fold !== undefined) { // (code of a script's may run: the tick goes in its place)
            unhold();
            tickQueue.push(quietReadableNT, 1, fold);
            fold = undefined;
          }
          readStart(s);
        }
      }
      if (parser.phase !== phase) parser.phase = phase;
    } else {
      if (held === true) d = d.heldChunk();
      return replayRead(socket, state, parser, ev, d, 4, fresh, held);
    }
  }
  if (phase === undefined) phase = parser.phase;
  // (onParserExecuteCommon's usual case in place: the chunk ended between
  // messages, no error, no upgrade, no timeout to reset, nothing paused)
  const inc = parser.incoming;
  if (typeof ret === 'number' && phase === 0 && !state.keepAliveTimeoutSet && !(inc && inc.upgrade) && !socket._paused) {
    if (!fresh) state.requestStart = 0;
  } else {
    if (fold !== undefined) {
      unhold();
      tickQueue.push(quietReadableNT, 1, fold);
      fold = undefined;
    }
    if (fresh) state.requestStart = Date.now();
    if (held === true) d = d.heldChunk(); // (still held: this is the handle's call)
    onParserExecuteCommon(state.server, socket, parser, state, ret, d);
  }
  // The read was activity (onStreamRead's touch), marked once the chunk is
  // parsed: nothing reads the mark before the socket's timer does, and the
  // usual keep-alive request turned the timeout off meanwhile (incomingOn;
  // the response's end marks it again as it turns it on), which leaves
  // nothing to mark. (Three symbol-keyed accesses less a request.)
  if (held !== undefined && socket[kTimeoutMs] !== 0) touchRead(socket); // (held: false once d is the Buffer)
  // (fold: taken only while this socket's whole write's tick was held, and
  // put back wherever code of a script's might have run since)
  if (fold !== undefined) {
    // The whole write's tick, held, nothing queued after it, run here: the
    // loop would run it next, before any microtask (runTicks, a call and a
    // turn of its loop less). The request's readable tick, due after it,
    // is the foldable one (foldReq): resFinished runs it in place with the
    // resume, close and end steps, or, where it does not, it is put at the
    // queue's head, where it is due before anything queued since.
    const res = heldTick.a;
    heldTick.a = undefined;
    timersShared[TICK] = 0;
    // (a throw from a script's listener goes from here to fatalException,
    // no code of ours between: that unfolds, heldTick.thrown, and no try
    // block is entered per request)
    foldReq = fold;
    resFinished(res, socket);
    if (foldReq !== undefined) unfold();
  } else if (heldTick.a !== undefined) {
    unhold(); // (not run here: to the queue's head, where it is due)
  }
  return true;
}

// foldReq: the request whose readable tick consumeSocketChunk left
// unqueued while it runs the response's whole write's tick (resFinished);
// unfold() queues it at the queue's head, where it is due: after
// resFinished, or, when an exception leaves it, from fatalException before
// any handler runs (internal/bootstrap held.thrown).
let foldReq;
function unfold() {
  tickQueue.splice(0, 0, quietReadableNT, 1, foldReq);
  foldReq = undefined;
  timersShared[TICK] = 1;
}
heldTick.thrown = function thrown(socket) {
  if (foldReq !== undefined) unfold();
  if (heldTick.a !== undefined) unhold(); // (the head, before that tick)
  // (a request's listener threw: its parser fails, _http_common parserThrown;
  // socket: the read's whose request it was, held.socket)
  if (socket !== null && socket !== undefined) parserThrown(socket.parser);
};

// The events of a read that are not the usual chunk's, replayed from
// event `at` (consumeSocketChunk's steps after its execute). A read the
// handle handed over (held: true), or one of a handle that asks for the
// rest of it (TLS's: resumes), stops after a body piece that something
// follows, as node's parser runs ticks and microtasks after each onBody
// (http/drain_points, tls/https_drain_points): the rest waits in
// state.pending, and the handle calls continueSocketChunk for it once they
// ran (2 asks for that call).
function replayRead(socket, state, parser, ev, d, at, fresh, held) {
  const ret = httpFns.replayRest(parser, ev, d, at, held === true || resumes(socket, held));
  if (typeof ret === 'number' && ret < 0) {
    state.pending = { ev, d, at: -ret, fresh, held };
    return 2;
  }
  const phase = parser.phase;
  // (as consumeSocketChunk's end)
  const inc = parser.incoming;
  if (typeof ret === 'number' && phase === 0 && !state.keepAliveTimeoutSet && !(inc && inc.upgrade) && !socket._paused) {
    if (!fresh) state.requestStart = 0;
  } else {
    if (fresh) state.requestStart = Date.now();
    onParserExecuteCommon(state.server, socket, parser, state, ret, d);
  }
  if (held !== undefined && socket[kTimeoutMs] !== 0) touchRead(socket);
  return true;
}

// The rest of a read whose replay stopped after a body piece (replayRead),
// called by the handle once the ticks and microtasks queued until then ran.
// (A parser given back meanwhile, its socket gone, has nothing to finish.)
function continueSocketChunk(socket, h, n, state) {
  const p = state.pending;
  if (p === null) return true;
  state.pending = null;
  const parser = state.parser;
  if (parser === null || parser.socket !== socket) return true;
  return replayRead(socket, state, parser, p.ev, p.d, p.at, p.fresh, p.held);
}
// A read net's onStreamRead hands over (held undefined) from a handle that
// asks for the rest of one its consumer stopped in (TLS's: js/_tls_wrap.js
// onPlainRest, through net's readRest and the state's rest).
function resumes(socket, held) {
  if (held !== undefined) return false;
  const h = socket._handle;
  return h !== null && h !== undefined && h.readsResume === true;
}

// net's touch for a read the handle handed over (consumeChunks)
function touchRead(socket) {
  if (socket[kTimeoutMs] === 0) return;
  socket[kLastActive] = sharedNow[NOW];
  if (socket[kTimer] === null && !socket.destroyed) armTimer(socket, socket[kTimeoutMs]);
}
const parserExecute = HTTPParser.prototype.execute;
const parserExecuteChunk = HTTPParser.prototype._execute;
const httpFns = require('internal/http_fns');

function onSocketData(d) {
  const state = this[kStreamConsumer];
  socketOnData(state.server, this, state.parser, state, d);
}
function onSocketEnd() {
  const state = this[kStreamConsumer];
  socketOnEnd(state.server, this, state.parser, state);
}
function onSocketDrain() { socketOnDrain(this, this[kStreamConsumer]); }
// Scripts call a socket's 'close' listeners by hand with another `this`
// (test-http-req-close-robust-from-tampering binds them to the request),
// so the state is also looked for through `this.socket`.
function onSocketClose() {
  const self = this;
  if (self === null || self === undefined) return;
  let state = self[kStreamConsumer];
  if (state === undefined && self.socket) state = self.socket[kStreamConsumer];
  if (state !== undefined && state !== null) socketOnClose(state.socket, state);
}
// this: a ServerResponse (its _onPendingData)
function onResPendingData(delta) {
  const state = this[kSocketState];
  updateOutgoingData(state.socket, state, delta);
}

// socket.writableHighWaterMark read from the stream state (a getter call is
// a native function goja allocates for); a socket without one asks the getter.
function writableHwm(socket) {
  const ws = socket._writableState;
  return ws !== undefined && ws !== null ? ws.highWaterMark : socket.writableHighWaterMark;
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > writableHwm(socket);
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.parser.resume();
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(socket, state) {
  debug('server socket close');
  freeParser(socket.parser, null, socket);
  abortIncoming(state);
  if (socket.server) socket.server[kConnections].delete(socket);
}

function abortIncoming(state) {
  while (state.inReq !== null) {
    const req = shiftIncoming(state);
    req.destroy(connResetException('aborted'));
  }
}

// The requests of a connection: the oldest one not answered in state.inReq
// (null: none), those pipelined behind it in state.incoming.
function pushIncoming(state, req) {
  if (state.inReq === null) {
    state.inReq = req;
  } else {
    let q = state.incoming;
    if (q === noQueue) q = state.incoming = [];
    q[q.length] = req; // (push() is a native call)
  }
}
function shiftIncoming(state) {
  const req = state.inReq;
  state.inReq = state.incoming.length > state.inHead ? queueShift(state, false) : null;
  return req;
}

// The pipelined requests (state.incoming) and the responses waiting for the
// socket (state.outgoing) are FIFO arrays read from a head index (inHead,
// outHead): goja's Array shift() moves every element, which made a burst of
// 10,000 pipelined requests quadratic. A queue is compacted once its read
// half is the larger, and given back (noQueue: an idle connection holds no
// array) once it is empty.
const noQueue = Object.freeze([]);
ConnState.prototype.incoming = ConnState.prototype.outgoing = noQueue;
function queueShift(state, out) {
  const q = out ? state.outgoing : state.incoming;
  const h = out ? state.outHead : state.inHead;
  if (h >= q.length) return undefined;
  const v = q[h];
  let next = h + 1;
  if (next === q.length) {
    if (out) state.outgoing = noQueue;
    else state.incoming = noQueue;
    next = 0;
  } else {
    q[h] = undefined;
    if (next >= 64 && next * 2 >= q.length) {
      q.splice(0, next);
      next = 0;
    }
  }
  if (out) state.outHead = next;
  else state.inHead = next;
  return v;
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (typeof ret !== 'number' && ret instanceof Error) { // (instanceof is a native call on goja)
    socketOnError.call(socket, ret);
    return;
  }
  if (!server.httpAllowHalfOpen) {
    // (the requests are aborted when the socket closes, as node: after
    // the scripts' 'end' listeners; socketOnClose)
    if (socket.writable) socket.end();
  } else if (state.outgoing.length > state.outHead) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnData(server, socket, parser, state, d) {
  if (state.requestStart === 0) {
    state.requestStart = Date.now();
    state.headersDone = false;
  }
  const ret = parser.execute(d);
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  if (state.keepAliveTimeoutSet) resetSocketTimeout(server, socket, state); // (done by parserOnIncoming when a request came)
  if (typeof ret !== 'number' && ret instanceof Error) { // (instanceof is a native call on goja)
    prepareError(ret, parser, d);
    socketOnError.call(socket, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    const req = parser.incoming;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (eventName === 'upgrade' || server.listenerCount(eventName) > 0) {
      const bodyHead = d.subarray(ret);
      socket.removeListener('data', onSocketData);
      socket.removeListener('end', onSocketEnd);
      socket.removeListener('close', onSocketClose);
      socket.removeListener('drain', onSocketDrain);
      socket.removeListener('error', socketOnError);
      socket.removeListener('timeout', socketOnTimeout);
      socket.removeListener('resume', onSocketResume);
      socket.removeListener('pause', onSocketPause);
      delete socket.setEncoding;
      server[kConnections].delete(socket);
      parser.finish();
      freeParser(parser, req, socket);
      socket.readableFlowing = null;
      if (socket._read === net.Socket.prototype._read) socket._readableState.readingMore = false;
      socket[kStreamConsumer].consume = null;
      if (socket._handle && typeof socket._handle.consumeChunks === 'function') socket._handle.consumeChunks(null);
      server.emit(eventName, req, socket, bodyHead);
    } else {
      // Got CONNECT method, but have no handler.
      socket.destroy();
    }
  } else if (parser.phase === 0) {
    // Between requests: headersTimeout/requestTimeout no longer apply. A
    // request whose headers trickle in (phase 1) keeps its start time, so a
    // slowloris peer sending a byte at a time still meets headersTimeout.
    state.requestStart = 0;
  } else {
    state.headersDone = parser.phase === 2;
  }
  if (socket._paused && socket.parser) socket.parser.pause();
}

const badRequestResponse = Buffer.from(`HTTP/1.1 400 ${STATUS_CODES[400]}\r\nConnection: close\r\n\r\n`, 'ascii');
const requestTimeoutResponse = Buffer.from(`HTTP/1.1 408 ${STATUS_CODES[408]}\r\nConnection: close\r\n\r\n`, 'ascii');
const requestHeaderFieldsTooLargeResponse = Buffer.from(`HTTP/1.1 431 ${STATUS_CODES[431]}\r\nConnection: close\r\n\r\n`, 'ascii');
const requestChunkExtensionsTooLargeResponse = Buffer.from(`HTTP/1.1 413 ${STATUS_CODES[413]}\r\nConnection: close\r\n\r\n`, 'ascii');

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error', noop) === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = requestChunkExtensionsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function noop() {}

function onSocketResume() {
  if (this._paused) {
    this.pause();
    return;
  }
}

function onSocketPause() {}

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

// socket.setTimeout(server.timeout) once a request arrives, without its
// argument checks for an integer ms in range (internal/net's
// setSocketTimeout: the keep-alive timeout goes off and on around every
// request; resOnFinish turns it on the same way).
function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  const ms = server.timeout || 0;
  if ((ms | 0) === ms && ms >= 0) internalNet.setSocketTimeout(socket, ms);
  else socket.setTimeout(ms);
  state.keepAliveTimeoutSet = false;
}

// has: the parser's header bits (hasHost, hasExpect), -1 when unknown.
const kHasHost = 1;
const kHasExpect = 2;
// this: the connection's parser (its onIncoming)
// made: the response the parser binding made with the request (see
// consumeSocketChunk), taken while no script's code ran before it would be
// made here.
function parserOnIncoming(req, keepAlive, has, made) {
  const socket = this.socket;
  const state = socket[kStreamConsumer];
  return incomingCaught(this, state, socket, state.server, req, keepAlive, has, made);
}
// incomingOn, whose listener's throw fails the parser as it leaves, caught
// later or not (_http_common parserThrown). (A read the handle handed over
// enters no try block: heldTick.thrown does this for it.)
function incomingCaught(parser, state, socket, server, req, keepAlive, has, made, conn) {
  try {
    return incomingOn(state, socket, server, req, keepAlive, has, made, conn);
  } catch (e) {
    parserThrown(parser);
    throw e;
  }
}
// parserOnIncoming's work, for the connection's state, socket and server
// (consumeSocketChunk calls it directly for the chunk's one request; conn:
// 1 when connChecks holds, the read just parsed)
function incomingOn(state, socket, server, req, keepAlive, has, made, conn) {
  var ws; // eslint-disable-line no-var
  if (conn === 1) {
    // (connChecks, and the binding's request, which has no upgrade: the
    // steps below for that)
    if (state.keepAliveTimeoutSet) {
      socket.timeout = 0;
      socket[kTimeoutMs] = 0;
      state.keepAliveTimeoutSet = false;
    }
    state.headersDone = true;
    state.inReq = req;
  } else {
    ws = socket._writableState;
    if (state.keepAliveTimeoutSet) {
      // (resetSocketTimeout in place, and for no server timeout net's
      // setSocketTimeout(socket, 0) too while it would come to two stores:
      // two calls less per request)
      // (ms: the server's timeout, 0 for any falsy one)
      let ms = server.timeout;
      const r = socket._readableState;
      if (!ms && socket.setTimeout === netSetTimeout && state.piped === false &&
          r !== undefined && r !== null && ws !== undefined && ws !== null) {
        if (!r.destroyed || !ws.destroyed) {
          socket.timeout = 0;
          socket[kTimeoutMs] = 0;
        }
      } else {
        made = undefined;
        if (!ms) ms = 0;
        if ((ms | 0) === ms && ms >= 0) internalNet.setSocketTimeout(socket, ms);
        else socket.setTimeout(ms);
        ws = socket._writableState; // (a script's setTimeout ran)
      }
      state.keepAliveTimeoutSet = false;
    }
    state.headersDone = true;
    if (req.upgrade) {
      req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
      if (req.upgrade) return 2;
      ws = socket._writableState;
    }
    if (state.inReq === null) state.inReq = req; // (pushIncoming's work for the one request)
    else pushIncoming(state, req);
    if (!socket._paused) {
      if (ws.needDrain || state.outgoingData >= ws.highWaterMark) {
        socket._paused = true;
        socket.pause();
        made = undefined;
      }
    }
  }
  // The options object, the pending-data callback and the 'finish'
  // listener are the connection's, shared by its responses (node makes
  // them per request; on goja each costs ~1 KB and a few µs).
  // (vars, undefined for false: no initializing stores; ownClass: the
  // server's response class is a script's)
  var res, ownClass; // eslint-disable-line no-var
  // fresh: res is the binding's copy of the template and no script's code
  // has run since, so its listener map and buffers are the template's
  var fresh; // eslint-disable-line no-var
  if (typeof made === 'object' && made !== null) {
    res = made;
    fresh = true;
  } else {
    const Res = server[kServerResponse];
    if (Res !== ServerResponse) ownClass = true;
    // (resOptions' answer while it stands: the same mark and setting as before)
    const o = server[kResOptions];
    res = Res === ServerResponse ? newResponse(req, o !== undefined && ws !== undefined && ws !== null && ws.highWaterMark === o.highWaterMark &&
        o.rejectNonStandardBodyWrites === server.rejectNonStandardBodyWrites ? o : resOptions(socket, state, server)) : new Res(req, {
      highWaterMark: socket.writableHighWaterMark,
      rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
    });
  }
  res._keepAliveTimeout = server.keepAliveTimeout;
  if (conn !== 1 && server.maxRequestsPerSocket !== 0) res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  if (!fresh) res._onPendingData = onResPendingData; // (the template's)
  // node assigns the parser's answer over the constructor's (false for HTTP/1.0)
  if (res.shouldKeepAlive !== keepAlive) res.shouldKeepAlive = keepAlive;
  if (conn !== 1 && server[kUniqueHeaders] !== null) res[kUniqueHeaders] = server[kUniqueHeaders];
  if (!fresh) res[kSocketState] = state; // (the binding set the made one's)
  const ch = httpChannels.serverStart;
  if (ch !== null && ch.hasSubscribers) {
    ch.publish({ request: req, response: res, socket, server });
    has = -1; // (a subscriber may have changed the request's headers)
    fresh = false;
  }
  // the parser's bits hold while the request's headers are its parser's
  // (parserOnHeadersComplete gives none for a message class or header
  // setter of a script's; only a ServerResponse of a script's ran since)
  if (has === undefined || (ownClass === true && !isParsedHeaders(req))) has = -1;
  // (from here fresh also says that the response's methods are the ones
  // the steps in place do: a fresh response's own names are the template's,
  // none of them a method, and freshChecks checks its prototypes')
  if (socket._httpMessage) {
    if (state.outgoing === noQueue) state.outgoing = [];
    state.outgoing.push(res);
    fresh = false;
  } else {
    if (fresh && (watchCell.epoch === freshEpoch || freshChecks())) {
      // (assignSocket(socket) of a fresh response: its listener map is the
      // template's copy, nothing buffered, not corked, not finished, and the
      // socket has no message; it stays fresh while no script's code runs)
      socket._httpMessage = res;
      // (addResponseClose's in-place case in place; its checks are
      // connChecks' while conn: vars, undefined at first)
      var events, existing; // eslint-disable-line no-var
      if (conn === 1) {
        events = socket._events;
        existing = events.close;
      } else {
        events = SocketOn !== null && socket.on === SocketOn ? socket._events : null;
        existing = events !== undefined && events !== null ? events.close : undefined;
        const max = socket._maxListeners;
        const m = max === undefined ? eeDefaultMax.value : max;
        // ((m >= 2 || !(m > 0)): !(m > 0 && m < 2), no limit of one to warn
        // about, with the usual limit answered by its first compare)
        if (typeof existing !== 'function' || events.newListener !== undefined || !(m >= 2 || !(m > 0))) existing = undefined;
      }
      if (existing !== undefined) {
        let list = state.closeList;
        if (list === null || list[0] !== existing) list = state.closeList = [existing, onServerResponseClose];
        events.close = list;
        res.socket = socket;
      } else {
        addResponseClose(socket);
        fresh = false; // (a 'newListener' listener may have run)
        res.socket = socket;
        if (res.emit !== EEemit) res.emit('socket', socket);
        if (res._flush !== OutgoingFlush || res._flushOutput !== OutgoingFlushOutput) res._flush();
      }
    } else {
      fresh = false;
      res.assignSocket(socket);
    }
  }
  // (events' add called directly while res.on is EventEmitter's)
  if (fresh) {
    res._events.finish = resOnFinish;
    res._eventsCount = 1; // (the template's count is 0)
  } else if (res.on === EEon) {
    // (events' add in place for the first 'finish' listener while nobody
    // listens for 'newListener': a call less per response)
    const events = res._events;
    if (events !== undefined && events.newListener === undefined && events.finish === undefined) {
      events.finish = resOnFinish;
      res._eventsCount++;
    } else {
      eeAdd(res, 'finish', resOnFinish, false);
    }
  } else {
    res.on('finish', resOnFinish);
  }
  var handled; // eslint-disable-line no-var
  // (conn, with the usual request's bits: no request limit, nothing to check)
  if ((conn !== 1 || has !== kHasHost) && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    const maxRequests = server.maxRequestsPerSocket;
    const isRequestsLimitSet = typeof maxRequests === 'number' && maxRequests > 0;
    // (the usual request, with a Host header, no Expect and no request
    // limit, has nothing to check)
    if (has !== kHasHost || isRequestsLimitSet) {
      if (server.requireHostHeader && (has >= 0 ? (has & kHasHost) === 0 : !hasHeader(req, 'host'))) {
        res.writeHead(400, ['Connection', 'close']);
        res.end();
        return 0;
      }
      if (isRequestsLimitSet) {
        state.requestsCount++;
        res.maxRequestsOnConnectionReached = maxRequests <= state.requestsCount;
      }
      if (isRequestsLimitSet && server.maxRequestsPerSocket < state.requestsCount) {
        handled = true;
        server.emit('dropRequest', req, socket);
        res.writeHead(503);
        res.end();
      } else if (has >= 0 ? (has & kHasExpect) !== 0 : hasHeader(req, 'expect')) {
        handled = true;
        if (continueExpression.test(req.headers.expect)) {
          res._expect_continue = true;
          if (server.listenerCount('checkContinue') > 0) {
            server.emit('checkContinue', req, res);
          } else {
            res.writeContinue();
            server.emit('request', req, res);
          }
        } else if (server.listenerCount('checkExpectation') > 0) {
          server.emit('checkExpectation', req, res);
        } else {
          res.writeHead(417);
          res.end();
        }
      }
    }
  }
  if (!handled) {
    // (emitKnown: emit's work without its rest array, while emit is EventEmitter's)
    if (server.emit === EEemit) {
      // (emitKnown's work in place for one 'request' listener: a call less)
      const events = server._events;
      const h = events !== undefined && events !== null ? events.request : undefined;
      if (typeof h === 'function') {
        const r = h.call(server, req, res);
        if (r !== undefined && r !== null) eeAddCatch(server, r, 'request', [req, res]);
      } else {
        emitKnown(server, 'request', 2, req, res);
      }
    } else {
      server.emit('request', req, res);
    }
  }
  return 0;
}

// resOptions: the options the server's ServerResponses get, made once
// (again when a socket's or the server's settings differ; initOutgoing
// only reads them).
const kResOptions = Symbol('http.server.resOptions');
// What consumeSocketChunk's checks before its execute read, and connChecks's,
// for the parser binding's executeHeld (modules/http_parser held.go builds
// its table from this list; TestHeldReadsList fails when those functions
// read another property of these objects, or not one of these):
// [to, from, key] loads the object `to` from from's own property key,
// beginning with the read's state and socket (a load into one of those is
// that object: the parser's socket is the read's); [obj, key] is a check.
readChecks([
  ['parser', 'state', 'parser'], ['server', 'state', 'server'], ['rs', 'socket', '_readableState'],
  ['ws', 'socket', '_writableState'], ['events', 'socket', '_events'], ['o', 'server', kResOptions],
  ['socket', 'parser', 'socket'],
  ['parser', 'onIncoming'], ['parser', '_async'], ['parser', 'execute'], ['parser', '_execute'],
  ['parser', 'joinDuplicateHeaders'], ['parser', 'maxHeaderPairs'],
  ['server', kIncomingMessage], ['server', 'joinDuplicateHeaders'], ['server', kServerResponse],
  ['server', 'rejectNonStandardBodyWrites'],
  ['rs', 'destroyed'], ['rs', 'flowing'], ['rs', 'length'], ['rs', 'highWaterMark'], ['ws', 'highWaterMark'],
  ['events', 'data'], ['events', 'readable'],
  ['o', 'plain'], ['o', 'highWaterMark'], ['o', 'rejectNonStandardBodyWrites'],
  // (connChecks's)
  ['server', 'timeout'], ['server', kUniqueHeaders], ['server', 'maxRequestsPerSocket'],
  ['socket', 'setTimeout'], ['socket', 'on'], ['socket', '_maxListeners'], ['state', 'piped'],
  ['events', 'close'], ['events', 'newListener'],
  ['socket', '_paused'], ['state', 'inReq'], ['state', 'outgoingData'], ['ws', 'needDrain'],
]);
function resOptions(socket, state, server) {
  let o = server[kResOptions];
  const ws = socket._writableState;
  const hwm = ws !== undefined && ws !== null ? ws.highWaterMark : socket.writableHighWaterMark; // (writableHwm)
  const reject = server.rejectNonStandardBodyWrites;
  if (o === undefined || o.highWaterMark !== hwm || o.rejectNonStandardBodyWrites !== reject) {
    // (plain: what newResponse asks of options, the default mark and no
    // rejectNonStandardBodyWrites, answered once)
    o = server[kResOptions] = { highWaterMark: hwm, rejectNonStandardBodyWrites: reject,
      plain: (!hwm || hwm === kDefaultHighWaterMark) && !reject };
  }
  return o;
}

// this: the response (its 'finish' listener, shared by every response;
// the whole write's callback calls resFinished directly while the listener
// is the response's only one: serverFns)
function resOnFinish() {
  resFinished(this);
}
// direct: true when called by the whole write's callback (js/_http_outgoing.js
// wholeCallback) as the response's only 'finish' listener, having found the
// response's emit EventEmitter's, whose caller does nothing more after it
// unless the socket is ending or destroyed (Writable's afterWrite): the
// request's end may then run in place (quietFinish), as no code can come
// between. Or the socket: resFinished is then the whole write's tick (net's
// writeWhole; wholeWritten in js/_http_outgoing.js, whose work for a
// response with the server's listener alone it does itself: a call less).
const { _errorBuffer: writableErrorBuffer, _finishMaybe: writableFinishMaybe } = require('internal/streams/writable');
function resFinished(res, direct) {
  // (endMap: the request's listener map when its 'end' listener was added
  // in place below, its parser then parser; vars, undefined for false)
  // (s, ev, st, t, r, w and fws: temporaries, vars for the same reason)
  var tickWs, endMap, parser, s, ev, st, t, r, w, fws, now; // eslint-disable-line no-var
  if (direct !== undefined && direct !== true) {
    // (any message written whole comes here: a client's request too, which
    // has no connection state and goes the general way)
    const ws = direct._writableState;
    if (ws.needDrain || ((s = res.socket) && s._hadError) || res.emit !== EEemit ||
        (ev = res._events) === undefined || ev === null || ev.finish !== resOnFinish) {
      outgoingWholeWritten(res, direct);
      return;
    }
    ws.pendingcb--; // (afterWrite's, no 'drain' due)
    tickWs = ws;
  }
  const req = res.req;
  const state = res[kSocketState];
  const socket = state.socket;
  const rs = req._readableState;
  const sws = socket._writableState;
  // (same: the methods the steps in place stand for are the ones below,
  // finishChecks; one call while the five have the shapes they had when
  // the checks last held and no watched object changed; 2 when the
  // request's, its state's and the socket's Writable state's fields
  // finishHeld names are their prototypes' defaults too: sws is then
  // neither ending nor destroyed until a script's code runs)
  const same = shapesHeld(0, req, res, socket, rs, sws) ? finishHeld : finishChecks(req, res, socket, rs, sws);
  const server = state.server;
  // (set where a script's code may run: the queue is asked again before the
  // deferred ticks are left to quietFinish, and the response's emit; while
  // only the steps in place ran, the first answers hold: nothing could queue
  // a tick, replace nextTick or emit, track async contexts or exit; a var,
  // undefined for false)
  var foreign; // eslint-disable-line no-var
  const ch = httpChannels.serverFinish;
  if (ch !== null && ch.hasSubscribers) {
    ch.publish({ request: req, response: res, socket, server });
    foreign = true;
  }
  if (state.incoming === noQueue) state.inReq = null; // (shiftIncoming's work for the one request)
  else shiftIncoming(state);
  // The request's resume tick and the response's close tick go to the
  // queue's end, where tick2/tick1 would put them while nothing else is
  // queued, only at the end of this function (at `defer`): quietFinish may
  // run them in place there with the request's readable tick before them.
  let defer = -1;
  if (!req._consuming && !rs.resumeScheduled) {
    // (IncomingMessage's _dump and Readable's resume() in place for a
    // request nobody listens to for 'data': two calls less per request)
    const events = req._events;
    if (!req._dumped && events !== undefined && events !== null && events.data === undefined &&
        (same || (req._dump === IMdump && req.removeAllListeners === ReadableRemoveAll && req.resume === ReadableResume))) {
      req._dumped = true;
      if (!rs.flowing) {
        rs.flowing = !rs.readableListening;
        rs.resumeScheduled = true;
        // (foldReq: run from the read with its readable tick unqueued, see
        // consumeSocketChunk: ticksAfter(3) is then that nothing was queued
        // since, as while no script's code ran, and tickable())
        if (direct !== undefined && (foldReq === req ? foreign !== true || (tickQueue.length === 0 && tickable()) : ticksAfter(3))) {
          defer = tickQueue.length;
        }
        else tick2(quietResumeNT, req, rs);
      }
      rs.paused = false;
    } else {
      req._dump();
    }
  }
  if (same || (res.detachSocket === SRdetachSocket && socket.removeListener === ReadableRemoveListener &&
      LegacyStreamProto.removeListener === EEremoveListener)) {
    // (detachSocket in place for its usual case, below: a call less)
    const events = socket._events;
    const list = events !== undefined && events !== null ? events.close : undefined;
    if ((list === state.closeList || (list !== undefined && typeof list !== 'function' && list.length === 2 &&
        list[1] === onServerResponseClose)) && events.removeListener === undefined) {
      events.close = list[0];
    } else {
      EEremoveListener.call(socket, 'close', onServerResponseClose);
      foreign = true;
    }
    socket._httpMessage = null;
    res.socket = null;
  } else {
    res.detachSocket(socket);
    foreign = true;
  }
  // (clearIncoming(req) written out for a request whose 'end' is still to
  // come: a call less per response)
  const reqSocket = req.socket;
  parser = reqSocket && reqSocket.parser;
  if (parser && parser.incoming === req) {
    if (rs.endEmitted) parser.incoming = null;
    else if (same || (req.on === ReadableOn && LegacyStreamProto.on === EEon)) {
      // (events' add in place for the first 'end' listener, as above)
      const events = req._events;
      if (events !== undefined && events !== null && events.newListener === undefined && events.end === undefined) {
        events.end = clearIncoming;
        req._eventsCount++;
        endMap = events;
      } else {
        eeAdd(req, 'end', clearIncoming, false);
        foreign = true;
      }
    } else {
      req.on('end', clearIncoming);
      foreign = true;
    }
  }
  if (defer < 0) {
    tick1(emitCloseNT, res);
  } else if (tickQueue.length !== defer || (foreign && !(foldReq === req ? tickable() : ticksAfter(3)))) {
    // (a script's code ran and queued, or changed how ticks queue: the
    // resume goes where it was due, the close as it would have)
    tickQueue.splice(defer, 0, quietResumeNT, 2, req, rs);
    defer = -1;
    tick1(emitCloseNT, res);
  }
  if (res._last) {
    foreign = true;
    // (without the rest of afterWrite here, the two deferred ticks go
    // where they are due now, at the queue's end, before what destroySoon
    // queues: what the splice below would do once the socket is ending)
    if (defer >= 0 && tickWs === undefined) {
      tickQueue.push(quietResumeNT, 2, req, rs, emitCloseNT, 1, res);
      defer = -1;
    }
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
    if (defer >= 0) {
      // The socket is ending: the rest of afterWrite (below), which may
      // queue ticks then, runs first; when neither it nor destroySoon
      // queued any, the request's readable, resume, close and end steps
      // run in place (quietFinish), as the ticks would run next; else the
      // two ticks go where they were due, before what was queued since.
      if (tickWs.destroyed) writableErrorBuffer(tickWs);
      if (tickWs.ending) writableFinishMaybe(direct, tickWs, true);
      tickWs = undefined;
      const ws = socket._writableState;
      if (!(tickQueue.length === defer && ws !== undefined && ws !== null && ws.destroyed !== true &&
            quietFinish(req, rs, res, false, undefined, foldReq === req))) {
        tickQueue.splice(defer, 0, quietResumeNT, 2, req, rs, emitCloseNT, 1, res);
      }
      defer = -1;
    }
  } else if (state.outgoing === noQueue || state.outgoing.length === state.outHead) {
    // (noQueue: no response was ever queued on the connection)
    const kat = server.keepAliveTimeout;
    // (the usual re-arm first, each condition below in one test: the
    // keepAliveTimeout last found valid, whose timeout okMs is; net's
    // setTimeout and a socket neither ending nor destroyed, as same 2 says
    // while no script's code ran here; no fast pipe; the socket's timer due
    // no later than the new timeout: the stores in place below; st: the
    // socket's setTimeout, net's when same)
    if (kat === okKeepAlive && same === 2 && foreign !== true && state.piped === false &&
        (t = socket[kTimer]) !== null && t !== undefined && t._expiry <= (now = sharedNow[NOW]) + okMs) {
      socket.timeout = okMs;
      socket[kTimeoutMs] = okMs;
      socket[kLastActive] = now;
      state.keepAliveTimeoutSet = true;
    } else if (kat && (same || (st = socket.setTimeout) === netSetTimeout || typeof st === 'function')) {
      // a second past the advertised timeout, as node, so that a client
      // reusing the connection at the last moment finds it open
      const ms = kat + 1000;
      // (net's setSocketTimeout in place while a timer armed before is
      // due no later than the new timeout: a call less per request; a
      // socket in a fast pipe is noted in its state, incomingOn's test;
      // the socket is not destroyed while sws, its Writable state, is
      // same's, finishHeld 2, and no script's code ran: r and w are left
      // undefined then)
      if ((kat === okKeepAlive || validKeepAlive(kat, ms)) && (same || st === netSetTimeout) && state.piped === false &&
          (t = socket[kTimer]) !== null && t !== undefined && ((foreign !== true && same === 2) ||
            ((r = socket._readableState) !== undefined && r !== null && (w = socket._writableState) !== undefined && w !== null))) {
        if (w === undefined || !r.destroyed || !w.destroyed) {
          now = sharedNow[NOW];
          if (!(t._expiry <= now + ms)) {
            internalNet.setSocketTimeout(socket, ms);
            foreign = true;
          } else {
            socket.timeout = ms;
            socket[kTimeoutMs] = ms;
            socket[kLastActive] = now;
          }
        }
      } else if ((ms | 0) === ms && ms >= 0) {
        internalNet.setSocketTimeout(socket, ms);
        foreign = true;
      } else {
        socket.setTimeout(ms);
        foreign = true;
      }
      state.keepAliveTimeoutSet = true;
    }
  } else {
    foreign = true;
    const m = queueShift(state, true);
    if (m) m.assignSocket(socket);
  }
  if (defer >= 0) quiet: {
    if (tickQueue.length === defer) {
      if (foreign !== true && same === 2 && endMap !== undefined) {
        // quietFinish(req, rs, res, true, 2) in place, for what this function
        // knows: the socket's Writable state is neither ending nor destroyed
        // (sws, same), it set flowing and resumeScheduled, found _consuming false
        // and endEmitted not true, and added the 'end' listener (clearIncoming)
        // to endMap, the request's listener map, with the parser's incoming the
        // request; no code but this function's ran since (a call and ≈ 10
        // reads less per request; the queue's length is defer)
        // (the read's readable tick, foldReq: the read set ended, reading
        // and complete as checked here, after the handler, which found the
        // request not ended and could not queue its end; no code but ours ran)
        if ((foldReq === req || (rs.ended && !rs.reading && rs.endQueued !== true && tickQueue[defer - 3] === quietReadableNT &&
              tickQueue[defer - 1] === req && req.complete)) && endMap.readable === undefined && endMap.resume === undefined &&
            (ev = res._events) !== null && (ev === undefined || ev.close === undefined) && !rs.destroyed && !rs.closeEmitted) {
          if (foldReq === req) foldReq = undefined;
          else tickQueue.length = defer - 3;
          // (readable, resume, close and end, as quietFinish runs them)
          rs.emittedReadable = false;
          rs.readingMore = false;
          req._consuming = true;
          rs.resumeScheduled = false;
          if (!res._closed) {
            res.destroyed = true;
            res._closed = true;
          }
          rs.endEmitted = true;
          parser.incoming = null;
          rs.destroyed = true;
          rs.closed = true;
          rs.closeEmitted = true;
          if (endMap.close !== undefined) req.emit('close');
          break quiet;
        }
      } else if ((fws = socket._writableState) !== undefined && fws !== null && fws.ending !== true && fws.destroyed !== true &&
          quietFinish(req, rs, res, !foreign, !foreign && same, foldReq === req)) {
        break quiet;
      }
    }
    tickQueue.splice(defer, 0, quietResumeNT, 2, req, rs, emitCloseNT, 1, res);
  }
  if (tickWs !== undefined) {
    // (the rest of afterWrite)
    if (tickWs.destroyed) writableErrorBuffer(tickWs);
    if (tickWs.ending) writableFinishMaybe(direct, tickWs, true);
  }
}

// resFinished's checks of the methods it stands for, all of them; when
// they hold, the shapes of the three are held for the next response's
// (holdShapes; a few tries, for objects it cannot hold: a dictionary, a
// chain it cannot watch)
const finishNames = ['emit', '_dump', 'removeAllListeners', 'resume', 'on', 'detachSocket', 'removeListener', 'setTimeout', ...quietNames];
let finishHolds = 0;
function finishChecks(req, res, socket, rs, sws) {
  const e = watchCell.epoch;
  if (res.emit !== EEemit || req._dump !== IMdump || req.removeAllListeners !== ReadableRemoveAll || req.resume !== ReadableResume ||
      req.on !== ReadableOn || res.detachSocket !== SRdetachSocket || socket.removeListener !== ReadableRemoveListener ||
      socket.setTimeout !== netSetTimeout || LegacyStreamProto.removeListener !== EEremoveListener || LegacyStreamProto.on !== EEon ||
      !quietMethods(req)) {
    return false;
  }
  if (finishHolds < 16) {
    if (watched() && holdShapes(0, e, finishNames, req, res, socket, rs, sws)) {
      const { inheritsAll } = httpFns;
      finishHeld = inheritsAll(req, plainRequest) && inheritsAll(rs, plainRequestState) &&
        inheritsAll(sws, plainSocketState) ? 2 : true;
      return finishHeld;
    }
    finishHolds++;
  }
  return true;
}

// finishHeld: 2 when the request and its state whose shapes resFinished's
// checks last held (site 0) have none of the fields below as their own,
// and inherit each as a data property of the value given from watched
// prototypes: a request and state of those shapes have them while the
// shapes hold (quietFinish then leaves the reads out: ≈ 9 reads of
// prototypes' defaults or of names absent from them); true otherwise.
let finishHeld = true;
const plainRequest = ['writable', undefined, '_writableState', undefined, 'aborted', false];
const plainRequestState = ['length', 0, 'errored', null, 'autoDestroy', true, 'constructed', true, 'emitClose', true,
  'readableListening', false];
const plainSocketState = ['ending', false, 'destroyed', false];

// okKeepAlive: the last keepAliveTimeout whose timeout (+ 1 s, okMs) was
// found a positive 32-bit integer, as setSocketTimeout asks of it (one
// comparison per response instead of the check)
let okKeepAlive = NaN;
let okMs = 0;
function validKeepAlive(kat, ms) {
  if ((ms | 0) === ms && ms > 0) {
    okKeepAlive = kat;
    okMs = ms;
    return true;
  }
  return false;
}

{
  const fns = require('internal/http_fns');
  fns.resOnFinish = resOnFinish;
  fns.resFinished = resFinished;
  fns.wholeWritten = resFinished;
  fns.clearIncoming = clearIncoming;
  fns.serverFinish = ServerResponse.prototype._finish;
  fns.kPerf = kPerf;
  fns.emitCloseNT = emitCloseNT;
  fns.foldDone = function foldDone() { foldReq = undefined; }; // (quietFinish took the read's readable tick)
}

function clearIncoming(req) {
  req = req || this;
  const parser = req.socket && req.socket.parser;
  if (parser && parser.incoming === req) {
    if (req._readableState.endEmitted) parser.incoming = null;
    // (Readable's on() for 'end' comes to events' add while Stream's on is
    // EventEmitter's: called directly then)
    else if (req.on === ReadableOn && LegacyStream.prototype.on === EEon) eeAdd(req, 'end', clearIncoming, false);
    else req.on('end', clearIncoming);
  }
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    // (emit() with nobody listening does nothing: a rest array on goja)
    const events = self._events;
    if (self.emit !== EEemit || events === null || (events !== undefined && events.close !== undefined)) self.emit('close');
  }
}

require('internal/builtin_internals').httpServer = { kConnections };
module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  kConnectionsCheckingInterval,
  httpServerPreClose,
};
