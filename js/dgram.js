'use strict';
// The `dgram` builtin (gojanet): UDP sockets with node's API, events and
// errors, written from node's documentation (nodejs.org/api/dgram.html) and
// by comparing behaviour with the real node.
//
// Path: createSocket makes a Socket around a Go UDP handle
// (internalBinding('udp_wrap'), modules/dgram). bind/connect/send resolve
// host names through the socket's lookup (dns.lookup by default, async even
// for IP literals, as in node), then call the handle with an IP. A send or
// connect before the socket is bound binds it to port 0 and waits in a
// queue for 'listening'. send returns bytes+1 when the kernel took the
// datagram at once (the callback then runs on the next tick); otherwise the
// handle queues it and calls req.oncomplete(status, bytes) later. A send of
// a view to an IP literal without a callback takes a fast path instead
// (handle.sendFast, then the handle's flush on the tick where the lookup
// would have answered). Received datagrams arrive as
// handle.onmessage(nread, buf, address, port, family).

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const dns = require('dns');
const { isIP, cluster: clusterRole, netChannels } = require('internal/net');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_BAD_TYPE,
    ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
  errnoException,
  exceptionWithHostPort,
  uvErrName,
  uvErrMessage,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');

// Async contexts (internal/async_context): while tracked, a socket's handle is a UDPWRAP resource
// (its messages arrive in it), a send with a callback a UDPSENDWRAP.
const asyncContext = require('internal/async_context');
const asyncState = asyncContext.state;
const { UDP, SendWrap, constants: { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR, UV_UDP_REUSEPORT } } =
  internalBinding('udp_wrap');

// nextTick(fn) without its argument array, unless a script replaced
// process.nextTick (node's lookup would call the replacement).
const { nextTick: originalNextTick, queueTick } = require('internal/timers');

const kState = Symbol('state');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const RECV_BUFFER = true;
const SEND_BUFFER = false;

const isArrayBufferView = ArrayBuffer.isView;

// lookupFor is a handle's lookup: lookup(address || fallback, family, cb).
// dns.lookup answers an IP address on the next tick without asking
// anything, so with the default lookup that is done here directly (the
// cost of a datagram sent to an address, not a name, was mostly lookup's).
const defaultLookup = dns.lookup;
function lookupFor(lookup, fallback, family) {
  if (lookup !== defaultLookup) return (address, callback) => lookup(address || fallback, family, callback);
  return (address, callback) => {
    address = address || fallback;
    const matched = typeof address === 'string' ? isIP(address) : 0;
    if (matched !== 0) process.nextTick(callback, null, address, matched);
    else lookup(address, family, callback);
  };
}

function newHandle(type, lookup) {
  if (lookup === undefined) {
    lookup = dns.lookup;
  } else {
    validateFunction(lookup, 'lookup');
  }
  let handle;
  if (type === 'udp4') {
    handle = new UDP(4);
    if (asyncState.active !== 0) asyncContext.trackHandle(handle, 'UDPWRAP');
    handle.lookup = lookupFor(lookup, '127.0.0.1', 4);
  } else if (type === 'udp6') {
    handle = new UDP(6);
    if (asyncState.active !== 0) asyncContext.trackHandle(handle, 'UDPWRAP');
    handle.lookup = lookupFor(lookup, '::1', 6);
  } else {
    throw new ERR_SOCKET_BAD_TYPE();
  }
  return handle;
}

function Socket(type, listener) {
  EventEmitter.call(this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (options.recvBufferSize) recvBufferSize = options.recvBufferSize;
    if (options.sendBufferSize) sendBufferSize = options.sendBufferSize;
  }
  const handle = newHandle(type, lookup);
  handle.owner = this;
  const fastLookup = (lookup === undefined ? dns.lookup : lookup) === defaultLookup;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);

  this[kState] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options && options.reuseAddr,
    reusePort: options && options.reusePort,
    ipv6Only: options && options.ipv6Only,
    recvBufferSize,
    sendBufferSize,
    // send()'s fast path skips the lookup, so only with the default one.
    fastLookup,
    // EventEmitter's captureRejections when the socket was made (emit
    // reads the emitter's copy of it).
    capture: EventEmitter.captureRejections,
  };

  if (options && options.signal !== undefined) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kState].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      signal.addEventListener('abort', onAborted);
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  const udpChannel = netChannels.udp;
  if (udpChannel !== null && udpChannel.hasSubscribers) udpChannel.publish({ socket: this });
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kState].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function startListening(socket) {
  const state = socket[kState];
  state.handle.onmessage = onMessage;
  state.handle.onerror = onError;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
  socket.emit('listening');
}

// The handle calls these with itself as `this`. onMessage gets the
// sender's address, port and family, and makes rinfo of them here (an
// object literal is cheaper in goja than one filled from Go).
function onMessage(nread, buf, address, port, family) {
  const self = this.owner;
  if (nread < 0) {
    self.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  const rinfo = { address, family, port, size: nread };
  // One 'message' listener and emit not replaced: call it as emit would,
  // without emit's argument array (when rejections are not captured, emit
  // does nothing with the listener's result).
  const events = self._events;
  if (events !== undefined && self.emit === emitMethod && self[kState].capture === false) {
    const listener = events.message;
    if (typeof listener === 'function') {
      listener.call(self, buf, rinfo);
      return;
    }
  }
  self.emit('message', buf, rinfo);
}
const emitMethod = EventEmitter.prototype.emit;

function onError(code) {
  this.owner.emit('error', errnoException(code, 'recvmsg'));
}

// A send or connect before 'listening' waits here; an error drops the queue.
function enqueue(self, fn) {
  const state = self[kState];
  if (state.queue === undefined) {
    state.queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  state.queue.push(fn);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  const state = this[kState];
  const queue = state.queue;
  state.queue = undefined;
  for (const fn of queue) fn();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kState].queue = undefined;
}

Socket.prototype.bind = function(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kState];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BIND_STATE_BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    function removeListeners() {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    }
    function onListening() {
      removeListeners.call(this);
      cb.call(this);
    }
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  // bind(handle): a UDP handle from elsewhere (one passed over IPC).
  if (port instanceof UDP) {
    replaceHandle(this, port);
    startListening(this);
    return this;
  }

  // bind({ fd }): adopt a descriptor (in a cluster worker, through the
  // primary unless exclusive).
  if (port !== null && typeof port === 'object' && Number.isInteger(port.fd) && port.fd > 0 &&
      port.fd <= 0x7fffffff) {
    const fd = port.fd;
    if (clusterRole.worker !== null && !port.exclusive) {
      bindServerHandle(this, { address: null, port: null, addressType: this.type, fd, flags: null }, (err) => {
        state.bindState = BIND_STATE_UNBOUND;
        this.emit('error', errnoException(err, 'open'));
      });
      return this;
    }
    const type = internalBinding('tcp_wrap').guessHandleType(fd);
    if (type !== 'UDP') throw new (require('internal/errors').codes.ERR_INVALID_FD_TYPE)(type);
    const err = state.handle.open(fd);
    if (err) throw errnoException(err, 'open');
    startListening(this);
    return this;
  }

  let address;
  let exclusive = false;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    exclusive = !!port.exclusive;
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return; // closed meanwhile
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    let flags = 0;
    if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
    if (state.reusePort) flags |= UV_UDP_REUSEPORT;
    if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
    if (clusterRole.worker !== null && !exclusive) {
      bindServerHandle(this, { address: ip, port, addressType: this.type, fd: -1, flags }, (code) => {
        state.bindState = BIND_STATE_UNBOUND;
        this.emit('error', exceptionWithHostPort(code, 'bind', ip, port));
      });
      return;
    }
    const code = state.handle.bind(ip, port || 0, flags);
    if (code) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', exceptionWithHostPort(code, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

// bindServerHandle asks a cluster's primary for the bound socket
// (js/cluster.js): UDP sockets are always shared, never round-robin.
function bindServerHandle(socket, options, onError) {
  const state = socket[kState];
  clusterRole.worker._getServer(socket, options, (err, handle) => {
    if (err) {
      onError(err);
      return;
    }
    if (!state.handle) {
      handle.close(); // closed meanwhile
      return;
    }
    replaceHandle(socket, handle);
    startListening(socket);
  });
}

// replaceHandle puts a handle made elsewhere in place of the socket's own.
function replaceHandle(socket, handle) {
  const state = socket[kState];
  const old = state.handle;
  handle.lookup = old.lookup;
  handle.owner = socket;
  old.close();
  state.handle = handle;
  const out = {};
  if (typeof handle.getpeername === 'function' && handle.getpeername(out) === 0) {
    state.connectState = CONNECT_STATE_CONNECTED;
  }
}

// _createSocketHandle makes a bound handle for a cluster's primary, which
// shares it with the workers; a negative errno on failure.
function _createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err = 0;
  if (Number.isInteger(fd) && fd > 0) {
    err = internalBinding('tcp_wrap').guessHandleType(fd) === 'UDP' ? handle.open(fd) : -22;
  } else if (port || address) {
    err = handle.bind(address, port || 0, flags || 0);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

Socket.prototype.connect = function(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, _connect.bind(this, port, address, callback));
    return;
  }
  _connect.call(this, port, address, callback);
};

function _connect(port, address, callback) {
  const state = this[kState];
  if (callback) this.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex) {
      const code = state.handle.connect(ip, port);
      if (code) ex = exceptionWithHostPort(code, 'connect', address, port);
    }
    if (ex) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          this.removeListener('connect', callback);
          callback(ex);
        } else {
          this.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    process.nextTick(() => this.emit('connect'));
  });
}

Socket.prototype.disconnect = function() {
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const code = state.handle.disconnect();
  if (code) throw errnoException(code, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

Socket.prototype.sendto = function(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

const bufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
  }
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (typeof buf === 'string') {
      out[i] = Buffer.from(buf);
    } else if (!isArrayBufferView(buf)) {
      return null;
    } else {
      out[i] = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    }
  }
  return out;
}

Socket.prototype.send = function(buffer, offset, length, port, address, callback) {
  const state = this[kState];
  // The fast path: send(view, port, ip) or send(view, offset, length,
  // port, ip) without a callback on a bound, unconnected socket with the
  // default lookup. The Go half takes the datagram when ip is an IP
  // literal and port valid, and its bytes go out on the tick where
  // dns.lookup would have called back (nothing observable changes, no
  // closures or arrays per datagram); otherwise the general path below
  // does everything, errors included.
  if (callback === undefined && state.bindState === BIND_STATE_BOUND &&
      state.connectState === CONNECT_STATE_DISCONNECTED && state.fastLookup === true &&
      asyncState.active === 0 && state.handle !== null && isArrayBufferView(buffer)) {
    const handle = state.handle;
    let flush = 0;
    if (typeof length === 'string' && port === undefined && address === undefined && typeof offset === 'number') {
      flush = handle.sendFast(buffer, offset, length);
    } else if (typeof address === 'string' && typeof port === 'number' && typeof offset === 'number' &&
               typeof length === 'number' && offset >= 0 && length >= 0 && offset === (offset | 0) &&
               length === (length | 0)) {
      // (the Go half checks the range against the view: reading a typed
      // array's properties by name is slow in goja)
      flush = handle.sendFast(buffer, port, address, offset, length);
    }
    if (flush !== 0) {
      if (process.nextTick === originalNextTick) queueTick(flush);
      else process.nextTick(flush);
      return;
    }
  }
  sendGeneral(this, state, buffer, offset, length, port, address, callback);
};

// The general path of send, apart so that the fast path's calls need no
// scope for the closure below (goja allocates one per call of a function
// that has a closure over its variables).
function sendGeneral(self, state, buffer, offset, length, port, address, callback) {
  let list;
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }

  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') {
      list = [Buffer.from(buffer)];
    } else if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
    } else {
      list = [buffer];
    }
  } else if (!(list = fixBufferList(buffer))) {
    throw new ERR_INVALID_ARG_TYPE('buffer list arguments', bufferTypes, buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }

  healthCheck(self);
  if (state.bindState === BIND_STATE_UNBOUND) self.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(self, self.send.bind(self, list, port, address, callback));
    return;
  }
  const afterDns = (ex, ip) => doSend(ex, self, ip, list, address, port, callback);
  if (!connected) {
    state.handle.lookup(address, afterDns);
  } else {
    afterDns(null, null);
  }
}

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kState];
  if (ex) {
    if (typeof callback === 'function') {
      process.nextTick(callback, ex);
      return;
    }
    process.nextTick(() => self.emit('error', ex));
    return;
  } else if (!state.handle) {
    return;
  }
  // Without a callback nothing reads the request back (the Go half copies
  // a datagram it has to queue), so those sends share one.
  let req = noopReq;
  if (callback) {
    req = new SendWrap();
    req.list = list;
    req.address = address;
    req.port = port;
    req.callback = callback;
    req.oncomplete = afterSend;
    if (asyncState.active !== 0) {
      const h = asyncContext.recordOf(state.handle);
      asyncContext.trackRequest(req, 'UDPSENDWRAP', h === undefined ? undefined : h[asyncContext.kId]);
    }
  }
  const code = port ?
    state.handle.send(req, list, ip, port, !!callback) :
    state.handle.send(req, list, undefined, undefined, !!callback);
  if (code >= 1) {
    // Sent at once: the code is the byte count + 1.
    if (callback) process.nextTick(callback, null, code - 1);
    return;
  }
  if (code && callback) {
    process.nextTick(callback, exceptionWithHostPort(code, 'send', address, port));
  }
}

function noop() {}
const noopReq = { oncomplete: noop };

function afterSend(status, sent) {
  const err = status ? exceptionWithHostPort(status, 'send', this.address, this.port) : null;
  this.callback(err, sent);
}

function socketCloseNT(self) {
  self.emit('close');
}

Socket.prototype.close = function(callback) {
  const state = this[kState];
  if (typeof callback === 'function') this.on('close', callback);
  if (state.queue !== undefined) {
    state.queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  if (asyncState.active !== 0) asyncContext.destroyLater(asyncContext.recordOf(state.handle));
  state.handle.close();
  state.handle = null;
  process.nextTick(socketCloseNT, this);
  return this;
};

if (typeof Symbol.asyncDispose === 'symbol') {
  Socket.prototype[Symbol.asyncDispose] = function() {
    if (!this[kState].handle) return Promise.resolve();
    return new Promise((resolve) => this.close(resolve));
  };
}

function stopReceiving(socket) {
  const state = socket[kState];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

Socket.prototype.address = function() {
  healthCheck(this);
  const out = {};
  const code = this[kState].handle.getsockname(out);
  if (code) throw errnoException(code, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function() {
  healthCheck(this);
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const out = {};
  const code = state.handle.getpeername(out);
  if (code) throw errnoException(code, 'getpeername');
  return out;
};

Socket.prototype.setBroadcast = function(arg) {
  const code = this[kState].handle.setBroadcast(arg ? 1 : 0);
  if (code) throw errnoException(code, 'setBroadcast');
};

Socket.prototype.setTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const code = this[kState].handle.setTTL(ttl);
  if (code) throw errnoException(code, 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const code = this[kState].handle.setMulticastTTL(ttl);
  if (code) throw errnoException(code, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function(arg) {
  const code = this[kState].handle.setMulticastLoopback(arg ? 1 : 0);
  if (code) throw errnoException(code, 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  const code = this[kState].handle.setMulticastInterface(interfaceAddress);
  if (code) throw errnoException(code, 'setMulticastInterface');
};

Socket.prototype.addMembership = function(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const code = this[kState].handle.addMembership(multicastAddress, interfaceAddress);
  if (code) throw errnoException(code, 'addMembership');
};

Socket.prototype.dropMembership = function(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const code = this[kState].handle.dropMembership(multicastAddress, interfaceAddress);
  if (code) throw errnoException(code, 'dropMembership');
};

Socket.prototype.addSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const code = this[kState].handle.addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress);
  if (code) throw errnoException(code, 'addSourceSpecificMembership');
};

Socket.prototype.dropSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const code = this[kState].handle.dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress);
  if (code) throw errnoException(code, 'dropSourceSpecificMembership');
};

Socket.prototype.ref = function() {
  const handle = this[kState].handle;
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  const handle = this[kState].handle;
  if (handle) handle.unref();
  return this;
};

// node's ERR_SOCKET_BUFFER_SIZE is a SystemError carrying the libuv call.
class SystemError extends Error {
  constructor(code, ctx) {
    super(`Could not get or set buffer size: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`);
    Object.defineProperty(this, 'name', { value: 'SystemError', writable: true, configurable: true });
    this.code = code;
    this.info = ctx;
    this.errno = ctx.errno;
    this.syscall = ctx.syscall;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function bufferSize(self, size, recv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const handle = self[kState].handle;
  const ret = handle ? handle.bufferSize(size, recv) : -9;
  if (ret < 0) {
    throw new SystemError('ERR_SOCKET_BUFFER_SIZE', {
      errno: ret,
      code: uvErrName(ret),
      message: uvErrMessage(ret),
      syscall: recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size',
    });
  }
  return ret;
}

Socket.prototype.setRecvBufferSize = function(size) {
  bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function(size) {
  bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function() {
  return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function() {
  return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function() {
  return this[kState].handle.getSendQueueSize();
};

Socket.prototype.getSendQueueCount = function() {
  return this[kState].handle.getSendQueueCount();
};

// Node's old underscore properties and methods (DEP0112), kept as deprecated
// views of the socket's state.
{
  const { deprecate } = require('util');
  for (const name of ['handle', 'receiving', 'bindState', 'queue', 'reuseAddr']) {
    const msg = `Socket.prototype._${name} is deprecated`;
    Object.defineProperty(Socket.prototype, `_${name}`, {
      configurable: true,
      enumerable: false,
      get: deprecate(function() { return this[kState][name]; }, msg, 'DEP0112'),
      set: deprecate(function(value) { this[kState][name] = value; }, msg, 'DEP0112'),
    });
  }
  Socket.prototype._healthCheck = deprecate(function() {
    healthCheck(this);
  }, 'Socket.prototype._healthCheck() is deprecated', 'DEP0112');
  Socket.prototype._stopReceiving = deprecate(function() {
    stopReceiving(this);
  }, 'Socket.prototype._stopReceiving() is deprecated', 'DEP0112');
}

// The handle child_process passes for a dgram.Socket.
require('internal/builtin_internals').dgramSocketHandle = (socket) => socket[kState].handle;
module.exports = {
  _createSocketHandle,
  createSocket,
  Socket,
};
