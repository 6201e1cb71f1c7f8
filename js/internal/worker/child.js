'use strict';
// The worker side of worker_threads' error path: an uncaught exception in a
// worker is not printed there, it is serialized (as postMessage would) and
// handed to Go, which raises it as the parent's Worker 'error' event. An
// error goes as node's error_serdes sends it: its nearest builtin error
// class and every own data property with its attributes (code, errno, ...),
// which a structured clone would drop; deserializeError rebuilds it.

const { toParts } = require('internal/worker/io');

const errorClasses = new Map([Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]
  .map((c) => [c.prototype, c.name]));
const kSerializedError = 'gojanet:serialized-error';

function serializeError(err) {
  if (err === null || typeof err !== 'object') return err;
  let name;
  for (let p = Object.getPrototypeOf(err); p !== null && name === undefined; p = Object.getPrototypeOf(p)) {
    name = errorClasses.get(p);
  }
  if (name === undefined) return err;
  const properties = {};
  // Indexed: the script that threw may have replaced the array iterator.
  const keys = Object.getOwnPropertyNames(err);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let d;
    try {
      d = Object.getOwnPropertyDescriptor(err, key);
    } catch {
      continue; // a `stack` whose Error.prepareStackTrace throws is left out, as in node
    }
    if ('value' in d) properties[key] = d;
  }
  return { [kSerializedError]: name, properties };
}

function deserializeError(v) {
  if (v === null || typeof v !== 'object' || typeof v[kSerializedError] !== 'string') return v;
  const C = globalThis[v[kSerializedError]];
  return Object.create(C.prototype, v.properties);
}

function reportError(err) {
  let parts;
  try {
    parts = toParts(serializeError(err));
  } catch {
    const { codes } = require('internal/errors');
    parts = toParts(new codes.ERR_WORKER_UNSERIALIZABLE_ERROR());
  }
  internalBinding('worker').reportError(parts[0], parts[1], parts[2], parts[3]);
}

// What a worker's process cannot do, as node: process-wide state (title,
// umask, the cwd, ids) belongs to the main thread.
function setupProcess(process) {
  const { codes } = require('internal/errors');
  const unsupported = (name) => {
    const fn = { unavailableInWorker() { throw new codes.ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}()`); } }.unavailableInWorker;
    fn.disabled = true;
    return fn;
  };
  for (const name of ['abort', 'chdir', 'setuid', 'seteuid', 'setgid', 'setegid', 'setgroups', 'initgroups']) {
    Object.defineProperty(process, name, { value: unsupported(name), writable: true, enumerable: true, configurable: true });
  }
  // A worker has no IPC channel, even in a process that has one: no send,
  // disconnect, channel or connected (AVA reads process.channel?.unref() in
  // its workers). Where the worker's environment names one
  // (NODE_CHANNEL_FD), node puts stubs there that throw.
  for (const name of ['send', 'disconnect', 'channel', 'connected']) delete process[name];
  if (process.env.NODE_CHANNEL_FD) {
    for (const name of ['send', 'disconnect']) {
      Object.defineProperty(process, name, { value: unsupported(name), writable: true, enumerable: true, configurable: true });
    }
    for (const name of ['channel', 'connected']) {
      Object.defineProperty(process, name, {
        get() { throw new codes.ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}`); },
        set: undefined, enumerable: false, configurable: false,
      });
    }
  }
  // trackUnmanagedFds: fs.open()'s descriptors are closed when the worker
  // ends, with node's warnings for one opened twice or closed unopened
  if (internalBinding('worker').trackUnmanagedFds()) internalBinding('fs').trackUnmanagedFds();
  // process.cwd() keeps the directory until the main thread's chdir bumps
  // the counter the runtimes share (node's design: one Atomics.load a call).
  const rawCwd = process.cwd;
  const counter = new Int32Array(require('internal/shared_memory').adopt(internalBinding('worker').cwdCounter()));
  let cachedCwd = '';
  let lastCounter = -1;
  process.cwd = function wrappedCwd() {
    const current = Atomics.load(counter, 0);
    if (current === lastCounter) return cachedCwd;
    lastCounter = current;
    cachedCwd = rawCwd.call(process);
    return cachedCwd;
  };
  const title = process.title;
  Object.defineProperty(process, 'title', { get() { return title; }, set() {}, enumerable: true, configurable: true });
  const debugPort = process.debugPort;
  Object.defineProperty(process, 'debugPort', { get() { return debugPort; }, set() {}, enumerable: true, configurable: true });
  const umask = process.umask;
  process.umask = function (mask) {
    if (mask !== undefined) throw new codes.ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    return umask.call(process);
  };
}

module.exports = { reportError, setupProcess, serializeError, deserializeError };
