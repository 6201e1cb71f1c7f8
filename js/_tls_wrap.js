'use strict';
// node's _tls_wrap: TLSSocket, tls.Server and tls.connect over Go's
// crypto/tls (modules/tls, internalBinding('tls_wrap')).
//
// A TLSSocket is a net.Socket whose handle is a TLSHandle (below): the
// tcp_wrap handle contract (readStart/readStop/writeBuffer/writev/shutdown/
// close, onread, req.oncomplete) over a Go engine and the transport it
// encrypts — the net.Socket or any Duplex given (tls.connect({ socket }),
// new TLSSocket(socket)), the net.Socket tls.connect opens, or for a
// tls.Server's connection the accepted tcp_wrap handle itself (`raw`: no
// net.Socket is made; see tlsOnConnection). When the transport is a kernel
// socket the engine takes its handle over (attachKernel, engine.attach):
// Go reads and writes the descriptor and only plaintext comes here, through
// engine.onread into the socket's onread; a write the kernel queues
// completes on engine.ondrain. Any other transport is fed by us: its 'data'
// goes to engine.receive() and the records come back through
// engine.onciphertext to be written to it. A transport that already carried
// plaintext (STARTTLS) works the same way: whatever it still buffers is
// read first.

const { Buffer } = require('buffer');
const net = require('net');
const EventEmitter = require('events');
require('_tls_common');
const common = require('internal/builtin_internals').tlsCommon; // (binding, isSecureContext, peerCertificateFromDER)
const { netChannels } = require('internal/net');
const { readRest } = require('internal/net').socketTimeout; // (set by net, required above)
const { tick1 } = require('internal/timers'); // process.nextTick(fn, a) without its rest array
// (the timer functions are ours, not the globals a script can replace)
const { setTimeout, setImmediate } = require('internal/timers');
const { emit: EEemit, emitKnown } = require('internal/events_fns'); // emit(type, ...) without its rest array
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_MULTIPLE_CALLBACK,
    ERR_SOCKET_CLOSED,
    ERR_TLS_ALPN_CALLBACK_INVALID_RESULT,
    ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS,
    ERR_TLS_HANDSHAKE_TIMEOUT,
    ERR_TLS_INVALID_STATE,
    ERR_TLS_REQUIRED_SERVER_NAME,
    ERR_TLS_SNI_FROM_SERVER,
  },
  errnoException,
} = require('internal/errors');
const { validateString, validateFunction, validateNumber, validateInt32, validateObject } = require('internal/validators');

const UV_EOF = -4095;
const UV_EPROTO = -71;

const kConnectOptions = Symbol('connect-options');
const kErrorEmitted = Symbol('error-emitted');
const kHandshakeTimeout = Symbol('handshake-timeout');
const kSNICallback = Symbol('snicallback');
const kALPNCallback = Symbol('alpncallback');
const kPendingSession = Symbol('pendingSession');
const kIsVerified = Symbol('verified');
const kDisableRenegotiation = Symbol('disable-renegotiation');
const kEnableTrace = Symbol('enableTrace');
const kRawHandle = Symbol('rawHandle');
const kNetOnConnection = Symbol('netOnConnection');

function noop() {}

// An empty list a handle starts with (most connections never queue a
// write): add() makes a real one on the first push.
const kNone = Object.freeze([]);
function add(list, x) {
  if (list === kNone) return [x];
  list.push(x);
  return list;
}

const { cliOption } = require('internal/cli_options');

// --tls-keylog=file: every TLS socket appends its key-log lines to file, as
// node's TLSSocket does (with one warning).
let tlsKeylog;
let warnOnTlsKeylog = true;
function keylogFile() {
  if (tlsKeylog === undefined) tlsKeylog = cliOption('--tls-keylog') || null;
  return tlsKeylog;
}

// ---- the handle ----------------------------------------------------------

class TLSHandle {
  constructor(owner, transport, context, isServer) {
    this.owner = owner;
    this.onread = noop;
    this.reading = false;
    this.transport = transport; // a net.Socket or Duplex carrying ciphertext
    this.plainRead = 0; // plaintext delivered to onread (bytesRead adds what Go forwarded)
    this.bytesWritten = 0;
    this.writeQueueSize = 0;
    this.secure = false;
    this.closed = false;
    this.pending = kNone; // writes and a shutdown held until the handshake is done
    this.drainWaiters = kNone;
    this.needDrain = false;
    this.doneReqs = null; // writes done, completed on the next tick (completeLater)
    // A transport written from here (not a kernel socket): a write completes
    // when the transport has taken its records, as node's TLSWrap waits for
    // its underlying stream's write.
    this.ctPending = 0; // onCiphertext writes whose callback has not run
    this.ctWaiters = kNone;
    const engine = new (engineClass())(context.context, isServer);
    engine.handle = this;
    this.engine = engine;
    this.kernel = false; // the engine reads and writes the transport's socket itself
    this.fwdCounts = null; // see forwardCounts
    this.raw = null; // a tcp_wrap handle with no net.Socket over it (a tls.Server's connection)
    // The receive of a TLSSocket over this one's socket: its plaintext goes
    // there, not to this socket's 'data' (node's inner TLSWrap takes the
    // outer one's reads as their stream listener).
    this.inner = null;
    this._secureContext = context;
  }

  readStart() {
    if (this.closed) return 0;
    this.engine.readStart();
    const t = this.transport;
    if (!this.kernel && t && typeof t.resume === 'function' && t.isPaused && t.isPaused()) t.resume();
    return 0;
  }

  readStop() {
    if (this.closed) return 0;
    this.engine.readStop();
    // The handshake goes on while the socket is paused; after it, the
    // transport pauses too, so backpressure reaches the peer.
    const t = this.transport;
    if (!this.kernel && this.secure && t && typeof t.pause === 'function' && !this.owner.connecting) t.pause();
    return 0;
  }

  doWrite(req, chunks) {
    let n = 0;
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i];
      if (!(c instanceof Uint8Array)) chunks[i] = Buffer.from(c.buffer, c.byteOffset, c.byteLength);
      n += chunks[i].length;
    }
    req.bytes = n;
    req.queued = false;
    if (this.closed) return -9; // EBADF
    // Bytes written and not yet completed, as node's TLSWrap reports them.
    this.writeQueueSize += n;
    req.queued = true;
    if (!this.secure) {
      req.async = true;
      this.pending = add(this.pending, { req, chunks });
      return 0;
    }
    const r = this.engine.write(chunks);
    if (r === 1) {
      this.needDrain = true;
    } else if (r !== 0) {
      req.error = r;
      this.writeQueueSize -= n;
      req.queued = false;
      return UV_EPROTO;
    }
    this.bytesWritten += n;
    req.async = true;
    if (this.needDrain) this.drainWaiters = add(this.drainWaiters, req);
    else if (this.ctPending > 0) this.ctWaiters = add(this.ctWaiters, req);
    else this.completeLater(req);
    return 0;
  }

  // A write the transport took at once still completes asynchronously, as
  // node's TLSWrap does: until then the chunk counts in writableLength and
  // bufferSize, so a large write returns false. On the next tick (node: an
  // immediate; the later a response's 'finish', the likelier a request's
  // abort when the peer's end comes in the same read), once for all of them.
  completeLater(req) {
    if (this.doneReqs === null) {
      this.doneReqs = [req];
      tick1(completeDone, this);
    } else {
      this.doneReqs.push(req);
    }
  }

  // The handshake is done: write what the socket wrote meanwhile.
  flushPending() {
    const pending = this.pending;
    if (pending.length === 0) return;
    this.pending = kNone;
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i];
      if (this.closed) return;
      if (p.shutdown) {
        this.doShutdown(p.req);
        continue;
      }
      let r = this.engine.write(p.chunks);
      this.bytesWritten += p.req.bytes;
      if (r === 1) {
        this.needDrain = true;
        r = 0;
      }
      if (r !== 0) {
        p.req.error = r;
        process.nextTick(completeReq, p.req, this, UV_EPROTO);
      } else if (this.needDrain) {
        this.drainWaiters = add(this.drainWaiters, p.req);
      } else if (this.ctPending > 0) {
        this.ctWaiters = add(this.ctWaiters, p.req);
      } else {
        this.completeLater(p.req);
      }
    }
  }

  shutdown(req) {
    if (this.closed) return -107; // ENOTCONN
    if (!this.secure) {
      this.pending = add(this.pending, { shutdown: true, req });
      return 0;
    }
    this.doShutdown(req);
    return 0;
  }

  doShutdown(req) {
    this.shutdownStarted = true;
    this.engine.shutdown();
    if (this.raw !== null) {
      // The kernel socket's FIN goes after the queued records (close_notify).
      const err = this.raw.shutdown({ oncomplete: (status) => completeReq(req, this, status) });
      if (err) process.nextTick(completeReq, req, this, 0);
      return;
    }
    const t = this.transport;
    if (t && !t.destroyed && typeof t.end === 'function') {
      t.end(() => completeReq(req, this, 0));
    } else {
      process.nextTick(completeReq, req, this, 0);
    }
  }

  close(cb) {
    if (this.closed) return;
    this.closed = true;
    if (this.fwdCounts !== null) this.fwdCounts = [this.engine.forwarded(0), this.engine.forwarded(1)];
    this.engine.destroy();
    const t = this.transport;
    // node drops socket.ssl once the handle has closed, before 'close'.
    const owner = this.owner;
    const done = () => {
      owner._destroySSL();
      if (typeof cb === 'function') cb();
    };
    if (this.raw !== null) {
      this.raw.close(done);
    } else if (t && !t.destroyed && typeof t.destroy === 'function') {
      t.once('close', done);
      t.destroy();
    } else {
      setImmediate(done); // as a handle's close callback, after this turn's nextTicks
    }
    // Writes not yet taken by the engine (queued before the handshake, or
    // waiting for the transport to drain) are cancelled, as node's TLSWrap
    // cancels its pending writes when it is destroyed.
    const pending = this.pending;
    const ctWaiters = this.ctWaiters;
    if (this.drainWaiters.length === 0 && pending.length === 0 && ctWaiters.length === 0) return;
    const waiters = this.drainWaiters.slice();
    this.drainWaiters = kNone;
    for (let i = 0; i < pending.length; i++) if (!pending[i].shutdown) waiters.push(pending[i].req);
    for (let i = 0; i < ctWaiters.length; i++) waiters.push(ctWaiters[i]);
    this.ctWaiters = kNone;
    this.pending = kNone;
    for (let i = 0; i < waiters.length; i++) {
      const req = waiters[i];
      req.error = 'Canceled because of SSL destruction';
      setImmediate(completeReq, req, this, -125);
    }
  }

  reset(cb) {
    if (this.raw !== null && !this.closed) {
      this.closed = true;
      this.engine.destroy();
      return this.raw.reset(() => { if (typeof cb === 'function') cb(); });
    }
    const t = this.transport;
    if (t && typeof t.resetAndDestroy === 'function' && t._handle) {
      this.closed = true;
      this.engine.destroy();
      t.once('close', () => { if (typeof cb === 'function') cb(); });
      t.resetAndDestroy();
      return 0;
    }
    this.close(cb);
    return 0;
  }

  // node's ssl.verifyError(): the peer's verification failure as an Error
  // with OpenSSL's code, or null.
  verifyError() {
    const v = this.engine.verifyError();
    if (!v) return null;
    const err = new Error(v[1]);
    err.code = v[0];
    return err;
  }

  getsockname(out) { return this.proxy('getsockname', out); }
  getpeername(out) { return this.proxy('getpeername', out); }
  setNoDelay(v) {
    if (this.raw !== null) return this.raw.setNoDelay(v);
    const t = this.transport;
    if (t && typeof t.setNoDelay === 'function') t.setNoDelay(v);
    return 0;
  }
  setKeepAlive(on, delay) {
    if (this.raw !== null) return this.raw.setKeepAlive(on, delay);
    const t = this.transport;
    if (t && typeof t.setKeepAlive === 'function') t.setKeepAlive(on, delay * 1000);
    return 0;
  }
  ref() {
    if (this.raw !== null) return this.raw.ref();
    const t = this.transport;
    if (t && typeof t.ref === 'function') t.ref();
  }
  unref() {
    if (this.raw !== null) return this.raw.unref();
    const t = this.transport;
    if (t && typeof t.unref === 'function') t.unref();
  }
  hasRef() {
    if (this.raw !== null) return this.raw.hasRef();
    const t = this.transport;
    return !!(t && t._handle && typeof t._handle.hasRef === 'function' && t._handle.hasRef());
  }

  // attachKernel has the engine take over the transport's socket when it
  // is a net.Socket over a kernel descriptor: ciphertext then never enters
  // JavaScript (the transport emits no more 'data'), as node's TLSWrap
  // takes its TCPWrap's stream.
  attachKernel() {
    const t = this.transport;
    if (this.kernel || this.closed || !(t instanceof net.Socket) || !t._handle || t.destroyed) return;
    this.kernel = this.engine.attach(t._handle);
  }

  // pipeTo(dst) forwards this socket's plaintext to dst's engine in Go
  // (see internal/net_fastpipe; both TLS sockets on kernel sockets, both
  // secure, nothing pending); pipeTo(null) stops.
  pipeTo(dst) {
    if (this.closed) return false;
    if (dst === null) return this.engine.pipeTo(null);
    if (!(dst instanceof TLSHandle) || dst.closed || !this.kernel || !dst.kernel || !this.secure || !dst.secure ||
        dst.needDrain || this.pending.length !== 0 || dst.pending.length !== 0 || dst.shutdownStarted) return false;
    if (!this.engine.pipeTo(dst.engine)) return false;
    if (this.fwdCounts === null) this.fwdCounts = [0, 0];
    if (dst.fwdCounts === null) dst.fwdCounts = [0, 0];
    return true;
  }

  // The plaintext forwarded out of (which 0) or into (1) this socket: live
  // from the engine while open.
  forwarded(which) {
    if (this.fwdCounts === null) return 0;
    return this.closed ? this.fwdCounts[which] : this.engine.forwarded(which);
  }

  get bytesRead() {
    return this.fwdCounts === null ? this.plainRead : this.plainRead + this.forwarded(0);
  }

  // The descriptor under the TLS stream (node's TLSWrap reports its
  // underlying stream's fd), -1 when there is none.
  get fd() {
    const t = this.transport;
    const h = this.raw !== null ? this.raw : t && t._handle;
    return h && typeof h.fd === 'number' ? h.fd : -1;
  }

  get forwardedBytes() {
    return this.forwarded(1);
  }

  proxy(name, out) {
    const t = this.transport;
    const h = this.raw !== null ? this.raw : t && t._handle;
    if (h && typeof h[name] === 'function') return h[name](out);
    return -9;
  }
}
// The peer left before the handshake began (or after it failed).
TLSHandle.prototype.transportEnded = function transportEnded(tlsSock) {
  if (tlsSock[kConnectOptions] !== undefined) onConnectEnd.call(tlsSock);
  else if (!this.secure) tlsSock.destroy();
};
require('internal/handle_writes').addWriteMethods(TLSHandle);
// (its reads come from the engine, which asks for the rest of one its
// consumer stopped in: onPlainRest; js/_http_server.js replayRead)
TLSHandle.prototype.readsResume = true;

// The engine's callbacks (`this` is the engine) live on TLSWrap's
// prototype, set once rather than on every connection's engine.
let TLSWrapClass = null;
function engineClass() {
  if (TLSWrapClass !== null) return TLSWrapClass;
  const { TLSWrap } = common.binding();
  Object.assign(TLSWrap.prototype, {
    onciphertext: onCiphertext,
    onread: onPlaintext,
    onreadrest: onPlainRest,
    onend: onPlainEnd,
    onerror: onEngineError,
    onhandshake: onHandshake,
    onclienthello: onClientHello,
    onsession: onSession,
    onnewsession: onNewSession,
    onresumesession: onResumeSession,
    onkeylog: onKeylog,
    ondrain: onEngineDrain,
    onstreamerror: onStreamError,
    onstreamend: onStreamEnd,
  });
  TLSWrapClass = TLSWrap;
  return TLSWrap;
}

function completeDone(h) {
  const reqs = h.doneReqs;
  h.doneReqs = null;
  for (let i = 0; i < reqs.length; i++) completeReq(reqs[i], h, 0);
}

function completeReq(req, handle, status) {
  if (req.queued === true) {
    req.queued = false;
    handle.writeQueueSize -= req.bytes;
  }
  if (typeof req.oncomplete === 'function') req.oncomplete(status, handle, undefined);
}

// Engine callbacks: `this` is the engine.
function onCiphertext(buf) {
  const h = this.handle;
  const t = h.transport;
  if (!t || t.destroyed || t.writableEnded) return;
  h.ctPending++;
  if (!t.write(buf, () => ciphertextWritten(h))) {
    if (!h.needDrain) {
      h.needDrain = true;
      t.once('drain', () => onTransportDrain(h));
    }
  }
}

function ciphertextWritten(h) {
  if (--h.ctPending !== 0 || h.ctWaiters.length === 0) return;
  const reqs = h.ctWaiters;
  h.ctWaiters = kNone;
  for (let i = 0; i < reqs.length; i++) completeReq(reqs[i], h, 0);
}

function onEngineDrain() {
  onTransportDrain(this.handle);
}

// The kernel socket failed: the transport fails with it (its 'error' and
// 'close' reach the TLSSocket as they did when it read the socket itself).
function onStreamError(code, syscall) {
  const h = this.handle;
  const t = h.transport;
  const err = errnoException(code, syscall || 'read');
  if (h.raw === null) {
    if (t && !t.destroyed) t.destroy(err);
    return;
  }
  // No net.Socket between: the TLSSocket fails itself, as a socket does.
  const owner = h.owner;
  if (owner.destroyed) return;
  if (peerLeft(err, h, owner)) owner.destroy();
  else owner.destroy(err);
}

// A peer that already left makes the close_notify write fail: as in node,
// that is no error of the TLS socket's.
function peerLeft(err, handle, tlsSock) {
  return (err.code === 'EPIPE' || err.code === 'ECONNRESET') &&
    (handle.shutdownStarted || tlsSock._readableState.ended);
}

// The peer ended the socket before a handshake began or after it failed.
function onStreamEnd() {
  const h = this.handle;
  h.transportEnded(h.owner);
}

function onTransportDrain(h) {
  h.needDrain = false;
  const waiters = h.drainWaiters;
  h.drainWaiters = kNone;
  for (let i = 0; i < waiters.length; i++) completeReq(waiters[i], h, 0);
}

function onPlaintext(buf) {
  const h = this.handle;
  h.plainRead += buf.length;
  if (h.inner !== null) return h.inner(buf);
  return h.onread(buf.length, buf);
}

// The socket's consumer (an https connection's parser) stopped in the read
// onPlaintext handed it (2: after a body piece, where node's parser runs
// ticks and microtasks): the engine calls this, in a callback of its own,
// until it answers something else (net's readRest).
function onPlainRest() {
  return readRest(this.handle);
}

function onPlainEnd() {
  const h = this.handle;
  h.onread(UV_EOF);
}

function onEngineError(err) {
  const owner = this.handle.owner;
  tlsOnError(owner, err);
}

function onHandshake(err) {
  const h = this.handle;
  const owner = h.owner;
  if (err) {
    if (err.code === 'ECONNRESET' && owner[kConnectOptions] !== undefined) onConnectEnd.call(owner);
    else tlsOnError(owner, err);
    return;
  }
  h.secure = true;
  owner._finishInit();
  h.flushPending();
}

function onSession(buf) {
  const owner = this.handle.owner;
  if (owner[kIsVerified] || owner._tlsOptions.isServer) owner.emit('session', buf);
  else owner[kPendingSession] = buf;
}

function onKeylog(line) {
  const owner = this.handle.owner;
  const file = keylogFile();
  if (file !== null) require('fs').appendFileSync(file, line, { mode: 0o600 });
  if (owner._tlsOptions.isServer) {
    if (owner.server) owner.server.emit('keylog', line, owner);
  } else {
    owner.emit('keylog', line);
  }
}

// onNewSession(id, data, waits): a server's new session ('newSession'); a
// TLS 1.2 handshake waits for the listener's callback, as node's does.
function onNewSession(id, data, waits) {
  const engine = this;
  const owner = engine.handle.owner;
  let once = false;
  const done = () => {
    if (once) return;
    once = true;
    owner._newSessionPending = false;
    if (owner._handle === null) return owner.destroy(new ERR_SOCKET_CLOSED());
    if (waits) engine.sessionDone(undefined, undefined);
  };
  owner._newSessionPending = true;
  if (!owner.server || !owner.server.emit('newSession', id, data, done)) done();
}

// onResumeSession(id): a client resumes a session by its id ('resumeSession',
// answered with the session's data, or nothing for a full handshake).
function onResumeSession(id) {
  const engine = this;
  const owner = engine.handle.owner;
  let once = false;
  const onSession = (err, session) => {
    if (once) return owner.destroy(new ERR_MULTIPLE_CALLBACK());
    once = true;
    if (err) {
      engine.sessionDone(undefined, String(err.message || err));
      return owner.destroy(err);
    }
    if (owner._handle === null) return owner.destroy(new ERR_SOCKET_CLOSED());
    engine.sessionDone(session || undefined, undefined);
  };
  if (!owner.server || !owner.server.emit('resumeSession', id, onSession)) onSession(null, null);
}

// onClientHello(servername, protocols): the server's SNICallback and
// ALPNCallback, answered with engine.helloDone(context, alpn, error).
function onClientHello(servername, protocols) {
  const engine = this;
  const owner = engine.handle.owner;
  let once = false;
  if (servername) owner.servername = servername;
  // node asks ALPNCallback first, then SNICallback.
  let alpn;
  const alpnCb = owner[kALPNCallback];
  const finish = (ctx) => {
    if (alpn === false) return;
    engine.helloDone(ctx, alpn, undefined);
  };
  const pickALPN = () => {
    if (alpnCb) {
      let res;
      try {
        res = alpnCb.call(owner, { servername, protocols });
      } catch (err) {
        engine.helloDone(null, undefined, String(err && err.message));
        process.nextTick(() => owner.destroy(err));
        alpn = false;
        return;
      }
      if (res === undefined) alpn = null;
      else if (typeof res === 'string' && protocols.includes(res)) alpn = res;
      else {
        engine.helloDone(null, undefined, 'ALPN callback returned an invalid result');
        owner.destroy(new ERR_TLS_ALPN_CALLBACK_INVALID_RESULT(res, protocols));
        alpn = false;
      }
    }
  };
  pickALPN();
  if (alpn === false) return;
  // No protocol: the handshake fails (no_application_protocol) before SNI.
  if (alpn === null || !servername || !owner._SNICallback) {
    finish(null);
    return;
  }
  owner._SNICallback(servername, (err, context) => {
    if (once) return owner.destroy(new ERR_MULTIPLE_CALLBACK());
    once = true;
    if (err) {
      engine.helloDone(null, undefined, String(err.message || err));
      return owner.destroy(err);
    }
    if (owner._handle === null) {
      engine.helloDone(null, undefined, 'socket closed');
      return owner.destroy(new ERR_SOCKET_CLOSED());
    }
    const c = context ? (context.context || context) : null;
    if (c && !(c instanceof common.binding().SecureContext)) {
      engine.helloDone(null, undefined, 'Invalid SNI context');
      owner.destroy(new TypeError('Invalid SNI context'));
      return;
    }
    finish(c);
  });
}

function tlsOnError(owner, err) {
  if (owner._hadError) return;
  owner._hadError = true;
  if (!owner._secureEstablished) {
    owner._closeAfterHandlingError = true;
    owner.destroy(err);
  } else if (owner._tlsOptions.isServer && owner._rejectUnauthorized &&
             /peer did not return a certificate/.test(err.message)) {
    owner.destroy();
  } else {
    owner._emitTLSError(err);
  }
}

// ---- TLSSocket -------------------------------------------------------------

function isStream(s) {
  return s !== null && typeof s === 'object' && typeof s.on === 'function' && typeof s.write === 'function';
}

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  // A tls.Server's connection (tlsOnConnection) hands over options made
  // for it alone: they are used as they are (a spread copy is a good part
  // of a connection's cost on goja).
  const raw = opts && opts[kRawHandle];
  const tlsOptions = raw ? opts : { ...opts };
  if (tlsOptions.ALPNProtocols) require('tls').convertALPNProtocols(tlsOptions.ALPNProtocols, tlsOptions);
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this[kPendingSession] = null;
  this[kIsVerified] = false;
  this[kALPNCallback] = null;
  this.encrypted = true;

  if (tlsOptions.SNICallback !== undefined && typeof tlsOptions.SNICallback !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.SNICallback', 'function', tlsOptions.SNICallback);
  }
  if (socket !== undefined && socket !== null && !isStream(socket)) {
    throw new ERR_INVALID_ARG_TYPE('socket', 'Duplex', socket);
  }
  const context = tlsOptions.secureContext || tlsOptions.credentials || require('tls').createSecureContext(tlsOptions);
  if (!context || !context.context) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_TLS_INVALID_CONTEXT('context');
  }
  // A Duplex that is not a net.Socket is carried by a JSStreamSocket (a
  // net.Socket over it), as in node; the handle shows it as _parentWrap.
  let transport = socket || null;
  let parentWrap = null;
  if (transport !== null && !(transport instanceof net.Socket)) {
    const JSStreamSocket = require('internal/js_stream_socket');
    transport = parentWrap = new JSStreamSocket(transport);
  }
  const handle = new TLSHandle(this, transport, context, !!tlsOptions.isServer);
  if (parentWrap !== null) handle._parentWrap = parentWrap;
  if (raw) {
    handle.raw = raw;
    handle.kernel = handle.engine.attach(raw);
  }

  const sockOpts = {
    handle,
    allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
  };
  // Only the options given: net.Socket copies its options key by key.
  if (tlsOptions.highWaterMark !== undefined) sockOpts.highWaterMark = tlsOptions.highWaterMark;
  if (tlsOptions.onread !== undefined) sockOpts.onread = tlsOptions.onread;
  if (tlsOptions.signal !== undefined) sockOpts.signal = tlsOptions.signal;
  net.Socket.call(this, sockOpts);
  this.ssl = this._handle;
  this.on('error', this._tlsError);
  this._init(socket);
  if (transport !== null) attachTransport(this, handle, transport);
  tick1(initRead, this);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

function initRead(tlsSock) {
  if (!tlsSock._handle) return;
  tlsSock.read(0);
}

// attachTransport feeds the transport's bytes to the engine (what it
// already buffered first) and ties its end, errors and close to the socket.
function attachTransport(tlsSock, handle, t) {
  const engine = handle.engine;
  const onData = (chunk) => {
    if (handle.closed) return;
    if (typeof chunk === 'string') chunk = Buffer.from(chunk);
    engine.receive(chunk);
  };
  const onEnd = () => {
    if (handle.closed) return;
    if (engine.receiveEnd()) return; // the engine reports the end (or the handshake's failure)
    handle.transportEnded(tlsSock);
  };
  const onError = (err) => {
    if (peerLeft(err, handle, tlsSock)) {
      if (!tlsSock.destroyed) tlsSock.destroy();
      return;
    }
    if (tlsSock._internalTransport || !tlsSock._controlReleased) {
      if (!tlsSock.destroyed) tlsSock.destroy(err);
      return;
    }
    tlsSock._emitTLSError(err);
  };
  const onClose = () => {
    if (tlsSock.destroyed || handle.closed) return;
    // Mid-handshake, the engine reports how the handshake ends (and then
    // the end of stream) itself.
    if (!handle.secure && engine.receiveEnd()) return;
    tlsSock.destroy();
  };
  if (typeof t.setEncoding === 'function' && t._readableState && t._readableState.encoding) {
    t.setEncoding(null);
    if (t._readableState) t._readableState.decoder = null, t._readableState.encoding = null;
  }
  // The TLSSocket decides when the transport's writable side ends (after
  // close_notify); the transport must not end it on the peer's FIN itself,
  // which could come before the handshake is done.
  if (t instanceof net.Socket) t.allowHalfOpen = true;
  // Over another TLSSocket, the records decrypted from now on come to this
  // engine alone (what the transport buffered still comes as 'data').
  const th = t instanceof TLSSocket ? t._handle : null;
  if (th instanceof TLSHandle && th.inner === null) th.inner = onData;
  t.on('data', onData);
  t.on('end', onEnd);
  t.on('error', onError);
  t.on('close', onClose);
  if (typeof t.resume === 'function') t.resume();
}

// connect(...) on a TLSSocket made without a transport (new
// tls.TLSSocket(null, options).connect(port)) opens one: a net.Socket whose
// 'connect' is the TLSSocket's, and the handshake starts once it is up.
TLSSocket.prototype.connect = function connect(...args) {
  const handle = this._handle;
  if (!handle || handle.transport !== null) return net.Socket.prototype.connect.apply(this, args);
  const normalized = net._normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  const t = new net.Socket();
  handle.transport = t;
  this._parent = t;
  this._internalTransport = true;
  this.connecting = true;
  attachTransport(this, handle, t);
  t.once('connect', () => {
    this.connecting = false;
    this.emit('connect');
  });
  t.on('lookup', (...a) => this.emit('lookup', ...a));
  if (typeof cb === 'function') this.once('connect', cb);
  t.connect(options);
  this._start();
  return this;
};

TLSSocket.prototype._init = function _init(socket) {
  const options = this._tlsOptions;
  this.server = options.server;
  const requestCert = !!options.requestCert || !options.isServer;
  const rejectUnauthorized = !!options.rejectUnauthorized;
  this._requestCert = requestCert;
  this._rejectUnauthorized = rejectUnauthorized;

  if (options.isServer && options.SNICallback &&
      (options.SNICallback !== SNICallback || (options.server && options.server._contexts.length))) {
    this._SNICallback = options.SNICallback;
  }
  if (options.isServer && options.ALPNCallback) this[kALPNCallback] = options.ALPNCallback;

  if (options.handshakeTimeout > 0 &&
      !(options.server instanceof Server && watchHandshake(options.server, this, options.handshakeTimeout))) {
    this.setTimeout(options.handshakeTimeout, this._handleTimeout);
  }

  if (socket instanceof net.Socket) {
    this._parent = socket;
    this.connecting = socket.connecting || !socket._handle;
    socket.once('connect', () => {
      this.connecting = false;
      this.emit('connect');
    });
  }
  if (options.isServer) this._start();
};

TLSSocket.prototype._start = function _start() {
  if (this.connecting) {
    this.once('connect', this._start);
    return;
  }
  if (!this._handle) return;
  this._handle.attachKernel();
  const o = this._tlsOptions;
  const server = o.server;
  const file = keylogFile();
  if (file !== null && warnOnTlsKeylog) {
    warnOnTlsKeylog = false;
    process.emitWarning('Using --tls-keylog makes TLS connections insecure ' +
      'by writing secret key material to file ' + file);
  }
  const keylog = file !== null ||
    (o.isServer ? !!(server && server.listenerCount('keylog') > 0) : this.listenerCount('keylog') > 0);
  // flags: requestCert 1, rejectUnauthorized 2, wantHello 4 (SNICallback
  // or ALPNCallback), keylog 8, session callbacks 16 (modules/tls
  // engine.start).
  const sessionCallbacks = o.isServer && server &&
    (server.listenerCount('newSession') > 0 || server.listenerCount('resumeSession') > 0);
  const flags = (o.requestCert ? 1 : 0) | (o.rejectUnauthorized ? 2 : 0) |
    (o.isServer && (this._SNICallback || this[kALPNCallback]) ? 4 : 0) | (keylog ? 8 : 0) |
    (sessionCallbacks ? 16 : 0);
  this._handle.engine.start(flags, this._servername,
    o.ALPNProtocols ? decodeALPN(o.ALPNProtocols) : undefined, this._session);
};

// node keeps ALPN lists in wire format (length-prefixed); the engine takes names.
function decodeALPN(buf) {
  const out = [];
  for (let i = 0; i < buf.length;) {
    const n = buf[i];
    out.push(buf.toString('latin1', i + 1, i + 1 + n));
    i += 1 + n;
  }
  return out;
}

TLSSocket.prototype._finishInit = function _finishInit() {
  if (!this._handle) return;
  const engine = this._handle.engine;
  this.alpnProtocol = engine.getALPNProtocol();
  this.servername = engine.getServername();
  this._secureEstablished = true;
  this.secureConnecting = false;
  if (this._tlsOptions.handshakeTimeout > 0) {
    if (unwatchHandshake(this)) {
      this.timeout = 0;
    } else {
      this.setTimeout(0, this._handleTimeout);
    }
  }
  if (this.emit === EEemit) emitKnown(this, 'secure', 0);
  else this.emit('secure');
};

// A server's handshake timeouts: node arms socket.setTimeout(handshakeTimeout)
// per connection and clears it once secure (no plaintext moves before, so
// it is a deadline). All of a server's connections have the same timeout,
// so their deadlines come in order: one FIFO and one unref'd timer per
// server, armed for the oldest deadline, instead of a timer, a 'timeout'
// listener and their removal per connection. A socket that becomes secure
// (or closes) leaves its slot empty, and the FIFO drops empty slots at its
// head, so it holds only connections still handshaking (and the few behind
// a slow one). When a deadline passes for a socket still handshaking, it
// gets what the timer would have given it: _handleTimeout, then 'timeout'
// for its other listeners.
const kHandshakeSlot = Symbol('handshake-slot');
const kHandshakeQueue = Symbol('handshake-queue');

// watchHandshake queues the socket's deadline; false (the caller arms a
// socket timer instead) if it would come before the last one queued, as
// after the server's handshakeTimeout was lowered.
function watchHandshake(server, socket, ms) {
  let q = server[kHandshakeQueue];
  if (q === undefined) q = server[kHandshakeQueue] = { sockets: [], deadlines: [], head: 0, base: 0, timer: null };
  const deadline = Date.now() + ms;
  const n = q.deadlines.length;
  if (n > q.head && q.deadlines[n - 1] > deadline) return false;
  socket[kHandshakeSlot] = q.base + n;
  socket.timeout = ms;
  q.sockets.push(socket);
  q.deadlines.push(deadline);
  if (q.timer === null) armHandshakeTimer(server, q, ms);
  return true;
}

// unwatchHandshake empties the socket's slot; true if it was watched.
function unwatchHandshake(socket) {
  const slot = socket[kHandshakeSlot];
  if (slot === undefined || slot < 0) return false;
  socket[kHandshakeSlot] = -1;
  const q = socket._tlsOptions.server[kHandshakeQueue];
  const i = slot - q.base;
  if (i >= q.head && i < q.sockets.length) q.sockets[i] = null;
  dropEmptyHead(q);
  return true;
}

function dropEmptyHead(q) {
  while (q.head < q.sockets.length && q.sockets[q.head] === null) q.head++;
  if (q.head === q.sockets.length) {
    q.base += q.sockets.length;
    q.sockets = [];
    q.deadlines = [];
    q.head = 0;
  } else if (q.head > 256 && q.head * 2 > q.sockets.length) {
    q.base += q.head;
    q.sockets = q.sockets.slice(q.head);
    q.deadlines = q.deadlines.slice(q.head);
    q.head = 0;
  }
}

function armHandshakeTimer(server, q, ms) {
  q.timer = setTimeout(onHandshakeDeadline, ms, server, q);
  q.timer.unref();
}

function onHandshakeDeadline(server, q) {
  q.timer = null;
  const now = Date.now();
  const expired = [];
  while (q.head < q.sockets.length) {
    if (q.deadlines[q.head] > now) break;
    const socket = q.sockets[q.head];
    q.sockets[q.head] = null;
    q.head++;
    if (socket !== null) {
      socket[kHandshakeSlot] = -1;
      expired.push(socket);
    }
  }
  dropEmptyHead(q);
  if (q.head < q.sockets.length) armHandshakeTimer(server, q, Math.max(1, q.deadlines[q.head] - now));
  for (const socket of expired) {
    if (socket.destroyed) continue;
    socket._handleTimeout();
    socket.emit('timeout');
  }
}

TLSSocket.prototype._handleTimeout = function _handleTimeout() {
  this._emitTLSError(new ERR_TLS_HANDSHAKE_TIMEOUT());
};

TLSSocket.prototype._emitTLSError = function _emitTLSError(err) {
  const e = this._tlsError(err);
  if (e) this.emit('error', e);
};

TLSSocket.prototype._tlsError = function _tlsError(err) {
  this.emit('_tlsError', err);
  if (this._controlReleased) return err;
  return null;
};

TLSSocket.prototype._releaseControl = function _releaseControl() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  this.removeListener('error', this._tlsError);
  return true;
};

TLSSocket.prototype.disableRenegotiation = function disableRenegotiation() {
  this[kDisableRenegotiation] = true;
};

TLSSocket.prototype.renegotiate = function renegotiate(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (this.destroyed) return;
  // TLS 1.3 has no renegotiation: OpenSSL's refusal, as node reports it.
  // crypto/tls renegotiates no TLS 1.2 connection either (node's would):
  // ERR_TLS_RENEGOTIATE there.
  let err;
  if (this.getProtocol() === 'TLSv1.3') {
    err = new Error('error:0A00010A:SSL routines::wrong ssl version');
    err.library = 'SSL routines';
    err.reason = 'wrong ssl version';
    err.code = 'ERR_SSL_WRONG_SSL_VERSION';
  } else if (callback) {
    const { codes } = require('internal/errors');
    err = new codes.ERR_TLS_RENEGOTIATE();
  }
  if (callback) process.nextTick(callback, err);
  return false;
};

TLSSocket.prototype.setMaxSendFragment = function setMaxSendFragment(size) {
  validateInt32(size, 'size');
  return size >= 512 && size <= 16384;
};

TLSSocket.prototype.setServername = function setServername(name) {
  validateString(name, 'name');
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  this._servername = name;
};

TLSSocket.prototype.setSession = function setSession(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  this._session = session;
};

TLSSocket.prototype.getPeerCertificate = function getPeerCertificate(detailed) {
  if (!this._handle) return null;
  return common.peerCertificateFromDER(this._handle.engine.getPeerCertificates(), !!detailed) || {};
};

TLSSocket.prototype.getCertificate = function getCertificate() {
  if (!this._handle) return null;
  const der = this._handle.engine.getLocalCertificate();
  return der ? common.peerCertificateFromDER([der], false) : {};
};

TLSSocket.prototype.getPeerX509Certificate = function getPeerX509Certificate() {
  if (!this._handle) return undefined;
  const certs = this._handle.engine.getPeerCertificates();
  if (certs.length === 0) return undefined;
  const { X509Certificate } = require('internal/crypto/x509');
  // The chain, each certificate's issuerCertificate the next one.
  const xs = certs.map((der) => new X509Certificate(der));
  for (let i = 0; i + 1 < xs.length; i++) {
    Object.defineProperty(xs[i], 'issuerCertificate', { value: xs[i + 1], configurable: true });
  }
  return xs[0];
};

TLSSocket.prototype.getX509Certificate = function getX509Certificate() {
  if (!this._handle) return undefined;
  const der = this._handle.engine.getLocalCertificate();
  if (!der) return undefined;
  const { X509Certificate } = require('internal/crypto/x509');
  return new X509Certificate(der);
};

function engineCall(sock, name, ...args) {
  if (!sock._handle) return null;
  return sock._handle.engine[name](...args);
}

TLSSocket.prototype.getFinished = function getFinished() { return engineCall(this, 'getFinished'); };
TLSSocket.prototype.getPeerFinished = function getPeerFinished() { return this._handle ? undefined : null; };
TLSSocket.prototype.getSession = function getSession() { return engineCall(this, 'getSession'); };
TLSSocket.prototype.isSessionReused = function isSessionReused() { return engineCall(this, 'isSessionReused'); };
TLSSocket.prototype.getTLSTicket = function getTLSTicket() { return engineCall(this, 'getTLSTicket'); };
TLSSocket.prototype.getProtocol = function getProtocol() { return engineCall(this, 'getProtocol'); };
TLSSocket.prototype.getEphemeralKeyInfo = function getEphemeralKeyInfo() { return engineCall(this, 'getEphemeralKeyInfo'); };
TLSSocket.prototype.getSharedSigalgs = function getSharedSigalgs() { return this._handle ? [] : null; };

TLSSocket.prototype.getCipher = function getCipher() {
  const c = engineCall(this, 'getCipher');
  if (!c) return c === null && this._handle ? {} : null;
  return { name: c[0], standardName: c[1], version: c[2] };
};

TLSSocket.prototype.exportKeyingMaterial = function exportKeyingMaterial(length, label, context) {
  validateInt32(length, 'length', 1);
  validateString(label, 'label');
  if (context !== undefined && !ArrayBuffer.isView(context)) {
    throw new ERR_INVALID_ARG_TYPE('context', ['Buffer', 'TypedArray', 'DataView'], context);
  }
  if (!this._secureEstablished) throw new ERR_TLS_INVALID_STATE();
  return engineCall(this, 'exportKeyingMaterial', length, label, context);
};

// node frees its OpenSSL state here; the engine is released when the
// handle closes, and calling this early or twice is harmless.
TLSSocket.prototype._destroySSL = function _destroySSL() {
  if (this._handle && this._handle.closed) this._handle.engine.destroy();
  this.ssl = null;
};

TLSSocket.prototype.enableTrace = function enableTrace() {
  this[kEnableTrace] = true;
};

// The transport of a socket given to the constructor.
Object.defineProperty(TLSSocket.prototype, '_parentWrap', {
  configurable: true,
  get() { return this._handle ? this._handle.transport : null; },
});

// ---- servers ---------------------------------------------------------------

function onServerSocketSecure() {
  if (this._requestCert) {
    const v = this._handle.engine.verifyError();
    if (v) {
      this.authorizationError = v[0];
      if (this._rejectUnauthorized) this.destroy();
    } else {
      this.authorized = true;
    }
  }
  if (!this.destroyed && this._releaseControl()) {
    const server = this._tlsOptions.server;
    if (server.emit === EEemit) emitKnown(server, 'secureConnection', 1, this);
    else server.emit('secureConnection', this);
  }
}

function onSocketTLSError(err) {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    if (this._server && this._tlsOptions.server.listenerCount('tlsClientError') === 0) {
      // nothing listens: the socket just closes
    }
    this._tlsOptions.server.emit('tlsClientError', err, this);
  }
}

function onSocketClose(err) {
  unwatchHandshake(this);
  if (err) return;
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    const connReset = new Error('socket hang up');
    connReset.code = 'ECONNRESET';
    this._tlsOptions.server.emit('tlsClientError', connReset, this);
  }
}

function tlsConnectionListener(rawSocket) {
  setupServerSocket(new TLSSocket(rawSocket, serverSocketOptions(this)));
}

function serverSocketOptions(server) {
  return {
    secureContext: server._sharedCreds,
    isServer: true,
    server,
    requestCert: server.requestCert,
    rejectUnauthorized: server.rejectUnauthorized,
    handshakeTimeout: server[kHandshakeTimeout],
    ALPNProtocols: server.ALPNProtocols,
    ALPNCallback: server.ALPNCallback,
    SNICallback: server[kSNICallback] || SNICallback,
    pauseOnConnect: server.pauseOnConnect,
  };
}

function setupServerSocket(socket) {
  socket.on('secure', onServerSocketSecure);
  socket[kErrorEmitted] = false;
  socket.on('close', onSocketClose);
  socket.on('_tlsError', onSocketTLSError);
}

// A tls.Server's accepted connection is one TLSSocket straight over the
// accepted handle, the engine on its kernel socket: no net.Socket is made
// just to be wrapped (node makes one; on goja it is most of a connection's
// cost). Unless something could see that net.Socket — a 'connection'
// listener of the script's, maxConnections, noDelay/keepAlive, net's
// diagnostics channel, a handle that is not a kernel socket — then net's
// own onconnection runs and 'connection' wraps the socket as before.
function tlsOnConnection(err, clientHandle) {
  const server = this.owner;
  const serverChannel = netChannels.server;
  if (err || server.maxConnections || server.noDelay || server.keepAlive ||
      server._events.connection !== tlsConnectionListener ||
      (serverChannel !== null && serverChannel.hasSubscribers) ||
      !common.binding().canAttach(clientHandle)) {
    return server[kNetOnConnection].call(this, err, clientHandle);
  }
  const opts = serverSocketOptions(server);
  opts[kRawHandle] = clientHandle;
  opts.allowHalfOpen = server.allowHalfOpen;
  const socket = new TLSSocket(null, opts);
  server._connections++;
  socket._server = server;
  setupServerSocket(socket);
}

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = options || {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const tls = require('tls');
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  this.ALPNCallback = options.ALPNCallback;
  if (this.ALPNCallback !== undefined) {
    validateFunction(this.ALPNCallback, 'options.ALPNCallback');
    if (options.ALPNProtocols) throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
  }
  if (options.sessionTimeout) this.sessionTimeout = options.sessionTimeout;
  if (options.ticketKeys) this.ticketKeys = options.ticketKeys;
  if (options.ALPNProtocols) tls.convertALPNProtocols(options.ALPNProtocols, this);

  this.setSecureContext(options);

  this[kHandshakeTimeout] = options.handshakeTimeout || (120 * 1000);
  this[kSNICallback] = options.SNICallback;
  if (typeof this[kHandshakeTimeout] !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('options.handshakeTimeout', 'number', options.handshakeTimeout);
  }
  if (this[kSNICallback] && typeof this[kSNICallback] !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.SNICallback', 'function', options.SNICallback);
  }
  this.pauseOnConnect = !!options.pauseOnConnect;

  net.Server.call(this, {
    allowHalfOpen: options.allowHalfOpen,
    pauseOnConnect: options.pauseOnConnect,
    noDelay: options.noDelay,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  }, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

// events.captureRejections: a rejected 'secureConnection' handler destroys
// that socket with the error; other events go as for a net.Server.
Server.prototype[EventEmitter.captureRejectionSymbol] = function (err, event, sock) {
  if (event === 'secureConnection') sock.destroy(err);
  else net.Server.prototype[EventEmitter.captureRejectionSymbol].apply(this, arguments);
};

Server.prototype._listen2 = function _listen2(...args) {
  net.Server.prototype._listen2.apply(this, args);
  const handle = this._handle;
  if (handle && typeof handle.onconnection === 'function' && handle.onconnection !== tlsOnConnection) {
    this[kNetOnConnection] = handle.onconnection;
    handle.onconnection = tlsOnConnection;
  }
};

Server.prototype.setSecureContext = function setSecureContext(options) {
  validateObject(options, 'options');
  const tls = require('tls');
  for (const k of ['pfx', 'key', 'passphrase', 'cert', 'clientCertEngine', 'ca', 'minVersion', 'maxVersion',
    'secureProtocol', 'crl', 'ciphers', 'dhparam', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine']) {
    this[k] = options[k] ? options[k] : undefined;
  }
  this.ecdhCurve = options.ecdhCurve;
  this.honorCipherOrder = options.honorCipherOrder !== undefined ? !!options.honorCipherOrder : true;
  this.secureOptions = options.secureOptions || undefined;
  this.sessionIdContext = options.sessionIdContext;
  if (options.secureContext) {
    this._sharedCreds = options.secureContext;
  } else {
    this._sharedCreds = tls.createSecureContext({
      pfx: this.pfx, key: this.key, passphrase: this.passphrase, cert: this.cert, ca: this.ca,
      ciphers: this.ciphers, sigalgs: this.sigalgs, ecdhCurve: this.ecdhCurve, dhparam: this.dhparam,
      minVersion: this.minVersion, maxVersion: this.maxVersion, secureProtocol: this.secureProtocol,
      secureOptions: this.secureOptions, honorCipherOrder: this.honorCipherOrder, crl: this.crl,
      sessionIdContext: this.sessionIdContext, ticketKeys: options.ticketKeys,
      privateKeyIdentifier: this.privateKeyIdentifier, privateKeyEngine: this.privateKeyEngine,
    });
  }
  if (this.sessionTimeout) validateInt32(this.sessionTimeout, 'options.sessionTimeout');
  if (options.ticketKeys) this.ticketKeys = options.ticketKeys;
};

Server.prototype.setOptions = require('util').deprecate(function setOptions(options) {
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  for (const k of ['pfx', 'key', 'passphrase', 'cert', 'clientCertEngine', 'ca', 'minVersion', 'maxVersion',
    'secureProtocol', 'crl', 'ciphers', 'dhparam', 'sessionTimeout', 'ticketKeys']) {
    if (options[k]) this[k] = options[k];
  }
  if (options.ecdhCurve !== undefined) this.ecdhCurve = options.ecdhCurve;
  this.honorCipherOrder = options.honorCipherOrder !== undefined ? !!options.honorCipherOrder : true;
  if (options.secureOptions) this.secureOptions = options.secureOptions;
  if (options.ALPNProtocols) require('tls').convertALPNProtocols(options.ALPNProtocols, this);
  if (options.sessionIdContext) this.sessionIdContext = options.sessionIdContext;
}, 'Server.prototype.setOptions() is deprecated', 'DEP0122');

Server.prototype._getServerData = function _getServerData() {
  return { ticketKeys: this.getTicketKeys().toString('hex') };
};

Server.prototype._setServerData = function _setServerData(data) {
  this.setTicketKeys(Buffer.from(data.ticketKeys, 'hex'));
};

Server.prototype.getTicketKeys = function getTicketKeys() {
  return this._sharedCreds.context.getTicketKeys();
};

Server.prototype.setTicketKeys = function setTicketKeys(keys) {
  if (!ArrayBuffer.isView(keys)) throw new ERR_INVALID_ARG_TYPE('keys', ['Buffer', 'TypedArray', 'DataView'], keys);
  if (keys.byteLength !== 48) throw new TypeError('Session ticket keys must be a 48-byte buffer');
  this._sharedCreds.context.setTicketKeys(Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength));
};

Server.prototype.addContext = function addContext(servername, context) {
  if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
  const re = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*') + '$');
  const ctx = common.isSecureContext(context) ? context : require('tls').createSecureContext(context);
  this._contexts.push([re, ctx.context]);
};

function SNICallback(servername, callback) {
  const contexts = this.server._contexts;
  for (let i = contexts.length - 1; i >= 0; i--) {
    const elem = contexts[i];
    if (elem[0].test(servername)) {
      callback(null, elem[1]);
      return;
    }
  }
  callback(null, undefined);
}

// ---- clients ---------------------------------------------------------------

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') {
    Object.assign(options, listArgs[1]);
  } else if (listArgs[2] !== null && typeof listArgs[2] === 'object') {
    Object.assign(options, listArgs[2]);
  }
  return cb ? [options, cb] : [options];
}

function onConnectSecure() {
  const options = this[kConnectOptions];
  let verifyError = this._handle.verifyError();
  if (!verifyError && !this.isSessionReused()) {
    const hostname = options.servername || options.host || (options.socket && options.socket._host) || 'localhost';
    const cert = this.getPeerCertificate(true);
    verifyError = options.checkServerIdentity(hostname, cert);
  }
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    // An explicit rejectUnauthorized: undefined still rejects.
    if (options.rejectUnauthorized !== false) {
      this.destroy(verifyError);
      return;
    }
    this.emit('secureConnect');
  } else {
    this.authorized = true;
    this.emit('secureConnect');
  }
  this[kIsVerified] = true;
  const session = this[kPendingSession];
  this[kPendingSession] = null;
  if (session) this.emit('session', session);
  this.removeListener('end', onConnectEnd);
}

function onConnectEnd() {
  if (!this._hadError) {
    const options = this[kConnectOptions];
    this._hadError = true;
    const error = new Error('Client network socket disconnected before secure TLS connection was established');
    error.code = 'ECONNRESET';
    error.path = options.path;
    error.host = options.host;
    error.port = options.port;
    error.localAddress = options.localAddress;
    this.destroy(error);
  }
}

let warnOnAllowUnauthorized = true;
let ipServernameWarned = false;

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const tls = require('tls');
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allowUnauthorized && warnOnAllowUnauthorized) {
    warnOnAllowUnauthorized = false;
    process.emitWarning('Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to \'0\' makes TLS ' +
                        'connections and HTTPS requests insecure by disabling certificate verification.');
  }
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: tls.DEFAULT_CIPHERS,
    checkServerIdentity: tls.checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);

  const context = options.secureContext || tls.createSecureContext(options);
  // Bad ALPNProtocols throw before anything connects (node makes the
  // TLSSocket, which converts them, first).
  let alpn = options.ALPNProtocols;
  if (alpn) {
    const converted = {};
    tls.convertALPNProtocols(alpn, converted);
    alpn = converted.ALPNProtocols;
  }

  let transport = options.socket;
  if (!transport) {
    const connectOpt = { ...options };
    delete connectOpt.socket;
    delete connectOpt.signal;
    transport = net.connect(connectOpt);
    if (options.timeout) transport.setTimeout(0);
  }
  const tlssock = new TLSSocket(transport, {
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: alpn,
    requestOCSP: options.requestOCSP,
    highWaterMark: options.highWaterMark,
    onread: options.onread,
    signal: options.signal,
  });
  if (!options.socket) {
    tlssock._internalTransport = true;
    transport.on('lookup', (...a) => tlssock.emit('lookup', ...a));
    if (options.timeout) tlssock.setTimeout(options.timeout);
  }
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  tlssock._releaseControl();
  if (options.session) tlssock.setSession(options.session);
  if (options.servername) {
    if (!ipServernameWarned && net.isIP(options.servername)) {
      process.emitWarning('Setting the TLS ServerName to an IP address is not permitted by RFC 6066. ' +
                          'This will be ignored in a future version.', 'DeprecationWarning', 'DEP0123');
      ipServernameWarned = true;
    }
    tlssock.setServername(options.servername);
  }
  tlssock._start();
  tlssock.on('secure', onConnectSecure);
  tlssock.prependListener('end', onConnectEnd);
  return tlssock;
}

module.exports = {
  TLSSocket,
  Server,
  createServer(options, listener) { return new Server(options, listener); },
  connect,
};
