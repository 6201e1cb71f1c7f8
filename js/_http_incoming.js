'use strict';
// IncomingMessage: a request on the server, a response on the client. A
// Readable the parser (js/_http_common.js) pushes body slices into; headers
// are built lazily from rawHeaders with node's duplicate rules.

const { Readable, finished } = require('stream');
const { tick1, tick2, tick3, tickIsNext, ticksAfter, tickable, tickQueue } = require('internal/timers'); // process.nextTick without its rest array and apply()
const { defaultHwm } = require('internal/streams/state');
const { construct: constructStream, emitCloseNT } = require('internal/streams/destroy');
const EE = require('events');
const { init: EEinit, initOf: EEinitOf, emitKnown, kShapeMode, kCapture, proto: EEproto } = require('internal/events_fns'); // (filled in: events is loaded)
const captureRejections = require('internal/events_capture');
const httpFns = require('internal/http_fns');
const { _onConstructed: readableConstructed } = Readable;
// a ReadableState as `new ReadableState(undefined, stream, false)` makes it
// (every field its prototype default; the mark is set after)
const ReadableProto = Readable.prototype;
const ReadableRead = ReadableProto.read;
const ReadablePush = ReadableProto.push;
const ReadableResume = ReadableProto.resume;
const ReadableDestroy = ReadableProto.destroy;
const EEemit = EE.prototype.emit;
const EElistenerCount = EE.prototype.listenerCount;
const {
  _emitReadableNT: emitReadableNT, _resumeNT: resumeNT, _resumeWith: resumeWith, _endReadableNT: endReadableNT,
  _endWritableNT: endWritableNT,
} = Readable;
// (a state object on ReadableState's prototype: Object.create is a native
// call, cheaper on goja than constructing an empty function's instance)
const ReadableStateProto = Readable.ReadableState.prototype;
const ObjectCreate = Object.create;

const { headersObject, requestTemplate: registerRequestTemplate } = internalBinding('http_parser');
const { cloneObject } = internalBinding('host');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

// lowerName(name): name.toLowerCase() for a header name, remembered for
// the same few names a server sets and reads on every message (goja's
// toLowerCase makes two new values per call; a Map lookup none).
const lowerNames = new Map();
function lowerName(name) {
  let l = lowerNames.get(name);
  if (l === undefined) {
    l = name.toLowerCase();
    if (name.length <= 64 && lowerNames.size < 512) lowerNames.set(name, l);
  }
  return l;
}

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function IncomingMessage(socket) {
  let streamOptions;
  // No options object when the socket's mark is the default anyway (the
  // common case: one object less per request).
  // (the socket's mark read from its state: the getter is a native call)
  const rs = socket ? socket._readableState : undefined;
  const hwm = rs !== undefined && rs !== null ? rs.highWaterMark : socket && socket.readableHighWaterMark;
  const dflt = defaultHwm.bytes; // (getDefaultHighWaterMark(false))
  if (socket && hwm !== dflt) {
    streamOptions = { highWaterMark: hwm };
  }
  if (streamOptions === undefined) {
    // Readable(undefined)'s work without its calls (two instanceof, a
    // new ReadableState that reads an empty options object, a .call()):
    // an IncomingMessage is no Duplex, and a state for no options is
    // the prototype's defaults but for the current default mark.
    const state = this._readableState = ObjectCreate(ReadableStateProto);
    if (dflt !== state.highWaterMark) state.highWaterMark = dflt;
    // the common events' slots from the start, as Readable() gives them
    // (EventEmitter's shape mode, as in node), then EventEmitter.init
    const events = this._events;
    const init = EE.init;
    if (events === undefined || events === null) {
      this._events = { close: undefined, error: undefined, data: undefined, end: undefined, readable: undefined };
      if (init === EEinit) {
        // (initShaped(this) for no options, in place)
        this[kShapeMode] = true;
        this._maxListeners = this._maxListeners || undefined;
        this[kCapture] = EEproto[kCapture];
      } else {
        init.call(this);
      }
    } else if (init === EEinit) {
      EEinitOf(this, undefined);
    } else {
      init.call(this);
    }
    // (Readable's initDirectData for no options)
    const direct = captureRejections.value !== true;
    if (state.directData !== direct) state.directData = direct;
    if (typeof this._construct === 'function') constructStream(this, readableConstructed);
  } else {
    Readable.call(this, streamOptions);
  }
  this._readableState.readingMore = true;
  // The other fields start at their prototype defaults (below): own
  // properties are a Go map in goja, and this runs once per request.
  if (socket) {
    this.socket = socket;
    this.client = socket;
  }
}
const kNoLines = Object.freeze([]);
Object.assign(IncomingMessage.prototype, {
  socket: undefined,
  client: undefined,
  httpVersionMajor: null,
  httpVersionMinor: null,
  httpVersion: null,
  complete: false,
  rawHeaders: kNoLines,
  rawTrailers: kNoLines,
  joinDuplicateHeaders: false,
  aborted: false,
  upgrade: null,
  url: '',
  method: null,
  statusCode: null,
  statusMessage: null,
  _consuming: false,
  _dumped: false,
  [kHeaders]: null,
  [kHeadersCount]: 0,
  [kTrailers]: null,
  [kTrailersCount]: 0,
});
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// newRequest(socket): a server's request as `new IncomingMessage(socket)`
// and the parser's headers event leave it, with the properties its request
// and its end of stream set later already in place: a copy of a template
// made by the constructor (Go copies the message, its ReadableState and its
// listener map with their final shapes in one step; each property added
// one at a time is a shape transition on goja, ≈ 35 a request). null when
// the constructor would not make what the template holds (a socket's own
// mark, a domain's EventEmitter.init, a script's _construct, defaults on
// the prototypes changed since): `new IncomingMessage(socket)` then.
// The parser (js/_http_common.js replay) sets what differs from the
// template. The fields a request has are node's (node sets them all in
// its constructor); they are own from the start here, not as they change.
const IMproto = IncomingMessage.prototype;
// (replay checks the same in place, and calls this when a check fails;
// t.init, t.capture and t.dflt are what it reads them from)
const reqTpl = { msg: null, hwm: 0, cr: false, kc: false, ml: undefined, init: EEinit, capture: captureRejections, dflt: defaultHwm };
function newRequest(socket) {
  const t = reqTpl;
  if (t.msg === null || EE.init !== EEinit || defaultHwm.bytes !== t.hwm || captureRejections.value !== t.cr ||
      EEproto[kCapture] !== t.kc || IMproto._maxListeners !== t.ml || IMproto._events !== undefined ||
      IMproto._construct !== undefined) {
    if (!requestTemplate()) return null;
  }
  const rs = socket._readableState;
  if (rs === undefined || rs === null || rs.highWaterMark !== t.hwm) return null;
  const msg = cloneObject(t.msg);
  return msg === undefined ? null : msg;
}
// (the state's fields a keep-alive request sets from its headers to its
// 'close', besides readingMore, which the constructor sets)
const reqStateFields = ['reading', 'ended', 'needReadable', 'emittedReadable', 'flowing', 'resumeScheduled', 'paused',
  'endQueued', 'endEmitted', 'destroyed', 'closed', 'closeEmitted'];
const reqFields = ['socket', 'client', 'httpVersionMajor', 'httpVersionMinor', 'httpVersion', 'joinDuplicateHeaders', 'url',
  'upgrade', 'rawHeaders', 'method', 'complete', '_dumped', '_eventsCount', '_consuming'];
function requestTemplate() {
  const t = reqTpl;
  t.msg = null;
  registerRequestTemplate(null);
  if (EE.init !== EEinit || IMproto._events !== undefined || IMproto._construct !== undefined ||
      !dataOnChain(IMproto, reqFields) || !dataOnChain(ReadableStateProto, reqStateFields)) {
    return false;
  }
  const m = new IncomingMessage(null);
  // in the order a request sets them (what Object.keys(req) lists)
  m.socket = null;
  m.client = null;
  m.httpVersionMajor = 1;
  m.httpVersionMinor = 1;
  m.httpVersion = '1.1';
  m.joinDuplicateHeaders = false;
  m.url = '';
  m.upgrade = false;
  m.rawHeaders = kNoLines;
  m[kHeadersCount] = 0;
  m.method = null;
  m.complete = false;
  m._dumped = false;
  m._eventsCount = 0;
  m._consuming = false;
  const st = m._readableState;
  for (let i = 0; i < reqStateFields.length; i++) {
    const k = reqStateFields[i];
    if (!ObjectHasOwn(st, k)) st[k] = ReadableStateProto[k];
  }
  t.hwm = defaultHwm.bytes;
  t.cr = captureRejections.value;
  t.kc = EEproto[kCapture];
  t.ml = IMproto._maxListeners;
  t.msg = m;
  // (the parser binding makes copies of it too: consumeSocketChunk)
  registerRequestTemplate(m, kHeadersCount);
  return true;
}
const ObjectHasOwn = Object.hasOwn;
// dataOnChain(proto, names): no name is an accessor on proto's chain (an
// own copy of a template's field must not hide one a script defined)
function dataOnChain(proto, names) {
  const n = names.length;
  if (!(n <= 64)) return false; // (the field lists are short)
  for (let i = 0; i < n; i++) {
    for (let p = proto; p !== null; p = Object.getPrototypeOf(p)) {
      const d = Object.getOwnPropertyDescriptor(p, names[i]);
      if (d !== undefined) {
        if (!('value' in d)) return false;
        break;
      }
    }
  }
  return true;
}

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  configurable: true, enumerable: true,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

function lazyHeaders(kStore, kCount, raw, distinct) {
  return {
    configurable: true, enumerable: true,
    get() {
      if (!this[kStore]) {
        const src = this[raw];
        const n = this[kCount];
        // (while _addHeaderLine is ours, Go builds the object as it would,
        // or answers undefined when it cannot be sure to: one native call
        // where each line cost a lookup and a property addition)
        if (!distinct && n !== 0 && this._addHeaderLine === addHeaderLine) {
          const built = headersObject(src, n, this.joinDuplicateHeaders);
          if (built !== undefined) return (this[kStore] = built);
        }
        // the distinct maps have no prototype, as node's (a "constructor"
        // header is a header there)
        this[kStore] = distinct ? { __proto__: null } : {};
        if (!distinct && this._addHeaderLine === addHeaderLine) {
          // (_addHeaderLine's work in place while it is ours: a call less a line)
          // and a name seen before, met first, in place: a Map lookup and a store
          const dest = this[kStore];
          for (let i = 0; i < n; i += 2) {
            const field = src[i];
            let info = fieldInfos.get(field);
            if (info === undefined) info = fieldInfo(field);
            const key = info.key;
            if (info.flag !== 1 && dest[key] === undefined) dest[key] = src[i + 1];
            else addLine(this, info, src[i + 1], dest);
          }
        } else {
          for (let i = 0; i < n; i += 2) {
            if (distinct) this._addHeaderLineDistinct(src[i], src[i + 1], this[kStore]);
            else this._addHeaderLine(src[i], src[i + 1], this[kStore]);
          }
        }
      }
      return this[kStore];
    },
    set(val) { this[kStore] = val; },
  };
}
// req.headers, read on every request by frameworks (Express's req.fresh):
// lazyHeaders' work for it with the store read once and the raw lines read
// by name (by a computed key, a megamorphic lookup); anything but Go's
// one step is lazyHeaders' getter.
const headersDesc = lazyHeaders(kHeaders, kHeadersCount, 'rawHeaders', false);
const headersSlow = headersDesc.get;
headersDesc.get = {
  get() {
    const h = this[kHeaders];
    if (h) return h;
    const n = this[kHeadersCount];
    if (n !== 0 && this._addHeaderLine === addHeaderLine) {
      const built = headersObject(this.rawHeaders, n, this.joinDuplicateHeaders);
      if (built !== undefined) return (this[kHeaders] = built);
    }
    return headersSlow.call(this);
  },
}.get;
Object.defineProperty(IncomingMessage.prototype, 'headers', headersDesc);
Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', lazyHeaders(kHeadersDistinct, kHeadersCount, 'rawHeaders', true));
Object.defineProperty(IncomingMessage.prototype, 'trailers', lazyHeaders(kTrailers, kTrailersCount, 'rawTrailers', false));
Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', lazyHeaders(kTrailersDistinct, kTrailersCount, 'rawTrailers', true));

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // The parser paused the socket when push() said the buffer is full.
  if (this.socket && this.socket.readable) readStart(this.socket);
};

// A consumer reading marks the message consumed even when its body and end
// have all been pushed already (Readable then never calls _read): a body
// arrives here in the chunk that carries its headers more often than with
// node, and a response finishing must not dump (and take the 'data'
// listeners off) a message its consumer is still reading.
IncomingMessage.prototype.read = function read(n) {
  const st = this._readableState;
  if (!this._consuming) {
    st.readingMore = false;
    this._consuming = true;
  }
  const read = ReadableProto.read;
  // Readable's read() of an ended, empty stream, here without a .call()
  if (read === ReadableRead && st.ended && st.length === 0 && (n === undefined || n === 0)) {
    readEnded(this, st, n === undefined);
    return null;
  }
  return read.call(this, n);
};
const IMread = IncomingMessage.prototype.read;

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this._readableState.endEmitted || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.aborted && this.socket && !this.socket.destroyed) {
    destroySocketFirst(this, err, cb);
  } else {
    tick3(onError, this, err, cb);
  }
};

// (apart from _destroy, whose every call would otherwise allocate the scope
// this closure closes over)
function destroySocketFirst(self, err, cb) {
  self.socket.destroy(err);
  const cleanup = finished(self.socket, (e) => {
    if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
    cleanup();
    process.nextTick(onError, self, e || err, cb);
  });
}

// (the shortcut in quietEndNT stands for this _destroy: a script's, on the
// prototype or the message, runs)
const IMdestroy = IncomingMessage.prototype._destroy;

function onError(self, error, cb) {
  // An 'error' nobody listens for is not thrown: an aborted request is
  // reported by 'aborted' and 'close'.
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    // The object is made from the raw lines when first read; one that is
    // already there (read, or set by a script) gets these lines added, as
    // node's does.
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// Which duplicates are dropped, joined with ', ' or '; ', or kept in an
// array (set-cookie) — node's matchKnownFields.
function matchKnownFields(field, lowercased) {
  switch (field.length) {
    case 3:
      if (field === 'Age' || field === 'age') return 'age';
      break;
    case 4:
      if (field === 'Host' || field === 'host') return 'host';
      if (field === 'From' || field === 'from') return 'from';
      if (field === 'ETag' || field === 'etag') return 'etag';
      if (field === 'Date' || field === 'date') return '\u0000date';
      if (field === 'Vary' || field === 'vary') return '\u0000vary';
      break;
    case 6:
      if (field === 'Server' || field === 'server') return 'server';
      if (field === 'Cookie' || field === 'cookie') return '\u0002cookie';
      if (field === 'Origin' || field === 'origin') return '\u0000origin';
      if (field === 'Expect' || field === 'expect') return '\u0000expect';
      if (field === 'Accept' || field === 'accept') return '\u0000accept';
      break;
    case 7:
      if (field === 'Referer' || field === 'referer') return 'referer';
      if (field === 'Expires' || field === 'expires') return 'expires';
      if (field === 'Upgrade' || field === 'upgrade') return '\u0000upgrade';
      break;
    case 8:
      if (field === 'Location' || field === 'location') return 'location';
      if (field === 'If-Match' || field === 'if-match') return '\u0000if-match';
      break;
    case 10:
      if (field === 'User-Agent' || field === 'user-agent') return 'user-agent';
      if (field === 'Set-Cookie' || field === 'set-cookie') return '\u0001';
      if (field === 'Connection' || field === 'connection') return '\u0000connection';
      break;
    case 11:
      if (field === 'Retry-After' || field === 'retry-after') return 'retry-after';
      break;
    case 12:
      if (field === 'Content-Type' || field === 'content-type') return 'content-type';
      if (field === 'Max-Forwards' || field === 'max-forwards') return 'max-forwards';
      break;
    case 13:
      if (field === 'Authorization' || field === 'authorization') return 'authorization';
      if (field === 'Last-Modified' || field === 'last-modified') return 'last-modified';
      if (field === 'Cache-Control' || field === 'cache-control') return '\u0000cache-control';
      if (field === 'If-None-Match' || field === 'if-none-match') return '\u0000if-none-match';
      break;
    case 14:
      if (field === 'Content-Length' || field === 'content-length') return 'content-length';
      break;
    case 15:
      if (field === 'Accept-Encoding' || field === 'accept-encoding') return '\u0000accept-encoding';
      if (field === 'Accept-Language' || field === 'accept-language') return '\u0000accept-language';
      if (field === 'X-Forwarded-For' || field === 'x-forwarded-for') return '\u0000x-forwarded-for';
      break;
    case 16:
      if (field === 'Content-Encoding' || field === 'content-encoding') return '\u0000content-encoding';
      if (field === 'X-Forwarded-Host' || field === 'x-forwarded-host') return '\u0000x-forwarded-host';
      break;
    case 17:
      if (field === 'If-Modified-Since' || field === 'if-modified-since') return 'if-modified-since';
      if (field === 'Transfer-Encoding' || field === 'transfer-encoding') return '\u0000transfer-encoding';
      if (field === 'X-Forwarded-Proto' || field === 'x-forwarded-proto') return '\u0000x-forwarded-proto';
      break;
    case 19:
      if (field === 'Proxy-Authorization' || field === 'proxy-authorization') return 'proxy-authorization';
      if (field === 'If-Unmodified-Since' || field === 'if-unmodified-since') return 'if-unmodified-since';
      break;
  }
  if (lowercased) return '\u0000' + field;
  return matchKnownFields(field.toLowerCase(), true);
}

// fieldInfo(field): a raw header name's key in `headers` and how its
// duplicates combine (matchKnownFields' answer as { key, flag }: 0 joined
// with ', ', 1 set-cookie's array, 2 joined with '; ', 3 the first kept),
// remembered per name as lowerName remembers names: one Map lookup a line
// instead of the name matched, its flag read and its key cut (two native
// calls on goja).
const fieldInfos = new Map();
function fieldInfo(field) {
  let info = fieldInfos.get(field);
  if (info === undefined) {
    const m = matchKnownFields(field);
    const flag = m.charCodeAt(0);
    info = flag === 0 || flag === 2 ? { key: m.slice(1), flag } : { key: flag === 1 ? 'set-cookie' : m, flag: flag === 1 ? 1 : 3 };
    if (typeof field === 'string' && field.length <= 64 && fieldInfos.size < 512) fieldInfos.set(field, info);
  }
  return info;
}

function addLine(msg, info, value, dest) {
  const field = info.key;
  const flag = info.flag;
  if (flag === 0 || flag === 2) {
    if (typeof dest[field] === 'string') {
      dest[field] += (flag === 0 ? ', ' : '; ') + value;
    } else {
      dest[field] = value;
    }
  } else if (flag === 1) {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (msg.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += ', ' + value;
  } else if (dest[field] === undefined) {
    dest[field] = value;
  }
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  addLine(this, fieldInfo(field), value, dest);
};
const addHeaderLine = IncomingMessage.prototype._addHeaderLine;

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  const key = field.toLowerCase();
  if (!dest[key]) dest[key] = [value];
  else dest[key].push(value);
};

IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    // (with no 'data' listener there is nothing to remove: the call is
    // skipped, and with it two `arguments` objects and an apply())
    const events = this._events;
    if (events === undefined || events.data !== undefined ||
        this.removeAllListeners !== Readable.prototype.removeAllListeners) {
      this.removeAllListeners('data');
    }
    if (this.resume === ReadableResume) resumeWith(this, quietResumeNT);
    else this.resume();
  }
};

// A message's end of stream: node's ticks, one by one and in node's order,
// each doing in place what Readable's general functions come to for a
// message ended with nothing buffered, read by nobody (a GET nobody reads:
// push(null) -> emitReadableNT, _dump -> resumeNT, endReadableNT with 'end'
// and destroy(), _destroy's tick, emitCloseNT with 'close'). The state and
// the events are what the general path leaves; each tick checks what its
// shortcut assumes (nothing buffered, read() and emit() the prototypes',
// no 'readable'/'resume' listener, ...) and otherwise runs the general one.

// msg.push(null), by the parser at the message's end
function pushEnd(msg) {
  const st = msg._readableState;
  if (msg.push !== ReadablePush || st.ended || !st.sync || st.decoder !== null) {
    msg.push(null);
    return;
  }
  // (readableAddChunk -> onEofChunk -> emitReadable)
  st.reading = false;
  st.ended = true;
  st.needReadable = false;
  if (!st.emittedReadable) {
    st.emittedReadable = true;
    tick1(quietReadableNT, msg);
  }
}

// read() and read(0) of an ended, empty stream (IncomingMessage's read()
// has marked it consumed)
function readEnded(msg, st, all) {
  if (!msg._consuming) {
    st.readingMore = false;
    msg._consuming = true;
  }
  if (all && st.emittedReadable) st.emittedReadable = false;
  // (Readable's endReadable, which does nothing once 'end' is emitted or queued)
  if (st.endEmitted !== true && st.endQueued !== true) {
    st.endQueued = true;
    tick2(quietEndNT, st, msg);
  }
}

// The two ticks below first check that their shortcut applies: nothing
// buffered at the end, emit() and read() the prototypes', no listener for
// 'readable' (resp. 'resume').
// emitReadableNT
function quietReadableNT(msg) {
  const st = msg._readableState;
  // (quiet(msg, st, 'readable') in place: a call less per request)
  const events = msg._events;
  if (!(st.ended && st.length === 0 && msg.emit === EEemit && msg.read === IMread && ReadableProto.read === ReadableRead &&
      events !== null && (events === undefined || events.readable === undefined))) {
    emitReadableNT(msg);
    return;
  }
  if (!st.destroyed && !st.errored) st.emittedReadable = false;
  if (st.flowing) {
    // (flow(): the first read() is null; readEnded(msg, st, true) in place)
    if (!msg._consuming) {
      st.readingMore = false;
      msg._consuming = true;
    }
    if (st.emittedReadable) st.emittedReadable = false;
    if (st.endEmitted !== true && st.endQueued !== true) {
      st.endQueued = true;
      // The response's finish queued the request's resume and the
      // response's close after this tick, and nothing else (a keep-alive
      // request nobody reads): while both are quiet they and the end this
      // tick queues run here, in that order, and leave the queue (three
      // ticks less to queue and run; no script's code runs in between).
      if (st.resumeScheduled === true && !st.reading && (events === undefined || events.resume === undefined) && ticksAfter(7)) {
        const q = tickQueue;
        const l = q.length;
        const res = q[l - 1];
        let ev;
        if (q[l - 7] === quietResumeNT && q[l - 5] === msg && q[l - 3] === httpFns.emitCloseNT &&
            res.emit === EEemit && (ev = res._events) !== null && (ev === undefined || ev.close === undefined)) {
          q.length = l - 7;
          st.resumeScheduled = false; // (quietResumeNT: its other steps are done above)
          if (!res._closed) { // (emitCloseNT, nobody listening)
            res.destroyed = true;
            res._closed = true;
          }
          quietEndNT(st, msg, true);
          return;
        }
      }
      tick2(quietEndNT, st, msg);
    }
  }
}

// quietFinish(msg, st, res): the response's 'finish' (resFinished), which
// would queue the request's resume and the response's close behind the
// request's readable tick, finds that tick queued alone after the running
// one (ticksAfter(3), a tick queued now would go there) and everything
// quiet as quietReadableNT's fold needs it: it cuts the readable tick off
// the queue and runs the four steps here in their order (readable, resume,
// close, end), as that fold would have a tick later with no script's code
// in between. false (nothing done): the caller queues the two ticks.
// (asked: the caller found ticksAfter(3) true and res.emit EventEmitter's
// and ran no script's code since, so the answers stand)
// (held: true when the caller's shapes of msg and res hold, and no
// script's code ran since: the methods quietMethods checks are the ones
// below; 2: and the fields of msg and st js/_http_server.js finishHeld
// names are their prototypes' defaults: writable and _writableState absent,
// aborted false, length 0, errored null, autoDestroy, constructed and
// emitClose true)
// (folded: true when the readable tick is not queued but left to this
// call by the read that completed the request, js/_http_server.js
// consumeSocketChunk's foldReq: the caller runs from that read, no tick is
// running, and the queue holds only what was queued since; taken here, with
// httpFns.foldDone, before any step)
function quietFinish(msg, st, res, asked, held, folded) {
  const events = msg._events;
  let ev;
  if (!(st.ended && (held === 2 || st.length === 0) && st.flowing && st.resumeScheduled === true && !st.reading &&
      st.endEmitted !== true && st.endQueued !== true &&
      (held === 2 || held === true || (msg.emit === EEemit && msg.read === IMread && ReadableProto.read === ReadableRead)) && events !== null &&
      (events === undefined || (events.readable === undefined && events.resume === undefined)) &&
      (asked === true || res.emit === EEemit) && (ev = res._events) !== null && (ev === undefined || ev.close === undefined) &&
      (asked === true || (folded === true ? tickable() : ticksAfter(3))))) {
    return false;
  }
  if (folded === true) {
    httpFns.foldDone();
  } else {
    const q = tickQueue;
    const l = q.length;
    if (q[l - 3] !== quietReadableNT || q[l - 1] !== msg) return false;
    q.length = l - 3;
  }
  // (no code runs between the steps below, so what they read once holds
  // for all of them: endEmitted is false, as checked above)
  const dead = st.destroyed || (held !== 2 && st.errored);
  // (quietReadableNT, flowing: the read() that finds the end)
  if (!dead) st.emittedReadable = false;
  if (!msg._consuming) {
    st.readingMore = false;
    msg._consuming = true;
  }
  st.resumeScheduled = false; // (quietResumeNT: its reads come to nothing more)
  if (!res._closed) { // (emitCloseNT, nobody listening)
    res.destroyed = true;
    res._closed = true;
  }
  // (quietEndNT(st, msg, true) in place for its usual case: the server's
  // own 'end' listener alone, then destroy's steps for a complete message
  // and, in place as quietEndNT runs it, quietDestroyedNT: two calls less)
  if (dead || st.closeEmitted || events === undefined || events.end !== httpFns.clearIncoming ||
      (held !== 2 && ((msg.writable && msg.allowHalfOpen === false) || !st.autoDestroy || msg._writableState !== undefined ||
        st.constructed === false || msg.aborted)) ||
      (held !== true && held !== 2 && (msg.destroy !== ReadableDestroy || msg._destroy !== IMdestroy || msg.listenerCount !== EElistenerCount)) ||
      !msg.complete) {
    st.endQueued = true;
    quietEndNT(st, msg, true);
    return true;
  }
  st.endEmitted = true;
  const socket = msg.socket;
  const parser = socket && socket.parser;
  if (parser && parser.incoming === msg) parser.incoming = null;
  st.destroyed = true;
  st.closed = true;
  st.closeEmitted = true;
  if ((held === 2 || st.emitClose) && events.close !== undefined) msg.emit('close');
  return true;
}

// quietFinish's checks of a request's methods (resFinished's checks, which
// hold shapes, include them; the names are quietNames)
function quietMethods(msg) {
  return msg.emit === EEemit && msg.read === IMread && ReadableProto.read === ReadableRead && msg.destroy === ReadableDestroy &&
    msg._destroy === IMdestroy && msg.listenerCount === EElistenerCount;
}
const quietNames = ['emit', 'read', 'destroy', '_destroy', 'listenerCount'];

// resumeNT: read(0), 'resume', flow()'s read(), read(0); the reads come to
// one readEnded, the second clearing emittedReadable
function quietResumeNT(msg, st) {
  // (quiet(msg, st, 'resume') in place: a call less per request)
  const events = msg._events;
  if (st.reading || !(st.ended && st.length === 0 && msg.emit === EEemit && msg.read === IMread && ReadableProto.read === ReadableRead &&
      events !== null && (events === undefined || events.resume === undefined))) {
    resumeNT(msg, st);
    return;
  }
  // (readEnded(msg, st, st.flowing === true) in place)
  if (!msg._consuming) {
    st.readingMore = false;
    msg._consuming = true;
  }
  if (st.flowing === true && st.emittedReadable) st.emittedReadable = false;
  if (st.endEmitted !== true && st.endQueued !== true) {
    st.endQueued = true;
    tick2(quietEndNT, st, msg);
  }
  st.resumeScheduled = false;
}

// endReadableNT: 'end', then destroy() (runDestroy, _destroy) of an ended,
// complete message, whose one step left is _destroy's tick
// (folded: run in place by quietReadableNT, which found no tick queued
// after it: while no script's listener runs, none is queued after this)
function quietEndNT(st, msg, folded) {
  if (msg.emit !== EEemit) {
    endReadableNT(st, msg);
    return;
  }
  st.endQueued = false;
  if (st.errored || st.closeEmitted || st.endEmitted || st.length !== 0) return;
  st.endEmitted = true;
  // (the server's own listener alone: clearIncoming's work for an ended
  // request, in place, as emit() would call it)
  const events = msg._events;
  let alone = false;
  if (events !== undefined && events !== null && events.end === httpFns.clearIncoming) {
    const socket = msg.socket;
    const parser = socket && socket.parser;
    if (parser && parser.incoming === msg) parser.incoming = null;
    alone = folded === true;
  } else {
    emitKnown(msg, 'end', 0);
  }
  if (msg.writable && msg.allowHalfOpen === false) {
    process.nextTick(endWritableNT, msg);
  } else if (st.autoDestroy) {
    const ws = msg._writableState;
    if (ws !== undefined || msg.destroy !== ReadableDestroy || msg._destroy !== IMdestroy ||
        st.constructed === false || !msg.complete || msg.aborted) {
      if (!ws || (ws.autoDestroy && (ws.finished || ws.writable === false))) msg.destroy();
    } else if (!st.destroyed) {
      st.destroyed = true;
      // (run here when it would run next anyway)
      if (alone || tickIsNext()) quietDestroyedNT(msg, true);
      else tick1(quietDestroyedNT, msg);
    }
  }
}

// _destroy's tick (onError) and destroy's callback (onDestroy) for no
// error; inPlace: run by the tick before it, which found nothing queued
// after it (nothing here can queue a tick but a script's listenerCount)
function quietDestroyedNT(msg, inPlace) {
  let alone = inPlace === true;
  if (msg.listenerCount !== EElistenerCount) {
    msg.listenerCount('error'); // (onError asks; no error to pass)
    alone = false;
  }
  const w = msg._writableState;
  const r = msg._readableState;
  if (w) w.closed = true;
  if (r) r.closed = true;
  if (alone || tickIsNext()) {
    // (destroy's emitCloseNT in place: a call less per request)
    if (w) w.closeEmitted = true;
    if (r) r.closeEmitted = true;
    if ((w && w.emitClose) || (r && r.emitClose)) {
      const events = msg._events;
      if (msg.emit !== EEemit || events === null || (events !== undefined && events.close !== undefined)) msg.emit('close');
    }
  } else {
    tick1(emitCloseNT, msg);
  }
}

// hasHeader(msg, name): whether msg.headers[name] (name in lower case) is
// defined, answered from rawHeaders while msg.headers has not been built:
// the server asks it of every request (Host, Expect), and building the
// headers object costs more than most handlers that never read it.
function hasHeader(msg, name) {
  const built = msg[kHeaders];
  if (built !== null) return built[name] !== undefined;
  const raw = msg.rawHeaders;
  const n = msg[kHeadersCount];
  const len = name.length;
  for (let i = 0; i < n; i += 2) {
    const f = raw[i];
    if (f.length === len && (f === name || lowerName(f) === name)) return true;
  }
  return false;
}

// isParsedHeaders(msg): msg.headers is still what the parser gave (not
// built, rawHeaders not replaced on the message itself by a script).
function isParsedHeaders(msg) {
  return msg[kHeaders] === null && msg[kHeadersCount] === msg.rawHeaders.length;
}

require('internal/builtin_internals').httpIncoming = {
  newRequest, reqTpl, dataOnChain, pushEnd, quietReadableNT, quietResumeNT, quietFinish, quietMethods, quietNames, kHeadersCount,
  hasHeader, isParsedHeaders, lowerName,
};
module.exports = { IncomingMessage, readStart, readStop(socket) { if (socket) socket.pause(); } };
