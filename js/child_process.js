'use strict';
// The `child_process` builtin: spawn/exec/execFile and their Sync forms over
// internalBinding('child_process') (modules/childprocess). spawn() starts
// the child in Go; each 'pipe' stdio entry comes back as a descriptor that
// becomes a net.Socket (a Pipe handle on the loop, node's pipe_wrap), and
// Go reports the exit as onexit(code, signal). 'exit' is emitted then,
// 'close' once every stdio stream has closed too, as in node. exec and
// execFile collect output on top of spawn; the Sync forms run the child to
// completion in Go.

const EventEmitter = require('events');
const net = require('net');
const { Buffer } = require('buffer');
// (the timer functions are ours, not the globals a script can replace)
const { setTimeout, clearTimeout } = require('internal/timers');
const binding = internalBinding('child_process');
const asyncContext = require('internal/async_context');
const asyncState = asyncContext.state;
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
    ERR_UNKNOWN_SIGNAL,
  },
  errnoException,
  AbortError,
  genericNodeError,
} = require('internal/errors');
const {
  validateString,
  validateFunction,
  validateObject,
  validateArray,
  validateBoolean,
  validateInteger,
  validateNumber,
  validateAbortSignal,
  validateOneOf,
} = require('internal/validators');

const kIsUsedAsStdio = Symbol('kIsUsedAsStdio');

function signals() {
  return require('os').constants.signals;
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signal >= 0) {
    for (const name of Object.keys(signals())) if (signals()[name] === signal) return signal;
  }
  if (typeof signal === 'string') {
    const n = signals()[signal.toUpperCase()];
    if (n !== undefined) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function accessDenied() {
  const err = new Error('Access to this API has been restricted');
  err.code = 'ERR_ACCESS_DENIED';
  err.permission = 'ChildProcess';
  err.resource = '';
  return err;
}

// normalizeSpawnArguments: node's checks and the shell/env/stdio forms.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { ...options };

  let cwd = options.cwd;
  if (cwd != null) {
    cwd = require('internal/fs/utils').getValidatedPath(cwd, 'options.cwd');
    cwd = String(cwd);
  }
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && options.uid !== (options.uid | 0)) {
    throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && options.gid !== (options.gid | 0)) {
    throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  // Arguments are not type-checked (the system call stringifies them),
  // only refused with NUL bytes, as are file, shell, argv0 and cwd.
  const noNul = (v, name) => {
    if (typeof v === 'string' && v.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(name, v, 'must be a string without null bytes');
    }
  };
  noNul(file, 'file');
  for (const a of args) noNul(a, 'args');
  noNul(options.shell, 'options.shell');
  noNul(options.argv0, 'options.argv0');
  noNul(cwd, 'options.cwd');
  args = args.map((a) => `${a}`);

  if (options.shell) {
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  const env = options.env || process.env;
  const envPairs = [];
  // for...in: inherited variables count too, as in node.
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      if (String(key).includes('\u0000') || String(value).includes('\u0000')) {
        throw new ERR_INVALID_ARG_VALUE('options.env', env, 'must be an object without null bytes');
      }
      envPairs.push(`${key}=${value}`);
    }
  }
  return { ...options, args, cwd, detached: !!options.detached, envPairs, file, windowsHide: !!options.windowsHide };
}

function stdioKinds(stdio) {
  if (typeof stdio === 'string') {
    validateOneOf(stdio, 'options.stdio', ['ignore', 'pipe', 'inherit', 'overlapped']);
    stdio = [stdio, stdio, stdio];
  } else if (stdio == null) {
    stdio = ['pipe', 'pipe', 'pipe'];
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  const out = [];
  for (let i = 0; i < Math.max(3, stdio.length); i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ipc') {
      if (out.ipc !== undefined) throw new ERR_INVALID_ARG_VALUE('stdio', stdio, 'may hold one ipc entry only');
      out.ipc = i;
      out.push('pipe');
      continue;
    }
    if (typeof s === 'number') {
      out.push(String(s));
    } else if (s === 'pipe' || s === 'overlapped' || s === 'ignore' || s === 'inherit') {
      out.push(s);
    } else if (s && typeof s === 'object' && typeof s.fd === 'number') {
      out.push(String(s.fd));
    } else if (s && typeof s === 'object' && s._handle && typeof s._handle.fd === 'number') {
      // Another process reads it now: this side stops reading (or it would
      // take the data) and never drains it.
      s[kIsUsedAsStdio] = true;
      if (typeof s._handle.readStop === 'function') s._handle.readStop();
      if (s._handle.reading !== undefined) s._handle.reading = false;
      if (typeof s.pause === 'function') s.pause();
      if (s._readableState) {
        s._readableState.flowing = false;
        s._readableState.reading = false;
      }
      out.push(String(s._handle.fd));
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return out;
}

function spawnError(err, file, spawnargs) {
  if (err.code === 'ERR_ACCESS_DENIED') return accessDenied();
  const ex = errnoException(err.errno, `spawn ${file}`);
  ex.path = file;
  ex.spawnargs = spawnargs.slice(1);
  return ex;
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
    // stdin/stdout/stderr/stdio are set by spawn(), as in node: a child that
    // could not get descriptors for its pipes (EMFILE) has none of them.
    const channel = require('internal/net').netChannels.childProcess;
    if (channel !== null && channel.hasSubscribers) channel.publish({ process: this });
  }

  spawn(options) {
    validateObject(options, 'options');
    if (options.envPairs === undefined) options.envPairs = [];
    else validateArray(options.envPairs, 'options.envPairs');
    validateString(options.file, 'options.file');
    if (options.args === undefined) options.args = [];
    else validateArray(options.args, 'options.args');
    validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
    const serialization = options.serialization || 'json';
    const kinds = stdioKinds(options.stdio);
    this.spawnfile = options.file;
    this.spawnargs = options.args;
    if (kinds.ipc !== undefined) {
      // The child finds its end of the channel by these (node's protocol:
      // JSON messages, one per line, or V8's format, length-prefixed).
      options.envPairs.push(`NODE_CHANNEL_FD=${kinds.ipc}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    }
    const onexit = (exitCode, signalCode) => this._onexit(exitCode, signalCode);
    // While async contexts are tracked (internal/async_context), the exit
    // is reported in a PROCESSWRAP resource made here.
    if (asyncState.active !== 0) asyncContext.bind(onexit, asyncContext.init('PROCESSWRAP', {}), true);
    const res = binding.spawn({
      file: options.file,
      args: options.args,
      cwd: options.cwd,
      envPairs: options.envPairs,
      stdio: kinds,
      detached: options.detached,
      uid: options.uid,
      gid: options.gid,
    }, onexit);
    if (res.errno !== undefined || res.code !== undefined) {
      if (res.code === 'ERR_ACCESS_DENIED') throw accessDenied();
      const err = spawnError(res, options.file, options.args);
      process.nextTick(() => {
        this._handle = null;
        // node's exitCode (and 'close' code) is the negative errno.
        this.exitCode = res.errno;
        this.emit('error', err);
        this.emit('close', this.exitCode, null);
      });
      // node gives up before setting up stdio when out of descriptors.
      if (res.code === 'EMFILE' || res.code === 'ENFILE') return res.errno;
      this.stdio = kinds.map(() => null);
      this.stdin = this.stdout = this.stderr = null;
      return res.errno;
    }
    this._handle = res;
    this.pid = res.pid;
    this.stdio = [];
    for (let i = 0; i < kinds.length; i++) {
      const fd = res.fds[i];
      if (fd < 0) {
        this.stdio.push(null);
        continue;
      }
      if (i === kinds.ipc) {
        this._closesNeeded++;
        this.once('disconnect', () => this._maybeClose());
        setupChannel(this, newIPCPipe(fd), true, serialization);
        this.stdio.push(null);
        continue;
      }
      // stdin is written, stdout/stderr read; further pipes go both ways.
      const sock = new net.Socket({ fd, readable: i !== 0, writable: i === 0 || i > 2 });
      if (i !== 0) {
        sock.on('close', () => this._maybeClose());
        this._closesNeeded++;
      } else {
        // Writes to a child that exited fail with EPIPE: node ignores them.
        sock.on('error', (err) => {
          if (err.code !== 'EPIPE') this.emit('error', err);
        });
      }
      this.stdio.push(sock);
    }
    this.stdin = this.stdio[0] ?? null;
    this.stdout = this.stdio[1] ?? null;
    this.stderr = this.stdio[2] ?? null;
    process.nextTick(() => this.emit('spawn'));
    return 0;
  }

  _onexit(exitCode, signalCode) {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    // Output nobody reads is drained, so the streams end and 'close' comes.
    for (let i = 1; i < this.stdio.length; i++) {
      const stream = this.stdio[i];
      if (stream && stream.readable && !stream[kIsUsedAsStdio] && !stream._readableState.readableListening) {
        stream.resume();
      }
    }
    this._handle = null;
    this.emit('exit', this.exitCode, this.signalCode);
    process.nextTick(() => this._maybeClose());
  }

  _maybeClose() {
    this._closesGot++;
    if (this._closesGot === this._closesNeeded) {
      this.emit('close', this.exitCode, this.signalCode);
    }
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = binding.kill(this.pid, signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === -3) return false; // ESRCH: already gone
      this.emit('error', errnoException(err, 'kill'));
    }
    return false;
  }

  // node 20: `using child = spawn(...)` kills it (SIGTERM) on scope exit.
  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }

  get [Symbol.toStringTag]() { return 'ChildProcess'; }
}

// ---- IPC: fork()'s channel, in the parent and in the child ----
//
// The channel is a Pipe(IPC) handle of internalBinding('tcp_wrap') on the
// socketpair spawn() made (modules/net/ipc.go): messages are JSON, one per
// line, as node's 'json' serialization. A message may carry a handle: it
// travels as {cmd: 'NODE_HANDLE', type, msg} with the descriptor attached
// (SCM_RIGHTS); the receiver answers NODE_HANDLE_ACK (or NODE_HANDLE_NACK
// if no descriptor came, and the sender tries again), and the sender
// sends nothing else until then, as node does, so a descriptor always
// meets its own message. The receiver rebuilds the object named by `type`
// (net.Socket, net.Server, dgram.Socket, or a bare handle) on its own loop
// and emits ('message', msg, object). Messages whose cmd starts with NODE_
// go to 'internalMessage' (cluster's protocol), never to 'message'.

let tcpWrap;
function pipeBinding() {
  if (tcpWrap === undefined) tcpWrap = internalBinding('tcp_wrap');
  return tcpWrap;
}
const kIPC = 2; // node's PipeConstants.IPC
const UV_EPIPE = -32;
const UV_ECONNRESET = -104;

// newIPCPipe opens an IPC pipe handle on fd.
function newIPCPipe(fd) {
  const { Pipe } = pipeBinding();
  const pipe = new Pipe(kIPC);
  const err = pipe.open(fd);
  if (err) throw errnoException(err, 'open');
  return pipe;
}

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 5 && message.cmd.startsWith('NODE_');
}

// What each kind of handle becomes on the way out (the raw handle whose
// descriptor is passed) and on the way in (the object 'message' gets).
const handleConversion = {
  'net.Native': {
    send(message, handle) { return handle; },
    got(message, handle, emit) { emit(handle); },
  },
  'net.Server': {
    send(message, server) { return server._handle; },
    got(message, handle, emit) {
      const server = new net.Server();
      server.listen(handle, () => emit(server));
    },
  },
  'net.Socket': {
    send(message, socket, options) {
      if (!socket._handle) return undefined;
      if (socket.server) {
        // The server counts the connection where it went (getConnections,
        // and 'close' waits for it there).
        message.key = socket.server._connectionKey;
        const lists = this[kSocketLists].send;
        if (!lists.has(message.key)) {
          const list = new SocketListSend(this, message.key);
          lists.set(message.key, list);
          socket.server._setupWorker(list);
        }
        if (!options.keepOpen) socket.server._connections--;
      }
      const handle = socket._handle;
      if (!options.keepOpen) {
        // This side must not read what is now the receiver's.
        handle.onread = noop;
        handle.reading = false;
        handle.readStop();
        socket._handle = null;
        socket.setTimeout(0);
      }
      return handle;
    },
    got(message, handle, emit) {
      const socket = new net.Socket({ handle, readable: true, writable: true });
      if (message.key) {
        const lists = this[kSocketLists].receive;
        let list = lists.get(message.key);
        if (list === undefined) {
          list = new SocketListReceive(this, message.key);
          lists.set(message.key, list);
        }
        list.add(socket);
      }
      emit(socket);
    },
  },
  'dgram.Native': {
    send(message, handle) { return handle; },
    got(message, handle, emit) { emit(handle); },
  },
  'dgram.Socket': {
    send(message, socket) {
      message.dgramType = socket.type;
      require('dgram');
      return require('internal/builtin_internals').dgramSocketHandle(socket);
    },
    got(message, handle, emit) {
      const socket = new (require('dgram').Socket)(message.dgramType);
      socket.bind(handle, () => emit(socket));
    },
  },
};

function noop() {}

// Connections sent from a server to another process, by the server's key:
// the sender asks the receiver how many are still open
// (NODE_SOCKET_GET_COUNT → NODE_SOCKET_COUNT) and to say when none is
// (NODE_SOCKET_NOTIFY_CLOSE → NODE_SOCKET_ALL_CLOSED).
const kSocketLists = Symbol('socketLists');

class SocketListSend extends EventEmitter {
  constructor(target, key) {
    super();
    this.target = target;
    this.key = key;
    // The server stops asking a process that is gone.
    target.once('exit', () => this.emit('exit', this));
  }

  // request sends cmd and waits for the reply named want; a channel that
  // closes first is an error, or for close() the end of the wait.
  request(cmd, want, closeOnDisconnect, callback) {
    const target = this.target;
    function onDisconnect() {
      target.removeListener('internalMessage', onReply);
      target.removeListener('disconnect', onDisconnect);
      if (closeOnDisconnect) callback(null);
      else callback(new (require('internal/errors').codes.ERR_CHILD_CLOSED_BEFORE_REPLY)());
    }
    const onReply = (msg) => {
      if (msg.key !== this.key || msg.cmd !== want) return;
      target.removeListener('internalMessage', onReply);
      target.removeListener('disconnect', onDisconnect);
      callback(null, msg);
    };
    if (!target.connected) {
      onDisconnect();
      return;
    }
    target.on('internalMessage', onReply);
    target.once('disconnect', onDisconnect);
    target._send({ cmd, key: this.key }, undefined, { swallowErrors: true });
  }

  close(callback) {
    this.request('NODE_SOCKET_NOTIFY_CLOSE', 'NODE_SOCKET_ALL_CLOSED', true, callback);
  }

  getConnections(callback) {
    this.request('NODE_SOCKET_GET_COUNT', 'NODE_SOCKET_COUNT', false, (err, msg) => {
      if (err) callback(err);
      else callback(null, msg.count);
    });
  }
}

class SocketListReceive extends EventEmitter {
  constructor(target, key) {
    super();
    this.connections = 0;
    this.key = key;
    this.target = target;
    const allClosed = () => {
      if (target.connected) target._send({ cmd: 'NODE_SOCKET_ALL_CLOSED', key }, undefined, { swallowErrors: true });
    };
    target.on('internalMessage', (msg) => {
      if (msg.key !== key) return;
      if (msg.cmd === 'NODE_SOCKET_NOTIFY_CLOSE') {
        if (this.connections === 0) allClosed();
        else this.once('empty', allClosed);
      } else if (msg.cmd === 'NODE_SOCKET_GET_COUNT') {
        if (target.connected) target._send({ cmd: 'NODE_SOCKET_COUNT', key, count: this.connections }, undefined, { swallowErrors: true });
      }
    });
  }

  add(socket) {
    this.connections++;
    socket.once('close', () => {
      if (--this.connections === 0) this.emit('empty');
    });
  }
}

function handleTypeOf(handle) {
  const { TCP, Pipe } = pipeBinding();
  if (handle instanceof net.Socket) return 'net.Socket';
  if (handle instanceof net.Server) return 'net.Server';
  if (handle instanceof TCP || handle instanceof Pipe) return 'net.Native';
  const dgram = require('dgram');
  if (handle instanceof dgram.Socket) return 'dgram.Socket';
  if (handle instanceof internalBinding('udp_wrap').UDP) return 'dgram.Native';
  throw new (require('internal/errors').codes.ERR_INVALID_HANDLE_TYPE)();
}

// handleFromPassedFd wraps a received descriptor in the handle its message
// names; null if it is not that kind of descriptor (it is closed then).
function handleFromPassedFd(fd, type) {
  const b = pipeBinding();
  const kind = b.guessHandleType(fd);
  let handle = null;
  if (type === 'dgram.Socket' || type === 'dgram.Native') {
    if (kind === 'UDP') handle = new (internalBinding('udp_wrap').UDP)();
  } else if (kind === 'TCP') {
    handle = new b.TCP(b.constants.SOCKET);
  } else if (kind === 'PIPE') {
    handle = new b.Pipe(b.constants.SOCKET);
  }
  if (handle === null || handle.open(fd) !== 0) {
    if (handle !== null) handle.close();
    require('fs').closeSync(fd);
    return null;
  }
  return handle;
}

// setupChannel gives target (a ChildProcess, or process in a forked child)
// send(), disconnect(), connected, channel and 'message'/'disconnect' over
// an IPC pipe handle. It returns the channel's ref counter: the child's
// process keeps the loop alive for its 'message'/'disconnect' listeners and
// sends in flight only, unless the script ref()s or unref()s the channel.
function setupChannel(target, pipe, refByDefault, serialization) {
  const advanced = serialization === 'advanced' ? require('internal/ipc_advanced') : null;
  const framer = advanced ? new advanced.Framer() : null;
  const { ERR_IPC_CHANNEL_CLOSED, ERR_MISSING_ARGS, ERR_IPC_DISCONNECTED } = require('internal/errors').codes;
  const { StringDecoder } = require('string_decoder');
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const fds = []; // received descriptors not yet claimed by their NODE_HANDLE message
  // The channel keeps the loop alive while a write is in flight (as a
  // libuv write request does, even on an unref'd handle), else as the
  // script set it with channel.ref()/unref(), else by default (the parent)
  // or while counted users exist (the child's 'message'/'disconnect'
  // listeners).
  let refs = 0;
  let writes = 0;
  let explicitRef = null;
  const applyRef = () => {
    if (!pipe) return;
    const want = writes > 0 || (explicitRef !== null ? explicitRef : refByDefault || refs > 0);
    if (want) pipe.ref();
    else pipe.unref();
  };
  const control = {
    refCounted() {
      refs++;
      applyRef();
    },
    unrefCounted() {
      refs--;
      applyRef();
    },
  };
  let handleQueue = null; // messages waiting for NODE_HANDLE_ACK
  let pendingMessage = null; // the handle in flight: closed on ACK unless keepOpen

  target[kSocketLists] = { send: new Map(), receive: new Map() };
  target.connected = true;
  target.channel = {
    ref() {
      explicitRef = true;
      applyRef();
    },
    unref() {
      explicitRef = false;
      applyRef();
    },
    get fd() { return pipe ? pipe.fd : undefined; },
  };
  Object.defineProperty(target, '_channel', {
    get() { return this.channel; }, configurable: true, enumerable: false,
  });

  const emitLater = (event, message, handle) => {
    process.nextTick(() => target.emit(event, message, handle));
  };

  // dispatch hands one message to its listeners.
  const dispatch = (message) => {
    if (!isInternal(message)) {
      // Each message in its own tick, as node does: a listener that
      // throws does not drop the messages after it.
      emitLater('message', message, undefined);
    } else if (message.cmd === 'NODE_HANDLE') {
      const fd = fds.length > 0 ? fds.shift() : -1;
      receiveHandle(message, fd);
    } else {
      emitLater('internalMessage', message, undefined);
    }
  };

  pipe.onread = (nread, buf, passed) => {
    if (passed) for (const fd of passed) fds.push(fd);
    if (nread > 0) {
      if (advanced) {
        for (const body of framer.push(buf)) dispatch(advanced.deserialize(body));
        return;
      }
      pending += decoder.write(buf);
      let nl;
      while ((nl = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (line.length === 0) continue;
        let message;
        try {
          message = JSON.parse(line);
        } catch (err) {
          target.emit('error', err);
          continue;
        }
        dispatch(message);
      }
      return;
    }
    if (nread === 0) return;
    // The other side is gone (end of stream or an error).
    target.connected = false;
    if (target.channel) target._disconnect();
  };

  function receiveHandle(message, fd) {
    const obj = handleConversion[message.type];
    const handle = fd >= 0 && obj ? handleFromPassedFd(fd, message.type) : null;
    if (handle === null) {
      if (fd >= 0 && !obj) require('fs').closeSync(fd);
      // No descriptor came with it (or not one of its kind): ask again.
      target._send({ cmd: 'NODE_HANDLE_NACK' }, null, { swallowErrors: true });
      return;
    }
    // Not the script's send: failing to acknowledge (the other side left)
    // is no error.
    target._send({ cmd: 'NODE_HANDLE_ACK' }, null, { swallowErrors: true });
    obj.got.call(target, message, handle, (converted) => {
      emitLater(isInternal(message.msg) ? 'internalMessage' : 'message', message.msg, converted);
    });
  }

  function closePending() {
    const p = pendingMessage;
    pendingMessage = null;
    // Only a socket is the receiver's alone once it is there (node's
    // postSend); servers and bare handles stay open here too.
    if (p && p.type === 'net.Socket' && !p.options.keepOpen) p.native.close();
  }

  target.on('internalMessage', (message) => {
    if (message.cmd === 'NODE_HANDLE_ACK') {
      closePending();
      const queue = handleQueue || [];
      handleQueue = null;
      for (const m of queue) target._send(m.message, m.handle, m.options, m.callback);
      if (!target.connected && target.channel && !handleQueue) target._disconnect();
    } else if (message.cmd === 'NODE_HANDLE_NACK') {
      const p = pendingMessage;
      if (p && ++p.retransmissions <= 3) {
        pendingMessage = null;
        const queue = handleQueue || [];
        handleQueue = null;
        target._send(p.message, p.handle, p.options, p.callback, p);
        for (const m of queue) target._send(m.message, m.handle, m.options, m.callback);
      } else if (p) {
        closePending();
        process.emitWarning('Handle did not reach the receiving process correctly', 'SentHandleNotReceivedWarning');
      }
    }
  });

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  // retry is a handle the receiver did not get ({type, native}): sent again
  // as it was converted the first time.
  target._send = function _send(message, handle, options, callback, retry) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    else if (options == null) options = {};
    let conv = null;
    let native = null;
    if (retry) {
      native = retry.native;
      message = { cmd: 'NODE_HANDLE', type: retry.type, msg: message };
    } else if (handle) {
      const wrapped = { cmd: 'NODE_HANDLE', type: handleTypeOf(handle), msg: message };
      if (handleQueue) {
        handleQueue.push({ message, handle, options, callback });
        return handleQueue.length === 1;
      }
      conv = handleConversion[wrapped.type];
      native = conv.send.call(target, wrapped, handle, options);
      // A handle already sent (or closed) has nothing to pass: the message
      // goes alone, as node sends it.
      message = native ? wrapped : message;
    } else if (handleQueue && !(isInternal(message) &&
               (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK'))) {
      // Behind a handle in flight, to keep messages in order.
      handleQueue.push({ message, handle: null, options, callback });
      return handleQueue.length === 1;
    }
    if (!pipe) {
      // Disconnected while queued.
      if (native && message.type === 'net.Socket' && !options.keepOpen) native.close();
      return false;
    }
    const req = { oncomplete: null, async: false };
    const fd = native ? native.fd : -1;
    let err;
    if (advanced) {
      const data = advanced.serialize(message);
      err = fd >= 0 ? pipe.writeBuffer(req, data, fd) : pipe.writeBuffer(req, data);
    } else {
      const line = JSON.stringify(message) + '\n';
      err = fd >= 0 ? pipe.writeUtf8String(req, line, fd) : pipe.writeUtf8String(req, line);
    }
    // libuv reports a failed write to a peer that left to the write's
    // callback, which node's channel ignores: the send looks done and the
    // channel's end of stream tells the rest.
    if (err === UV_EPIPE || err === UV_ECONNRESET) {
      err = 0;
      req.async = false;
    }
    if (err === 0) {
      if (native) {
        // Nothing else goes out until the receiver acknowledges it.
        handleQueue = [];
        pendingMessage = {
          message: message.msg, type: message.type, handle, native, options, callback,
          retransmissions: retry ? retry.retransmissions : 0,
        };
      }
      if (req.async) {
        writes++;
        applyRef();
        req.oncomplete = () => {
          writes--;
          applyRef();
          if (typeof callback === 'function') callback(null);
        };
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else {
      if (native && message.type === 'net.Socket' && !options.keepOpen) native.close();
      if (!options.swallowErrors) {
        const ex = errnoException(err, 'write');
        if (typeof callback === 'function') process.nextTick(callback, ex);
        else process.nextTick(() => this.emit('error', ex));
      }
    }
    // Stop when the other side is more than two reads behind, as node.
    return pipe.writeQueueSize < 65536 * 2;
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    // What waits behind a handle in flight goes first.
    if (!handleQueue) this._disconnect();
  };

  target._disconnect = function _disconnect() {
    if (!this.channel) return;
    this.channel = null;
    if (pendingMessage) {
      const p = pendingMessage;
      pendingMessage = null;
      if (p.type === 'net.Socket' && !p.options.keepOpen) p.native.close();
    }
    for (const fd of fds.splice(0)) require('fs').closeSync(fd);
    const p = pipe;
    pipe = null;
    p.onread = noop;
    p.close();
    process.nextTick(() => target.emit('disconnect'));
  };

  pipe.readStart();
  applyRef();
  return control;
}

// _forkChild: run by the bootstrap of a process started by fork() (its
// environment names the channel's descriptor). The channel keeps the
// process alive only while someone listens for 'message' or 'disconnect'.
function _forkChild() {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  delete process.env.NODE_CHANNEL_FD;
  const serialization = process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  const control = setupChannel(process, newIPCPipe(fd), false, serialization);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': options.push(stdio, stdio, stdio); break;
    case 'inherit': options.push(0, 1, 2); break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

function fork(modulePath, args, options) {
  modulePath = require('internal/fs/utils').getValidatedPath(modulePath, 'modulePath');
  let execArgv;
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateArgumentNullCheck(options.execPath, 'options.execPath');
  execArgv = options.execArgv || process.execArgv;
  validateArgumentsNullCheck(execArgv, 'options.execArgv');
  if (execArgv === process.execArgv && process._eval != null) {
    const index = execArgv.lastIndexOf(process._eval);
    if (index > 0) {
      execArgv = execArgv.slice(0);
      execArgv.splice(index - 1, 2);
    }
  }
  args = [...execArgv, String(modulePath), ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new (require('internal/errors').codes.ERR_CHILD_PROCESS_IPC_REQUIRED)('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; ++i) validateArgumentNullCheck(args[i], `${propName}[${i}]`);
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);
  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }
  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => {
      if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new (require('internal/errors').codes.ERR_OUT_OF_RANGE)('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new (require('internal/errors').codes.ERR_OUT_OF_RANGE)('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
  return signals().SIGTERM;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}

const customPromiseExecFunction = (orig) => (...args) => {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.child = orig(...args, (err, stdout, stderr) => {
    if (err !== null) {
      err.stdout = stdout;
      err.stderr = stderr;
      reject(err);
    } else {
      resolve({ stdout, stderr });
    }
  });
  return promise;
};

function execFile(file, args, options, callback) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (typeof options === 'function') {
    callback = options;
    options = null;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (callback != null) validateFunction(callback, 'callback');
  options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: 1024 * 1024,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  validateArgumentNullCheck(options.argv0, 'options.argv0');

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  let encoding;
  const _stdout = [];
  const _stderr = [];
  if (options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding)) {
    encoding = options.encoding;
  } else {
    encoding = null;
  }
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    let stdout;
    let stderr;
    if (encoding || (child.stdout && child.stdout.readableEncoding)) {
      stdout = _stdout.join('');
    } else {
      stdout = Buffer.concat(_stdout);
    }
    if (encoding || (child.stderr && child.stderr.readableEncoding)) {
      stderr = _stderr.join('');
    } else {
      stderr = Buffer.concat(_stderr);
    }
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? require('internal/errors').uvErrName(code) : code,
        killed: child.killed || killed,
        signal: signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(function delayedKill() {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  const collect = (stream, chunks, which) => {
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', function onChildData(chunk) {
      const enc = stream.readableEncoding;
      const length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
      const len = which === 'stdout' ? (stdoutLen += length) : (stderrLen += length);
      if (len > options.maxBuffer) {
        const truncatedLen = options.maxBuffer - (len - length);
        chunks.push(chunk.slice(0, truncatedLen));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(which);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  };
  if (child.stdout) collect(child.stdout, _stdout, 'stdout');
  if (child.stderr) collect(child.stderr, _stderr, 'stderr');

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

const promisify = require('util').promisify;
Object.defineProperty(exec, promisify.custom, {
  enumerable: false,
  value: customPromiseExecFunction(exec),
});
Object.defineProperty(execFile, promisify.custom, {
  enumerable: false,
  value: customPromiseExecFunction(execFile),
});

// ---- Sync forms ----

function spawnSync(file, args, options) {
  options = {
    maxBuffer: 1024 * 1024,
    ...normalizeSpawnArguments(file, args, options),
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = sanitizeKillSignal(options.killSignal);
  const kinds = stdioKinds(options.stdio);
  let input = options.input;
  if (input != null) {
    if (typeof input === 'string') input = Buffer.from(input, options.encoding || 'utf8');
    else if (!ArrayBuffer.isView(input)) {
      throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
    if (kinds[0] !== 'pipe') kinds[0] = 'pipe';
  }
  const res = binding.spawnSync({
    file: options.file,
    args: options.args,
    cwd: options.cwd,
    envPairs: options.envPairs,
    stdio: kinds,
    detached: options.detached,
    uid: options.uid,
    gid: options.gid,
    input,
    timeout: options.timeout || 0,
    killSignal,
    maxBuffer: options.maxBuffer === Infinity ? 0 : options.maxBuffer,
  });
  if (res.error && res.error.code === 'ERR_ACCESS_DENIED') throw accessDenied();
  const result = {
    status: res.status ?? null,
    signal: res.signal ?? null,
    output: res.output ?? null,
    pid: res.pid ?? 0,
  };
  if (result.output && options.encoding && options.encoding !== 'buffer') {
    result.output = result.output.map((b) => (b ? b.toString(options.encoding) : b));
  }
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (res.error) {
    const e = res.error;
    if (e.code === 'ETIMEDOUT' || e.code === 'ENOBUFS') {
      result.error = errnoException(e.errno, `spawnSync ${options.file}`);
    } else {
      result.error = errnoException(e.errno, `spawnSync ${options.file}`);
      result.error.path = options.file;
      result.error.spawnargs = options.args.slice(1);
    }
    if (e.code === 'ETIMEDOUT' || e.code === 'ENOBUFS') {
      result.error.path = options.file;
      result.error.spawnargs = options.args.slice(1);
    }
  }
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = genericNodeError(msg, ret);
  }
  return err;
}

// The Sync exec forms without a stdio option pipe the child's stderr too
// and, once it is done, write what it printed to ours, as node does (the
// result and the error carry it in output[2]/stderr).

function execFileSync(file, args, options) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  }
  options = { ...options };
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr && ret.stderr.length) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...(args || [])], undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr && ret.stderr.length) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = {
  _forkChild,
  ChildProcess,
  fork,
  exec,
  execFile,
  execFileSync,
  execSync,
  spawn,
  spawnSync,
};
