'use strict';
// OutgoingMessage: the shared half of ServerResponse and ClientRequest. It
// renders the head once (_storeHeader: framing by Content-Length or chunked,
// Connection/keep-alive, Date), then frames each write (chunk-size lines in
// chunked mode) and hands bytes to its socket, or buffers them in outputData
// until a socket is assigned (a request waiting for an agent's socket, a
// pipelined response waiting for its turn).

const Stream = require('stream');
const EE = require('events');
const { init: EEinit, initOf: EEinitOf, emitKnown } = require('internal/events_fns'); // (filled in: events is loaded)
const EEemit = EE.prototype.emit;
const { Buffer } = require('buffer');
// (stream getters read from the states: a getter is a call back into the VM)
const { writableOf, isUint8Array } = require('internal/streams/utils');
const { _checkIsHttpToken: checkIsHttpToken, _checkInvalidHeaderChar: checkInvalidHeaderChar, chunkExpression: RE_TE_CHUNKED } = require('_http_common');
const { lowerName } = require('internal/builtin_internals').httpCommon;
const {
  codes: {
    ERR_HTTP_BODY_NOT_ALLOWED,
    ERR_HTTP_CONTENT_LENGTH_MISMATCH,
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_HEADER_VALUE,
    ERR_HTTP_TRAILER_INVALID,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_INVALID_HTTP_TOKEN,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
  },
  hideStackFrames,
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { byteLengthUtf8 } = internalBinding('buffer');
const { setTimeout: setTimer } = require('internal/timers');
const internalNet = require('internal/net');
const httpFns = require('internal/http_fns');
let writeWhole = null; // internal/net's, once net has loaded (endWhole)
let idleSite = -1; // (its idle states' shape site: shapesHeld)
// end()'s last string body and its UTF-8 length
let lastBody = '';
let lastBodyLength = 0;

const kCorked = Symbol('corked');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kDefaultHighWaterMark = 16 * 1024;

const nop = () => {};
const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const crlf_buf = Buffer.from('\r\n');

// Date header, rendered once a second as node does (the whole header line
// with it: one concatenation less per message).
let utcCache;
let dateLine = '';
function clearUtcCache() { utcCache = undefined; }
function utcDate() {
  if (!utcCache) {
    const d = new Date();
    utcCache = d.toUTCString();
    dateLine = 'Date: ' + utcCache + '\r\n';
    const t = setTimer(clearUtcCache, 1000 - d.getMilliseconds());
    t.unref();
  }
  return utcCache;
}

// The keep-alive lines for the last timeout/max rendered (a server's are
// the same for every response; kaMax is the message's
// _maxRequestsPerSocket as it was, undefined for most servers).
// (node's is a primordial: a script's Math.floor is not called)
const { MathFloor } = require('internal/builtin_internals').primordials;
let kaTimeout = NaN; // (equal to no timeout: the first is rendered)
let kaMax = -1;
let kaLines = '';
function keepAliveLines(timeout, raw) {
  if (timeout !== kaTimeout || raw !== kaMax) {
    let max = raw;
    if (!(~~max > 0)) max = 0;
    kaLines = 'Connection: keep-alive\r\nKeep-Alive: timeout=' + MathFloor(timeout / 1000) +
      (max > 0 ? ', max=' + max : '') + '\r\n';
    kaTimeout = timeout;
    kaMax = raw;
  }
  return kaLines;
}

// The last Content-Length line and the last tail of a head (see
// _storeHeader), kept.
let clLen = -1;
let clLine = '';
function contentLengthLine(n) {
  if (n !== clLen) {
    clLine = 'Content-Length: ' + n + '\r\n';
    clLen = n;
  }
  return clLine;
}
let tailDate = '';
let tailConn = '';
let tailFraming = '';
let tail = '\r\n';
// (the last whole head, made of these two)
let wholeStart = '';
let wholeTail = '';
let wholeHead = '';
function headTail(dl, cl, fl) {
  if (dl !== tailDate || cl !== tailConn || fl !== tailFraming) {
    tail = dl + cl + fl + '\r\n';
    tailDate = dl;
    tailConn = cl;
    tailFraming = fl;
  }
  return tail;
}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

function isContentDispositionField(s) {
  return s.length === 19 && s.toLowerCase() === 'content-disposition';
}

function OutgoingMessage(options) {
  initOutgoing(this, options);
}
// The constructor's work, which ServerResponse and ClientRequest call
// directly (a native .call() fewer per message on goja).
function initOutgoing(msg, options) {
  // Stream(), which only runs EventEmitter's init: called directly, two
  // native .call()s fewer per message on goja.
  const init = EE.init;
  if (init === EEinit) EEinitOf(msg, undefined);
  else init.call(msg);
  // Every other field starts at its prototype default (below): goja keeps
  // own properties in a Go map, and a response written once per request
  // paid for ~35 of them (see ARCHITECTURE.md, HTTP).
  if (options) {
    // (the prototype's mark is the default: a symbol-keyed own property is
    // an allocation on goja)
    const hwm = options.highWaterMark;
    if (hwm && hwm !== kDefaultHighWaterMark) msg[kHighWaterMark] = hwm;
    if (options.rejectNonStandardBodyWrites) msg[kRejectNonStandardBodyWrites] = true;
  }
}
// outputData starts as a shared frozen empty array; the first buffered
// chunk gives the message its own (pendingOutput()).
const kNoOutput = Object.freeze([]);
Object.assign(OutgoingMessage.prototype, {
  outputData: kNoOutput,
  outputSize: 0,
  writable: true,
  destroyed: false,
  _last: false,
  chunkedEncoding: false,
  shouldKeepAlive: true,
  maxRequestsOnConnectionReached: false,
  _defaultKeepAlive: true,
  useChunkedEncodingByDefault: true,
  sendDate: false,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  strictContentLength: false,
  _contentLength: null,
  _hasBody: true,
  _trailer: '',
  finished: false,
  _headerSent: false,
  socket: null,
  _header: null,
  _closed: false,
  _keepAliveTimeout: 0,
  _onPendingData: nop,
  [kBytesWritten]: 0,
  [kNeedDrain]: false,
  [kCorked]: 0,
  [kErrored]: null,
  [kOutHeaders]: null,
  [kHighWaterMark]: kDefaultHighWaterMark,
  [kRejectNonStandardBodyWrites]: false,
});
function pendingOutput(msg) {
  let out = msg.outputData;
  if (out === kNoOutput) msg.outputData = out = [];
  return out;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

function getter(name, get) {
  Object.defineProperty(OutgoingMessage.prototype, name, { configurable: true, enumerable: false, get });
}
getter('errored', function () { return this[kErrored]; });
getter('closed', function () { return this._closed; });
getter('writableFinished', function () {
  return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
});
getter('writableObjectMode', () => false);
getter('writableLength', function () { return this.outputSize + (this.socket ? this.socket.writableLength : 0); });
getter('writableHighWaterMark', function () { return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark]; });
getter('writableCorked', function () { return this.socket ? this.socket.writableCorked : this[kCorked]; });
getter('writableEnded', function () { return this.finished; });
getter('writableNeedDrain', function () { return !this.destroyed && !this.finished && this[kNeedDrain]; });
getter('headersSent', function () { return !!this._header; });
Object.defineProperty(OutgoingMessage.prototype, 'connection', {
  configurable: true, enumerable: true,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

// The deprecated (DEP0066) views of the header map.
const { deprecate, debuglog } = require('util');
// NODE_DEBUG=http logs as node's (the same messages at the same places)
// (debugOn: whether a call of debug() could log; it stays true until the
// first call made debug node's logger or a function doing nothing)
let debugOn = true;
const debugLogger = debuglog('http', (fn) => { debug = fn; debugOn = debugLogger.enabled; });
let debug = debugLogger;
Object.defineProperty(OutgoingMessage.prototype, '_headers', {
  configurable: true, enumerable: false,
  get: deprecate(function () { return this.getHeaders(); },
    'OutgoingMessage.prototype._headers is deprecated', 'DEP0066'),
  set: deprecate(function (val) {
    if (val == null) {
      this[kOutHeaders] = null;
    } else if (typeof val === 'object') {
      const headers = this[kOutHeaders] = { __proto__: null };
      for (const name of Object.keys(val)) headers[name.toLowerCase()] = [name, val[name]];
    }
  }, 'OutgoingMessage.prototype._headers is deprecated', 'DEP0066'),
});

Object.defineProperty(OutgoingMessage.prototype, '_headerNames', {
  configurable: true, enumerable: false,
  get: deprecate(function () {
    const headers = this[kOutHeaders];
    if (headers === null) return null;
    const out = { __proto__: null };
    for (const key of Object.keys(headers)) out[key] = headers[key][0];
    return out;
  }, 'OutgoingMessage.prototype._headerNames is deprecated', 'DEP0066'),
  set: deprecate(function (val) {
    if (typeof val === 'object' && val !== null) {
      const headers = this[kOutHeaders];
      if (!headers) return;
      for (const key of Object.keys(val)) {
        const header = headers[key];
        if (header) headers[key] = [val[key], header[1]]; // (entries are shared: see newEntry)
      }
    }
  }, 'OutgoingMessage.prototype._headerNames is deprecated', 'DEP0066'),
});

// _renderHeaders: the headers set so far as { Name: value } in the case
// they were set (spdy's response renders them for its HTTP/2 stream).
OutgoingMessage.prototype._renderHeaders = function _renderHeaders() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  const map = this[kOutHeaders];
  const headers = {};
  if (map !== null && map !== undefined) {
    const keys = Object.keys(map);
    for (let i = 0; i < keys.length; i++) headers[map[keys[i]][0]] = map[keys[i]][1];
  }
  return headers;
};

// (whether any message was ever corked without a socket: until then every
// message's kCorked is the prototype's 0, and end() need not read it)
let corkedAlone = false;
OutgoingMessage.prototype.cork = function cork() {
  if (this.socket) this.socket.cork();
  else {
    corkedAlone = true;
    this[kCorked]++;
  }
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this.socket) this.socket.uncork();
  else if (this[kCorked]) this[kCorked]--;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function socketSetTimeoutOnConnect(socket) { socket.setTimeout(msecs); });
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', function socketDestroyOnConnect(socket) { socket.destroy(error); });
  return this;
};

OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      const header = this._header;
      pendingOutput(this).unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback, size) {
  const conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  pendingOutput(this).push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
};

// _storeHeader's working record for headers rendered in JS, one per
// runtime (it never re-enters itself): one object less per message.
const headState = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, header: '' };
// (own: true from callers that pass the message's own header map, read just
// before; a symbol-keyed read less per head; 2 from end() for a plain
// message, endPlain: the fields below that keep their defaults are known
// without reading them)
OutgoingMessage.prototype._storeHeader = _storeHeader;
function _storeHeader(firstLine, headers, own) {
  // What the headers said (matchHeader's findings), as locals: the usual
  // head, rendered in Go, says nothing special and sets none of them.
  // (vars, undefined for false: a frame's vars start undefined, where each
  // initialized let costs two instructions on goja)
  let header = firstLine;
  var connection, contLen, te, date, expect, trailer, n, rendered; // eslint-disable-line no-var
  if (!headers) {
    // (no headers)
  } else if ((own === 2 || own === true || headers === this[kOutHeaders]) && (rendered = renderHead(firstLine, headers)) !== undefined) {
    // the header map rendered in Go (modules/http_parser/head.go), what
    // matchHeader would have learnt from it applied here
    header = rendered;
    const f = headOut[0];
    if (f === H_CONTENT_LENGTH) {
      // (the usual flag alone, matchRendered's work in place: a call less)
      contLen = true;
      this._contentLength = headOut[1];
      this._removedContLen = false;
    } else if (f !== 0) {
      matchRendered(this, f);
      // (a Keep-Alive header made _defaultKeepAlive false: not plain)
      if ((f & H_KEEP_ALIVE) !== 0) own = true;
      connection = (f & H_CONNECTION) !== 0;
      contLen = (f & H_CONTENT_LENGTH) !== 0;
      te = (f & H_TE) !== 0;
      date = (f & H_DATE) !== 0;
      expect = (f & H_EXPECT) !== 0;
      trailer = (f & H_TRAILER) !== 0;
    }
  } else {
    const state = headState;
    state.connection = state.contLen = state.te = state.date = state.expect = state.trailer = false;
    state.header = firstLine;
    if (headers === this[kOutHeaders]) {
      for (const key in headers) {
        const entry = headers[key];
        processHeader(this, state, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          const entry = headers[i];
          processHeader(this, state, entry[0], entry[1], true);
        }
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let n = 0; n < headers.length; n += 2) processHeader(this, state, headers[n], headers[n + 1], true);
      }
    } else {
      for (const key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key)) processHeader(this, state, key, headers[key], true);
      }
    }
    // (matchHeader may have changed a default a plain message keeps: its
    // _defaultKeepAlive for a Keep-Alive header)
    own = true;
    header = state.header;
    connection = state.connection;
    contLen = state.contLen;
    te = state.te;
    date = state.date;
    expect = state.expect;
    trailer = state.trailer;
  }
  // The lines after the headers (Date, Connection/Keep-Alive, the framing)
  // are joined once and kept while they stay the same (a server's are,
  // but for the Date once a second): one concatenation per head instead of
  // six.
  // (the caches' checks written out: a call less for each that holds)
  // (vars: the plain path sets each, the general one starts them empty)
  var dl, cl, fl; // eslint-disable-line no-var
  if (own === 2 && !connection && !trailer) {
    // A plain message (end()'s endPlain): sendDate, shouldKeepAlive,
    // useChunkedEncodingByDefault, _defaultKeepAlive and _hasBody true,
    // chunkedEncoding, _removedConnection, maxRequestsOnConnectionReached,
    // _removedContLen and _removedTE false, _maxRequestsPerSocket
    // undefined: the lines below as the general steps render them, without
    // reading those eleven defaults from the prototypes.
    if (date) {
      dl = '';
    } else {
      if (utcCache === undefined) utcDate();
      dl = dateLine;
    }
    const timeout = this._keepAliveTimeout;
    if (timeout) cl = timeout === kaTimeout && kaMax === undefined ? kaLines : keepAliveLines(timeout, undefined);
    else cl = 'Connection: keep-alive\r\n';
    if (contLen || te) {
      fl = '';
    } else if (typeof (n = this._contentLength) === 'number') {
      fl = n === clLen ? clLine : contentLengthLine(n);
    } else {
      fl = 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    }
  } else {
    dl = cl = fl = '';
    if (this.sendDate && !date) {
      if (utcCache === undefined) utcDate();
      dl = dateLine;
    }
    if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
      this._last = true;
      this.shouldKeepAlive = false;
      this.chunkedEncoding = false;
    }
    if (this._removedConnection) {
      // No Connection header, as asked; keep-alive still decides.
      this._last = !this.shouldKeepAlive;
    } else if (!connection) {
      const shouldSendKeepAlive = this.shouldKeepAlive &&
        (contLen || this.useChunkedEncodingByDefault || this.agent);
      if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
        cl = 'Connection: close\r\n';
      } else if (shouldSendKeepAlive) {
        const timeout = this._keepAliveTimeout;
        if (timeout && this._defaultKeepAlive) {
          const max = this._maxRequestsPerSocket;
          cl = timeout === kaTimeout && max === kaMax ? kaLines : keepAliveLines(timeout, max);
        } else {
          cl = 'Connection: keep-alive\r\n';
        }
      } else {
        this._last = true;
        cl = 'Connection: close\r\n';
      }
    }
    if (!contLen && !te) {
      if (!this._hasBody) {
        this.chunkedEncoding = false;
      } else if (!this.useChunkedEncodingByDefault) {
        this._last = true;
      } else if (!trailer && !this._removedContLen && typeof (n = this._contentLength) === 'number') {
        fl = n === clLen ? clLine : contentLengthLine(n);
      } else if (!this._removedTE) {
        fl = 'Transfer-Encoding: chunked\r\n';
        this.chunkedEncoding = true;
      } else {
        this._last = true;
      }
    }
  }
  if (trailer && this.chunkedEncoding !== true) throw new ERR_HTTP_TRAILER_INVALID();
  const t = dl === tailDate && cl === tailConn && fl === tailFraming ? tail : headTail(dl, cl, fl);
  // (renderHead gives back the last head's string for the same lines: the
  // whole head is then the last one too, one concatenation less)
  if (header !== wholeStart || t !== wholeTail) {
    wholeStart = header;
    wholeTail = t;
    wholeHead = header + t;
  }
  this._header = wholeHead;
  // (false already but for a script's own: a store would make the
  // prototype's default an own property, which end() makes it anyway)
  if (this._headerSent !== false) this._headerSent = false;
  if (expect) this._send('');
}

// renderHead's flags (head.go), applied as matchHeader applies each header
const { renderHead, headOut: headOutBuffer } = internalBinding('http_parser');
const headOut = new Float64Array(headOutBuffer);
const H_CONNECTION = 1;
const H_CONN_CLOSE = 2;
const H_TE = 4;
const H_TE_CHUNKED = 8;
const H_CONTENT_LENGTH = 16;
const H_DATE = 32;
const H_EXPECT = 64;
const H_TRAILER = 128;
const H_KEEP_ALIVE = 256;
function matchRendered(self, f) {
  if ((f & H_CONNECTION) !== 0) {
    self._removedConnection = false;
    if ((f & H_CONN_CLOSE) !== 0) self._last = true;
    else self.shouldKeepAlive = true;
  }
  if ((f & H_TE) !== 0) {
    self._removedTE = false;
    if ((f & H_TE_CHUNKED) !== 0) self.chunkedEncoding = true;
  }
  if ((f & H_CONTENT_LENGTH) !== 0) {
    self._contentLength = headOut[1];
    self._removedContLen = false;
  }
  if ((f & H_KEEP_ALIVE) !== 0) self._defaultKeepAlive = false;
}

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  // With a Content-Length the head goes out with the body as UTF-8; a
  // Content-Disposition given as latin1 ("binary") text must keep its bytes
  // (RFC 6266 4.3), so it is decoded back into the characters they spell.
  if (isContentDispositionField(key) && self._contentLength && typeof value === 'string') {
    value = Buffer.from(value, 'latin1').toString();
  }
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) &&
        (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += key + ': ' + value + '\r\n';
  matchHeader(self, state, key, value);
}

function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  field = lowerName(field);
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

const validateHeaderName = hideStackFrames((name, label) => {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
});

const validateHeaderValue = hideStackFrames((name, value) => {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('header content', name);
});

const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
function validateLinkHeaderFormat(value, name) {
  if (typeof value === 'undefined' || !linkValueRegExp.test(value)) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be an array or string of format "</styles.css>; rel=preload; as=style"');
  }
}

function validateLinkHeaderValue(hints) {
  if (typeof hints === 'string') {
    validateLinkHeaderFormat(hints, 'hints');
    return hints;
  } else if (Array.isArray(hints)) {
    let result = '';
    for (let i = 0; i < hints.length; i++) {
      validateLinkHeaderFormat(hints[i], 'hints');
      result += hints[i];
      if (i !== hints.length - 1) result += ', ';
    }
    return result;
  }
  throw new ERR_INVALID_ARG_VALUE('hints', hints, 'must be an array or string of format "</styles.css>; rel=preload; as=style"');
}

function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (let i = 0; i < headers.length; i++) unique.add(String(headers[i]).toLowerCase());
  return unique;
}

// The lower case of every name set (nameRecord) or looked up (getHeader
// ('Last-Modified') of a response that has none: Express asks on every
// response), bounded as validNames: getHeader and hasHeader read the key
// in one step. (An object's property: lowerName's Map costs a native call.)
const nameKeys = { __proto__: null };
let nameKeysCount = 0;
function lookupKey(name) {
  let key = nameKeys[name];
  if (key === undefined) {
    key = lowerName(name);
    if (name.length <= 64 && nameKeysCount < 1024) {
      nameKeys[name] = key;
      nameKeysCount++;
    }
  }
  return key;
}

// Header names that passed validateHeaderName, each with its record: its
// lower case (the store's key) and the store's entries made for it, by value
// (a bounded number of short names; a server sets the same few on every
// response). (An object's property, not a Map's get: a native call costs
// ≈ 400 machine instructions more on goja. Only a string name is looked up:
// a number would find its string's entry.)
const validNames = { __proto__: null };
let validNamesCount = 0;
function nameRecord(name) {
  validateHeaderName(name);
  const rec = { key: lowerName(name), entries: { __proto__: null }, count: 0 };
  if (name.length <= 64 && validNamesCount < 512) {
    validNames[name] = rec;
    validNamesCount++;
    if (nameKeys[name] === undefined && nameKeysCount < 1024) {
      nameKeys[name] = rec.key;
      nameKeysCount++;
    }
  }
  return rec;
}

// A record's entries are the store's [name, value] pairs for string values
// that passed validateHeaderValue, shared by every message that sets the
// header to that value: no array made (three allocations on goja) and no
// value checked per setHeader. So an entry is never changed in place
// (appendHeader and the _headerNames setter replace it). (Bounded: a name's
// are dropped when it has many, as an ETag's differ from body to body;
// at most 4096 in all.)
let entriesCount = 0;
function newEntry(rec, name, value) {
  validateHeaderValue(name, value);
  const entry = [name, value];
  if (typeof value === 'string' && value.length <= 128) {
    if (rec.count >= 64) {
      entriesCount -= rec.count;
      rec.entries = { __proto__: null };
      rec.count = 0;
    }
    if (entriesCount < 4096) {
      rec.entries[value] = entry;
      rec.count++;
      entriesCount++;
    }
  }
  return entry;
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  var rec, entry; // eslint-disable-line no-var -- (a frame's vars start undefined: no stores)
  if (typeof name !== 'string' || (rec = validNames[name]) === undefined) rec = nameRecord(name);
  if (typeof value !== 'string' || (entry = rec.entries[value]) === undefined) entry = newEntry(rec, name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[rec.key] = entry;
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const { 0: key, 1: value } of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  // (a new entry: entries are shared, see newEntry)
  if (!Array.isArray(headers[field][1])) headers[field] = [headers[field][0], [headers[field][1]]];
  const existing = headers[field][1];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) existing.push(value[i]);
  } else {
    existing.push(value);
  }
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  if (typeof name !== 'string') validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return;
  let key = nameKeys[name]; // (name is a string)
  if (key === undefined) key = lookupKey(name);
  const entry = headers[key];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headersMap = this[kOutHeaders];
  if (headersMap === null) return [];
  return Object.values(headersMap).map((e) => e[0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = { __proto__: null };
  if (headers) {
    for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  if (typeof name !== 'string') validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return false;
  let key = nameKeys[name]; // (name is a string)
  if (key === undefined) key = lookupKey(name);
  return !!headers[key];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onError(msg, err, callback) {
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
    !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  let len;
  if (msg.strictContentLength) {
    len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    if (strictContentLength(msg) && (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength : msg[kBytesWritten] + len > msg._contentLength)) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }
  if (!msg._header) {
    if (fromEnd) {
      if (len === undefined) len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);
    return true;
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }
  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    if (len === undefined) len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    msg._send(len.toString(16), 'latin1', null);
    msg._send(crlf_buf, null, null);
    msg._send(chunk, encoding, null, len);
    ret = msg._send(crlf_buf, null, callback);
  } else {
    ret = msg._send(chunk, encoding, callback, len);
  }
  return ret;
}

function connectionCorkNT(conn) {
  conn.uncork();
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0, l = keys.length; i < l; i++) {
    let field, value;
    const key = keys[i];
    if (isArray) {
      field = headers[key][0];
      value = headers[key][1];
    } else {
      field = key;
      value = headers[key];
    }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 && (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (let j = 0, l = value.length; j < l; j++) {
        if (checkInvalidHeaderChar(value[j])) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + value[j] + '\r\n';
      }
    } else {
      if (Array.isArray(value)) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
      this._trailer += field + ': ' + value + '\r\n';
    }
  }
};

function onFinish(outmsg) {
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  // (emitKnown: emit's work without its rest array, while emit is EventEmitter's)
  if (outmsg.emit === EEemit) emitKnown(outmsg, 'finish', 0);
  else outmsg.emit('finish');
}

// end()'s checks of the methods its steps in place stand for: a server's
// response on a net.Socket of net's own write methods; when they hold, the
// shapes of the two are held for the next response's (holdShapes, third_party/goja
// gojanet_watch.go; a few tries, for objects it cannot hold)
const { watchCell, watch: watchObjects, shapesHeld, holdShapes } = internalBinding('host');
const endNames = ['write', '_write', '_writev', '_implicitHeader', 'writeHead', '_finish', 'emit', '_storeHeader'];
let endHolds = 0;
function endChecks(msg, socket) {
  const e = watchCell.epoch;
  if (socket.write !== socketWrite || socket._write !== socket_write || socket._writev !== socketWritev ||
      implicitHeads.server === null || msg._implicitHeader !== implicitHeads.server || msg.writeHead !== implicitHeads.writeHead ||
      msg._finish !== httpFns.serverFinish || OutgoingMessage.prototype._finish !== outgoingFinish || msg.emit !== EEemit ||
      msg._storeHeader !== _storeHeader) {
    return false;
  }
  // (the module records the checks compare with are watched too)
  let held = false;
  if (endHolds < 16) {
    held = watchObjects(implicitHeads, httpFns, internalNet.socketWrites) && holdShapes(1, e, endNames, msg, socket);
    if (!held) endHolds++;
  }
  endPlain = held && inheritsAll(msg, plainFields);
  return true;
}

// endPlain: the message whose shape end()'s checks last held (holdShapes'
// site 1) has none of the fields below as its own and inherits each as a
// data property of the value given, from prototypes that are watched: a
// message of that shape has those values while the shapes hold (a change
// to a prototype moves the epoch, and the checks run again). end() and
// _storeHeader then leave the reads out (plain).
let endPlain = false;
const plainFields = ['sendDate', true, 'shouldKeepAlive', true, 'useChunkedEncodingByDefault', true,
  '_defaultKeepAlive', true, '_hasBody', true, 'chunkedEncoding', false, '_removedConnection', false,
  'maxRequestsOnConnectionReached', false, '_removedContLen', false, '_removedTE', false,
  '_maxRequestsPerSocket', undefined, 'strictContentLength', false, 'outputData', kNoOutput,
  '_expect_continue', false];
// o inherits each name of fields (name, value pairs) as a data property
// of that value (or has it nowhere, for undefined), none its own
function inheritsAll(o, fields) {
  for (let i = 0; i < fields.length; i += 2) {
    const name = fields[i];
    if (ObjectHasOwn(o, name)) return false;
    let d;
    for (let p = ObjectGetPrototypeOf(o); p !== null; p = ObjectGetPrototypeOf(p)) {
      d = ObjectGetOwnPropertyDescriptor(p, name);
      if (d !== undefined) break;
    }
    if (d === undefined ? fields[i + 1] !== undefined : !('value' in d) || d.value !== fields[i + 1]) return false;
  }
  return true;
}
httpFns.inheritsAll = inheritsAll; // (the server's finish checks too)
const ObjectHasOwn = Object.hasOwn;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  // endWhole (described below), in place
  if (!this._headerSent) {
    whole: {
      const msg = this;
      const socket = msg.socket;
      if (writeWhole === null) {
        require('net');
        const m = internalNet.socketWrites;
        socketWrite = m.write;
        socket_write = m._write;
        socketWritev = m._writev;
        writeWhole = internalNet.writeWhole;
        idleSite = internalNet.idleSite;
        // (the server's, which does a response's 'finish' itself, when
        // _http_server is loaded: it always is but for a script that
        // requires _http_outgoing or _http_client alone)
        internalNet.wholeDone(httpFns.wholeWritten || wholeWritten, wholeCallback);
      }
      // (same: the methods checked here and below are the ones the steps
      // in place stand for, endChecks; one call while the message and its
      // socket have the shapes they had when the checks last held and no
      // watched object changed)
      if (socket === null) break whole;
      const same = shapesHeld(1, msg, socket) || endChecks(msg, socket);
      // (plain: same, and the message's defaults are endPlain's)
      const plain = same && endPlain;
      // (plainSocket written out: a call less per response)
      if ((!same && (socket.write !== socketWrite || socket._write !== socket_write || socket._writev !== socketWritev)) ||
          socket._httpMessage !== msg || msg.finished || (plain !== true && (msg.strictContentLength || msg.outputData.length !== 0)) ||
          (corkedAlone && msg[kCorked] !== 0)) {
        break whole;
      }
      // (simple: the head rendered here, plain, and no code but this
      // function's ran: chunkedEncoding, _hasBody and _headerSent are false,
      // true and false; vars, undefined at first: no initializing stores)
      var body, simple, sm, rendered, f, cl, fl, w; // eslint-disable-line no-var
      if (chunk) {
        if (typeof chunk !== 'string') {
          // (a server socket paused for pipelining: node's write of a Buffer
          // reports pending data that may resume it; the general path does)
          // (a Buffer view of a Uint8Array, as Writable's toBuffer makes: a JS
          // handle's writev, TLS's, takes Buffers; a Buffer is asked first,
          // one instanceof for the usual body)
          if (chunk instanceof Buffer) body = chunk;
          else if (chunk instanceof Uint8Array) body = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
          else break whole;
          if (socket._paused === true) break whole;
        } else if (encoding && encoding !== 'utf8' && encoding !== 'latin1') {
          break whole;
        }
      }
      // socket.writable, !socket.destroyed and !socket.writableCorked, read
      // from a net.Socket's Writable state (writableOf, destroyedOf and
      // writableCorkedOf in one: a Duplex whose writable side is not destroyed
      // is not destroyed)
      const ws = socket._writableState;
      // (ended is set only with ending: Writable's end(), Duplex's writable:
      // false; one call while ws has the shape of a state net's writeWhole
      // found idle, whose fields these are then the prototypes' defaults.
      // writeWhole asks again: a script's code may run in between, a getter
      // in the header map or a replaced Date method, and cork the socket)
      if (shapesHeld(idleSite, ws) !== true &&
          (ws === undefined || ws === null || ws.writable === false || ws.destroyed || ws.errored || ws.ending || ws.corked !== 0)) {
        break whole;
      }
      if (msg._header === null) {
        // (endWhole's strings are UTF-8 or latin1: Buffer.byteLength would
        // build an `arguments` object)
        // (the last string body's UTF-8 length is kept: a server that
        // answers with the same string makes no call into Go for it)
        msg._contentLength = !chunk ? 0 : body !== undefined ? body.byteLength :
          encoding === 'latin1' ? chunk.length : chunk === lastBody ? lastBodyLength :
            (lastBodyLength = byteLengthUtf8(lastBody = chunk));
        // (ServerResponse's _implicitHeader written out: a call less; and
        // its writeHead(statusCode) while writeHead is the prototype's and
        // the status line is the last one rendered here: a second call less,
        // _storeHeader called as writeHead calls it)
        if (same || msg._implicitHeader === implicitHeads.server) {
          const code = msg.statusCode;
          const sl = statusLine;
          if (code === sl.code && (same || msg.writeHead === implicitHeads.writeHead) &&
              ((sm = msg.statusMessage) || (msg.statusMessage = sm = implicitHeads.codes[code] || 'unknown')) === sl.message) {
            const headers = msg[kOutHeaders];
            if (plain && !sl.noBody) {
              // (_hasBody true and _expect_continue false: endPlain)
              if (headers && ((rendered = renderHead(sl.line, headers)) === undefined ||
                  ((f = headOut[0]) !== 0 && f !== H_CONTENT_LENGTH))) {
                msg._storeHeader(sl.line, headers, 2);
              } else {
                // _storeHeader(sl.line, headers, 2) in place (it is ours:
                // same) for headers that ask for nothing but a
                // Content-Length, rendered in Go: its plain lines (a call
                // less per response)
                if (f === H_CONTENT_LENGTH) {
                  msg._contentLength = headOut[1];
                  msg._removedContLen = false;
                  fl = '';
                } else {
                  // (_contentLength is the number set above)
                  fl = (f = msg._contentLength) === clLen ? clLine : contentLengthLine(f);
                }
                if (utcCache === undefined) utcDate();
                const timeout = msg._keepAliveTimeout;
                if (timeout) cl = timeout === kaTimeout && kaMax === undefined ? kaLines : keepAliveLines(timeout, undefined);
                else cl = 'Connection: keep-alive\r\n';
                if (!headers) rendered = sl.line;
                const t = dateLine === tailDate && cl === tailConn && fl === tailFraming ? tail : headTail(dateLine, cl, fl);
                if (rendered !== wholeStart || t !== wholeTail) {
                  wholeStart = rendered;
                  wholeTail = t;
                  wholeHead = rendered + t;
                }
                msg._header = wholeHead;
                // (_headerSent: false, made true below with nothing in between)
                simple = true;
              }
            } else {
              if (sl.noBody) msg._hasBody = false;
              if (msg._expect_continue && !msg._sent100) msg.shouldKeepAlive = false;
              if (headers) msg._storeHeader(sl.line, headers, true);
              else msg._storeHeader(sl.line, undefined);
            }
          } else {
            msg.writeHead(code);
          }
        } else {
          msg._implicitHeader();
        }
      }
      // (a head rendered by writeHead() goes out with the body the same way)
      if (simple !== true && (msg.chunkedEncoding || (chunk && !msg._hasBody) || msg._headerSent)) break whole;
      // (straight to the handle when the socket's Writable is idle: the same
      // state, callback and tick as socket.write() gives, the callback
      // wholeCallback's; see net's writeWhole. No write calls back
      // synchronously, so 'finish' listeners added after it are in time.)
      msg._headerSent = true;
      // (w: writeWhole's answer, true when no other code ran)
      if (body !== undefined) {
        if ((w = writeWhole(socket, msg._header, 'latin1', msg, body)) !== true) {
          if (!w) {
            msg._headerSent = false;
            break whole;
          }
          simple = false;
        }
      } else if (!chunk) {
        if ((w = writeWhole(socket, msg._header, 'latin1', msg)) !== true) {
          if (!w) socket.write(msg._header, 'latin1', wholeCallback(msg));
          simple = false;
        }
      } else if ((w = writeWhole(socket, msg._header, encoding, msg, chunk)) !== true) {
        // (the head and a string body go as one string, as node's _send)
        if (!w) socket.write(msg._header + chunk, encoding, wholeCallback(msg));
        simple = false;
      }
      if (typeof callback === 'function') {
        msg.once('finish', callback);
        simple = false;
      }
      msg.finished = true;
      if (debugOn) {
        debug('outgoing message end.');
        simple = false;
      }
      // (simple: outputData is endPlain's, nothing changed the socket: no
      // code but this function's, _storeHeader's and writeWhole's ran)
      if (simple === true || (msg.outputData.length === 0 && msg.socket === socket && socket._httpMessage === msg)) {
        // (ServerResponse's _finish does nothing without a performance entry
        // while OutgoingMessage's _finish and emit() are the prototypes' and
        // nobody listens for 'prefinish': the call is left out then)
        const events = msg._events;
        if ((!same && (msg._finish !== httpFns.serverFinish || OutgoingMessage.prototype._finish !== outgoingFinish ||
            msg.emit !== EEemit)) || (httpFns.perfMade && msg[httpFns.kPerf] !== undefined) ||
            events === null || (events !== undefined && events.prefinish !== undefined)) {
          msg._finish();
        }
      }
      return this;
    }
  }
  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback !== 'function' ? nop : callback);
      return this;
    }
    if (this.socket) this.socket.cork();
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
  }
  const finish = onFinish.bind(undefined, this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  if (this.socket) {
    // Fully uncork the socket: our cork() calls above and write_'s.
    while (this.socket.writableCorked) this.socket.uncork();
  }
  this[kCorked] = 0;
  this.finished = true;
  debug('outgoing message end.');
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
  return this;
};

// endWhole writes to a net.Socket whose writing methods are its class's
// (net.Socket's own, as net defined them: internal/net socketWrites): one
// write instead of node's two (the second empty) cannot be told apart
// there. Any other Writable (a test's, a wrapper's, a net.Socket whose
// prototype's methods a script replaced) sees exactly node's calls.
let socketWrite = null;
let socket_write = null;
let socketWritev = null;
// ServerResponse.prototype._implicitHeader (_http_server sets it), whose
// work, writeHead(statusCode), endWhole does itself, with ServerResponse's
// writeHead and STATUS_CODES
const implicitHeads = { server: null, writeHead: null, codes: null };
// The last status line ServerResponse's writeHead rendered: its code (an
// integer 100-999), message (a string that passed checkInvalidHeaderChar),
// line, and whether the code has no body. end() does writeHead's work for
// an implicit head with the same code and message in place.
const statusLine = { code: 0, message: '', line: '', noBody: false };

// endWhole is end() for a message written whole by it (no write() before,
// the head not sent yet, a string or Buffer body or none, no chunked
// framing, nothing buffered, a socket of its own ready to write): head and
// body go to the socket as one write whose callback is the 'finish' (node
// writes the same bytes, then an empty string with that callback, all
// inside a cork). A Buffer body goes with the head in one writev when the
// socket's Writable is idle (net's writeWhole), else the general path
// writes it. Returns false, having changed nothing or only rendered the
// head, when the general path must run.
// endWhole: see end(), which runs it in place (a call less per response)

// The callback of a whole write: 'finish' for its message, as node's
// onFinish bound to it. The callbacks are closures over a record that holds
// the message while its write is in flight, taken from a pool and given
// back when they run: no allocation per response, and nothing kept by an
// idle connection (a socket's own closure was ~0.7 KB of each). (A closure:
// a bound function's call goes through Go and back; made here, not in
// endWhole, whose every call would then allocate the scope it closes over.)
// (the free records are a list linked through next, of at most 64)
let freeRec = null;
let freeRecs = 0;
function wholeCallback(msg) {
  let rec = freeRec;
  if (rec !== null) {
    freeRec = rec.next;
    freeRecs = freeRecs - 1;
  } else {
    rec = newWholeRec();
  }
  rec.msg = msg;
  return rec.cb;
}
function newWholeRec() {
  const rec = { msg: null, cb: null, next: null };
  rec.cb = (err) => {
    const msg = rec.msg;
    rec.msg = null;
    // (the record back to the free list)
    if (freeRecs < 64) {
      rec.next = freeRec;
      freeRec = rec;
      freeRecs = freeRecs + 1;
    }
    // (onFinish written out: a call less per response)
    if (msg) emitFinish(msg);
  };
  return rec;
}

// emitFinish is onFinish written out: 'finish', unless the socket failed;
// the server's own listener alone is called as emit() would call it.
function emitFinish(msg) {
  const socket = msg.socket;
  if (socket && socket._hadError) return;
  if (msg.emit === EEemit) {
    const events = msg._events;
    if (events !== undefined && events !== null && events.finish === httpFns.resOnFinish) httpFns.resFinished(msg, true);
    else emitKnown(msg, 'finish', 0);
  } else {
    msg.emit('finish');
  }
}

// The tick of a whole write the kernel took at once (net's writeWhole):
// Writable's afterWrite for the one write and the callback's work above
// in one tick, as node's afterWriteTick calls the write's callback (a call
// less per response, and no callback taken from the pool).
const { _afterWrite: writableAfterWrite, _errorBuffer: writableErrorBuffer, _finishMaybe: writableFinishMaybe } =
  require('internal/streams/writable');
function wholeWritten(msg, socket) {
  const state = socket._writableState;
  if (state.needDrain) {
    writableAfterWrite(socket, state, 1, wholeCallback(msg));
    return;
  }
  // (afterWrite with no 'drain' due, in place)
  state.pendingcb--;
  emitFinish(msg);
  if (state.destroyed) writableErrorBuffer(state);
  if (state.ending) writableFinishMaybe(socket, state, true);
}

function outgoingFinish() {
  // emit() with nobody listening does nothing (a rest array and a call on goja)
  if (this.emit !== EEemit || this.listenerCount('prefinish') !== 0) this.emit('prefinish');
}
OutgoingMessage.prototype._finish = outgoingFinish;

OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && writableOf(socket)) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  while (this[kCorked]) {
    this[kCorked]--;
    socket.cork();
  }
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding, callback } = outputData[i];
    outputData[i].data = null;
    ret = socket.write(data, encoding, callback);
  }
  socket.uncork();
  this.outputData = kNoOutput;
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype[Symbol.for('nodejs.rejection')] = function (err, event) {
  this.destroy(err);
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

require('internal/builtin_internals').httpOutgoing = {
  implicitHeads,
  statusLine,
  kDefaultHighWaterMark,
  kRejectNonStandardBodyWrites,
  kCorked,
  kOutHeaders,
  kNeedDrain,
  validateLinkHeaderValue,
  initOutgoing,
  outgoingFinish,
  wholeWritten,
};
module.exports = {
  kHighWaterMark,
  kUniqueHeaders,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
  OutgoingMessage,
};
