'use strict';
// The JS side of the HTTP parser (Go: modules/http_parser). A request's path:
// the server's socket 'data' listener calls parser.execute(chunk); the Go
// parser returns everything the chunk completed as one flat array (see
// binding.go), which execute() below replays as node's parser callbacks:
// parserOnHeadersComplete builds the IncomingMessage and hands it to
// parser.onIncoming (the server or the client), body ranges are pushed into
// it as slices of the chunk, message completion ends it. One call into Go per
// chunk, however many pipelined requests it carries.

const { HTTPParser: GoParser, REQUEST, RESPONSE, methods } = internalBinding('http_parser');
const { Buffer } = require('buffer');
const { IncomingMessage } = require('_http_incoming');
const { newRequest, reqTpl, pushEnd, quietReadableNT, lowerName, kHeadersCount } = require('internal/builtin_internals').httpIncoming;
const ReadablePush = require('internal/streams/readable').prototype.push;
const { tick1 } = require('internal/timers');
const addHeaderLines = IncomingMessage.prototype._addHeaderLines;
const IMproto = IncomingMessage.prototype;
const EE = require('events');
const { kCapture, proto: EEproto, init: EEinit } = require('internal/events_fns');
const { defaultHwm } = require('internal/streams/state');
const captureRejections = require('internal/events_capture');
const { cloneObject } = internalBinding('host');
const asyncContext = require('internal/async_context');
const asyncState = asyncContext.state;

const kIncomingMessage = Symbol('IncomingMessage');
const kOnMessageBegin = 0;
const kOnHeaders = 1;
const kOnHeadersComplete = 2;
const kOnBody = 3;
const kOnMessageComplete = 4;
const kOnExecute = 5;
const kOnTimeout = 6;

const EV_HEADERS = 1;
const EV_BODY = 2;
const EV_COMPLETE = 3;

// (a parser's trailer lines, replaced when a message has some; the empty
// list is shared: an idle parser holds no array of its own)
const noHeaders = Object.freeze([]);

// HTTPParser wraps the Go parser with node's JS-facing shape: execute(d)
// returns the bytes parsed or an Error with code, reason and bytesParsed.
function HTTPParser(kind) {
  this._p = new GoParser(kind === undefined ? REQUEST : kind);
  this.socket = null;
  this.incoming = null;
  this.onIncoming = null;
}
HTTPParser.REQUEST = REQUEST;
HTTPParser.RESPONSE = RESPONSE;
// node's other fields start on the prototype: a parser has its own only
// for what it changed (each own property is a slot every idle connection
// keeps). phase: after the last execute, 0 between messages, 1 in
// headers, 2 in a body.
Object.assign(HTTPParser.prototype, {
  outgoing: null, maxHeaderPairs: 2000, joinDuplicateHeaders: false, _headers: noHeaders, _url: '',
  _consumed: false, phase: 0, _async: undefined, _consumedBy: undefined,
  _pending: undefined,
});
HTTPParser.prototype.initialize = function initialize(kind, resource, maxHeaderSize, lenient) {
  this._p.initialize(kind, maxHeaderSize || cliOptions().maxHeaderSize, !!lenient);
  this.incoming = null;
  if (this._async !== undefined) {
    asyncContext.destroyLater(this._async);
    this._async = undefined;
  }
};

// node's command-line options for http (--max-http-header-size=N,
// --insecure-http-parser), read from process.execArgv once.
let cliOpts = null;
function cliOptions() {
  if (cliOpts !== null) return cliOpts;
  cliOpts = { maxHeaderSize: 16 * 1024, insecureHTTPParser: false };
  const argv = process.execArgv || [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--insecure-http-parser' || a.startsWith('--insecure-http-parser=')) cliOpts.insecureHTTPParser = true;
    else if (a === '--max-http-header-size' || a.startsWith('--max-http-header-size=')) {
      const v = a.length > 22 ? a.slice(23) : argv[++i];
      const n = Number(v);
      if (Number.isInteger(n) && n >= 0) cliOpts.maxHeaderSize = n;
    }
  }
  return cliOpts;
}

// Performance entries (type 'http': 'HttpClient' from a request's end to
// its response head, 'HttpRequest' from a request's head to its response's
// end), made only while an observer wants them: perfStart() gives a start
// time or -1.
const perfObserved = require('internal/perf_observed');
function perfStart() {
  return perfObserved.http ? require('perf_hooks')._now() : -1;
}
function perfStop(start, name, detail) {
  if (start >= 0 && perfObserved.http) require('perf_hooks')._enqueueEntry(name, 'http', start, detail);
}

// parseErrorOf is the error an execute result's failure ([-1, bytesParsed,
// code, reason]) stands for: node's parser's 'Parse Error'.
function parseErrorOf(ev) {
  const err = new Error('Parse Error');
  err.bytesParsed = ev[1];
  err.code = ev[2];
  err.reason = ev[3];
  return err;
}

// Async contexts (internal/async_context): while tracked, a server's
// parser is an HTTPINCOMINGMESSAGE resource triggered by its socket's
// handle, a client request's an HTTPCLIENTREQUEST, and what a chunk
// completes ('request', 'response', body events) runs in it, as node's
// parser callbacks do. A throw leaves it entered for the uncaught-exception
// handler; the socket callback's own after() leaves it then.
function trackParser(parser, type, socket) {
  if (asyncState.active === 0) return;
  let trigger;
  const h = socket && socket._handle ? asyncContext.recordOf(socket._handle) : undefined;
  if (h !== undefined && type === 'HTTPINCOMINGMESSAGE') trigger = h[asyncContext.kId];
  parser._async = asyncContext.init(type, {}, undefined, trigger);
}
HTTPParser.prototype.setSkipBody = function setSkipBody(v) { this._p.setSkipBody(v); };
HTTPParser.prototype.setExpectConnect = function setExpectConnect(v) { this._p.setExpectConnect(v); };
HTTPParser.prototype.execute = function execute(d) {
  if (this._async !== undefined) {
    const depth = asyncContext.before(this._async);
    const r = this._execute(d);
    asyncContext.after(depth);
    return r;
  }
  return this._execute(d);
};
HTTPParser.prototype._execute = function _execute(d) {
  const ev = this._p.execute(d);
  const r = replay(this, ev, d);
  if (r !== undefined) return r; // an Error
  return executedBytes(this, ev);
};
// What execute() returns for a read whose events were all replayed: the
// bytes parsed, with the parser's phase set. An upgrade ends the read
// (ev[0] 1): the rest is the upgrade's (its listener's head) or, declined
// (a server without an 'upgrade' listener serves it as a plain request),
// dropped, as node's parser drops it; the next read is parsed again.
function executedBytes(parser, ev) {
  if (parser.phase !== ev[2]) parser.phase = ev[2];
  return ev[1];
}
// replayRest: execute()'s steps for a read's events from event `at`, in
// the parser's async context: the bytes parsed or an Error, or, when
// `stops` and a body piece stopped the replay (see replay), minus the next
// event's index (the caller keeps the read and resumes there later). For
// the reads of a consumed handle (replayFrom) and of a server's
// connections (js/_http_server.js replayRead).
function replayRest(parser, ev, d, at, stops) {
  const ac = parser._async;
  let r;
  if (ac !== undefined) {
    const depth = asyncContext.before(ac);
    r = replay(parser, ev, d, at, stops);
    asyncContext.after(depth);
  } else {
    r = replay(parser, ev, d, at, stops);
  }
  if (r === undefined) return executedBytes(parser, ev);
  return typeof r === 'number' ? -r : r;
}
HTTPParser.prototype.finish = function finish() {
  const ev = this._p.finish();
  if (this._async !== undefined) {
    const depth = asyncContext.before(this._async);
    const r = replay(this, ev, null);
    asyncContext.after(depth);
    return r;
  }
  return replay(this, ev, null);
};
HTTPParser.prototype.inMessage = function inMessage() { return this._p.inMessage(); };
HTTPParser.prototype.close = function close() {
  if (this._async !== undefined) {
    asyncContext.destroyLater(this._async);
    this._async = undefined;
  }
};
HTTPParser.prototype.free = HTTPParser.prototype.close;
HTTPParser.prototype.remove = function remove() {};
HTTPParser.prototype.pause = function pause() {};
HTTPParser.prototype.resume = function resume() {};
// consume(handle): the socket handle hands its reads to this parser, as
// node's parser reads a consumed handle's stream itself (net's
// consumeChunks): each read is executed and parser[kOnExecute](ret) told;
// end of stream and errors stay the socket's. unconsume() gives the reads
// back. (The server's connections are consumed their own way:
// js/_http_server.js consumeSocketChunk.)
const parserExecute = HTTPParser.prototype.execute;
const parserExecuteChunk = HTTPParser.prototype._execute;
HTTPParser.prototype.consume = function consume(handle) {
  if (handle === null || typeof handle !== 'object' || typeof handle.consumeChunks !== 'function') return;
  if (this._consumedBy !== undefined && this._consumedBy !== handle) this.unconsume();
  handle.consumeChunks(parserConsumedRead, undefined, this, parserConsumedRest);
  this._consumedBy = handle;
  this._consumed = true;
};
HTTPParser.prototype.unconsume = function unconsume() {
  const h = this._consumedBy;
  if (h !== undefined) {
    this._consumedBy = undefined;
    h.consumeChunks(null);
  }
  if (this._consumed !== false) this._consumed = false;
};
// (this: the handle; net calls it with the socket, the handle, the byte
// count, the parser)
// node's parser calls onBody as a top-level callback (ticks and
// microtasks run after it): a read's events stop after a body piece that
// something follows, the rest waits in parser._pending, and the handle
// calls parserConsumedRest for it once they ran (2 asks for that call; as
// a server's connections, js/_http_server.js replayRead).
function parserConsumedRead(socket, handle, n, parser) {
  const d = handle.heldChunk();
  // A script that gave this parser node's callbacks of its own
  // (process.binding('http_parser')) has them called as node's parser
  // calls them; otherwise the chunk is replayed as execute() does.
  if (hasOwn(parser, kOnHeadersComplete) || hasOwn(parser, kOnBody) || hasOwn(parser, kOnMessageComplete)) {
    const ev = parser._p.execute(d);
    parser.phase = ev[2];
    return callbacksFrom(parser, ev, d, 4);
  }
  if (parser.execute !== parserExecute || parser._execute !== parserExecuteChunk) return executed(parser, parser.execute(d));
  return replayFrom(parser, parser._p.execute(d), d, 4);
}
function parserConsumedRest(socket, handle, n, parser) {
  const p = parser._pending;
  if (p === undefined) return true;
  parser._pending = undefined;
  if (parser._consumedBy !== handle) return true; // (given back meanwhile)
  return p.own ? callbacksFrom(parser, p.ev, p.d, p.at) : replayFrom(parser, p.ev, p.d, p.at);
}
function executed(parser, ret) {
  const cb = parser[kOnExecute];
  if (typeof cb === 'function') cb.call(parser, ret);
  return true;
}
// execute()'s steps for a read from event `at`, with replay's stops
function replayFrom(parser, ev, d, at) {
  const r = replayRest(parser, ev, d, at, true);
  if (typeof r === 'number' && r < 0) {
    parser._pending = { ev, d, at: -r, own: false };
    return 2;
  }
  return executed(parser, r);
}
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
// the script's own callbacks for a read's events from event `at`
function callbacksFrom(parser, ev, d, at) {
  for (let i = at; i < ev.length;) {
    const kind = ev[i];
    if (kind === EV_HEADERS) {
      const cb = parser[kOnHeadersComplete];
      if (allMethods === null) allMethods = require('internal/legacy_bindings').llhttpAllMethods;
      const method = ev[i + 1] === null ? undefined : allMethods.indexOf(ev[i + 1]);
      let r;
      if (typeof cb === 'function') {
        r = cb.call(parser, ev[i + 3], ev[i + 4], ev[i + 5], method, ev[i + 2] === null ? undefined : ev[i + 2],
          typeof ev[i + 6] === 'number' ? ev[i + 6] : undefined, ev[i + 7], ev[i + 8], ev[i + 9]);
      }
      i += 11;
      if (i === ev.length && ev[0] === 1) upgradeAnswer(parser, ev, d, r);
    } else if (kind === EV_BODY) {
      const cb = parser[kOnBody];
      if (typeof cb === 'function') cb.call(parser, d.subarray(ev[i + 1], ev[i + 2]));
      i += 3;
      if (i < ev.length || ev[0] !== 0) {
        parser._pending = { ev, d, at: i, own: true };
        return 2;
      }
    } else {
      const cb = parser[kOnMessageComplete];
      if (typeof cb === 'function') cb.call(parser);
      i += 2;
    }
  }
  return executed(parser, ev[0] === -1 ? parseErrorOf(ev) : ev[1]);
}
HTTPParser.prototype.getCurrentBuffer = function getCurrentBuffer() { return this._current || Buffer.alloc(0); };

// replay runs the parser callbacks for what one execute() completed: the
// headers event builds the IncomingMessage and hands it to onIncoming (node's
// parserOnHeadersComplete, written out here: a call with eleven arguments
// less per message), body ranges are pushed, completion ends the message.
// has: the parser's bits for the Host and Expect headers (-1 when the
// message keeps fewer than all its header lines: maxHeaderPairs).
// from: the event to start at (4, the first, when undefined). stops: stop
// after a body piece that something follows (another event, an error or
// an upgrade) and return the next event's index: node's parser calls
// onBody as a top-level callback (ticks and microtasks run after it, not
// after its headers and completion callbacks), so a server reading a
// consumed socket replays the rest once they ran (js/_http_server.js
// consumeSocketChunk and continueSocketChunk).
function replay(parser, ev, d, from, stops) {
  let len = ev.length;
  for (let i = from === undefined ? 4 : from; i < len;) {
    const kind = ev[i];
    if (kind === EV_HEADERS) {
      const made = ev[i + 6];
      if (typeof made === 'object' && made !== null) {
        // A server's request the parser binding made from the template, as
        // the code below would have (the server asked for it after the
        // checks below: js/_http_server.js consumeSocketChunk)
        parser.incoming = made;
        const upgrade = ev[i + 8];
        if (upgrade) made.upgrade = upgrade;
        // (and its response, made with it, or the status message '')
        const r = parser.onIncoming(made, ev[i + 9], ev[i + 10], ev[i + 7]);
        i += 11;
        if (i === len && ev[0] === 1) len = upgradeAnswer(parser, ev, d, r);
        continue;
      }
      const socket = parser.socket;
      const server = socket ? socket.server : undefined;
      const ParserIncomingMessage = (server && server[kIncomingMessage]) || IncomingMessage;
      const method = ev[i + 1];
      const versionMajor = ev[i + 3];
      const versionMinor = ev[i + 4];
      const headers = ev[i + 5];
      let n = headers.length;
      let has = ev[i + 10];
      const maxPairs = parser.maxHeaderPairs;
      if (maxPairs > 0 && maxPairs < n) {
        n = maxPairs;
        has = -1;
      }
      // A server's request of our own class: the template's copy, with the
      // fields that differ from it set (newRequest in js/_http_incoming.js)
      let req = null;
      if (method !== null && ParserIncomingMessage === IncomingMessage && server !== undefined && server !== null &&
          IMproto._addHeaderLines === addHeaderLines) {
        // (newRequest's checks in place: a call less per request)
        const t = reqTpl;
        const rs = socket._readableState;
        if (t.msg !== null && EE.init === EEinit && defaultHwm.bytes === t.hwm && captureRejections.value === t.cr &&
            EEproto[kCapture] === t.kc && IMproto._maxListeners === t.ml && IMproto._events === undefined &&
            IMproto._construct === undefined && rs !== undefined && rs !== null && rs.highWaterMark === t.hwm) {
          req = cloneObject(t.msg);
          if (req === undefined) req = null;
        } else {
          req = newRequest(socket);
        }
      }
      if (req !== null) {
        parser.incoming = req;
        req.socket = socket;
        req.client = socket;
        if (versionMajor !== 1 || versionMinor !== 1) {
          req.httpVersionMajor = versionMajor;
          req.httpVersionMinor = versionMinor;
          req.httpVersion = `${versionMajor}.${versionMinor}`;
        }
        if (server.joinDuplicateHeaders || parser.joinDuplicateHeaders) req.joinDuplicateHeaders = true;
        const url = ev[i + 2];
        if (url) req.url = url;
        const upgrade = ev[i + 8];
        if (upgrade) req.upgrade = upgrade;
        if (n !== 0) {
          req.rawHeaders = headers;
          req[kHeadersCount] = n;
        }
        req.method = method;
        const r = parser.onIncoming(req, ev[i + 9], has);
        i += 11;
        if (i === len && ev[0] === 1) len = upgradeAnswer(parser, ev, d, r);
        continue;
      }
      const incoming = parser.incoming = new ParserIncomingMessage(socket);
      incoming.httpVersionMajor = versionMajor;
      incoming.httpVersionMinor = versionMinor;
      incoming.httpVersion = versionMajor === 1 && versionMinor === 1 ? '1.1' : `${versionMajor}.${versionMinor}`;
      if ((server && server.joinDuplicateHeaders) || parser.joinDuplicateHeaders) {
        incoming.joinDuplicateHeaders = true;
      }
      const url = ev[i + 2];
      incoming.url = url || '';
      const upgrade = ev[i + 8];
      incoming.upgrade = upgrade;
      // (the parser's Host/Expect bits describe the lines our own class stored)
      if (ParserIncomingMessage === IncomingMessage && incoming._addHeaderLines === addHeaderLines) {
        // (_addHeaderLines' work for a new message, whose headers are not built)
        if (n !== 0) {
          incoming.rawHeaders = headers;
          incoming[kHeadersCount] = n;
        }
      } else {
        incoming._addHeaderLines(headers, n);
        has = -1;
      }
      if (method !== null) {
        incoming.method = method;
      } else {
        incoming.statusCode = ev[i + 6];
        incoming.statusMessage = ev[i + 7];
      }
      const r = parser.onIncoming(incoming, ev[i + 9], has);
      i += 11;
      if (i === len && ev[0] === 1) len = upgradeAnswer(parser, ev, d, r);
    } else if (kind === EV_BODY) {
      parserOnBody(parser, d.subarray(ev[i + 1], ev[i + 2]));
      i += 3;
      if (stops === true && (i < len || ev[0] !== 0)) return i;
    } else { // EV_COMPLETE
      if (ev[i + 1] !== null) parser._headers = ev[i + 1];
      // (node's parserOnMessageComplete, here and in _http_server's
      // consumeSocketChunk: a call less per message; change both together)
      const stream = parser.incoming;
      if (stream !== null) {
        stream.complete = true;
        const headers = parser._headers;
        if (headers.length) {
          stream._addHeaderLines(headers, headers.length);
          parser._headers = noHeaders;
          parser._url = '';
        }
        // (stream.push(null): pushEnd in place, a call less per message)
        const st = stream._readableState;
        if (stream.push !== ReadablePush || st.ended || !st.sync || st.decoder !== null) {
          pushEnd(stream);
        } else {
          st.reading = false;
          st.ended = true;
          st.needReadable = false;
          if (!st.emittedReadable) {
            st.emittedReadable = true;
            tick1(quietReadableNT, stream);
          }
        }
      }
      // (readStart's first case in place: a flowing socket whose handle
      // reads, with net.Socket's resume(), has nothing to do)
      const socket = parser.socket;
      if (socket) {
        const rs = socket._readableState;
        const h = rs !== undefined && rs !== null && rs.flowing === true && rs.paused === false && !socket._paused ? socket._handle : null;
        if (h === null || h === undefined || h.reading !== true || SocketProto === null || socket.resume !== SocketProto.resume) readStart(socket);
      }
      i += 2;
    }
  }
  if (ev[0] === -1) return parseErrorOf(ev);
}

// An upgrade whose headers are a read's last event (ev[0] 1: the parser
// stopped there) is an Upgrade request with a body, which waits for
// onIncoming's answer r, as node's parser acts on onHeadersComplete's: 1 or
// 2 (the server: the upgrade taken) completes it without a body, the rest of
// the read being the upgrade's; anything else (declined: served as a plain
// request) has its body read from the rest, and its end ends the read's
// parse (the rest dropped, as after any declined upgrade). The parser's
// results are appended to ev (the status, bytes parsed and phase replaced),
// whose new length this returns, and replay goes on with them.
function upgradeAnswer(parser, ev, d, r) {
  const e = parser._p.upgradeBody(d, ev[1], r === 1 || r === 2);
  ev[0] = e[0];
  ev[1] = e[1];
  ev[2] = e[2];
  ev[3] = e[3];
  for (let j = 4; j < e.length; j++) ev.push(e[j]);
  return ev.length;
}

require('internal/http_fns').replayRest = replayRest;

// addCallbackSlots gives parsers node's callback slots, which
// http-deceiver (under spdy) calls to hand a socket's parser requests that
// came another way: parser[kOnHeadersComplete](versionMajor, versionMinor,
// headers, method, url, statusCode, statusMessage, upgrade,
// shouldKeepAlive), parser[kOnBody](buffer[, start, len]) and
// parser[kOnMessageComplete](). Each is replayed as the Go parser's own
// event. Added when process.binding('http_parser') is first read.
let allMethods = null;
function addCallbackSlots() {
  const proto = HTTPParser.prototype;
  if (proto[kOnHeadersComplete] !== undefined) return;
  proto[kOnHeadersComplete] = function(versionMajor, versionMinor, headers, method, url, statusCode,
                                       statusMessage, upgrade, shouldKeepAlive) {
    // method: an index into llhttp's numbering, as node's binding passes it
    if (allMethods === null) allMethods = require('internal/legacy_bindings').llhttpAllMethods;
    const name = typeof method === 'number' ? allMethods[method] : null;
    replay(this, [0, 0, 0, 0, EV_HEADERS, name, url === undefined ? this._url : url, versionMajor, versionMinor,
      headers === undefined ? [] : headers, statusCode, statusMessage, !!upgrade, !!shouldKeepAlive, -1], null);
  };
  proto[kOnBody] = function(b, start, len) {
    if (start !== undefined) b = b.subarray(start, start + len);
    replay(this, [0, 0, 0, 0, EV_BODY, 0, b.length], b);
  };
  proto[kOnMessageComplete] = function() {
    replay(this, [0, 0, 0, 0, EV_COMPLETE, null], null);
  };
}

function parserOnBody(parser, b) {
  const stream = parser.incoming;
  if (stream === null) return;
  if (!stream._dumped) {
    const ret = stream.push(b);
    if (!ret) readStop(parser.socket);
  }
}

// Idle parsers are pooled as node's FreeList pools them (at most `max`,
// http.setMaxIdleHTTPParsers()): a keep-alive client socket's next request
// gets the parser its last one gave back (req.parser is the same object, as
// test-http-parser-free checks), and a server's next connection reuses one.
// freeParser() cleans a parser before it goes back; initialize() resets the
// Go half.
const parsers = {
  name: 'parsers',
  max: 1000,
  list: [],
  alloc() { return this.list.length > 0 ? this.list.pop() : new HTTPParser(); },
  free(p) {
    if (this.list.length >= this.max) return false;
    this.list.push(p);
    return true;
  },
};

// A listener that threw from a parser callback ('request',
// 'checkContinue', a client's 'response'): node's parser stays failed with
// HPE_CB_HEADERS_COMPLETE, so every later read of that connection is that
// error (a server answers 400, a client request errors) and its end is no
// error; a request left without data meets requestTimeout. The failure is
// own properties over the prototype's, dropped when the parser is freed:
// nothing on the per-connection path checks for it. The listener's caller
// catches the throw, fails the parser and throws it on (a script that catches
// it still finds the parser failed, as node's); a read the handle made
// (internal/bootstrap held.socket) meets no script's catch, and fatalException
// calls this with its socket's parser (js/_http_server.js thrown).
function parserThrown(parser) {
  // (a message already done, or a parser already failed, stays as it is)
  if (parser === null || parser === undefined || parser.execute === failedExecute) return;
  const msg = parser.incoming;
  if (msg === null || msg === undefined || msg.complete) return;
  parser.execute = failedExecute;
  parser.finish = failedFinish;
  parser.free = failedFree;
}
function failedExecute() {
  const err = new Error('Parse Error: User callback error');
  err.bytesParsed = 0; // (node's is where the old read failed, against the new read's start)
  err.code = 'HPE_CB_HEADERS_COMPLETE';
  err.reason = 'User callback error';
  return err;
}
function failedFinish() {}
function failedFree() {
  delete this.execute;
  delete this.finish;
  delete this.free;
  this.free();
}

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    if (parser._pending !== undefined) parser._pending = undefined;
    // (the prototype's defaults, set again only where they were changed)
    if (parser._headers !== noHeaders) parser._headers = noHeaders;
    if (parser._url !== '') parser._url = '';
    parser.socket = null;
    parser.incoming = null;
    if (parser.outgoing !== null) parser.outgoing = null;
    parser.onIncoming = null;
    if (parser.maxHeaderPairs !== 2000) parser.maxHeaderPairs = 2000;
    if (parser.joinDuplicateHeaders !== false) parser.joinDuplicateHeaders = false;
    if (parser._consumed !== false) parser._consumed = false;
    if (parser.phase !== 0) parser.phase = 0;
    parser.remove();
    parser.free();
    parsers.free(parser);
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

// Header names and values a server sets are the same few strings request
// after request; a goja regex test costs ~4 times a Set lookup, so strings
// that passed are remembered (a bounded number of short ones).
const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const goodTokens = new Set();
function checkIsHttpToken(val) {
  if (goodTokens.has(val)) return true;
  const ok = tokenRegExp.test(val);
  if (ok && typeof val === 'string' && val.length <= 64 && goodTokens.size < 512) goodTokens.add(val);
  return ok;
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
const goodValues = new Set();
function checkInvalidHeaderChar(val) {
  if (goodValues.has(val)) return false;
  const bad = headerCharRegex.test(val);
  if (!bad && typeof val === 'string' && val.length <= 64 && goodValues.size < 512) goodValues.add(val);
  return bad;
}

// readStart runs after every message: on a net.Socket already flowing
// and reading, resume() would change nothing, so it is not called (a call
// through net's and Readable's resume and a native .call on goja).
let SocketProto = null;
function readStart(socket) {
  if (!socket || socket._paused) return;
  const rs = socket._readableState;
  if (rs === undefined || rs === null) {
    if (socket.readable) socket.resume();
    return;
  }
  // (first the common case, a flowing socket whose handle reads: resume()
  // would change nothing whether or not the socket is still readable)
  if (rs.flowing === true && rs.paused === false) {
    const h = socket._handle;
    if (h !== null && h !== undefined && h.reading === true) {
      if (SocketProto === null) SocketProto = require('net').Socket.prototype;
      if (socket.resume === SocketProto.resume) return;
    }
  }
  // (readableOf written out)
  if (rs.readable !== false && !rs.destroyed && !rs.errorEmitted && !rs.endEmitted) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function isLenient() {
  return cliOptions().insecureHTTPParser;
}

const httpMethods = methods.slice();

require('internal/builtin_internals').httpCommon = {
  trackParser,
  lowerName,
  cliOptions,
  perfStart,
  perfStop,
  perfObserved,
  noHeaders, // (for the server's chunks parsed in place: consumeSocketChunk)
  readStart,
  addCallbackSlots,
  parserThrown,
  kOnMessageBegin, kOnHeaders, kOnHeadersComplete, kOnBody, kOnMessageComplete, kOnExecute, kOnTimeout,
};
module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  methods: httpMethods,
  parsers,
  kIncomingMessage,
  HTTPParser,
  isLenient,
  prepareError,
};

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}
