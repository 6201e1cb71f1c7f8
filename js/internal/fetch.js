'use strict';
// fetch and its classes (Headers, Request, Response), as node 20 exposes them
// globally, over the http client (js/_http_client.js): each fetch is an
// http.request on a keep-alive agent of its own, following redirects as the
// Fetch standard says (up to 20; 303, and 301/302 after POST, become GET).
// Connections go through net, so the runtime's AllowNet policy applies.
// A fetch resolves when the response's headers arrive; its `body` streams
// from the IncomingMessage with backpressure, Content-Encoding undone as
// undici's (gzip, x-gzip, deflate, br, lists of them), and text(), json(),
// arrayBuffer(), blob(), formData() read that stream. Request headers go
// out in node's order and case. A body built in JS (a Response made here,
// a request body) is held whole; a ReadableStream or async iterable given
// as a request body (with `duplex: 'half'`) is sent chunked as it is read,
// a Blob or FormData read whole first and sent with its length. https: URLs go through
// https's agent.

const { Buffer } = require('buffer');

const kHeaders = Symbol('headers'); // Map lower-case name → [values]
const kNames = Symbol('names'); // Map lower-case name → the name as given, for the wire
const kGuard = Symbol('guard');
const kBody = Symbol('body'); // Buffer | { stream: ReadableStream } | networkBody | null
const kUsed = Symbol('bodyUsed');
const kState = Symbol('state');

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const badValueRe = /[\0\r\n]/;

function normalizeValue(v) {
  return String(v).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

class Headers {
  constructor(init = undefined) {
    this[kHeaders] = new Map();
    this[kNames] = new Map();
    this[kGuard] = 'none';
    if (init === undefined || init === null) return;
    if (typeof init !== 'object') {
      throw new TypeError("Failed to construct 'Headers': The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
    }
    if (init instanceof Headers) {
      for (const [k, vs] of init[kHeaders]) this[kHeaders].set(k, vs.slice());
      for (const [k, n] of init[kNames]) this[kNames].set(k, n);
    } else if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const p = [...pair];
        if (p.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + p.length + '.');
        this.append(p[0], p[1]);
      }
    } else {
      for (const k of Object.keys(init)) this.append(k, init[k]);
    }
  }

  append(name, value) {
    name = String(name);
    value = normalizeValue(value);
    if (!tokenRe.test(name)) throw new TypeError(`Headers.append: "${name}" is an invalid header name.`);
    if (badValueRe.test(value)) throw new TypeError(`Headers.append: "${value}" is an invalid header value.`);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    const key = name.toLowerCase();
    const list = this[kHeaders].get(key);
    if (list) list.push(value);
    else {
      this[kHeaders].set(key, [value]);
      this[kNames].set(key, name);
    }
  }

  delete(name) {
    name = String(name);
    if (!tokenRe.test(name)) throw new TypeError(`Headers.delete: "${name}" is an invalid header name.`);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    this[kHeaders].delete(name.toLowerCase());
    this[kNames].delete(name.toLowerCase());
  }

  get(name) {
    name = String(name);
    if (!tokenRe.test(name)) throw new TypeError(`Headers.get: "${name}" is an invalid header name.`);
    const list = this[kHeaders].get(name.toLowerCase());
    if (list === undefined) return null;
    return name.toLowerCase() === 'set-cookie' ? list.join(', ') : list.join(', ');
  }

  getSetCookie() {
    return (this[kHeaders].get('set-cookie') || []).slice();
  }

  has(name) {
    name = String(name);
    if (!tokenRe.test(name)) throw new TypeError(`Headers.has: "${name}" is an invalid header name.`);
    return this[kHeaders].has(name.toLowerCase());
  }

  set(name, value) {
    name = String(name);
    value = normalizeValue(value);
    if (!tokenRe.test(name)) throw new TypeError(`Headers.set: "${name}" is an invalid header name.`);
    if (badValueRe.test(value)) throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    this[kHeaders].set(name.toLowerCase(), [value]);
    this[kNames].set(name.toLowerCase(), name);
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of this) callback.call(thisArg, v, k, this);
  }

  * entries() {
    const names = [...this[kHeaders].keys()].sort();
    for (const k of names) {
      const list = this[kHeaders].get(k);
      if (list === undefined) continue;
      if (k === 'set-cookie') {
        for (const v of list) yield [k, v];
      } else {
        yield [k, list.join(', ')];
      }
    }
  }

  * keys() {
    for (const [k] of this.entries()) yield k;
  }

  * values() {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  get [Symbol.toStringTag]() {
    return 'Headers';
  }
}

// extractBody turns a BodyInit into bytes and a default content type.
function extractBody(body) {
  if (body === null || body === undefined) return [null, null];
  const ws = require('internal/webstreams');
  if (ws.isReadableStream(body)) {
    if (body.locked || ws.isDisturbed(body)) throw new TypeError('Response body object should not be disturbed or locked');
    return [{ stream: body }, null];
  }
  if (typeof Blob === 'function' && body instanceof Blob) {
    return [{ stream: body.stream(), blob: true }, body.type || null];
  }
  if (typeof body === 'string') return [Buffer.from(body, 'utf8'), 'text/plain;charset=UTF-8'];
  const formdata = require('internal/formdata');
  if (formdata.isFormData(body)) {
    // Encoded as multipart/form-data; its files are read before it is sent
    // (with a length, as a Blob's).
    const { type, bytes } = formdata.encodeMultipart(body);
    const stream = new ReadableStream({
      type: 'bytes',
      pull(c) {
        return bytes.then((buf) => {
          if (buf.length > 0) c.enqueue(new Uint8Array(buf.buffer, buf.byteOffset, buf.length));
          c.close();
        });
      },
    });
    return [{ stream, blob: true }, type];
  }
  if (body instanceof URLSearchParams) {
    return [Buffer.from(body.toString(), 'utf8'), 'application/x-www-form-urlencoded;charset=UTF-8'];
  }
  if (body instanceof ArrayBuffer) return [Buffer.from(new Uint8Array(body.slice(0))), null];
  if (ArrayBuffer.isView(body)) {
    return [Buffer.from(new Uint8Array(body.buffer, body.byteOffset, body.byteLength).slice()), null];
  }
  // An async iterable (an async generator, a node Readable): its values
  // become Buffer.from(value) as they are read, as undici's.
  if (typeof body[Symbol.asyncIterator] === 'function') return [{ stream: ReadableStream.from(bufferChunks(body)) }, null];
  return [Buffer.from(String(body), 'utf8'), 'text/plain;charset=UTF-8'];
}

// bufferChunks is an async iterable's values through Buffer.from (a value
// it refuses errors the body with Buffer.from's TypeError).
function bufferChunks(iterable) {
  const it = iterable[Symbol.asyncIterator]();
  return {
    [Symbol.asyncIterator]() { return this; },
    next: () => Promise.resolve(it.next()).then((r) => (r.done ? r : { value: Buffer.from(r.value), done: false })),
    return: (v) => (typeof it.return === 'function' ? it.return(v) : Promise.resolve({ value: v, done: true })),
  };
}

// isStreamBody: a body whose bytes come from a stream of the caller's
// (undici's body with a null source): sent as it is read, chunked, never
// again after a redirect, and only with `duplex: 'half'`.
function isStreamBody(body) {
  return body !== null && body !== undefined && !Buffer.isBuffer(body) && !body.blob && body.readAll === undefined;
}

// sendStreamBody writes a stream body's chunks to a request as they are
// read, waiting for 'drain' when the socket is full, and ends it. open(empty)
// makes the request when the first read is in (null: given up); onError gets
// a read error or a chunk the socket would refuse (node's message for
// socket.write, which undici calls), with the request if there is one.
function sendStreamBody(reader, open, onError) {
  let req = null;
  let stopped = false;
  // Like undici, it stops reading on an error or an abort without
  // canceling the caller's stream.
  const stop = (err) => {
    if (stopped) return;
    stopped = true;
    onError(err, req);
  };
  // undici measures a chunk with Buffer.byteLength (which refuses what is
  // not a string or bytes), skips empty ones, and hands the rest to
  // socket.write (which refuses a bare ArrayBuffer).
  const write = (value) => {
    if (typeof value === 'string') return value.length === 0 || req.write(value);
    if (ArrayBuffer.isView(value)) {
      return value.byteLength === 0 || req.write(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
    const { codes } = require('internal/errors');
    if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)) {
      if (value.byteLength === 0) return true;
      stop(new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], value));
    } else {
      stop(new codes.ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], value));
    }
    return false;
  };
  const step = () => {
    if (stopped) return;
    reader.read().then(({ value, done }) => {
      if (stopped) return;
      if (req === null) {
        req = open(done);
        if (req === null) {
          stopped = true;
          return;
        }
        req.once('close', () => { stopped = true; });
      }
      if (done) {
        stopped = true;
        req.end();
        return;
      }
      if (write(value)) step();
      else if (!stopped) req.once('drain', step);
    }, stop);
  };
  step();
}

// readAll resolves to a body's bytes: a Buffer as it is, a stream read to
// its end.
function readAll(body) {
  if (body === null) return Promise.resolve(Buffer.alloc(0));
  if (Buffer.isBuffer(body)) return Promise.resolve(body);
  if (body.readAll !== undefined && !body.streamed) return body.readAll();
  const reader = body.stream.getReader();
  const chunks = [];
  const step = () => reader.read().then(({ value, done }) => {
    if (done) return Buffer.concat(chunks);
    if (!ArrayBuffer.isView(value)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    return step();
  });
  return step();
}

function consume(self, method) {
  if (self.bodyUsed || (self[kStream] !== undefined && self[kStream].locked)) {
    return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
  }
  if (self[kState] && self[kState].aborted) {
    const { DOMException } = require('internal/dom_exception');
    return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
  }
  self[kUsed] = true;
  const source = self[kStream] !== undefined ? { stream: self[kStream] } : self[kBody];
  return readAll(source).then((buf) => decodeAs(self, buf, method));
}

function decodeAs(self, buf, method) {
  switch (method) {
    case 'blob':
      return new Blob([buf], { type: (self.headers && self.headers.get('content-type')) || '' });
    case 'text':
      return Promise.resolve(buf.toString('utf8'));
    case 'formData':
      return new Promise((resolve) => {
        resolve(require('internal/formdata').parseFormData(buf, self.headers && self.headers.get('content-type')));
      });
    case 'json':
      return new Promise((resolve) => resolve(JSON.parse(buf.toString('utf8'))));
    case 'bytes':
      return Promise.resolve(new Uint8Array(buf));
    default: {
      const ab = new ArrayBuffer(buf.length);
      new Uint8Array(ab).set(buf);
      return Promise.resolve(ab);
    }
  }
}

const kStream = Symbol('stream'); // the ReadableStream `body` handed out

// teeBody gives a clone its body: bytes are shared; a stream is teed, one
// branch staying with self (as its `body` from then on), the other the
// clone's.
function teeBody(self) {
  const body = self[kBody];
  if (body === null || body === undefined || Buffer.isBuffer(body)) return body;
  const [mine, theirs] = (self[kStream] !== undefined ? self[kStream] : body.stream).tee();
  self[kBody] = { stream: mine, blob: body.blob };
  if (self[kStream] !== undefined) self[kStream] = mine;
  return { stream: theirs, blob: body.blob };
}

const bodyMixin = {
  text() { return consume(this, 'text'); },
  json() { return consume(this, 'json'); },
  arrayBuffer() { return consume(this, 'arrayBuffer'); },
  blob() { return consume(this, 'blob'); },
  bytes() { return consume(this, 'bytes'); },
  formData() { return consume(this, 'formData'); },
};

// `body`: a ReadableStream of the body's bytes (null without a body),
// the same object every time; reading it uses the body up.
const bodyGetter = {
  get() {
    const body = this[kBody];
    if (body === null || body === undefined) return null;
    if (this[kStream] === undefined) {
      if (Buffer.isBuffer(body)) {
        const bytes = new Uint8Array(body.buffer, body.byteOffset, body.length);
        this[kStream] = new ReadableStream({
          type: 'bytes',
          start(c) {
            // A copy: enqueue takes its chunk's memory over, and the body's
            // bytes are shared with clones and Requests made from this one.
            if (bytes.length > 0) c.enqueue(bytes.slice());
            c.close();
          },
        });
      } else {
        this[kStream] = body.stream;
      }
    }
    return this[kStream];
  },
  configurable: true,
  enumerable: true,
};

function toURL(input, base) {
  try {
    return new URL(input, base);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}

// RequestInit's enumerations and their values in undici's order ('navigate'
// is a mode the constructor then refuses with its own message).
const requestEnums = {
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  credentials: ['omit', 'same-origin', 'include'],
  duplex: ['half'],
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  redirect: ['follow', 'manual', 'error'],
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
    'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
};

// requestEnum reads init[key] as one of its enumeration's values
// (undefined when absent), with undici's error otherwise.
function requestEnum(init, key) {
  const v = init[key];
  if (v === undefined) return undefined;
  const s = String(v);
  const allowed = requestEnums[key];
  if (!allowed.includes(s)) {
    throw new TypeError(`Request constructor: ${s} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return s;
}

const methodsNormalized = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

class Request {
  constructor(input, init = {}) {
    if (init === null || (typeof init !== 'object' && init !== undefined)) {
      throw new TypeError("Failed to construct 'Request': cannot convert to dictionary.");
    }
    init = init || {};
    // RequestInit's enumerations, checked in the dictionary's member order.
    const cache = requestEnum(init, 'cache');
    const credentials = requestEnum(init, 'credentials');
    requestEnum(init, 'duplex');
    const mode = requestEnum(init, 'mode');
    const redirect = requestEnum(init, 'redirect');
    const referrerPolicy = requestEnum(init, 'referrerPolicy');
    let src = null;
    if (input instanceof Request) src = input;
    const url = src ? src.url : toURL(String(input)).href;
    let method = init.method !== undefined ? String(init.method) : (src ? src.method : 'GET');
    if (!tokenRe.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
    const upper = method.toUpperCase();
    if (methodsNormalized.has(upper)) method = upper;
    if (upper === 'CONNECT' || upper === 'TRACE' || upper === 'TRACK') {
      throw new TypeError(`'${method}' HTTP method is unsupported.`);
    }
    const from = (k, dflt) => (src ? src[kState][k] : dflt);
    let referrer = from('referrer', 'about:client');
    if (init.referrer !== undefined) {
      referrer = String(init.referrer);
      if (referrer !== '') {
        let parsed;
        try {
          parsed = new URL(referrer); // no base: node has no document
        } catch (err) {
          throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause: err });
        }
        referrer = parsed.href === 'about:client' ? 'about:client' : parsed.href;
      }
    }
    this[kState] = {
      url,
      method,
      redirect: redirect !== undefined ? redirect : from('redirect', 'follow'),
      signal: init.signal !== undefined ? init.signal : (src ? src.signal : null),
      cache: cache !== undefined ? cache : from('cache', 'default'),
      credentials: credentials !== undefined ? credentials : from('credentials', 'same-origin'),
      mode: mode !== undefined ? mode : from('mode', 'cors'),
      referrer,
      referrerPolicy: referrerPolicy !== undefined ? referrerPolicy : from('referrerPolicy', ''),
      integrity: init.integrity !== undefined ? String(init.integrity) : from('integrity', ''),
      keepalive: init.keepalive !== undefined ? Boolean(init.keepalive) : from('keepalive', false),
    };
    if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
    const st = this[kState];
    if (st.cache === 'only-if-cached' && st.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (st.mode === 'no-cors' && !['GET', 'HEAD', 'POST'].includes(method)) {
      throw new TypeError(`'${method} is unsupported in no-cors mode.`);
    }
    const headers = new Headers(init.headers !== undefined ? init.headers : (src ? src.headers : undefined));
    let body = null;
    if (init.body !== undefined && init.body !== null) {
      if (method === 'GET' || method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
      const [bytes, type] = extractBody(init.body);
      body = bytes;
      if (type && !headers.has('content-type')) headers.set('content-type', type);
      if (isStreamBody(body) && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
    } else if (src) {
      if (src.bodyUsed || (src[kStream] !== undefined && src[kStream].locked)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      // The new request takes the body over (node pipes it through a
      // proxy stream): the source's is used from then on.
      body = src[kBody];
      if (body !== null && body !== undefined) {
        const from = bodyGetter.get.call(src);
        if (!Buffer.isBuffer(body)) body = { stream: from.pipeThrough(new TransformStream()), blob: body.blob };
        else from.getReader();
        src[kUsed] = true;
      }
    }
    this[kHeaders] = headers;
    this[kBody] = body;
    this[kUsed] = false;
  }

  get url() { return this[kState].url; }
  get method() { return this[kState].method; }
  get headers() { return this[kHeaders]; }
  get redirect() { return this[kState].redirect; }
  get signal() { return this[kState].signal; }
  get duplex() { return 'half'; }
  get cache() { return this[kState].cache; }
  get credentials() { return this[kState].credentials; }
  get destination() { return ''; }
  get integrity() { return this[kState].integrity; }
  get isHistoryNavigation() { return false; }
  get isReloadNavigation() { return false; }
  get keepalive() { return this[kState].keepalive; }
  get mode() { return this[kState].mode; }
  get referrer() { return this[kState].referrer; }
  get referrerPolicy() { return this[kState].referrerPolicy; }
  get bodyUsed() { return this[kUsed] || (this[kStream] !== undefined && require('internal/webstreams').isDisturbed(this[kStream])); }

  clone() {
    if (this[kUsed]) throw new TypeError('Request.clone: Body has already been consumed.');
    // Not through the constructor, which would take this one's body over.
    const r = Object.create(Request.prototype);
    r[kState] = { ...this[kState] };
    r[kHeaders] = new Headers(this[kHeaders]);
    r[kBody] = teeBody(this);
    r[kUsed] = false;
    return r;
  }

  get [Symbol.toStringTag]() { return 'Request'; }
}
Object.assign(Request.prototype, bodyMixin);
Object.defineProperty(Request.prototype, 'body', bodyGetter);

class Response {
  constructor(body = null, init = {}) {
    init = init || {};
    const status = init.status !== undefined ? Number(init.status) : 200;
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    }
    const headers = new Headers(init.headers);
    const [bytes, type] = extractBody(body);
    if (bytes !== null && (status === 101 || status === 204 || status === 205 || status === 304)) {
      throw new TypeError('Response constructor: Invalid response status code ' + status);
    }
    if (type && !headers.has('content-type')) headers.set('content-type', type);
    this[kState] = { status, statusText: init.statusText !== undefined ? String(init.statusText) : '', type: 'default', url: '', redirected: false };
    this[kHeaders] = headers;
    this[kBody] = bytes;
    this[kUsed] = false;
  }

  static error() {
    const r = new Response(null, { status: 200 });
    r[kState].status = 0;
    r[kState].type = 'error';
    r[kHeaders][kGuard] = 'immutable';
    return r;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const headers = new Headers(init && init.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new Response(text, { ...init, headers });
  }

  static redirect(url, status = 302) {
    const parsed = toURL(String(url));
    if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(null, { status });
    r[kHeaders].set('location', parsed.href);
    r[kHeaders][kGuard] = 'immutable';
    return r;
  }

  get status() { return this[kState].status; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get statusText() { return this[kState].statusText; }
  get headers() { return this[kHeaders]; }
  get type() { return this[kState].type; }
  get url() { return this[kState].url; }
  get redirected() { return this[kState].redirected; }
  get bodyUsed() { return this[kUsed] || (this[kStream] !== undefined && require('internal/webstreams').isDisturbed(this[kStream])); }

  clone() {
    if (this[kUsed]) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = new Response(null, { status: 200 });
    r[kState] = { ...this[kState] };
    r[kHeaders] = new Headers(this[kHeaders]);
    r[kBody] = teeBody(this);
    return r;
  }

  get [Symbol.toStringTag]() { return 'Response'; }
}
Object.assign(Response.prototype, bodyMixin);
Object.defineProperty(Response.prototype, 'body', bodyGetter);

let agent;
let secureAgent;
function fetchAgent(secure) {
  if (secure) {
    if (secureAgent === undefined) secureAgent = new (require('https').Agent)({ keepAlive: true, timeout: 4000 });
    return secureAgent;
  }
  if (agent === undefined) {
    const { Agent } = require('_http_agent');
    agent = new Agent({ keepAlive: true, timeout: 4000 });
  }
  return agent;
}

function abortReason(signal) {
  if (signal.reason !== undefined) return signal.reason;
  const { DOMException } = require('internal/dom_exception');
  return new DOMException('This operation was aborted', 'AbortError');
}

// Statuses whose responses have no body (the Fetch standard's null body
// statuses).
const nullBodyStatus = new Set([101, 204, 205, 304]);

// decoders returns the zlib streams that undo a Content-Encoding, as
// undici does: gzip/x-gzip, deflate and br, a list undone last coding
// first; any other coding in the list leaves the body as received.
// Lenient flushes, as undici's (and curl's): a truncated stream is not an
// error.
function decoders(contentEncoding) {
  if (!contentEncoding) return [];
  const zlib = require('zlib');
  const out = [];
  const codings = contentEncoding.toLowerCase().split(',').map((x) => x.trim());
  for (let i = codings.length - 1; i >= 0; i--) {
    const coding = codings[i];
    const sync = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    if (coding === 'gzip' || coding === 'x-gzip') out.push(zlib.createGunzip(sync));
    else if (coding === 'deflate') out.push(zlib.createInflate(sync));
    else if (coding === 'br') {
      out.push(zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH,
        finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      }));
    } else {
      return []; // identity and empty items too, as undici
    }
  }
  return out;
}

// networkBody is a response's body as it arrives from the IncomingMessage
// (through the decoders). Its `stream` (made when first asked for: `body`,
// clone()) is a byte ReadableStream that pauses the message while its
// queue is full; until then chunks wait in a list, paused past the same
// 64 KiB, and readAll() (text(), json(), ...) takes them without a stream.
// An error mid-body fails reads with TypeError 'terminated' (its cause the
// error); abort() with the signal's reason; cancel() destroys the
// connection. done() runs once the body has ended one way or another.
const kHighWaterMark = 65536;
function networkBody(req, res, zs, done) {
  let src = res;
  let controller = null; // once the stream exists
  let stream = null;
  let chunks = [];
  let queued = 0;
  let waiter = null; // readAll's { resolve, reject }
  let taken = false; // readAll has been called
  let over = false;
  let failure; // the error reads fail with, once over
  const hold = () => {
    src.pause();
    // Nobody is reading: an unread body does not keep the process alive
    // (node's lets go of it when the Response is collected).
    if (res.socket) res.socket.unref();
  };
  const release = () => {
    if (res.socket) res.socket.ref();
    src.resume();
  };
  const finish = (err) => {
    if (over) return;
    over = true;
    failure = err;
    done();
    if (err !== undefined) req.destroy();
    if (controller !== null) {
      if (err === undefined) controller.close();
      else controller.error(err);
    } else if (waiter !== null) {
      if (err === undefined) waiter.resolve(Buffer.concat(chunks));
      else waiter.reject(err);
      chunks = [];
    }
  };
  const end = (err) => finish(err === undefined ? undefined : new TypeError('terminated', { cause: err }));
  if (zs.length > 0) {
    src = require('stream').pipeline(res, ...zs, (err) => { if (err) end(err); });
  }
  src.on('data', (chunk) => {
    if (over || chunk.length === 0) return;
    if (controller !== null) {
      controller.enqueue(new Uint8Array(chunk)); // a copy, as undici's: enqueue detaches its memory
      if (controller.desiredSize <= 0) hold();
      return;
    }
    chunks.push(chunk);
    queued += chunk.length;
    if (waiter === null && queued >= kHighWaterMark) hold();
  });
  src.on('end', () => end());
  src.on('error', (err) => end(err));
  res.on('aborted', () => end(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })));
  res.on('error', (err) => end(err));
  return {
    get streamed() { return stream !== null; },
    get stream() {
      if (stream !== null) return stream;
      stream = new ReadableStream({
        type: 'bytes',
        start(c) {
          controller = c;
          for (const chunk of chunks) c.enqueue(new Uint8Array(chunk));
          chunks = [];
          if (over) {
            if (failure === undefined) c.close();
            else c.error(failure);
          }
        },
        pull() { if (!over) release(); },
        cancel() {
          if (over) return;
          over = true;
          done();
          req.destroy();
        },
      }, { highWaterMark: kHighWaterMark });
      if (taken) stream.getReader(); // read already, as node's: locked
      return stream;
    },
    readAll() {
      taken = true;
      return new Promise((resolve, reject) => {
        if (over) {
          if (failure === undefined) resolve(Buffer.concat(chunks));
          else reject(failure);
          chunks = [];
          return;
        }
        waiter = { resolve, reject };
        release();
      });
    },
    abort(reason) { finish(reason); },
  };
}

// fetch resolves with the Response as soon as its headers have arrived;
// the body follows through the Response's stream.
function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    const request = new Request(input, init);
    const signal = request.signal;
    if (signal && signal.aborted) {
      reject(abortReason(signal));
      return;
    }
    let current = null;
    let done = false;
    let onBodyAbort = null; // set once the Response is out
    const onAbort = () => {
      if (onBodyAbort !== null) {
        onBodyAbort(abortReason(signal));
        return;
      }
      if (done) return;
      done = true;
      if (current) current.destroy();
      reject(abortReason(signal));
    };
    const unlisten = () => { if (signal) signal.removeEventListener('abort', onAbort); };
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    const finish = (err, response) => {
      if (done) return;
      done = true;
      if (err) {
        unlisten();
        reject(err);
      } else {
        resolve(response);
      }
    };
    const fail = (cause) => finish(new TypeError('fetch failed', { cause }));

    let method = request.method;
    let body = request[kBody];
    const headers = new Headers(request.headers);
    let redirects = 0;
    const go = (urlString) => {
      const url = new URL(urlString);
      const secure = url.protocol === 'https:';
      if (url.protocol !== 'http:' && !secure) {
        fail(new Error(`unknown scheme ${url.protocol}`));
        return;
      }
      // Node's order and case: host, connection, the request's headers as
      // given, then the defaults it lacks, content-length last.
      // A Host header of the request's own is dropped; Connection may only
      // say close or keep-alive; a few others undici refuses.
      const out = [['host', url.host], ['connection', 'keep-alive']];
      for (const [k, vs] of headers[kHeaders]) {
        const v = vs.join(', ');
        if (k === 'host') continue;
        if (k === 'connection') {
          const c = v.toLowerCase();
          if (c !== 'close' && c !== 'keep-alive') return fail(new Error('invalid connection header'));
          out[1][1] = c;
          continue;
        }
        if (k === 'transfer-encoding' || k === 'keep-alive' || k === 'upgrade') return fail(new Error(`invalid ${k} header`));
        if (k === 'expect') return fail(new Error('expect header not supported'));
        out.push([headers[kNames].get(k), v]);
      }
      const has = (k) => headers[kHeaders].has(k);
      if (!has('accept')) out.push(['accept', '*/*']);
      if (!has('accept-language')) out.push(['accept-language', '*']);
      if (!has('sec-fetch-mode')) out.push(['sec-fetch-mode', 'cors']);
      if (!has('user-agent')) out.push(['user-agent', 'node']);
      if (!has('accept-encoding')) out.push(['accept-encoding', 'gzip, deflate']);
      if (body !== null && !streamBody) out.push(['content-length', String(body.length)]);
      const http = require(secure ? 'https' : 'http');
      const send = () => {
        let req;
        try {
          req = http.request({
            protocol: url.protocol,
            hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
            servername: url.hostname.startsWith('[') ? undefined : url.hostname,
            port: url.port || (secure ? 443 : 80),
            path: url.pathname + url.search,
            method,
            headers: out,
            agent: fetchAgent(secure),
          });
        } catch (err) {
          fail(err);
          return null;
        }
        current = req;
        req.on('error', fail);
        req.on('response', (res) => {
          const status = res.statusCode;
          const location = res.headers.location;
          if ([301, 302, 303, 307, 308].includes(status) && location !== undefined && request.redirect !== 'manual') {
            res.resume();
            if (request.redirect === 'error') {
              fail(new Error('unexpected redirect'));
              return;
            }
            if (++redirects > 20) {
              fail(new Error('redirect count exceeded'));
              return;
            }
            // A body read from the caller's stream cannot be sent again.
            if (status !== 303 && streamBody) {
              fail(new Error());
              return;
            }
            if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
              if (method !== 'HEAD') method = 'GET';
              body = null;
              for (const h of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']) headers.delete(h);
            }
            let next;
            try {
              next = new URL(location, url.href).href;
            } catch (err) {
              fail(err);
              return;
            }
            go(next);
            return;
          }
          const response = new Response(null, { status: 200 });
          const h = new Headers();
          const raw = res.rawHeaders;
          for (let i = 0; i < raw.length; i += 2) {
            try { h.append(raw[i], raw[i + 1]); } catch { /* a header fetch cannot carry */ }
          }
          h[kGuard] = 'immutable';
          response[kState] = {
            status, statusText: res.statusMessage || '', type: 'basic', url: url.href, redirected: redirects > 0, aborted: false,
          };
          response[kHeaders] = h;
          if (method === 'HEAD' || method === 'CONNECT' || nullBodyStatus.has(status)) {
            res.resume();
            unlisten();
            response[kBody] = null;
          } else {
            const zs = decoders(h.get('content-encoding'));
            const b = networkBody(req, res, zs, unlisten);
            response[kBody] = b;
            onBodyAbort = (reason) => {
              response[kState].aborted = true;
              b.abort(reason);
            };
          }
          // From here an error on the request belongs to the body.
          req.removeListener('error', fail);
          req.on('error', () => {});
          finish(null, response);
        });
        return req;
      };
      if (!streamBody || body === null) {
        const req = send();
        if (req !== null) req.end(body === null ? undefined : body);
        return;
      }
      // A stream body goes out chunked as it is read, as undici sends it:
      // the head goes with the first chunk, or with `content-length: 0`
      // (for a method that has a body) when the stream has none.
      const reader = body.stream.getReader();
      body = null; // sent once
      sendStreamBody(reader, (empty) => {
        if (empty && (method === 'POST' || method === 'PUT' || method === 'PATCH')) out.push(['content-length', '0']);
        return done ? null : send();
      }, (err, req) => {
        fail(err);
        if (req !== null) req.destroy();
      });
    };
    const streamBody = isStreamBody(body);
    if (body === null || Buffer.isBuffer(body) || streamBody) {
      go(request.url);
    } else {
      // A Blob or FormData body is read whole first (sent with a length).
      readAll(body).then((bytes) => {
        body = bytes;
        go(request.url);
      }, fail);
    }
  });
}

module.exports = { fetch, Headers, Request, Response };
