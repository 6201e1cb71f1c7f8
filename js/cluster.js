'use strict';
// The `cluster` builtin: a primary process forks workers (gojanet processes
// started by child_process.fork, so process.execPath is this binary) and
// shares server sockets with them. Written from node's documentation
// (nodejs.org/api/cluster.html) and by comparing behaviour with node.
//
// Which half a process runs is decided when this module loads: a worker's
// environment has NODE_UNIQUE_ID (its id), set by the primary's fork and
// removed by the worker's bootstrap, which sets the worker up
// (_setupWorker) right after the IPC channel (js/child_process.js).
//
// The two halves talk over the IPC channel with internal messages
// ({cmd: 'NODE_CLUSTER', act, seq}; a reply names the seq it answers in
// `ack`), never seen by 'message' listeners:
//
//   worker → primary  online; queryServer (a net or dgram listen: address,
//                      port, addressType, fd, index); listening; close;
//                      exitedAfterDisconnect
//   primary → worker  the queryServer reply ({errno, key, sockname?}, with a
//                      handle for a shared socket); newconn (a round-robin
//                      connection, with its handle; the worker answers
//                      {accepted}); disconnect
//
// Listening in a worker (js/net.js listenImpl, js/dgram.js bind) asks the
// primary, which keeps one handle per (address, port, addressType, fd,
// index): with SCHED_NONE (and always for UDP) it binds the socket and
// passes it to every worker that asks (SharedHandle: each worker listens on
// the same descriptor and the kernel picks who accepts); with SCHED_RR (the
// default on Linux) it listens itself and passes each accepted connection
// to the next idle worker (RoundRobinHandle), while the worker's server gets
// a stand-in handle (listen/close/ref/unref/getsockname) that only tells
// the primary. Either way listen(0) gives every worker the same port.
// `exclusive: true` skips the primary. A worker whose channel closes
// (disconnect) closes its servers first; one whose primary goes away exits.

const EventEmitter = require('events');
const { setInterval, clearInterval } = require('internal/timers'); // (ours, not the globals a script may replace)
const path = require('path');

const SCHED_NONE = 1;
const SCHED_RR = 2;

// ---- what both halves share ----

function Worker(options) {
  if (!(this instanceof Worker)) return new Worker(options);
  EventEmitter.call(this);
  if (options === null || typeof options !== 'object') options = {};
  this.exitedAfterDisconnect = undefined;
  this.state = options.state || 'none';
  this.id = options.id | 0;
  if (options.process) {
    this.process = options.process;
    this.process.on('error', (code, signal) => this.emit('error', code, signal));
    this.process.on('message', (message, handle) => this.emit('message', message, handle));
  }
}
Object.setPrototypeOf(Worker.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Worker, EventEmitter);

Worker.prototype.kill = function kill(...args) {
  return this.destroy(...args);
};

Worker.prototype.send = function send(...args) {
  return this.process.send(...args);
};

Worker.prototype.isDead = function isDead() {
  return this.process.exitCode != null || this.process.signalCode != null;
};

Worker.prototype.isConnected = function isConnected() {
  return this.process.connected;
};

// Requests that want an answer wait here by sequence number.
const replies = new Map();
let seq = 0;

function sendInternal(proc, message, handle, onReply) {
  if (!proc.connected) return false;
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof onReply === 'function') replies.set(seq, onReply);
  seq++;
  return proc.send(message, handle);
}

// onInternal makes an 'internalMessage' listener: replies go to whoever
// waits for them, the rest to handler, with the worker as `this`.
function onInternal(worker, handler) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let fn = handler;
    if (message.ack !== undefined && replies.has(message.ack)) {
      fn = replies.get(message.ack);
      replies.delete(message.ack);
    }
    fn.call(worker, message, handle);
  };
}

const isWorker = Object.prototype.hasOwnProperty.call(process.env, 'NODE_UNIQUE_ID');
const cluster = new EventEmitter();
cluster.isWorker = isWorker;
cluster.isMaster = !isWorker;
cluster.isPrimary = !isWorker;
cluster.Worker = Worker;

if (isWorker) setupWorkerHalf();
else setupPrimaryHalf();

module.exports = cluster;

// ---- the primary ----

function setupPrimaryHalf() {
  const net = require('net');
  const assert = require('assert');

  cluster.workers = {};
  cluster.settings = {};
  cluster.SCHED_NONE = SCHED_NONE;
  cluster.SCHED_RR = SCHED_RR;
  const env = process.env.NODE_CLUSTER_SCHED_POLICY;
  cluster.schedulingPolicy = env === 'none' ? SCHED_NONE : SCHED_RR;
  if (env === 'rr') cluster.schedulingPolicy = SCHED_RR;

  const handles = new Map(); // key → SharedHandle | RoundRobinHandle
  let initialized = false;
  let policy;
  let ids = 0;
  const intercom = new EventEmitter();

  cluster.setupPrimary = function setupPrimary(options) {
    const settings = {
      args: process.argv.slice(2),
      exec: process.argv[1],
      execArgv: process.execArgv,
      silent: false,
      ...cluster.settings,
      ...options,
    };
    cluster.settings = settings;
    if (initialized) {
      process.nextTick(() => cluster.emit('setup', settings));
      return;
    }
    initialized = true;
    policy = cluster.schedulingPolicy; // fixed from now on
    assert(policy === SCHED_NONE || policy === SCHED_RR, `Bad cluster.schedulingPolicy: ${policy}`);
    process.nextTick(() => cluster.emit('setup', settings));
  };
  cluster.setupMaster = cluster.setupPrimary;

  function removeWorker(worker) {
    assert(worker);
    delete cluster.workers[worker.id];
    if (Object.keys(cluster.workers).length === 0) {
      assert(handles.size === 0, 'Resource leak detected.');
      intercom.emit('disconnect');
    }
  }

  function removeHandlesForWorker(worker) {
    for (const [key, handle] of handles) {
      if (handle.remove(worker)) handles.delete(key);
    }
  }

  cluster.fork = function fork(env) {
    cluster.setupPrimary();
    const id = ++ids;
    const settings = cluster.settings;
    const proc = require('child_process').fork(settings.exec, settings.args, {
      cwd: settings.cwd,
      env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
      serialization: settings.serialization,
      silent: settings.silent,
      windowsHide: settings.windowsHide,
      execArgv: [...settings.execArgv],
      stdio: settings.stdio,
      gid: settings.gid,
      uid: settings.uid,
    });
    const worker = new Worker({ id, process: proc });
    worker.on('message', function onMessage(message, handle) {
      cluster.emit('message', this, message, handle);
    });
    proc.once('exit', (exitCode, signalCode) => {
      // A worker that exits while connected is removed when the channel
      // closes (below).
      if (!worker.isConnected()) {
        removeHandlesForWorker(worker);
        removeWorker(worker);
      }
      worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
      worker.state = 'dead';
      worker.emit('exit', exitCode, signalCode);
      cluster.emit('exit', worker, exitCode, signalCode);
    });
    proc.once('disconnect', () => {
      removeHandlesForWorker(worker);
      if (worker.isDead()) removeWorker(worker);
      worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
      worker.state = 'disconnected';
      worker.emit('disconnect');
      cluster.emit('disconnect', worker);
    });
    proc.on('internalMessage', onInternal(worker, onWorkerMessage));
    process.nextTick(() => cluster.emit('fork', worker));
    cluster.workers[worker.id] = worker;
    return worker;
  };

  cluster.disconnect = function disconnect(cb) {
    const workers = Object.values(cluster.workers);
    if (workers.length === 0) {
      process.nextTick(() => intercom.emit('disconnect'));
    } else {
      for (const worker of workers) {
        if (worker.isConnected()) worker.disconnect();
      }
    }
    if (typeof cb === 'function') intercom.once('disconnect', cb);
  };

  function onWorkerMessage(message, handle) {
    const worker = this;
    switch (message.act) {
      case 'online':
        worker.state = 'online';
        worker.emit('online');
        cluster.emit('online', worker);
        break;
      case 'queryServer':
        queryServer(worker, message);
        break;
      case 'listening': {
        const info = {
          addressType: message.addressType,
          address: message.address,
          port: message.port,
          fd: message.fd,
        };
        worker.state = 'listening';
        worker.emit('listening', info);
        cluster.emit('listening', worker, info);
        break;
      }
      case 'exitedAfterDisconnect':
        worker.exitedAfterDisconnect = true;
        sendInternal(worker.process, { ack: message.seq });
        break;
      case 'close': {
        const h = handles.get(message.key);
        if (h && h.remove(worker)) handles.delete(message.key);
        break;
      }
    }
  }

  function queryServer(worker, message) {
    if (worker.exitedAfterDisconnect) return;
    const key = `${message.address}:${message.port}:${message.addressType}:${message.fd}:${message.index}`;
    let handle = handles.get(key);
    if (handle === undefined) {
      let address = message.address;
      // Unix socket paths are short: take the relative form if shorter.
      if (message.port < 0 && typeof address === 'string') {
        const rel = path.relative(process.cwd(), address);
        if (rel.length < address.length) address = rel;
      }
      const udp = message.addressType === 'udp4' || message.addressType === 'udp6';
      const Ctor = policy === SCHED_RR && !udp ? RoundRobinHandle : SharedHandle;
      handle = new Ctor(key, address, message);
      handles.set(key, handle);
    }
    if (!handle.data) handle.data = message.data;
    handle.add(worker, (errno, reply, rawHandle) => {
      const { data } = handles.get(key);
      if (errno) handles.delete(key); // others may try again
      sendInternal(worker.process, { errno, key, ack: message.seq, data, ...reply }, rawHandle);
    });
  }

  // SharedHandle: one bound socket every worker listens on.
  class SharedHandle {
    constructor(key, address, { port, addressType, fd, flags }) {
      this.key = key;
      this.workers = new Map();
      this.handle = null;
      this.errno = 0;
      const rval = addressType === 'udp4' || addressType === 'udp6' ?
        require('dgram')._createSocketHandle(address, port, addressType, fd, flags) :
        net._createServerHandle(address, port, addressType, fd, flags);
      if (typeof rval === 'number') this.errno = rval;
      else this.handle = rval;
    }

    add(worker, send) {
      assert(!this.workers.has(worker.id));
      this.workers.set(worker.id, worker);
      send(this.errno, null, this.handle);
    }

    remove(worker) {
      if (!this.workers.has(worker.id)) return false;
      this.workers.delete(worker.id);
      if (this.workers.size !== 0) return false;
      if (this.handle) this.handle.close();
      this.handle = null;
      return true;
    }
  }

  // RoundRobinHandle: the primary accepts and deals connections out to
  // the workers that listen, one at a time each, in turn.
  class RoundRobinHandle {
    constructor(key, address, { port, fd, flags, backlog, readableAll, writableAll }) {
      this.key = key;
      this.all = new Map(); // workers listening
      this.free = new Map(); // workers waiting for a connection
      this.pending = []; // accepted connections nobody took yet
      this.handle = null;
      this.server = net.createServer(() => assert.fail('connection on a round-robin server'));
      if (fd >= 0) {
        this.server.listen({ fd, backlog });
      } else if (port >= 0) {
        this.server.listen({ port, host: address, ipv6Only: Boolean(flags & 1), backlog });
      } else {
        this.server.listen({ path: address, backlog, readableAll, writableAll });
      }
      this.server.once('listening', () => {
        this.handle = this.server._handle;
        this.handle.onconnection = (err, conn) => this.distribute(err, conn);
        this.server._handle = null;
        this.server = null;
      });
    }

    add(worker, send) {
      assert(!this.all.has(worker.id));
      this.all.set(worker.id, worker);
      const done = () => {
        if (this.handle.getsockname && !(this.handle instanceof internalBinding('tcp_wrap').Pipe)) {
          const out = {};
          this.handle.getsockname(out);
          send(null, { sockname: out }, null);
        } else {
          send(null, null, null); // a Unix socket
        }
        this.handoff(worker); // connections may be waiting
      };
      if (this.server === null) {
        done();
        return;
      }
      this.server.once('listening', done);
      this.server.once('error', (err) => send(err.errno, null));
    }

    remove(worker) {
      if (!this.all.delete(worker.id)) return false;
      this.free.delete(worker.id);
      if (this.all.size !== 0) return false;
      for (const conn of this.pending.splice(0)) conn.close();
      if (this.handle) this.handle.close();
      this.handle = null;
      return true;
    }

    distribute(err, conn) {
      if (err) return; // a failed accept: nothing to hand out
      this.pending.push(conn);
      const next = this.free.entries().next();
      if (!next.done) {
        const [id, worker] = next.value;
        this.free.delete(id);
        this.handoff(worker);
      }
    }

    handoff(worker) {
      if (!this.all.has(worker.id)) return; // closing its server
      const conn = this.pending.shift();
      if (conn === undefined) {
        this.free.set(worker.id, worker);
        return;
      }
      sendInternal(worker.process, { act: 'newconn', key: this.key }, conn, (reply) => {
        if (reply.accepted) conn.close();
        else this.distribute(0, conn); // the worker is shutting down: someone else
        this.handoff(worker);
      });
    }
  }

  Worker.prototype.disconnect = function disconnect() {
    this.exitedAfterDisconnect = true;
    sendInternal(this.process, { act: 'disconnect' });
    removeHandlesForWorker(this);
    removeWorker(this);
    return this;
  };

  Worker.prototype.destroy = function destroy(signo) {
    const proc = this.process;
    const signal = signo || 'SIGTERM';
    if (this.isConnected()) {
      this.once('disconnect', () => proc.kill(signal));
      this.disconnect();
      return;
    }
    proc.kill(signal);
  };
}

// ---- a worker ----

function setupWorkerHalf() {
  const assert = require('assert');
  const handles = new Map(); // key → the handle the primary's reply made
  const indexes = new Map(); // address:port:type:fd → {next, live}

  cluster.worker = null;

  cluster._setupWorker = function _setupWorker() {
    const worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process, state: 'online' });
    cluster.worker = worker;
    require('internal/net').cluster.worker = cluster;
    process.once('disconnect', () => {
      worker.emit('disconnect');
      // The primary went away (or dropped us) without asking: leave.
      if (!worker.exitedAfterDisconnect) process.exit(0);
    });
    process.on('internalMessage', onInternal(worker, (message, handle) => {
      if (message.act === 'newconn') onConnection(message, handle);
      else if (message.act === 'disconnect') disconnectWorker.call(worker, true);
    }));
    sendInternal(process, { act: 'online' });
  };

  function send(message, onReply) {
    return sendInternal(process, message, null, onReply);
  }

  function removeIndex(indexesKey, index) {
    const set = indexes.get(indexesKey);
    if (set === undefined) return;
    set.live.delete(index);
    if (set.live.size === 0) indexes.delete(indexesKey);
  }

  // _getServer(obj, options, cb): net's and dgram's listen in a worker.
  cluster._getServer = function _getServer(obj, options, cb) {
    let address = options.address;
    if (options.port < 0 && typeof address === 'string') address = path.resolve(address);
    const indexesKey = [address, options.port, options.addressType, options.fd].join(':');
    let set = indexes.get(indexesKey);
    if (set === undefined) {
      set = { next: 0, live: new Set() };
      indexes.set(indexesKey, set);
    }
    const index = set.next++;
    set.live.add(index);
    const message = { act: 'queryServer', index, data: null, ...options, address };
    if (obj._getServerData) message.data = obj._getServerData();
    send(message, (reply, handle) => {
      if (typeof obj._setServerData === 'function') obj._setServerData(reply.data);
      if (handle) shared(reply, handle, indexesKey, index, cb);
      else roundRobin(reply, indexesKey, index, cb);
    });
    obj.once('listening', () => {
      if (!indexes.has(indexesKey)) return; // closed already
      cluster.worker.state = 'listening';
      const addr = obj.address();
      message.act = 'listening';
      message.port = (addr && addr.port) || options.port;
      send(message);
    });
  };

  // A socket shared by the primary: ours to listen on; closing it tells
  // the primary.
  function shared(message, handle, indexesKey, index, cb) {
    const key = message.key;
    const close = handle.close;
    handle.close = function closeShared(...args) {
      send({ act: 'close', key });
      handles.delete(key);
      removeIndex(indexesKey, index);
      return close.apply(handle, args);
    };
    assert(!handles.has(key));
    handles.set(key, handle);
    cb(message.errno, handle);
  }

  // Round-robin: the server's handle is a stand-in; connections come as
  // newconn messages. It keeps the loop alive as a listening handle would.
  function roundRobin(message, indexesKey, index, cb) {
    if (message.errno) {
      cb(message.errno, null);
      return;
    }
    let key = message.key;
    let keepAlive = null;
    const handle = {
      close() {
        // net treats close as immediate; a connection that crosses it is
        // sent back (onConnection).
        if (key === undefined) return;
        handle.unref();
        send({ act: 'close', key });
        handles.delete(key);
        removeIndex(indexesKey, index);
        key = undefined;
      },
      listen() { return 0; },
      ref() {
        if (keepAlive === null) keepAlive = setInterval(() => {}, 2 ** 31 - 1);
      },
      unref() {
        if (keepAlive !== null) {
          clearInterval(keepAlive);
          keepAlive = null;
        }
      },
    };
    handle.ref();
    if (message.sockname) {
      handle.getsockname = (out) => {
        if (key) Object.assign(out, message.sockname);
        return 0;
      };
    }
    assert(!handles.has(key));
    handles.set(key, handle);
    cb(0, handle);
  }

  function onConnection(message, conn) {
    const server = handles.get(message.key);
    let accepted = server !== undefined;
    // A server at its maxConnections declines: the primary offers the
    // connection to another worker.
    const owner = accepted ? server.owner : undefined;
    if (owner && owner.maxConnections != null && owner._connections >= owner.maxConnections) accepted = false;
    send({ ack: message.seq, accepted });
    if (accepted) server.onconnection(0, conn);
    else if (conn) conn.close();
  }

  // disconnectWorker closes every server, then the channel (telling the
  // primary first when the worker asked for it).
  function disconnectWorker(primaryInitiated) {
    this.exitedAfterDisconnect = true;
    let waiting = 1;
    const check = () => {
      if (--waiting !== 0) return;
      if (primaryInitiated) process.disconnect();
      else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    };
    for (const handle of handles.values()) {
      waiting++;
      if (handle.owner) handle.owner.close(check);
      else handle.close(check);
    }
    handles.clear();
    check();
  }

  Worker.prototype.disconnect = function disconnect() {
    if (this.state !== 'disconnecting' && this.state !== 'destroying') {
      this.state = 'disconnecting';
      disconnectWorker.call(this);
    }
    return this;
  };

  Worker.prototype.destroy = function destroy() {
    if (this.state === 'destroying') return;
    this.exitedAfterDisconnect = true;
    if (!this.isConnected()) {
      process.exit(0);
    } else {
      this.state = 'destroying';
      send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
      process.once('disconnect', () => process.exit(0));
    }
  };
}
