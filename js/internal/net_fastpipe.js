'use strict';
// Go-side forwarding for socket.pipe(socket).
//
// When a socket is piped into a socket (the docs' echo server pipes a socket
// into itself) and nothing in JavaScript can observe the chunks, the handle
// layer can move the bytes itself (handle.pipeTo(dest), see modules/net):
// no Buffer, no 'data', no write() per chunk. Everything a script can see is
// kept: bytesRead/bytesWritten come from Go's counters, end-of-stream and
// errors still arrive through onread, so 'end', 'finish', 'close' and
// 'error' happen as without forwarding.
//
// "Nothing can observe" means: src's only 'data' listener is the pipe's, no
// 'readable' listener, no encoding, no onread option, no timeouts on either
// side, src flows with nothing buffered, dest has nothing buffered and is not
// corked or ending, and src pipes to dest alone. Backpressure must not be
// observed either: in Go a full dest just stops src from reading, while in
// JS the pipe pauses src ('pause'), dest emits 'drain' and src resumes
// ('resume'); so no 'pause'/'resume' listener on src and no 'drain' listener
// on dest other than a pipe's own. Nor may a script have replaced a method
// the chunks would pass through (src's push or emit, dest's write, _write or
// _writev, on the instance or on Socket.prototype, as instrumentation does). Anything that changes one of
// those turns forwarding off first (the overrides below); the JS path resumes
// with the next chunk, in order, since nothing was buffered on either side.

const kTarget = Symbol('fastPipeTarget');   // dest while src is a candidate
const kActive = Symbol('fastPipeActive');   // forwarding is on
const kForwarded = Symbol('fastPipeForwarded'); // bytes Go forwarded into a closed socket

function eligible(src, dest) {
  const h = src._handle;
  const dh = dest._handle;
  if (h === null || dh === null || h === undefined || dh === undefined) return false;
  if (typeof h.pipeTo !== 'function') return false;
  // (a socket piped into itself is asked once)
  const self = src === dest;
  if (src.connecting || src.destroyed || src.timeout) return false;
  if (!self && (dest.connecting || dest.destroyed || dest.timeout)) return false;
  const rs = src._readableState;
  const ws = dest._writableState;
  if (rs.flowing !== true || rs.length !== 0 || rs.decoder || rs.objectMode || rs.ended) return false;
  if (rs.pipes.length !== 1 || rs.pipes[0] !== dest) return false;
  // (src's listener lists read in place: nothing a script sees is called)
  const events = src._events;
  if (events === undefined || events === null || typeof events.data !== 'function' ||
      events.readable !== undefined || events.pause !== undefined || events.resume !== undefined) return false;
  if (ws.length !== 0 || ws.corked || ws.ending || ws.ended || ws.objectMode) return false;
  if (src.push !== chunkPath.push || src.emit !== chunkPath.emit || dest.write !== chunkPath.write ||
      dest._write !== chunkPath._write || dest._writev !== chunkPath._writev) return false;
  if (hasDrainObserver(dest)) return false;
  return !hasOnread(src);
}

// A pipe's own drain listener (readable.js's pipeOnDrainFn) is not a script
// observing backpressure.
function observesDrain(fn) {
  return fn.name !== 'pipeOnDrainFn';
}

// Reads the listener list in place: recheck runs for every chunk that takes
// the JS path, and listeners() would copy it each time.
function hasDrainObserver(dest) {
  const h = dest._events === undefined ? undefined : dest._events.drain;
  if (h === undefined) return false;
  if (typeof h === 'function') return observesDrain(h);
  for (let i = 0; i < h.length; i++) if (observesDrain(h[i])) return true;
  return false;
}

let hasOnread = () => false;
// The methods a chunk passes through on the JS path, as net.js defined them.
let chunkPath = null;

// recheck runs after src's JS path delivered a chunk: the cheapest moment
// to find that everything is still unobservable.
function recheck(src) {
  const dest = src[kTarget];
  if (dest === undefined || src[kActive]) return;
  if (eligible(src, dest) && src._handle.pipeTo(dest._handle)) src[kActive] = true;
}

function stop(src) {
  if (src[kActive]) {
    src[kActive] = false;
    if (src._handle) src._handle.pipeTo(null);
  }
}

function forget(src) {
  stop(src);
  src[kTarget] = undefined;
}

// dest can stop being eligible from its own side (cork, timeout): find the
// sources forwarding into it.
// kSources holds the one source (the common case, often dest itself) or an
// array of them: no Set per socket, idle sockets should stay small.
function stopInto(dest) {
  const srcs = dest[kSources];
  if (srcs === undefined) return;
  if (Array.isArray(srcs)) for (const s of srcs) stop(s);
  else stop(srcs);
}
const kSources = Symbol('fastPipeSources');
// used.any: whether any socket was ever a fast pipe's source or target (the
// two symbols above set): while none was, a socket is in no fast pipe, and
// the per-request checks (http's keep-alive timeout) need not read them
const used = { any: false };

// http's connection state on a socket (its stream consumer) notes that the
// socket forwards or is forwarded into: a socket's keep-alive timeout then
// goes through its setTimeout (js/_http_server.js incomingOn reads the
// note, not the two symbols). It stays set.
const { kStreamConsumer } = require('internal/net');
function markPiped(socket) {
  const c = socket[kStreamConsumer];
  if (c !== undefined && c !== null) c.piped = true;
}

function addSource(dest, src) {
  const srcs = dest[kSources];
  if (srcs === undefined) dest[kSources] = src;
  else if (Array.isArray(srcs)) srcs.push(src);
  else if (srcs !== src) dest[kSources] = [srcs, src];
}

function removeSource(dest, src) {
  const srcs = dest[kSources];
  if (srcs === src) dest[kSources] = undefined;
  else if (Array.isArray(srcs)) {
    const i = srcs.indexOf(src);
    if (i >= 0) srcs.splice(i, 1);
  }
}

// Events whose listeners observe the chunks (1) or backpressure (2).
const { kListenHook, kListenWatched } = require('internal/streams/utils');

function install(Socket, Duplex, opts) {
  hasOnread = opts.hasOnread;
  const proto = Socket.prototype;
  chunkPath = { push: proto.push, emit: proto.emit, write: proto.write, _write: proto._write, _writev: proto._writev };

  const pipe = proto.pipe;
  proto.pipe = function (dest, options) {
    const ret = pipe.call(this, dest, options);
    if (this[kTarget] !== undefined) {
      // A second destination: the chunks must go through JS.
      forget(this);
    } else if (dest instanceof Socket && this._readableState.pipes.length === 1) {
      used.any = true;
      this[kTarget] = dest;
      addSource(dest, this);
      markPiped(this);
      markPiped(dest);
      // Forwarding is first asked for after the first chunk src's JS path
      // delivered (net.js's onStreamRead calls recheck), not at once: a
      // connection that closes without sending (a connect, a greeting)
      // never pays for turning it on and off, and the first chunk, through
      // JS, is the same to anyone watching.
    }
    return ret;
  };

  const unpipe = proto.unpipe;
  proto.unpipe = function (dest) {
    if (this[kTarget] !== undefined) {
      const target = this[kTarget];
      forget(this);
      removeSource(target, this);
    }
    return unpipe.call(this, dest);
  };

  // Listening for the chunks, or for backpressure, makes them observable.
  // on/addListener/once reach Readable.prototype.on, which calls this hook
  // for the watched events (kListenWatched) before adding; prepending goes
  // through EventEmitter's own methods, so those two get wrappers here.
  const hook = function (stream, ev, fn) {
    if (kListenWatched[ev] === 1) {
      if (stream[kActive]) stop(stream);
    } else if (typeof fn === 'function' && observesDrain(fn)) {
      stopInto(stream);
    }
  };
  Object.defineProperty(proto, kListenHook, { value: hook, writable: true, configurable: true, enumerable: false });
  const DuplexProto = Duplex.prototype;
  proto.prependListener = function prependListener(ev, fn) {
    if (typeof ev === 'string' && kListenWatched[ev] !== undefined) hook(this, ev, fn);
    return DuplexProto.prependListener.call(this, ev, fn);
  };
  proto.prependOnceListener = function prependOnceListener(ev, fn) {
    if (typeof ev === 'string' && kListenWatched[ev] !== undefined) hook(this, ev, fn);
    return DuplexProto.prependOnceListener.call(this, ev, fn);
  };

  for (const name of ['setEncoding', 'setTimeout']) {
    const orig = proto[name];
    proto[name] = function () {
      if (this[kActive]) stop(this);
      stopInto(this);
      return orig.apply(this, arguments);
    };
  }
  // pause takes no arguments: no `arguments` object (every unpipe pauses).
  const origPause = proto.pause;
  proto.pause = function () { // (anonymous, as node's)
    if (this[kActive]) stop(this);
    stopInto(this);
    return origPause.call(this);
  };

  const cork = proto.cork || Duplex.prototype.cork;
  proto.cork = function () {
    stopInto(this);
    return cork.call(this);
  };
}

// Bytes Go wrote into socket on forwarding's behalf (part of bytesWritten).
function forwardedBytes(socket) {
  const h = socket._handle;
  const live = h && typeof h.forwardedBytes === 'number' ? h.forwardedBytes : 0;
  return (socket[kForwarded] || 0) + live;
}

// Called as a socket's handle closes: keep its forwarded count.
function onClose(socket, handle) {
  // (while no socket was ever in a fast pipe, none forwarded a byte)
  if (!used.any) return;
  // (the host object's field read once; nothing forwarded adds nothing)
  const fb = handle.forwardedBytes;
  if (typeof fb === 'number' && fb !== 0) socket[kForwarded] = (socket[kForwarded] || 0) + fb;
  // (a pipe already unpiped, as an ended one is, left nothing to forget)
  if (socket[kTarget] !== undefined) forget(socket);
  stopInto(socket);
}

// involved(socket): the socket forwards or is forwarded into (its
// setTimeout must go through the wrapper above).
function involved(socket) {
  return socket[kTarget] !== undefined || socket[kSources] !== undefined;
}

module.exports = { install, recheck, kTarget, kSources, forwardedBytes, onClose, involved, used };
