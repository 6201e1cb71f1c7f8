'use strict';
// Runs first in every runtime. Go calls this wrapper with (hooks, host):
// hooks receives the entry points the Go loop drives; host is the Go side.
/* global globalThis */

const hooks = exports;
const host = arguments[1];

// --- builtin module loader ---------------------------------------------
const builtinCache = Object.create(null);
const bindingCache = Object.create(null);

function internalBinding(name) {
  if (name === 'host') return host;
  let b = bindingCache[name];
  if (b === undefined) b = bindingCache[name] = host.binding(name);
  return b;
}

function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  const cached = builtinCache[id];
  if (cached !== undefined) return cached.exports;
  const mod = { exports: {}, id, loaded: false };
  builtinCache[id] = mod;
  const fn = host.compileBuiltin(id);
  try {
    fn.call(mod.exports, mod.exports, requireBuiltin, mod, 'node:' + id, '', internalBinding);
  } catch (e) {
    delete builtinCache[id];
    throw e;
  }
  mod.loaded = true;
  return mod.exports;
}

// --- nextTick ------------------------------------------------------------
const timers = requireBuiltin('internal/timers');
const shared = timers.shared;
const TICK = timers.TICK;

// Pairs of (callback, args-or-undefined); tickHead indexes the next pair.
let tickQueue = [];
let tickHead = 0;
let exiting = false;

function nextTick(callback) {
  if (typeof callback !== 'function') {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (exiting) return;
  let args;
  const n = arguments.length;
  if (n > 1) {
    args = new Array(n - 1);
    for (let i = 1; i < n; i++) args[i - 1] = arguments[i];
  }
  tickQueue.push(callback, args);
  shared[TICK] = 1;
}

// Runs queued ticks; goja runs microtasks when the outermost call returns,
// and the Go loop calls again if those queued more ticks.
function runTicks() {
  while (tickHead < tickQueue.length) {
    const cb = tickQueue[tickHead];
    const args = tickQueue[tickHead + 1];
    tickQueue[tickHead] = tickQueue[tickHead + 1] = undefined;
    tickHead += 2;
    if (args === undefined) cb();
    else cb.apply(undefined, args);
  }
  tickQueue.length = 0;
  tickHead = 0;
  shared[TICK] = 0;
}

// The loop enters JS through here so ticks drain before microtasks.
function enter(fn, self, a, b, c, d, e) {
  const r = fn.call(self, a, b, c, d, e);
  if (shared[TICK] !== 0) runTicks();
  return r;
}

function withTicks(fn) {
  return function () {
    const r = fn.apply(this, arguments);
    if (shared[TICK] !== 0) runTicks();
    return r;
  };
}

// --- process ---------------------------------------------------------------
const EventEmitter = requireBuiltin('events');
const process = new EventEmitter();
globalThis.process = process;

process.title = 'gojanet';
process.version = host.version;
process.versions = {
  node: host.version.slice(1),
  gojanet: host.gojanetVersion,
  v8: '0.0.0-goja',
  uv: '0.0.0-gojanet',
  modules: '115',
};
process.arch = host.arch;
process.platform = host.platform;
process.release = { name: 'node' };
process.argv = host.argv;
process.argv0 = 'gojanet';
process.execArgv = [];
process.execPath = host.execPath;
process.env = host.env;
process.pid = host.pid;
process.ppid = host.ppid;
process.exitCode = undefined;
process.config = { variables: {} };
process.features = {};
process.cwd = function cwd() { return host.cwd(); };
process.chdir = function chdir(dir) { host.chdir(dir); };
process.umask = function umask() { return 0o22; };
process.uptime = function uptime() { return host.uptime(); };
process.memoryUsage = function memoryUsage() { return host.memoryUsage(); };
process.memoryUsage.rss = function rss() { return host.memoryUsage().rss; };
process.cpuUsage = function cpuUsage() { return { user: 0, system: 0 }; };
process.resourceUsage = function resourceUsage() { return {}; };
process.nextTick = nextTick;
process.emitWarning = emitWarning;
process.binding = function binding(name) { return internalBinding(name); };
process.abort = function abort() { host.reallyExit(134); };
process.kill = function kill(pid, sig) {
  if (pid === process.pid) process.emit(sig || 'SIGTERM', sig || 'SIGTERM');
  return true;
};

function hrtime(prev) {
  const t = host.hrtime();
  if (prev !== undefined) {
    let s = t[0] - prev[0];
    let ns = t[1] - prev[1];
    if (ns < 0) { s--; ns += 1e9; }
    return [s, ns];
  }
  return t;
}
hrtime.bigint = function bigint() {
  const t = host.hrtime();
  return BigInt(t[0]) * 1000000000n + BigInt(t[1]);
};
process.hrtime = hrtime;

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!exiting) {
    exiting = true;
    process._exiting = true;
    process.emit('exit', exitCodeNumber());
  }
  host.reallyExit(exitCodeNumber());
};
process.reallyExit = function reallyExit(code) { host.reallyExit(code | 0); };
process._exiting = false;

function exitCodeNumber() {
  const c = process.exitCode;
  if (c === undefined || c === null) return 0;
  return c | 0;
}

// Signals: the first listener starts watching, as node does; with no
// listener the default action (exit) applies.
const signalNames = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGUSR1', 'SIGUSR2', 'SIGQUIT', 'SIGWINCH', 'SIGPIPE'];
function emitSignal(name) { process.emit(name, name); }
process.on('newListener', (event) => {
  if (signalNames.includes(event) && process.listenerCount(event) === 0) host.watchSignal(event, emitSignal);
});
process.on('removeListener', (event) => {
  if (signalNames.includes(event) && process.listenerCount(event) === 0) host.unwatchSignal(event);
});

// Warnings print to stderr unless someone listens (as node's default handler does).
const warned = new Set();
function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor; code = type.code; detail = type.detail; type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type; code = undefined; type = 'Warning';
  }
  if (type === undefined) type = 'Warning';
  if (typeof code === 'function') { ctor = code; code = undefined; }
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    warning = w;
  }
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  process.nextTick(() => {
    process.emit('warning', warning);
  });
}
process.on('warning', (w) => {
  if (process.listenerCount('warning') > 1) return;
  const code = w.code ? `[${w.code}] ` : '';
  let msg = `(gojanet:${process.pid}) ${code}${w.name}: ${w.message}\n`;
  if (w.detail) msg += w.detail + '\n';
  const first = !warned.has('trace');
  if (first) {
    warned.add('trace');
    msg += '(Use `gojanet --trace-warnings ...` to show where the warning was created)\n';
  }
  host.write(2, msg);
});

// --- globals -----------------------------------------------------------------
function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}
defineGlobal('global', globalThis);
defineGlobal('setTimeout', timers.setTimeout);
defineGlobal('setInterval', timers.setInterval);
defineGlobal('clearTimeout', timers.clearTimeout);
defineGlobal('clearInterval', timers.clearInterval);
defineGlobal('setImmediate', timers.setImmediate);
defineGlobal('clearImmediate', timers.clearImmediate);
defineGlobal('queueMicrotask', function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (e) {
      fatalException(e, 'uncaughtException');
    }
  });
});

function lazyGlobal(name, load) {
  Object.defineProperty(globalThis, name, {
    get() {
      const v = load();
      defineGlobal(name, v);
      return v;
    },
    set(v) { defineGlobal(name, v); },
    configurable: true,
    enumerable: false,
  });
}
lazyGlobal('console', () => requireBuiltin('console'));
for (const name of ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal']) {
  lazyGlobal(name, () => requireBuiltin('internal/event_target')[name]);
}
if (typeof globalThis.TextEncoder === 'undefined') {
  lazyGlobal('TextEncoder', () => requireBuiltin('util').TextEncoder);
  lazyGlobal('TextDecoder', () => requireBuiltin('util').TextDecoder);
}
if (typeof globalThis.structuredClone === 'undefined') {
  defineGlobal('structuredClone', function structuredClone(v) {
    return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
  });
}

// process.stdout/stderr/stdin come from the stream module once it exists.
function lazyProcess(name, load) {
  Object.defineProperty(process, name, {
    get() {
      const v = load();
      Object.defineProperty(process, name, { value: v, writable: true, configurable: true, enumerable: true });
      return v;
    },
    configurable: true,
    enumerable: true,
  });
}
lazyProcess('stdout', () => requireBuiltin('internal/stdio').stdout);
lazyProcess('stderr', () => requireBuiltin('internal/stdio').stderr);
lazyProcess('stdin', () => requireBuiltin('internal/stdio').stdin);

// --- failure paths -------------------------------------------------------------
function writeErrorReport(err) {
  let text;
  try {
    if (err instanceof Error || (err && typeof err.stack === 'string')) {
      text = requireBuiltin('util').inspect(err);
    } else {
      text = 'Uncaught ' + requireBuiltin('util').inspect(err);
    }
  } catch (e) {
    text = String(err && err.stack || err);
  }
  host.write(2, text + '\n\ngojanet ' + host.gojanetVersion + ' (node ' + host.version + ')\n');
}

let inFatal = false;
function fatalException(err, origin) {
  if (origin === undefined) origin = 'uncaughtException';
  if (!inFatal && process.listenerCount('uncaughtException') > 0) {
    inFatal = true;
    try {
      process.emit('uncaughtExceptionMonitor', err, origin);
      process.emit('uncaughtException', err, origin);
    } finally {
      inFatal = false;
    }
    return;
  }
  process.emit('uncaughtExceptionMonitor', err, origin);
  writeErrorReport(err);
  process.exitCode = 1;
  if (!exiting) {
    exiting = true;
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch (e) {
      // An 'exit' listener threw while dying: node still exits.
    }
  }
  host.reallyExit(inFatal ? 7 : 1);
}

// Rejections reported as unhandled, by promise: a later handler makes
// them 'rejectionHandled' (node keeps the same WeakMap).
const reportedRejections = new WeakMap();
let lastRejectionId = 0;

function isErrorLike(o) {
  return typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, 'stack');
}

function processRejection(promise, reason, handledLater) {
  if (handledLater) {
    const uid = reportedRejections.get(promise);
    if (uid === undefined) return;
    reportedRejections.delete(promise);
    if (!process.emit('rejectionHandled', promise)) {
      const w = new Error(`Promise rejection was handled asynchronously (rejection id: ${uid})`);
      w.name = 'PromiseRejectionHandledWarning';
      w.id = uid;
      process.emitWarning(w);
    }
    return;
  }
  reportedRejections.set(promise, ++lastRejectionId);
  if (process.emit('unhandledRejection', reason, promise)) return;
  let err = reason;
  if (!isErrorLike(reason)) {
    let shown;
    try { shown = requireBuiltin('util').inspect(reason); } catch (e) { shown = String(reason); }
    err = new Error('This error originated either by throwing inside of an async function ' +
      'without a catch block, or by rejecting a promise which was not handled with .catch().' +
      ` The promise rejected with the reason "${shown}".`);
    err.name = 'UnhandledPromiseRejection';
    err.code = 'ERR_UNHANDLED_REJECTION';
  }
  fatalException(err, 'unhandledRejection');
}

function emitBeforeExit() {
  if (exiting) return;
  process.emit('beforeExit', exitCodeNumber());
}

function emitExit() {
  if (!exiting) {
    exiting = true;
    process._exiting = true;
    process.emit('exit', exitCodeNumber());
  }
  host.reallyExit(exitCodeNumber());
}

// --- CommonJS loader -----------------------------------------------------------
const Module = requireBuiltin('internal/modules').init(host, requireBuiltin);

function runMain(filename) {
  Module.runMain(filename);
}

function runScript(name, source) {
  Module.runScript(name, source);
}

function shutdown() {
  requireBuiltin('internal/shutdown').shutdown();
}

Object.assign(hooks, {
  enter,
  runTicks,
  runTimers: function () { return timers.runTimers(runTicks); },
  runImmediates: function () { return timers.runImmediates(runTicks); },
  runMain: withTicks(runMain),
  runScript: withTicks(runScript),
  fatalException: withTicks(fatalException),
  processRejection: withTicks(processRejection),
  emitBeforeExit: withTicks(emitBeforeExit),
  emitExit,
  shutdown: withTicks(shutdown),
});
