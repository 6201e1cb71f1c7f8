'use strict';
// The http2 compatibility API: Http2ServerRequest and Http2ServerResponse,
// the http-style (req, res) pair a server's 'request' listeners get. Each
// wraps one ServerHttp2Stream (js/internal/http2/core.js): the request is a
// Readable fed from the stream's data, the response turns writeHead/
// setHeader/write/end into respond() and the stream's writes, and sends
// trailers (addTrailers) when the stream asks for them ('wantTrailers').

const { Readable, Stream } = require('stream');
const {
  codes: {
    ERR_HTTP2_HEADERS_SENT,
    ERR_HTTP2_INFO_STATUS_NOT_ALLOWED,
    ERR_HTTP2_INVALID_HEADER_VALUE,
    ERR_HTTP2_INVALID_STREAM,
    ERR_HTTP2_NO_SOCKET_MANIPULATION,
    ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED,
    ERR_HTTP2_STATUS_INVALID,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_INVALID_HTTP_TOKEN,
    ERR_STREAM_WRITE_AFTER_END,
  },
} = require('internal/errors');
const { validateFunction, validateString, validateObject } = require('internal/validators');
const { kSocket } = require('internal/http2/core');

const kStream = Symbol('stream');
const kRequest = Symbol('request');
const kResponse = Symbol('response');
const kHeaders = Symbol('headers');
const kRawHeaders = Symbol('rawHeaders');
const kTrailers = Symbol('trailers');
const kRawTrailers = Symbol('rawTrailers');
const kState = Symbol('state');
const kAborted = Symbol('aborted');
const kProxySocket = Symbol('proxySocket');
const kSetHeader = Symbol('setHeader');
const kAppendHeader = Symbol('appendHeader');
const kBeginSend = Symbol('beginSend');

const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const invalidCharRe = /[^\t\x20-\x7e\x80-\xff]/;

function assertValidHeader(name, value) {
  if (name === '' || typeof name !== 'string' || name.indexOf(' ') >= 0) {
    throw new ERR_INVALID_HTTP_TOKEN('Header name', name);
  }
  if (name[0] === ':') throw new ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED();
  if (value === undefined || value === null) throw new ERR_HTTP2_INVALID_HEADER_VALUE(value, name);
  if (!tokenRe.test(name)) throw new ERR_INVALID_HTTP_TOKEN('Header name', name);
  if (invalidCharRe.test(String(value))) throw new ERR_INVALID_CHAR('header content', name);
}

// req.socket / res.socket: the stream's session socket, with the stream's
// own lifecycle methods (node's proxy).
const proxySocketHandler = {
  get(stream, prop) {
    switch (prop) {
      case 'on':
      case 'once':
      case 'end':
      case 'emit':
      case 'destroy':
        return stream[prop].bind(stream);
      case 'writable':
      case 'destroyed':
        return stream[prop];
      case 'readable':
        if (stream.destroyed) return false;
        return stream[kRequest] ? stream[kRequest].readable : stream.readable;
      case 'setTimeout': {
        const session = stream.session;
        if (session !== undefined) return session.setTimeout.bind(session);
        return stream.setTimeout.bind(stream);
      }
      case 'write':
      case 'read':
      case 'pause':
      case 'resume':
        throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
      default: {
        const session = stream.session;
        const socket = session && session[kSocket];
        if (!socket) return undefined;
        const value = socket[prop];
        return typeof value === 'function' ? value.bind(socket) : value;
      }
    }
  },
  getPrototypeOf(stream) {
    const session = stream.session;
    const socket = session && session[kSocket];
    return socket ? Reflect.getPrototypeOf(socket) : Reflect.getPrototypeOf(stream);
  },
  has(stream, prop) {
    const session = stream.session;
    const socket = session && session[kSocket];
    return socket ? Reflect.has(socket, prop) : Reflect.has(stream, prop);
  },
  set(stream, prop, value) {
    switch (prop) {
      case 'writable':
      case 'readable':
      case 'destroyed':
      case 'on':
      case 'once':
      case 'end':
      case 'emit':
      case 'destroy':
        stream[prop] = value;
        return true;
      case 'setTimeout': {
        const session = stream.session;
        if (session !== undefined) session.setTimeout = value;
        else stream.setTimeout = value;
        return true;
      }
      case 'write':
      case 'read':
      case 'pause':
      case 'resume':
        throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
      default: {
        const session = stream.session;
        const socket = session && session[kSocket];
        if (socket) socket[prop] = value;
        return true;
      }
    }
  },
};

function socketOf(stream) {
  if (stream[kProxySocket] == null) stream[kProxySocket] = new Proxy(stream, proxySocketHandler);
  return stream[kProxySocket];
}

// ---- the request -----------------------------------------------------------

function onStreamData(chunk) {
  const request = this[kRequest];
  if (request !== undefined && !request.push(chunk)) this.pause();
}

function onStreamTrailers(trailers, flags, rawTrailers) {
  const request = this[kRequest];
  if (request !== undefined) {
    Object.assign(request[kTrailers], trailers);
    request[kRawTrailers].push(...rawTrailers);
  }
}

function onStreamEnd() {
  const request = this[kRequest];
  if (request !== undefined) this[kRequest].push(null);
}

function onStreamError() {
  // errors go to the stream's own listeners (and the session); the
  // compat objects report them through 'aborted' and 'close'
}

function onRequestPause() {
  this[kStream].pause();
}

function onRequestResume() {
  this[kStream].resume();
}

function onStreamAbortedRequest() {
  const request = this[kRequest];
  if (request !== undefined && request[kState].closed === false) {
    request[kAborted] = true;
    request.emit('aborted');
  }
}

function onStreamCloseRequest() {
  const req = this[kRequest];
  if (req === undefined) return;
  const state = req[kState];
  state.closed = true;
  req.push(null);
  // the request must not block: a paused stream is resumed so it can close
  if (!state.didRead && !req._readableState.resumeScheduled) req.resume();
  this[kProxySocket] = null;
  this[kRequest] = undefined;
  req.emit('close');
}

function onStreamTimeout(kind) {
  return function onStreamTimeout() {
    const obj = this[kind];
    if (obj !== undefined) obj.emit('timeout');
  };
}

class Http2ServerRequest extends Readable {
  constructor(stream, headers, options, rawHeaders) {
    super({ autoDestroy: false, ...options });
    this[kState] = { closed: false, didRead: false };
    this[kHeaders] = headers;
    this[kRawHeaders] = rawHeaders;
    this[kTrailers] = {};
    this[kRawTrailers] = [];
    this[kStream] = stream;
    this[kAborted] = false;
    stream[kProxySocket] = null;
    stream[kRequest] = this;
    stream.on('trailers', onStreamTrailers);
    stream.on('end', onStreamEnd);
    stream.on('error', onStreamError);
    stream.on('aborted', onStreamAbortedRequest);
    stream.on('close', onStreamCloseRequest);
    stream.on('timeout', onStreamTimeout(kRequest));
    this.on('pause', onRequestPause);
    this.on('resume', onRequestResume);
  }

  get aborted() { return this[kAborted]; }
  get complete() {
    return this[kAborted] || this.readableEnded || this[kState].closed || this[kStream].destroyed;
  }
  get stream() { return this[kStream]; }
  get headers() { return this[kHeaders]; }
  get rawHeaders() { return this[kRawHeaders]; }
  get trailers() { return this[kTrailers]; }
  get rawTrailers() { return this[kRawTrailers]; }
  get httpVersionMajor() { return 2; }
  get httpVersionMinor() { return 0; }
  get httpVersion() { return '2.0'; }
  get socket() {
    const stream = this[kStream];
    return stream === undefined ? undefined : socketOf(stream);
  }
  get connection() { return this.socket; }
  get method() { return this[kHeaders][':method']; }
  set method(method) {
    validateString(method, 'method');
    if (method.trim() === '') throw new ERR_INVALID_ARG_VALUE('method', method);
    this[kHeaders][':method'] = method;
  }
  get authority() { return this[kHeaders][':authority'] ?? this[kHeaders].host; }
  get scheme() { return this[kHeaders][':scheme']; }
  get url() { return this[kHeaders][':path']; }
  set url(url) { this[kHeaders][':path'] = url; }

  _read(nread) {
    const state = this[kState];
    if (!state.closed) {
      if (!state.didRead) {
        state.didRead = true;
        this[kStream].on('data', onStreamData);
      } else {
        process.nextTick(resumeStream, this[kStream]);
      }
    } else {
      this.emit('error', new ERR_HTTP2_INVALID_STREAM());
    }
  }

  setTimeout(msecs, callback) {
    if (!this[kState].closed) this[kStream].setTimeout(msecs, callback);
    return this;
  }
}

function resumeStream(stream) {
  if (!stream.destroyed) stream.resume();
}

// ---- the response ----------------------------------------------------------

function onStreamDrain() {
  const response = this[kResponse];
  if (response !== undefined) response.emit('drain');
}

function onStreamAbortedResponse() {
  // 'aborted' is the request's event; the response just closes
}

function onStreamTrailersReady() {
  this.sendTrailers(this[kResponse][kTrailers]);
}

function onStreamCloseResponse() {
  const res = this[kResponse];
  if (res === undefined) return;
  const state = res[kState];
  if (this.headRequest !== undefined && this.headRequest !== state.headRequest) return;
  state.closed = true;
  this[kProxySocket] = null;
  this.removeListener('wantTrailers', onStreamTrailersReady);
  this[kResponse] = undefined;
  res.emit('finish');
  res.emit('close');
}

// HTTP/1 connection-specific fields cannot be sent over HTTP/2: the
// compatibility API drops them with a warning instead of failing.
const kConnectionHeaders = new Set(['connection', 'upgrade', 'http2-settings', 'te', 'transfer-encoding',
  'keep-alive', 'proxy-connection']);
let connectionHeaderWarned = false;
function isConnectionHeaderAllowed(name, value) {
  if (!kConnectionHeaders.has(name) || (name === 'te' && value === 'trailers')) return true;
  if (!connectionHeaderWarned) {
    connectionHeaderWarned = true;
    process.emitWarning('The provided connection header is not valid, the value will be dropped from the ' +
                        'header and will never be in use.', 'UnsupportedWarning');
  }
  return false;
}

let statusMessageWarned = false;
function statusMessageWarn() {
  if (!statusMessageWarned) {
    statusMessageWarned = true;
    process.emitWarning('Status message is not supported by HTTP/2 (RFC7540 8.1.2.4)', 'UnsupportedWarning');
  }
}

class Http2ServerResponse extends Stream {
  constructor(stream, headers, options) {
    super(options);
    this[kState] = {
      closed: false, ending: false, destroyed: false, headRequest: false, sendDate: true,
      statusCode: 200,
    };
    this[kHeaders] = { __proto__: null };
    this[kTrailers] = { __proto__: null };
    this[kStream] = stream;
    stream[kProxySocket] = null;
    stream[kResponse] = this;
    this.writable = true;
    this.req = stream[kRequest];
    stream.on('drain', onStreamDrain);
    stream.on('aborted', onStreamAbortedResponse);
    stream.on('close', onStreamCloseResponse);
    stream.on('wantTrailers', onStreamTrailersReady);
    stream.on('timeout', onStreamTimeout(kResponse));
  }

  get _header() { return this.headersSent; }
  get writableEnded() { return this[kState].ending; }
  get finished() { return this[kState].ending; }
  get socket() {
    if (this[kState].closed) return undefined;
    return socketOf(this[kStream]);
  }
  get connection() { return this.socket; }
  get stream() { return this[kStream]; }
  get headersSent() { return this[kStream].headersSent; }
  get sendDate() { return this[kState].sendDate; }
  set sendDate(bool) { this[kState].sendDate = Boolean(bool); }
  get statusCode() { return this[kState].statusCode; }
  set statusCode(code) {
    code |= 0;
    if (code >= 100 && code < 200) throw new ERR_HTTP2_INFO_STATUS_NOT_ALLOWED();
    if (code < 100 || code > 599) throw new ERR_HTTP2_STATUS_INVALID(code);
    this[kState].statusCode = code;
  }
  get statusMessage() {
    statusMessageWarn();
    return '';
  }
  set statusMessage(msg) {
    statusMessageWarn();
  }
  get writableCorked() { return this[kStream].writableCorked; }
  get writableHighWaterMark() { return this[kStream].writableHighWaterMark; }
  get writableFinished() { return this[kStream].writableFinished; }
  get writableLength() { return this[kStream].writableLength; }

  setTrailer(name, value) {
    validateString(name, 'name');
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    this[kTrailers][name] = value;
  }

  addTrailers(headers) {
    const keys = Object.keys(headers);
    for (let i = 0; i < keys.length; i++) this.setTrailer(keys[i], headers[keys[i]]);
  }

  getHeader(name) {
    validateString(name, 'name');
    return this[kHeaders][name.trim().toLowerCase()];
  }
  getHeaderNames() { return Object.keys(this[kHeaders]); }
  getHeaders() {
    const headers = { __proto__: null };
    return Object.assign(headers, this[kHeaders]);
  }
  hasHeader(name) {
    validateString(name, 'name');
    return name.trim().toLowerCase() in this[kHeaders];
  }
  removeHeader(name) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    name = name.trim().toLowerCase();
    if (name === 'date') {
      this[kState].sendDate = false;
      return;
    }
    delete this[kHeaders][name];
  }
  setHeader(name, value) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    this[kSetHeader](name, value);
    return this;
  }
  [kSetHeader](name, value) {
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    if (!isConnectionHeaderAllowed(name, value)) return;
    this[kHeaders][name] = value;
  }
  appendHeader(name, value) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    this[kAppendHeader](name, value);
    return this;
  }
  [kAppendHeader](name, value) {
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    if (!isConnectionHeaderAllowed(name, value)) return;
    const headers = this[kHeaders];
    if (headers[name] === undefined) {
      headers[name] = value;
    } else {
      const existing = Array.isArray(headers[name]) ? headers[name] : [headers[name]];
      headers[name] = existing.concat(value);
    }
  }
  flushHeaders() {
    const state = this[kState];
    if (!state.closed && !this[kStream].headersSent) this.writeHead(state.statusCode);
  }

  writeHead(statusCode, statusMessage, headers) {
    const state = this[kState];
    if (state.closed || this.stream.destroyed) return this;
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    if (typeof statusMessage === 'string') {
      statusMessageWarn();
    } else {
      headers = statusMessage;
    }
    this.statusCode = statusCode;
    if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const [k, v] of headers) this[kAppendHeader](k, v);
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let n = 0; n < headers.length; n += 2) this[kAppendHeader](headers[n], headers[n + 1]);
      }
    } else if (typeof headers === 'object' && headers !== null) {
      const keys = Object.keys(headers);
      for (let i = 0; i < keys.length; i++) this[kSetHeader](keys[i], headers[keys[i]]);
    }
    state.statusCode = statusCode;
    this[kBeginSend]();
    return this;
  }

  cork() { this[kStream].cork(); }
  uncork() { this[kStream].uncork(); }

  write(chunk, encoding, cb) {
    const state = this[kState];
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    let err;
    if (state.ending) {
      err = new ERR_STREAM_WRITE_AFTER_END();
    } else if (state.closed) {
      err = new ERR_HTTP2_INVALID_STREAM();
    } else if (state.destroyed) {
      return false;
    }
    if (err) {
      if (typeof cb === 'function') process.nextTick(cb, err);
      this.destroy(err);
      return false;
    }
    const stream = this[kStream];
    if (!stream.headersSent) this.writeHead(state.statusCode);
    return stream.write(chunk, encoding, cb);
  }

  end(chunk, encoding, cb) {
    const stream = this[kStream];
    const state = this[kState];
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    if ((state.closed || state.ending) && state.headRequest === stream.headRequest) {
      if (typeof cb === 'function') process.nextTick(cb);
      return this;
    }
    if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
    state.headRequest = stream.headRequest;
    state.ending = true;
    if (typeof cb === 'function') {
      if (stream.writableEnded) this.once('finish', cb);
      else stream.once('finish', cb);
    }
    if (!stream.headersSent) this.writeHead(state.statusCode);
    if (state.closed || stream.destroyed) onStreamCloseResponse.call(stream);
    else stream.end();
    return this;
  }

  destroy(err) {
    if (this[kState].destroyed) return;
    this[kState].destroyed = true;
    this[kStream].destroy(err);
  }

  setTimeout(msecs, callback) {
    if (this[kState].closed) return;
    this[kStream].setTimeout(msecs, callback);
  }

  createPushResponse(headers, callback) {
    validateFunction(callback, 'callback');
    if (this[kState].closed) {
      process.nextTick(callback, new ERR_HTTP2_INVALID_STREAM());
      return;
    }
    this[kStream].pushStream(headers, {}, (err, stream, headers, options) => {
      if (err) {
        callback(err);
        return;
      }
      callback(null, new Http2ServerResponse(stream));
    });
  }

  [kBeginSend]() {
    const state = this[kState];
    const headers = this[kHeaders];
    headers[':status'] = state.statusCode;
    const options = { endStream: state.ending, waitForTrailers: true, sendDate: state.sendDate };
    this[kStream].respond(headers, options);
  }

  writeContinue() {
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders({ ':status': 100 });
    return true;
  }

  writeEarlyHints(hints) {
    validateObject(hints, 'hints');
    require('_http_outgoing');
    const { validateLinkHeaderValue } = require('internal/builtin_internals').httpOutgoing;
    const link = validateLinkHeaderValue(hints.link);
    // an empty list sends nothing
    if (link.length === 0) return false;
    const headers = { __proto__: null };
    for (const key of Object.keys(hints)) {
      if (key !== 'link') headers[key] = hints[key];
    }
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders({ ...headers, ':status': 103, link });
    return true;
  }
}

// A server's 'stream' → 'request' (or 'checkContinue', 'checkExpectation',
// 'connect') with a request/response pair.
function onServerStream(stream, headers, flags, rawHeaders) {
  const server = this;
  const { kOptions } = require('internal/http2/core');
  const options = server[kOptions] || {};
  const Request = options.Http2ServerRequest || Http2ServerRequest;
  const Response = options.Http2ServerResponse || Http2ServerResponse;
  const request = new Request(stream, headers, undefined, rawHeaders);
  const response = new Response(stream);
  response[kState].headRequest = stream.headRequest;
  if (headers[':method'] === 'CONNECT') {
    if (!server.emit('connect', request, response)) {
      response.statusCode = 405;
      response.end();
    }
    return;
  }
  if (headers.expect !== undefined) {
    if (headers.expect === '100-continue') {
      if (server.listenerCount('checkContinue')) {
        server.emit('checkContinue', request, response);
      } else {
        response.writeContinue();
        server.emit('request', request, response);
      }
    } else if (server.listenerCount('checkExpectation')) {
      server.emit('checkExpectation', request, response);
    } else {
      response.statusCode = 417;
      response.end();
    }
    return;
  }
  server.emit('request', request, response);
}

module.exports = {
  Http2ServerRequest,
  Http2ServerResponse,
  onServerStream,
  kRequest,
  kResponse,
};
