'use strict';
// Runs first in every runtime. Go calls this wrapper with (hooks, host):
// hooks receives the entry points the Go loop drives; host is the Go side.
/* global globalThis */

const hooks = exports;
const host = arguments[1];

// goja lacks Symbol.asyncIterator. esbuild's lowered for-await and async
// generators (and builtins' fallbacks) use Symbol.for('Symbol.asyncIterator'):
// make that the well-known symbol so user code and lowered code agree.
if (typeof Symbol.asyncIterator !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncIterator', {
    value: Symbol.for('Symbol.asyncIterator'), writable: false, enumerable: false, configurable: false,
  });
}

// node 20 defines Symbol.dispose and Symbol.asyncDispose (explicit resource
// management) for timers, servers and event listeners; goja lacks them.
for (const [name, desc] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, {
      value: Symbol(desc), writable: false, enumerable: false, configurable: false,
    });
  }
}

// process exists before any builtin loads, since each gets it as a wrapper
// parameter (its prototype becomes an EventEmitter's once events loads).
const processProto = {};
process = Object.create(processProto); // the wrapper's own parameter

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
    fn.call(mod.exports, mod.exports, requireBuiltin, mod, 'node:' + id, '', internalBinding, process);
  } catch (e) {
    delete builtinCache[id];
    throw e;
  }
  mod.loaded = true;
  return mod.exports;
}

requireBuiltin('internal/error_stack').install(); // Error.captureStackTrace & co.
requireBuiltin('internal/annex_b').install(); // Object.prototype.__defineGetter__ & co.
requireBuiltin('internal/regexp_install').install(); // named capture groups (goja misnumbers them): internal/regexp_named
requireBuiltin('internal/async_generator').install(host); // intrinsics reached through a lowered async function*
requireBuiltin('internal/es_builtins').install(); // String.prototype.isWellFormed/toWellFormed
// (loaded before any script runs: its primordials are start-up's intrinsics)
requireBuiltin('internal/builtin_internals');
// Buffer loads when first read (or when a builtin requires buffer), not at
// start-up: buffer and internal/buffer are ≈ 47 KB of source. Until then it
// is an accessor, as node's is for good; the first read or assignment makes
// it a plain data property, because goja would call a getter on every
// `Buffer` a builtin's per-chunk path reads. Go's Loop.NewBuffer loads it
// through hooks.loadBuffer when Go hands bytes to JS first.
// As a data property it still describes itself as node's accessor, with the
// same get and set (host.describeAsAccessor).
let bufferDefined = false;
function defineBuffer(value) {
  bufferDefined = true;
  Object.defineProperty(globalThis, 'Buffer', { value, writable: true, configurable: true, enumerable: false });
  // (a script's defineProperty ends the view; this one is the accessor's own)
  host.describeAsAccessor(globalThis, 'Buffer', bufferAccessor.get, bufferAccessor.set);
}
// (the view's get and set: the data property while it lasts, then a value
// of their own once a script's definition or delete ended it, as node's
// accessor keeps its variable. Before the first read or assignment they
// define the global only while it is still this accessor, configurable: a
// script that deleted, redefined or froze it first keeps its choice, and get
// and set keep their variable, bufferOwn, from the start.)
const getOwnDescriptor = Object.getOwnPropertyDescriptor;
let bufferOwn, bufferOwnSet = false;
function bufferStillAccessor() {
  const d = getOwnDescriptor(globalThis, 'Buffer');
  return d !== undefined && d.configurable && d.get === bufferAccessor.get && d.set === bufferAccessor.set;
}
const bufferAccessor = {
  get() {
    if (!bufferDefined) {
      if (bufferStillAccessor()) {
        defineBuffer(requireBuiltin('buffer').Buffer);
      } else {
        if (!bufferOwnSet) {
          bufferOwn = requireBuiltin('buffer').Buffer;
          bufferOwnSet = true;
        }
        return bufferOwn;
      }
    }
    return host.viewGet(globalThis, 'Buffer');
  },
  set(value) {
    if (bufferDefined) {
      host.viewSet(globalThis, 'Buffer', value);
    } else if (bufferStillAccessor()) {
      defineBuffer(value);
    } else {
      bufferOwn = value;
      bufferOwnSet = true;
    }
  },
};
Object.defineProperty(globalThis, 'Buffer', {
  get: bufferAccessor.get, set: bufferAccessor.set, configurable: true, enumerable: false,
});
host.describeAsAccessor(globalThis, 'Buffer', bufferAccessor.get, bufferAccessor.set);

// --- nextTick ------------------------------------------------------------
const timers = requireBuiltin('internal/timers');
// AsyncLocalStorage contexts follow process.nextTick (see internal/async_context).
const asyncContext = requireBuiltin('internal/async_context');
const asyncState = asyncContext.state;
// An async hook that throws: exit 1 after printing, as node's, the error's
// stack, or `Error: <value>` and where for a value that has none.
asyncContext.setFatal((err) => {
  host.uncaught(err);
  let text;
  try {
    if (err !== null && typeof err === 'object' && typeof err.stack === 'string') text = v8Frames(err.stack);
  } catch {
    // a throwing getter: as a value
  }
  if (text === undefined) {
    let s;
    try {
      s = String(err);
    } catch {
      s = Object.prototype.toString.call(err);
    }
    const where = new Error().stack;
    text = `Error: ${s}${v8Frames(where.slice(where.indexOf('\n')))}`;
  }
  host.write(2, `${text}\n`);
  host.reallyExit(1);
});
// What a v8.promiseHooks hook throws is uncaught, as node's.
requireBuiltin('internal/promise_hooks').setUncaught((err) => fatalException(err, 'uncaughtException'));
const shared = timers.shared;
const TICK = timers.TICK;

// A tick is (callback, mode, ...): mode 0, 1, 2 or 3 is that many
// arguments following it, otherwise mode is the arguments' array; tickHead
// indexes the next. A tick of up to three arguments is a plain call, where
// apply() is a native function goja allocates for, and takes 2 + its
// arguments' slots (a hello-world http request runs ten ticks, mostly of one
// or two arguments).
const tickQueue = [];
let tickHead = 0;
let exiting = false;
// held: one tick kept out of the queue while it would be the queue's first,
// cb(a, b) with a not undefined: net's whole write of a response (cb, set
// once by net) while http handles the read that brought its request
// (socket: that read's, set by js/_http_server.js consumeSocketChunk around
// the request's handler), which runs it at the read's end itself when
// nothing was queued after it (no push, no emptying of the queue). It is the
// queue's head: ticks queued meanwhile go behind it, and where that read
// does not run it, it puts it in its place (unhold) before it returns, so
// no tick is held past it (runTicks never finds one).
// (thrown: http's, for an exception that left that read: fatalException
// calls it first, before any handler's code, with that socket)
const held = { cb: null, a: undefined, b: undefined, socket: null, thrown: null };
function unhold() {
  tickQueue.splice(tickHead, 0, held.cb, 2, held.a, held.b);
  held.a = undefined;
  held.b = undefined;
}

// A rest parameter, not `arguments`: goja builds an arguments object on
// every call that reads it, which doubled the cost of this hot function.
function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (exiting) return;
  if (asyncState.active !== 0) {
    // A TickObject resource (callback, args) the tick runs in.
    tickQueue.push(runTickObject, 1, asyncContext.init('TickObject', { callback, args }));
  } else {
    switch (args.length) {
      case 0: tickQueue.push(callback, 0); break;
      case 1: tickQueue.push(callback, 1, args[0]); break;
      case 2: tickQueue.push(callback, 2, args[0], args[1]); break;
      case 3: tickQueue.push(callback, 3, args[0], args[1], args[2]); break;
      default: tickQueue.push(callback, args);
    }
  }
  shared[TICK] = 1;
}

// queueTick(callback) is nextTick(callback) for a builtin's per-event
// path (dgram's send): no rest-argument array, which is most of a
// nextTick's cost in goja. Builtins reach it, and the original nextTick to
// tell whether process.nextTick was replaced, through internal/timers.
function queueTick(callback) {
  if (exiting) return;
  if (asyncState.active !== 0) {
    nextTick(callback);
    return;
  }
  tickQueue.push(callback, 0);
  shared[TICK] = 1;
}

// tick1/tick2/tick3(callback, ...) are process.nextTick(callback, ...) with
// that many arguments for the builtins' per-request paths (streams, http):
// no rest array and no apply(). A script's own process.nextTick, when it
// replaced node's, still sees every tick, as node's builtins call it.
function tick1(callback, a) {
  const pn = process.nextTick;
  if ((pn !== nextTick && typeof pn === 'function') || asyncState.active !== 0) {
    process.nextTick(callback, a);
    return;
  }
  if (exiting) return;
  tickQueue.push(callback, 1, a);
  shared[TICK] = 1;
}
function tick2(callback, a, b) {
  const pn = process.nextTick;
  if ((pn !== nextTick && typeof pn === 'function') || asyncState.active !== 0) {
    process.nextTick(callback, a, b);
    return;
  }
  if (exiting) return;
  tickQueue.push(callback, 2, a, b);
  shared[TICK] = 1;
}
function tick3(callback, a, b, c) {
  const pn = process.nextTick;
  if ((pn !== nextTick && typeof pn === 'function') || asyncState.active !== 0) {
    process.nextTick(callback, a, b, c);
    return;
  }
  if (exiting) return;
  tickQueue.push(callback, 3, a, b, c);
  shared[TICK] = 1;
}
// tickIsNext(): whether a tick queued now, at the end of the running tick,
// would run next, with nothing in between: ticks are running, none is
// queued after the running one, and tick1 would queue it here (no script's
// nextTick, no async context for it). A tick's last act can then be to run
// its follow-up itself (the quiet request's end in js/_http_incoming.js):
// the same order, no microtask can run in between, a push and a turn of
// the loop less.
let ticking = false;
function tickIsNext() {
  const pn = process.nextTick;
  return ticking && tickHead === tickQueue.length && (pn === nextTick || typeof pn !== 'function') &&
    asyncState.active === 0 && !exiting;
}
timers.tickIsNext = tickIsNext;
// ticksAfter(n): whether exactly n slots of the queue (tickQueue, below)
// follow the running tick, and a tick queued now would be queued there (as
// tickIsNext). A tick that finds its known followers there, doing nothing
// observable, can run them in place and cut them off the queue (the quiet
// request's resume and the response's close in js/_http_incoming.js).
function ticksAfter(n) {
  const pn = process.nextTick;
  return ticking && tickHead === tickQueue.length - n && (pn === nextTick || typeof pn !== 'function') &&
    asyncState.active === 0 && !exiting;
}
timers.ticksAfter = ticksAfter;
// tickable(): whether a tick queued now goes to the queue's end (tick1
// queues it there: no script's nextTick, no async context, not exiting)
function tickable() {
  const pn = process.nextTick;
  return (pn === nextTick || typeof pn !== 'function') && asyncState.active === 0 && !exiting;
}
timers.tickable = tickable;
timers.tickQueue = tickQueue;
timers.held = held;
timers.unhold = unhold;
timers.tick1 = tick1;
timers.tick2 = tick2;
timers.tick3 = tick3;
timers.nextTick = nextTick;
timers.queueTick = queueTick;
// (exiting, for a builtin that queues a tick as tick2 does, in place)
timers.exiting = false;

function runTickObject(tick) {
  const depth = asyncContext.before(tick);
  try {
    if (tick.args.length === 0) tick.callback();
    else Reflect.apply(tick.callback, undefined, tick.args);
  } finally {
    asyncContext.destroyLater(tick);
  }
  asyncContext.after(depth);
}

// Runs queued ticks; goja runs microtasks when the outermost call returns,
// and the Go loop calls again if those queued more ticks.
// A tick that throws goes to the uncaught-exception path at once and the
// remaining ticks still run before any microtask, as in node (whose next
// callback runs them before its microtasks). A second handled throw ends
// the run: as in node, the rest waits for the next callback (a no-op
// immediate makes sure there is one), so ticks that keep throwing and
// queueing more ticks (a domain's error handler) do not starve the loop.
// Returns true then, and the Go loop stops draining for this callback.
function runTicks() {
  // (a var, undefined for false: a frame's vars start undefined, where an
  // initialized let costs two instructions on goja)
  var threw; // eslint-disable-line no-var
  ticking = true;
  for (;;) {
    try {
      // (the slots run are not cleared one by one: the queue is emptied
      // when the run ends, and compacted in a long run so that ticks that
      // keep queueing ticks hold neither memory nor their arguments)
      const q = tickQueue;
      while (tickHead < q.length) {
        const h = tickHead;
        if (h >= 8192) {
          q.splice(0, h);
          tickHead = 0;
          continue;
        }
        const cb = q[h];
        const mode = q[h + 1];
        if (mode === 1) {
          tickHead = h + 3;
          cb(q[h + 2]);
        } else if (mode === 2) {
          tickHead = h + 4;
          cb(q[h + 2], q[h + 3]);
        } else if (mode === 0) {
          tickHead = h + 2;
          cb();
        } else if (mode === 3) {
          tickHead = h + 5;
          cb(q[h + 2], q[h + 3], q[h + 4]);
        } else {
          tickHead = h + 2;
          cb.apply(undefined, mode);
        }
      }
      break;
    } catch (err) {
      fatalException(err, 'uncaughtException');
      if (threw) {
        ticking = false;
        requireBuiltin('timers').setImmediate(noop);
        return true;
      }
      threw = true;
    }
  }
  tickQueue.length = 0;
  tickHead = 0;
  shared[TICK] = 0;
  ticking = false;
  return false;
}
function noop() {}

// The loop enters JS through here so ticks drain before microtasks. An
// exception is handled here too, before goja runs the microtasks (it does
// when the outermost call returns): node handles it before them.
function enter(fn, self, a, b, c, d, e) {
  var r; // eslint-disable-line no-var
  try {
    // While async contexts are tracked, the callback runs in the resource
    // of the handle or request Go calls back with (internal/async_context).
    if (asyncState.active !== 0) r = asyncContext.enterIO(fn, self, a, b, c, d, e);
    else r = fn.call(self, a, b, c, d, e);
  } catch (err) {
    fatalException(err, 'uncaughtException');
  }
  if (shared[TICK] !== 0) runTicks();
  return r;
}

function withTicks(fn) {
  return function () {
    let r;
    try {
      r = fn.apply(this, arguments);
    } catch (err) {
      fatalException(err, 'uncaughtException');
    }
    if (shared[TICK] !== 0) runTicks();
    return r;
  };
}

// --- process ---------------------------------------------------------------
const EventEmitter = requireBuiltin('events');
// process is an instance of a 'process' constructor whose prototype is an
// EventEmitter, as in node.
Object.setPrototypeOf(processProto, EventEmitter.prototype);
const ProcessConstructor = { process: function () {} }.process;
ProcessConstructor.prototype = processProto;
Object.defineProperty(processProto, 'constructor', {
  value: ProcessConstructor, writable: true, enumerable: false, configurable: true,
});
EventEmitter.call(process);
Object.defineProperty(globalThis, 'process', { value: process, writable: true, configurable: true, enumerable: false });
{
  // node's globalThis.process is an accessor: this one describes itself so.
  const d = {
    get() { return host.viewGet(globalThis, 'process'); },
    set(value) { host.viewSet(globalThis, 'process', value); },
  };
  host.describeAsAccessor(globalThis, 'process', d.get, d.set);
}

// process.title: the name it was started as (--title may change it below),
// as node's; setting it changes the title ps shows (where the embedder lets
// the runtime: the CLI does), cut to the space the arguments had.
let processTitle = host.argv0;
Object.defineProperty(process, 'title', {
  get() { return processTitle; },
  set(value) { processTitle = host.setTitle(`${value}`); },
  enumerable: true, configurable: true,
});
// node's is a native data property: described as data.
host.markNativeData(Object.getOwnPropertyDescriptor(process, 'title').get);
process.version = host.version;
process.versions = {
  node: host.version.slice(1),
  gojanet: host.gojanetVersion,
  v8: '0.0.0-goja',
  uv: '0.0.0-gojanet',
  modules: '115',
  // Intl's data (js/internal/intl.js): no ICU, so its version is a
  // placeholder as v8's is; Unicode from Go's tables, CLDR from
  // golang.org/x/text, tz from the system's zoneinfo.
  icu: '0.0-gojanet',
  unicode: '15.0',
  cldr: '32.0',
  tz: host.tzVersion,
};
process.arch = host.arch;
process.platform = host.platform;
process.release = {
  name: 'node',
  lts: 'Iron',
  sourceUrl: `https://nodejs.org/download/release/${host.version}/node-${host.version}.tar.gz`,
  headersUrl: `https://nodejs.org/download/release/${host.version}/node-${host.version}-headers.tar.gz`,
};
process.argv = host.argv;
process.argv0 = host.argv0;
process.execArgv = host.execArgv;
process.domain = null; // the active domain once `domain` is loaded

// The node options gojanet honours: NODE_OPTIONS' (host.nodeOptions) and
// then execArgv's, so the command line wins.
const options = { preload: [], imports: [], loaders: [], unhandledRejections: 'throw' };
const allOptions = host.nodeOptions.length > 0 ? [...host.nodeOptions, ...host.execArgv] : host.execArgv;
for (let i = 0; i < allOptions.length; i++) {
  const arg = allOptions[i];
  const eq = arg.indexOf('=');
  const name = eq > 0 ? arg.slice(0, eq) : arg;
  // (a value's leading \- stands for -, as node's parser takes it; execArgv
  // keeps it as given)
  const value = () => {
    const v = eq > 0 ? arg.slice(eq + 1) : allOptions[++i];
    return typeof v === 'string' && v.startsWith('\\-') ? v.slice(1) : v;
  };
  switch (name) {
    case '--no-warnings': process.noProcessWarnings = true; break;
    case '--no-deprecation': process.noDeprecation = true; break;
    case '--throw-deprecation': process.throwDeprecation = true; break;
    case '--trace-warnings': process.traceProcessWarnings = true; break;
    case '--trace-deprecation': process.traceDeprecation = true; break;
    // their other forms, the defaults (the last one given wins)
    case '--warnings': delete process.noProcessWarnings; break;
    case '--deprecation': delete process.noDeprecation; break;
    case '--no-throw-deprecation': delete process.throwDeprecation; break;
    case '--no-trace-warnings': delete process.traceProcessWarnings; break;
    case '--no-trace-deprecation': delete process.traceDeprecation; break;
    case '-c': case '--check': options.check = true; break;
    case '--trace-exit': options.traceExit = true; break;
    case '--no-trace-exit': options.traceExit = false; break;
    case '--trace-sync-io': options.traceSyncIO = true; break;
    case '--no-trace-sync-io': options.traceSyncIO = false; break;
    case '-i': case '--interactive': options.interactive = true; break;
    case '--no-experimental-global-webcrypto': options.noGlobalWebcrypto = true; break;
    case '--experimental-global-webcrypto': options.noGlobalWebcrypto = false; break;
    case '--allow-fs-read': case '--allow-fs-write': value(); options.permission = true; break;
    case '-r': case '--require': options.preload.push(value()); break;
    case '--import': options.imports.push(value()); break;
    case '--loader': case '--experimental-loader': options.loaders.push(value()); break;
    case '--input-type': options.inputType = value(); break;
    case '-e': case '--eval': options.eval = value(); break;
    case '-pe': options.print = true; options.eval = value(); break;
    case '-p': case '--print': {
      options.print = true;
      const next = allOptions[i + 1];
      if (eq > 0 || (next !== undefined && next[0] !== '-')) options.eval = value();
      break;
    }
    case '--title': process.title = value(); break;
    case '--redirect-warnings': options.redirectWarnings = value(); break;
    case '--unhandled-rejections': options.unhandledRejections = value(); break;
    case '--abort-on-uncaught-exception': case '--abort_on_uncaught_exception': options.abortOnUncaught = true; break;
    case '--disable-warning': (options.disabledWarnings ??= new Set()).add(value()); break;
    default: break;
  }
}
process.execPath = host.execPath;
// process.env behaves as node's (an object with interceptors there): values
// are stored as strings, a symbol key or value throws a TypeError, the empty
// name is never stored, and only plain data descriptors may be defined. The
// target (host.env) is the runtime's environment store (runtime/env.go: Go
// data, shared with SHARE_ENV workers), a host object to the util binding, which
// does not report the proxy (util.inspect, structuredClone and the
// serializer see a plain object, as node's do).
function envSymbolError() {
  return new TypeError('Cannot convert a Symbol value to a string');
}
// Assigning TZ moves the runtime's local dates (Date, Intl) to that zone, as
// node's interceptor does on the main thread.
function envChanged(key) {
  if (key === 'TZ' && !host.isWorker) host.setTimeZone(host.env.TZ);
}
process.env = new Proxy(host.env, {
  set(target, key, value) {
    if (typeof key === 'symbol') throw envSymbolError();
    value = `${value}`;
    if (key !== '') target[key] = value;
    envChanged(key);
    return true;
  },
  deleteProperty(target, key) {
    const deleted = Reflect.deleteProperty(target, key);
    envChanged(key);
    return deleted;
  },
  defineProperty(target, key, desc) {
    if (typeof key === 'symbol') throw envSymbolError();
    const { codes } = requireBuiltin('internal/errors');
    if ('get' in desc || 'set' in desc) {
      throw new codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY('process.env', 'does not accept an accessor(getter/setter) descriptor');
    }
    if (!desc.configurable || !desc.writable || !desc.enumerable) {
      throw new codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY('process.env',
        'only accepts a configurable, writable, and enumerable data descriptor');
    }
    if ('value' in desc) desc = Object.assign({}, desc, { value: `${desc.value}` });
    if (key === '') return true;
    const defined = Reflect.defineProperty(target, key, desc);
    envChanged(key);
    return defined;
  },
  // Only the variables: the host-object mark is not one.
  ownKeys(target) {
    return Reflect.ownKeys(target).filter((k) => typeof k === 'string');
  },
  has(target, key) {
    return typeof key === 'string' && Reflect.has(target, key);
  },
});
process.pid = host.pid;
process.ppid = host.ppid;
// exitCode must be an integer (or a string of one), undefined or null.
let exitCodeValue;
Object.defineProperty(process, 'exitCode', {
  get() { return exitCodeValue; },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      requireBuiltin('internal/validators').validateInteger(value, 'code');
    }
    exitCodeValue = code;
  },
  enumerable: true,
  configurable: false,
});
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', writable: false, enumerable: false, configurable: true });
// Intl is there (js/internal/intl.js); the module ABI is process.versions.modules.
// Read-only and frozen all the way down, as node's (assigning a field throws
// in strict code).
Object.defineProperty(process, 'config', {
  value: Object.freeze({ variables: Object.freeze({ v8_enable_i18n_support: 1, icu_small: false, node_module_version: Number(process.versions.modules) }) }),
  writable: false, enumerable: true, configurable: true,
});
// What this build has, in node's shape: no inspector, no OCSP stapling
// (Go's crypto/tls gives no 'OCSPRequest'); require() loads ES modules.
process.features = {
  inspector: false, debug: false, uv: true, ipv6: true,
  tls_alpn: true, tls_sni: true, tls_ocsp: false, tls: true,
  get cached_builtins() { return true; },
  get require_module() { return true; },
};
process.cwd = function cwd() {
  if (host.cwdMissing()) {
    const { uvException } = requireBuiltin('internal/errors');
    throw uvException({ errno: -2, syscall: 'uv_cwd' }); // ENOENT: the directory was removed
  }
  return host.cwd();
};
process.chdir = function chdir(directory) {
  requireBuiltin('internal/validators').validateString(directory, 'directory');
  const cwd = host.cwd();
  const err = host.chdir(directory);
  if (err !== 0) {
    const { uvException } = requireBuiltin('internal/errors');
    throw uvException({ errno: err, syscall: 'chdir', path: cwd, dest: directory });
  }
};
process.umask = function umask(mask) {
  if (mask === undefined) return host.umask(-1);
  const { validateUint32 } = requireBuiltin('internal/validators');
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  }
  validateUint32(mask, 'mask');
  return host.umask(mask & 0o777);
};
process.uptime = function uptime() { return host.uptime(); };
// dlopen(module, filename[, flags]): gojanet runs no native addons; it
// answers as node does when the dynamic loader refuses the file (its
// message for a missing, truncated or non-ELF file), else it says why.
process.dlopen = function dlopen(...args) {
  if (args.length < 2) {
    const err = new TypeError('process.dlopen needs at least 2 arguments');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  const [module, filename, flags = 1] = args;
  if (!host.addons) {
    const err = new Error('Cannot load native addon because loading addons is disabled.');
    err.code = 'ERR_DLOPEN_DISABLED';
    throw err;
  }
  Object.keys(module); // node reads module.exports: null and undefined throw V8's TypeError
  // dlopen(3) wants RTLD_LAZY or RTLD_NOW in its mode.
  const err = new Error((flags & 3) === 0 ? `${filename}: invalid mode for dlopen(): Invalid argument` :
    host.dlopenError(`${filename}`));
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};
process.memoryUsage = function memoryUsage() {
  const m = host.memoryUsage();
  return { rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
};
process.memoryUsage.rss = function rss() { return host.memoryUsage().rss; };
// The cgroup's memory limit (2^64-1: unlimited), undefined without one.
process.constrainedMemory = { constrainedMemory() {
  const limit = host.constrainedMemory();
  return limit === 0 ? undefined : limit;
} }.constrainedMemory;
// What the process may still allocate: the cgroup's limit less its usage,
// or the free memory without a limit (libuv's uv_get_available_memory).
process.availableMemory = { availableMemory() {
  return host.availableMemory();
} }.availableMemory;
process.cpuUsage = function cpuUsage(prevValue) {
  const ru = host.rusage() || [0, 0];
  const usage = { user: ru[0], system: ru[1] };
  if (prevValue !== undefined) {
    const { validateObject, validateNumber } = requireBuiltin('internal/validators');
    validateObject(prevValue, 'prevValue');
    validateNumber(prevValue.user, 'prevValue.user');
    validateNumber(prevValue.system, 'prevValue.system');
    for (const key of ['user', 'system']) {
      const v = prevValue[key];
      if (v < 0 || !Number.isFinite(v)) {
        const { codes } = requireBuiltin('internal/errors');
        throw new codes.ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${key}`, v);
      }
    }
    usage.user -= prevValue.user;
    usage.system -= prevValue.system;
  }
  return usage;
};
const rusageFields = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite', 'ipcSent',
  'ipcReceived', 'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches'];
process.resourceUsage = function resourceUsage() {
  const ru = host.rusage() || [];
  const out = {};
  for (let i = 0; i < rusageFields.length; i++) out[rusageFields[i]] = ru[i] || 0;
  return out;
};
process.getuid = function getuid() { return host.getuid(); };
process.geteuid = function geteuid() { return host.geteuid(); };
process.getgid = function getgid() { return host.getgid(); };
process.getegid = function getegid() { return host.getegid(); };
process.getgroups = function getgroups() { return host.getgroups(); };

// The credential setters (runtime/credentials.go says what the Go calls
// return): an id is a uint32 or a name.
function validateId(id, name) {
  if (typeof id === 'number') {
    requireBuiltin('internal/validators').validateUint32(id, name);
  } else if (typeof id !== 'string') {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
  }
}
// node's ErrnoException: "EPERM, Operation not permitted" with errno (the
// positive number), code and syscall.
function credentialResult(result, syscall, type, id) {
  if (result === 0) return;
  if (typeof result === 'object') {
    const err = new Error(`${result.code}, ${result.message}`);
    err.errno = result.errno;
    err.code = result.code;
    err.syscall = syscall;
    throw err;
  }
  const { codes } = requireBuiltin('internal/errors');
  throw new codes.ERR_UNKNOWN_CREDENTIAL(type, id);
}
// node's refusal while libuv may use io_uring (runtime/credentials.go says
// when): after the arguments are checked, before any lookup.
function refuseWithIoUring(name) {
  if (!host.ioUringMayBeEnabled()) return;
  const err = new Error(`${name}() disabled: io_uring may be enabled. See CVE-2024-22017.`);
  err.code = 'ERR_INVALID_STATE';
  Error.captureStackTrace(err, refuseWithIoUring);
  throw err;
}
for (const [name, type] of [['setuid', 'User'], ['seteuid', 'User'], ['setgid', 'Group'], ['setegid', 'Group']]) {
  const fn = { [name](id) {
    validateId(id, 'id');
    if (typeof id === 'number') id >>>= 0;
    refuseWithIoUring(name);
    credentialResult(host[name](id), name, type, id);
  } }[name];
  process[name] = fn;
}
process.setgroups = { setgroups(groups) {
  requireBuiltin('internal/validators').validateArray(groups, 'groups');
  for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
  refuseWithIoUring('setgroups');
  const result = host.setgroups(groups);
  if (typeof result === 'number' && result > 0) credentialResult(result, 'setgroups', 'Group', groups[result - 1]);
  credentialResult(result, 'setgroups');
} }.setgroups;
process.initgroups = { initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
  refuseWithIoUring('initgroups');
  const result = host.initgroups(user, extraGroup);
  if (result === 2) credentialResult(result, 'initgroups', 'Group', extraGroup);
  credentialResult(result, 'initgroups', 'User', user);
} }.initgroups;
// Built on first use (internal/environment_flags), replaceable by assignment.
Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
  get() {
    const flags = requireBuiltin('internal/environment_flags');
    Object.defineProperty(process, 'allowedNodeEnvironmentFlags', { value: flags, writable: true, enumerable: true, configurable: true });
    return flags;
  },
  set(value) {
    Object.defineProperty(process, 'allowedNodeEnvironmentFlags', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
});

// setUncaughtExceptionCaptureCallback: one function that takes uncaught
// exceptions before 'uncaughtException' listeners (domain-style tooling uses it).
let captureCallback = null;
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureCallback !== null) {
    const err = new Error('`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
    err.code = 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET';
    throw err;
  }
  captureCallback = fn;
};
process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
};
process.nextTick = nextTick;
process.emitWarning = emitWarning;
// process.binding (deprecated in node) reaches a builtin's Go half only
// where the script may load that builtin (Options.Builtins); the host
// binding, which reaches the file system and the runtime, never.
const bindingOwners = { tcp_wrap: 'net', cares_wrap: 'dns', util: 'util' };
// process.binding('util') is node's legacy wrapper: util.types' checks that
// old packages read from it, and nothing of the Go half.
const legacyUtilKeys = ['isAnyArrayBuffer', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction',
  'isDataView', 'isDate', 'isExternal', 'isMap', 'isMapIterator', 'isNativeError', 'isPromise', 'isRegExp',
  'isSet', 'isSetIterator', 'isTypedArray', 'isUint8Array'];
// Legacy bindings made in JavaScript (internal/legacy_bindings), once each:
// node returns the same object every time.
const legacyOwners = { uv: 'util', stream_wrap: 'net', constants: 'constants', config: 'util', http_parser: 'http' };
const legacyBindings = { __proto__: null };
// process.loadEnvFile(path = './.env') (node 20.12): the file's variables,
// parsed as util.parseEnv parses, into process.env where not set already.
process.loadEnvFile = function loadEnvFile(path = undefined) {
  if (path === undefined || path === null) {
    path = '.env';
  } else if (typeof path !== 'string' && !(path instanceof requireBuiltin('internal/url').URL) && !requireBuiltin('buffer').Buffer.isBuffer(path)) {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  const fs = requireBuiltin('fs');
  let content;
  try {
    content = fs.readFileSync(path, 'utf8');
  } catch (e) {
    if (e === null || typeof e !== 'object' || e.code !== 'EISDIR') throw e;
    // node reads a directory as no string at all
    const shown = typeof path === 'string' ? path : path instanceof requireBuiltin('internal/url').URL ? requireBuiltin('url').fileURLToPath(path) : `${path}`;
    const err = new TypeError(`Contents of '${shown}' should be a valid string.`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const vars = requireBuiltin('util').parseEnv(content);
  for (const key of Object.keys(vars)) {
    if (process.env[key] === undefined) process.env[key] = vars[key];
  }
};
process.binding = function binding(name) {
  const legacyOwner = legacyOwners[name];
  if (legacyOwner !== undefined && host.isBuiltin(legacyOwner)) {
    if (name === 'http_parser') {
      // node 20 warns at every access to its runtime-deprecated bindings
      process.emitWarning(`Access to process.binding('${name}') is deprecated.`, 'DeprecationWarning', 'DEP0111');
    }
    return legacyBindings[name] ??= requireBuiltin('internal/legacy_bindings').make(name);
  }
  const owner = bindingOwners[name];
  if (owner === undefined || !host.isBuiltin(owner)) throw new Error(`No such module: ${name}`);
  if (name === 'util') {
    // A new object each time, as node's.
    const types = requireBuiltin('util').types;
    const legacyUtil = {};
    for (const k of legacyUtilKeys) legacyUtil[k] = types[k];
    return legacyUtil;
  }
  return internalBinding(name);
};
if (requireBuiltin('internal/cli_options').pendingDeprecation()) {
  // As node's pre-execution: with pending deprecations on, process.binding
  // warns (once) too.
  const processBinding = process.binding;
  let warnedBinding = false;
  process.binding = function binding(name) {
    if (!warnedBinding) {
      warnedBinding = true;
      process.emitWarning('process.binding() is deprecated. Please use public APIs instead.', 'DeprecationWarning', 'DEP0111');
    }
    return processBinding(name);
  };
}
// Like node's, these process methods are not constructors.
process.abort = { abort() { host.reallyExit(134); } }.abort;
let warnedAssert = false;
process.assert = function assert(value, message) {
  if (!warnedAssert) {
    warnedAssert = true;
    process.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.',
                        'DeprecationWarning', 'DEP0100');
  }
  if (!value) {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_ASSERTION(message || 'assertion error');
  }
};
process.setSourceMapsEnabled = { setSourceMapsEnabled(val) {
  requireBuiltin('internal/validators').validateBoolean(val, 'val');
  host.setSourceMapsEnabled(val);
} }.setSourceMapsEnabled;
// process.report: node's diagnostic report (internal/process_report),
// made on first read.
Object.defineProperty(process, 'report', {
  __proto__: null, enumerable: true, configurable: true,
  get: { get() { return requireBuiltin('internal/process_report').makeReport(host); } }.get,
});
// process.sourceMapsEnabled: whether stack traces are mapped
// (--enable-source-maps, setSourceMapsEnabled), an enumerable getter.
Object.defineProperty(process, 'sourceMapsEnabled', {
  __proto__: null, enumerable: true, configurable: true,
  get: { get() { return host.sourceMapsEnabled(); } }.get,
});

// What keeps the loop alive, as node lists it: socket and server handles
// (ref'd and open), then a 'Timeout' per ref'd timer and an 'Immediate' per
// ref'd immediate.
function activeHandles() {
  if (bindingCache.tcp_wrap === undefined) return [];
  const b = bindingCache.tcp_wrap;
  return b.liveHandles().filter((h) => typeof h.hasRef !== 'function' || h.hasRef());
}
// The fs requests in flight (the fs binding tracks them), as node's
// FSReqCallback objects: what each will call on completion.
class FSReqCallback {
  constructor(oncomplete) { this.oncomplete = oncomplete; }
}
function activeRequests() {
  if (bindingCache.fs === undefined) return [];
  return bindingCache.fs.activeRequests();
}
process.getActiveResourcesInfo = { getActiveResourcesInfo() {
  const out = activeRequests().map(() => 'FSReqCallback');
  const b = bindingCache.tcp_wrap;
  for (const h of activeHandles()) {
    if (b.Pipe && h instanceof b.Pipe) out.push('PipeWrap');
    else if (typeof h.listen === 'function' && h.owner && typeof h.owner.listen === 'function') out.push('TCPServerWrap');
    else out.push('TCPSocketWrap');
  }
  for (let i = 0; i < shared[timers.TIMER_REFS_INDEX]; i++) out.push('Timeout');
  for (let i = 0; i < shared[timers.IMMEDIATE_REFS_INDEX]; i++) out.push('Immediate');
  return out;
} }.getActiveResourcesInfo;
process._getActiveHandles = { _getActiveHandles() {
  return activeHandles().map((h) => h.owner || h);
} }._getActiveHandles;
process._getActiveRequests = { _getActiveRequests() {
  return activeRequests().map((cb) => new FSReqCallback(cb));
} }._getActiveRequests;
// process.kill sends a real signal (its own process included: a listener
// gets it asynchronously through the signal watcher, as in node).
let signalNumbersByName;
process.kill = function kill(pid, sig = 'SIGTERM') {
  const { codes, errnoException } = requireBuiltin('internal/errors');
  if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  if (signalNumbersByName === undefined) signalNumbersByName = host.signals();
  let signum;
  if (typeof sig === 'number') signum = sig;
  else if (Object.prototype.hasOwnProperty.call(signalNumbersByName, sig)) signum = signalNumbersByName[sig];
  else throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  const err = process._kill(pid | 0, signum);
  if (err) throw errnoException(err, 'kill');
  return true;
};
// The raw kill (node's binding), through which process.kill goes.
process._kill = function _kill(pid, sig) { return host.kill(pid, sig); };

function hrtime(time) {
  const t = host.hrtime();
  if (time !== undefined) {
    const { validateArray } = requireBuiltin('internal/validators');
    validateArray(time, 'time');
    if (time.length !== 2) {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_OUT_OF_RANGE('time', 2, time.length);
    }
    const sec = t[0] - time[0];
    const nsec = t[1] - time[1];
    const needsBorrow = nsec < 0;
    return [needsBorrow ? sec - 1 : sec, needsBorrow ? nsec + 1e9 : nsec];
  }
  return t;
}
hrtime.bigint = function bigint() {
  const t = host.hrtime();
  return BigInt(t[0]) * 1000000000n + BigInt(t[1]);
};
process.hrtime = hrtime;

process.exit = function exit(code) {
  process.removeListener('exit', handleProcessExit);
  if (code !== undefined) process.exitCode = code;
  if (!exiting) {
    exiting = true;
    timers.exiting = true;
    process._exiting = true;
    process.emit('exit', exitCodeNumber());
  }
  // Through the property, as node: a replaced reallyExit is what runs.
  process.reallyExit(exitCodeNumber());
};
process.reallyExit = function reallyExit(code) {
  traceExit(code | 0, reallyExit);
  host.reallyExit(code | 0);
};
// node's --trace-exit: an exit through process.exit()/reallyExit() (or an
// uncaught exception's, with no frames: from) prints a warning with where
// it was made.
function traceExit(code, from) {
  if (!options.traceExit) return;
  let frames = '';
  if (from !== undefined) {
    const where = {};
    Error.captureStackTrace(where, from);
    const stack = `${where.stack}`;
    const nl = stack.indexOf('\n');
    frames = nl < 0 ? '' : `${stack.slice(nl + 1)}\n`;
  }
  const who = host.isWorker ? `${process.pid}, thread:${internalBinding('worker').info().threadId}` : process.pid;
  process._rawDebug(`(node:${who}) WARNING: Exited the environment with code ${code}\n${frames}`);
}
// process._rawDebug: formatted as console.log, written to fd 2 at once
// (not through process.stderr, which may be broken when it is needed).
process._rawDebug = function _rawDebug(...args) {
  host.write(2, `${Reflect.apply(requireBuiltin('util').format, undefined, args)}\n`);
};
// process._fatalException(err): the uncaught-exception path; true if a
// listener took the error (else the process is dying).
process._fatalException = function _fatalException(err) {
  fatalException(err, 'uncaughtException');
  return true;
};
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
  // SIGKILL and SIGSTOP cannot be caught: node's uv_signal_start refuses
  // them (EINVAL) before the listener is added.
  if (event === 'SIGKILL' || event === 'SIGSTOP') {
    throw requireBuiltin('internal/errors').errnoException(-22, 'uv_signal_start');
  }
  if (signalNames.includes(event) && process.listenerCount(event) === 0) host.watchSignal(event, emitSignal);
  else if (event === 'multipleResolves') watchMultipleResolves();
});
// 'multipleResolves' (deprecated, DEP0160): from the first listener on, the
// engine reports a resolve or reject of an already resolved promise; while
// a listener is there, the event follows on the next tick (the executor
// that called it may catch otherwise), as node's.
let multipleResolvesWatched = false;
function watchMultipleResolves() {
  if (multipleResolvesWatched) return;
  multipleResolvesWatched = true;
  process.emitWarning('The multipleResolves event has been deprecated.', 'DeprecationWarning', 'DEP0160');
  internalBinding('async_context').setMultipleResolves((type, promise, value) => {
    if (process.listenerCount('multipleResolves') === 0) return;
    process.nextTick(() => process.emit('multipleResolves', type, promise, value));
  });
}
process.on('removeListener', (event) => {
  if (signalNames.includes(event) && process.listenerCount(event) === 0) host.unwatchSignal(event);
});

// Warnings, as node's lib/internal/process/warning.js: emitted on the next
// tick; the default listener prints every warning to stderr (listeners of
// their own do not silence it; --no-warnings would).
function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  const { validateString } = requireBuiltin('internal/validators');
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(doEmitWarning, warning);
}
function createWarningObject(message, type, code, ctor, detail) {
  const warning = new Error(message);
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(warning, ctor || process.emitWarning);
  } else {
    // goja has no captureStackTrace: drop the frames of this file instead.
    const stack = warning.stack;
    if (typeof stack === 'string') {
      const lines = stack.split('\n');
      let i = 1;
      while (i < lines.length && lines[i].includes('node:internal/bootstrap')) i++;
      if (i > 1) {
        lines.splice(1, i - 1);
        Object.defineProperty(warning, 'stack', { value: lines.join('\n'), writable: true, configurable: true, enumerable: false });
      }
    }
  }
  return warning;
}
function doEmitWarning(warning) {
  process.emit('warning', warning);
}
// Rarely run paths (printing warnings, the report of a fatal exception,
// unhandled rejections' warnings) are internal/process_failure,
// compiled when first needed rather than at every start-up.
let failurePaths;
function failure() {
  if (failurePaths === undefined) failurePaths = requireBuiltin('internal/process_failure').init(host, options, isErrorLike);
  return failurePaths;
}
function onWarning(warning) { failure().onWarning(warning); }
function writeErrorReport(err, origin, site) { failure().writeErrorReport(err, origin, site); }
function warnUnhandledRejection(uid, reason) { failure().warnUnhandledRejection(uid, reason); }
function v8Frames(text) { return failure().v8Frames(text); }
// NODE_NO_WARNINGS=1 silences the printing as --no-warnings does ('warning'
// listeners still hear them), as node's
if (!process.noProcessWarnings && process.env.NODE_NO_WARNINGS !== '1') process.on('warning', onWarning);

// --- globals -----------------------------------------------------------------
// node makes the timer functions, queueMicrotask, structuredClone, atob,
// btoa and performance enumerable; classes and process/Buffer are not.
const enumerableGlobals = new Set(['global', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout',
  'clearInterval', 'clearImmediate', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance',
  'crypto', 'fetch']);
function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name, {
    value, writable: true, configurable: true, enumerable: enumerableGlobals.has(name),
  });
}
defineGlobal('global', globalThis);
// --expose-gc: V8's gc(), a full collection now (Go's runtime.GC); with
// { execution: 'async' } it answers a promise, as V8's does. Node makes it
// enumerable and not configurable.
{
  const { cliFlag } = requireBuiltin('internal/cli_options');
  if (cliFlag('expose-gc') || cliFlag('expose_gc')) {
    Object.defineProperty(globalThis, 'gc', {
      value: function gc() {
        host.gc();
        const options = arguments[0];
        if (options !== null && typeof options === 'object' && options.execution === 'async') return Promise.resolve();
      },
      writable: true, enumerable: true, configurable: false,
    });
  }
}
defineGlobal('setTimeout', timers.setTimeout);
defineGlobal('setInterval', timers.setInterval);
defineGlobal('clearTimeout', timers.clearTimeout);
defineGlobal('clearInterval', timers.clearInterval);
defineGlobal('setImmediate', timers.setImmediate);
defineGlobal('clearImmediate', timers.clearImmediate);
// (builtins take it from internal/timers: a script may replace the global)
timers.queueMicrotask = function queueMicrotask(callback) {
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
};
defineGlobal('queueMicrotask', timers.queueMicrotask);

// The lazy globals node defines as data properties: a descriptor asked of
// one loads it first, and so do Object.freeze and Object.seal of globalThis
// (goja's resolveLazyGetters), so that they are there afterwards as node's.
const dataGlobals = new Set(['console', 'EventTarget', 'Event', 'CustomEvent', 'URL', 'URLSearchParams',
  'WebAssembly', 'WeakRef', 'FinalizationRegistry', 'Intl', 'SharedArrayBuffer', 'Atomics', 'fetch']);
// The others are accessors in node too, which define the data property on
// first read; the value loaded, the getter answers even where defining threw
// (with globalThis frozen the first read throws, as node's), except
// DOMException's (V8's lazy data property in node: each read defines).
function lazyGlobal(name, load) {
  let value, loaded = false;
  const get = function get() {
    if (!loaded) {
      value = load();
      loaded = name !== 'DOMException';
      defineGlobal(name, value);
    }
    return value;
  };
  if (dataGlobals.has(name)) host.markLazyGetter(get);
  Object.defineProperty(globalThis, name, {
    get,
    set(v) { defineGlobal(name, v); },
    configurable: true,
    enumerable: enumerableGlobals.has(name),
  });
}
// node's replaceable ones (crypto, performance) stay accessors for good,
// whose get and set keep a variable (crypto has no set). Ours becomes a data
// property on first use, described as that accessor as Buffer is (goja would
// call a getter on every read); on a frozen globalThis it stays the accessor
// and answers, as node's.
function replaceableGlobal(name, load, writable) {
  let value, loaded = false, viewed = false;
  const own = () => {
    const d = getOwnDescriptor(globalThis, name);
    return d !== undefined && d.configurable && d.get === get;
  };
  const view = () => {
    Object.defineProperty(globalThis, name, { value, writable, configurable: true, enumerable: true });
    host.describeAsAccessor(globalThis, name, get, set);
    viewed = true;
  };
  const get = function get() {
    if (viewed) return host.viewGet(globalThis, name);
    if (!loaded) {
      value = load();
      loaded = true;
    }
    if (own()) view();
    return value;
  };
  const set = writable ? function set(v) {
    if (viewed) return host.viewSet(globalThis, name, v);
    value = v;
    loaded = true;
    if (own()) view();
  } : undefined;
  Object.defineProperty(globalThis, name, { get, set, configurable: true, enumerable: true });
}
lazyGlobal('console', () => requireBuiltin('console'));
for (const name of ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal']) {
  lazyGlobal(name, () => requireBuiltin('internal/event_target')[name]);
}
if (typeof globalThis.TextEncoder === 'undefined') {
  lazyGlobal('TextEncoder', () => requireBuiltin('internal/encoding').TextEncoder);
  lazyGlobal('TextDecoder', () => requireBuiltin('internal/encoding').TextDecoder);
}
lazyGlobal('Blob', () => requireBuiltin('buffer').Blob);
lazyGlobal('File', () => requireBuiltin('buffer').File);
lazyGlobal('DOMException', () => requireBuiltin('internal/dom_exception').DOMException);
for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
  lazyGlobal(name, () => requireBuiltin('internal/worker/io')[name]);
}
// WebCrypto: loaded on first touch (js/internal/crypto/webcrypto.js); none
// with node 20's --no-experimental-global-webcrypto (-e code's `crypto` is
// then node:crypto, as any builtin's name).
if (!options.noGlobalWebcrypto) {
  replaceableGlobal('crypto', () => requireBuiltin('internal/crypto/webcrypto').crypto, false);
  for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) {
    lazyGlobal(name, () => requireBuiltin('internal/crypto/webcrypto')[name]);
  }
}
// node's fetch API is undici's, which defines a symbol-keyed property of
// globalThis as it loads: where globalThis was made non-extensible first,
// every use (a class's first read, each fetch() call: node's fetch global
// loads undici when called) throws that definition's TypeError.
let undiciLoaded = false;
function undici() {
  if (!undiciLoaded) {
    if (!Object.isExtensible(globalThis)) {
      throw new TypeError('Cannot define property Symbol(undici.globalDispatcher.1), object is not extensible');
    }
    undiciLoaded = true;
  }
  return requireBuiltin('internal/fetch');
}
lazyGlobal('fetch', () => function fetch(input, init = undefined) {
  return undici().fetch(input, init);
});
for (const name of ['Headers', 'Request', 'Response']) {
  lazyGlobal(name, () => undici()[name]);
}
lazyGlobal('FormData', () => {
  undici();
  return requireBuiltin('internal/formdata').FormData;
});
// URL and URLSearchParams load on first use (compiling internal/url at
// startup costs every run ~20 ms); node's are data properties.
lazyGlobal('URL', () => requireBuiltin('internal/url').URL);
lazyGlobal('URLSearchParams', () => requireBuiltin('internal/url').URLSearchParams);
replaceableGlobal('performance', () => requireBuiltin('perf_hooks').performance, true);
for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
  'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
  lazyGlobal(name, () => requireBuiltin('perf_hooks')[name]);
}
lazyGlobal('WebAssembly', () => requireBuiltin('internal/webassembly').WebAssembly);
if (typeof globalThis.WeakRef === 'undefined') {
  lazyGlobal('WeakRef', () => requireBuiltin('internal/weakref').WeakRef);
  lazyGlobal('FinalizationRegistry', () => requireBuiltin('internal/weakref').FinalizationRegistry);
}
// Intl (ECMA-402) and the locale-sensitive methods of Date, Number, BigInt,
// String and Array, which V8 routes through it: js/internal/intl.js loads on
// the first touch of either (goja has neither; these wrappers replace its
// locale-blind versions).
if (typeof globalThis.Intl === 'undefined') {
  lazyGlobal('Intl', () => requireBuiltin('internal/intl').Intl);
  let localeMethods;
  const intl = () => localeMethods || (localeMethods = requireBuiltin('internal/intl').localeMethods);
  const getTime = Date.prototype.getTime;
  const dateValue = (self, name) => {
    try {
      return getTime.call(self);
    } catch {
      const what = self !== null && typeof self === 'object' ? `#<${(self.constructor && self.constructor.name) || 'Object'}>` : String(self);
      throw new TypeError(`Method Date.prototype.${name} called on incompatible receiver ${what}`);
    }
  };
  const numberValue = Number.prototype.valueOf;
  const bigintValue = BigInt.prototype.valueOf;
  const coercible = (self, name) => {
    if (self === null || self === undefined) throw new TypeError(`String.prototype.${name} called on null or undefined`);
    return `${self}`;
  };
  const methods = (proto, table) => {
    for (const name of Object.keys(table)) {
      Object.defineProperty(proto, name, { value: table[name], writable: true, configurable: true, enumerable: false });
    }
  };
  methods(Date.prototype, {
    toLocaleString() { return intl().dateToLocaleString(dateValue(this, 'toLocaleString'), 'any', arguments[0], arguments[1]); },
    toLocaleDateString() { return intl().dateToLocaleString(dateValue(this, 'toLocaleDateString'), 'date', arguments[0], arguments[1]); },
    toLocaleTimeString() { return intl().dateToLocaleString(dateValue(this, 'toLocaleTimeString'), 'time', arguments[0], arguments[1]); },
  });
  methods(Number.prototype, {
    toLocaleString() { return intl().numberToLocaleString(numberValue.call(this), arguments[0], arguments[1]); },
  });
  methods(BigInt.prototype, {
    toLocaleString() { return intl().numberToLocaleString(bigintValue.call(this), arguments[0], arguments[1]); },
  });
  methods(String.prototype, {
    localeCompare(that) {
      const s = coercible(this, 'localeCompare');
      return intl().localeCompare(s, `${that}`, arguments[1], arguments[2]);
    },
    toLocaleUpperCase() { return intl().toLocaleUpperCase(coercible(this, 'toLocaleUpperCase'), arguments[0]); },
    toLocaleLowerCase() { return intl().toLocaleLowerCase(coercible(this, 'toLocaleLowerCase'), arguments[0]); },
  });
  // Array's and typed arrays' pass locales and options on to each element's.
  const listToLocaleString = function toLocaleString() {
    if (this === null || this === undefined) throw new TypeError('Array.prototype.toLocaleString called on null or undefined');
    const o = Object(this);
    const len = Math.min(Math.max(Math.trunc(Number(o.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
    let out = '';
    for (let i = 0; i < len; i++) {
      if (i > 0) out += ',';
      const v = o[i];
      if (v !== null && v !== undefined) out += `${v.toLocaleString(arguments[0], arguments[1])}`;
    }
    return out;
  };
  methods(Array.prototype, { toLocaleString: listToLocaleString });
  // A typed array is validated first (goja's own method throws V8's errors
  // for a detached or foreign receiver; an empty one gives '').
  const typedArrayProto = Object.getPrototypeOf(Int8Array.prototype);
  const validatedToLocaleString = typedArrayProto.toLocaleString;
  methods(typedArrayProto, { toLocaleString: function toLocaleString() {
    if (this === null || typeof this !== 'object' || !ArrayBuffer.isView(this) || this.length === 0) {
      return Reflect.apply(validatedToLocaleString, this, arguments);
    }
    return Reflect.apply(listToLocaleString, this, arguments);
  } });
}
if (typeof globalThis.SharedArrayBuffer === 'undefined') {
  lazyGlobal('SharedArrayBuffer', () => requireBuiltin('internal/shared_memory').SharedArrayBuffer);
  lazyGlobal('Atomics', () => requireBuiltin('internal/shared_memory').Atomics);
}
for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
  lazyGlobal(name, () => requireBuiltin('internal/webstreams')[name]);
}

// atob/btoa: the same functions as require('buffer')'s (internal/web_base64),
// lazy accessors until first read as node's.
lazyGlobal('btoa', () => requireBuiltin('internal/web_base64').btoa);
lazyGlobal('atob', () => requireBuiltin('internal/web_base64').atob);
// structuredClone: V8's serializer and deserializer, as postMessage uses
// them (internal/worker/io).
defineGlobal('structuredClone', function structuredClone(value, options) {
  return Reflect.apply(requireBuiltin('internal/worker/io').structuredClone, undefined, arguments);
});

// process.stdout/stderr/stdin come from the stream module once it exists.
// host.stdio records each getter, then the stream it made: the global
// console tells the host's stream from a script's by it (js/console.js).
function lazyProcess(name, load) {
  // Node's stays a getter-only accessor (an assignment is ignored, or a
  // TypeError in strict code); it makes the stream once.
  let v;
  const get = function() {
    if (v === undefined) host.stdio[name] = v = load();
    return v;
  };
  // named as node's (plain) functions: getStdout, getStderr, getStdin
  Object.defineProperty(get, 'name', { value: `get${name[0].toUpperCase()}${name.slice(1)}` });
  host.stdio[name] = get;
  Object.defineProperty(process, name, { get, configurable: true, enumerable: true });
}
lazyProcess('stdout', () => requireBuiltin('internal/stdio').stdout);
lazyProcess('stderr', () => requireBuiltin('internal/stdio').stderr);
lazyProcess('stdin', () => requireBuiltin('internal/stdio').stdin);
// The pre-streams2 way to read stdin, still in node 20 (the resumed stdin).
process.openStdin = function openStdin() {
  process.stdin.resume();
  return process.stdin;
};

// --- failure paths -------------------------------------------------------------
// A handler of an uncaught exception (a listener, the capture callback, a
// monitor) threw: node prints that error and exits with 7 at once, without
// 'exit' events (a worker hands it to its parent and exits with 1).
function handlerThrew(handlerErr) {
  host.uncaught(handlerErr);
  if (host.isWorker) {
    requireBuiltin('internal/worker/child').reportError(handlerErr);
    host.reallyExit(1);
  }
  writeErrorReport(handlerErr);
  host.reallyExit(7);
}

let inFatal = false;
function fatalException(err, origin) {
  if (origin === undefined) origin = 'uncaughtException';
  // (a handler's throw may have left its read: no whole write is held for
  // it now, and what http left unqueued goes where it is due)
  const heldSocket = held.socket;
  held.socket = null;
  if (held.thrown !== null) held.thrown(heldSocket);
  // node's process._fatalException replaced by something not callable: exit 6.
  if (typeof process._fatalException !== 'function') host.reallyExit(6);
  if (!inFatal && (captureCallback !== null || process.listenerCount('uncaughtException') > 0)) {
    inFatal = true;
    try {
      process.emit('uncaughtExceptionMonitor', err, origin);
      if (captureCallback !== null) captureCallback(err);
      else process.emit('uncaughtException', err, origin);
    } catch (handlerErr) {
      handlerThrew(handlerErr);
    } finally {
      inFatal = false;
    }
    // Handled: the resources the exception left entered are left now (their
    // after hooks run), as node's clearAsyncIdStack.
    asyncContext.unwindAll();
    return;
  }
  try {
    process.emit('uncaughtExceptionMonitor', err, origin);
  } catch (handlerErr) {
    handlerThrew(handlerErr);
  }
  host.uncaught(err); // Options.OnUncaught, for embedders
  // --abort-on-uncaught-exception: no 'exit' events (a domain or listener
  // that handles the error never gets here).
  if (options.abortOnUncaught) {
    writeErrorReport(err, origin);
    process.abort();
  }
  // 'exit' comes before the report, as in node (whose C++ prints the error
  // after _fatalException said it was not handled): an 'exit' listener's
  // output comes first, and one that calls process.exit() ends the process
  // without the report. The throw site is taken first: a listener's own
  // caught throw would replace it.
  const site = origin === 'uncaughtException' ? host.caughtSite(err) : undefined;
  process.exitCode = 1;
  if (!exiting) {
    exiting = true;
    timers.exiting = true;
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch (e) {
      // An 'exit' listener threw while dying: node still exits.
    }
  }
  // A worker hands its uncaught exception to the parent's 'error' event.
  if (host.isWorker) requireBuiltin('internal/worker/child').reportError(err);
  else writeErrorReport(err, origin, site);
  // An 'exit' listener may have changed the code, as in node.
  const code = inFatal ? 7 : exitCodeNumber();
  traceExit(code);
  host.reallyExit(code);
}

// Rejections reported as unhandled, by promise: a later handler makes
// them 'rejectionHandled' (node keeps the same WeakMap).
const reportedRejections = new WeakMap();
let lastRejectionId = 0;

function isErrorLike(o) {
  return typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, 'stack');
}

// What an unhandled rejection throws: the reason if it is error-like, else
// an ERR_UNHANDLED_REJECTION error that shows it.
function rejectionError(reason) {
  if (isErrorLike(reason)) return reason;
  let shown;
  try { shown = requireBuiltin('util').inspect(reason); } catch (e) { shown = String(reason); }
  const err = new Error('This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch().' +
    ` The promise rejected with the reason "${shown}".`);
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

// processRejection: an unhandled rejection (or one handled later). domain
// is process.domain when the promise was rejected: its 'error' takes the
// rejection in place of 'unhandledRejection', as node's.
function processRejection(promise, reason, handledLater, domain) {
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
  const uid = ++lastRejectionId;
  reportedRejections.set(promise, uid);
  const emit = domain ? () => domain.emit('error', reason) : () => process.emit('unhandledRejection', reason, promise);
  switch (options.unhandledRejections) {
    case 'none':
      emit();
      return;
    case 'warn':
      emit();
      warnUnhandledRejection(uid, reason);
      return;
    case 'warn-with-error-code':
      if (emit()) return;
      warnUnhandledRejection(uid, reason);
      process.exitCode = 1;
      return;
    case 'strict': {
      // Fatal first; if an 'uncaughtException' listener took it, the event follows.
      fatalException(rejectionError(reason), 'unhandledRejection');
      emit();
      return;
    }
    default:
      if (emit()) return;
      fatalException(rejectionError(reason), 'unhandledRejection');
  }
}

// processRejections: node's processPromiseRejections. next() gives each
// rejection of the batch, [promise, reason, handledLater, domain], until
// undefined; ticks and microtasks run after the whole batch (withTicks). A
// listener's throw is an uncaught exception that ends the batch, as node's.
function processRejections(next) {
  for (let r = next(); r !== undefined; r = next()) processRejection(r[0], r[1], r[2], r[3]);
}

function emitBeforeExit() {
  if (exiting) return;
  asyncContext.outside();
  process.emit('beforeExit', exitCodeNumber());
}

// The loop drained: Go calls this twice. The first call emits 'exit'; the
// listeners' microtasks and rejections then run (as in node, whose 'exit'
// runs inside a callback scope), and the second call ends with the code.
// 'exit' is emitted even if process.exit() emitted it already (its
// reallyExit replaced, the script went on), as node does.
let exitEmitted = false;
function emitExit() {
  if (!exitEmitted) {
    exitEmitted = true;
    exiting = true;
    timers.exiting = true;
    process._exiting = true;
    asyncContext.outside(); // node runs 'exit' with no async context (id 0)
    process.emit('exit', exitCodeNumber());
    return;
  }
  host.reallyExit(exitCodeNumber());
}

// --- CommonJS loader -----------------------------------------------------------
// Top-level await: a rejection is fatal as node's module loader makes it
// ('unhandledRejection' origin, no 'unhandledRejection' event), and while the
// main module's await is unsettled an exit ends with code 13.
function handleProcessExit() {
  if (process.exitCode === undefined || process.exitCode === null) process.exitCode = 13;
}
function topLevelAwait(module, promise) {
  const isMain = module.id === '.';
  if (isMain) process.prependListener('exit', handleProcessExit);
  promise.then(() => {
    if (isMain) process.removeListener('exit', handleProcessExit);
  }, (err) => {
    if (isMain) process.removeListener('exit', handleProcessExit);
    fatalException(err, 'unhandledRejection');
  });
}

const Module = requireBuiltin('internal/modules').init(host, requireBuiltin, { topLevelAwait });
requireBuiltin('internal/function_import').install(requireBuiltin('internal/modules').importFromScript, host.callStack);

// -r/--require modules load before the main script, resolved from the cwd.
function preload() {
  // A worker_threads Worker's process: what node disables there.
  if (host.isWorker) requireBuiltin('internal/worker/child').setupProcess(process);
  // A process started by child_process.fork() talks to its parent.
  if (!host.isWorker && process.env.NODE_CHANNEL_FD !== undefined) requireBuiltin('child_process')._forkChild();
  // A cluster worker (js/cluster.js): the primary gave it its id.
  if (Object.prototype.hasOwnProperty.call(process.env, 'NODE_UNIQUE_ID')) {
    requireBuiltin('cluster')._setupWorker();
    delete process.env.NODE_UNIQUE_ID;
  }
  if (options.preload.length > 0) Module._preloadModules(options.preload);
}

// --import modules: imported in order, resolved from the cwd, after the
// -r ones and before the main script, which then runs when they have
// settled (a failure is the process's uncaught exception, as is a throw
// from the main script then).
function afterImports(run) {
  const { importFromScript } = requireBuiltin('internal/modules');
  const referrer = host.cwd() + '/';
  let chain = Promise.resolve();
  // --loader (--experimental-loader): module.register() from the cwd, first,
  // with node's warning that says so.
  if (options.loaders.length > 0) {
    const calls = options.loaders.map((l) => `register(${JSON.stringify(l)}, pathToFileURL("./"));`).join(' ');
    process.emitWarning('`--experimental-loader` may be removed in the future; instead use `register()`:\n' +
      `--import 'data:text/javascript,import { register } from "node:module"; import { pathToFileURL } from "node:url"; ${calls}'`,
    'ExperimentalWarning');
    chain = chain.then(() => {
      const { pathToFileURL } = requireBuiltin('url');
      for (const loader of options.loaders) Module.register(loader, pathToFileURL(referrer));
    });
  }
  for (const specifier of options.imports) {
    chain = chain.then(() => importFromScript(specifier, referrer));
  }
  chain.then(() => {
    try {
      run();
    } catch (err) {
      fatalException(err);
    }
  }, (err) => fatalException(err));
}

// Without --import the script runs from here: stacks show no more frames.
// node's permission model's grants need --experimental-permission, which
// gojanet refuses (the CLI): at start-up, node's TypeError.
function checkPermissionFlags() {
  if (options.permission) throw new (requireBuiltin('internal/errors').codes.ERR_MISSING_OPTION)('--experimental-permission');
}

// RegExp.$1 & co. start empty for the user's code, as node's: the
// builtins' own matches until then are not the script's (an exec of /^/ on
// '' sets every one to '').
const regexpExec = RegExp.prototype.exec;
function resetRegExpStatics() {
  regexpExec.call(/^/, '');
}

// --heapsnapshot-signal=SIG: a snapshot file per signal, for every entry
// of the main thread (a file, -e, -p, stdin), before the preloads; a bad
// name throws there (node's pre-execution). A worker has none.
function heapSnapshotSignal() {
  if (host.isWorker) return;
  if (requireBuiltin('internal/cli_options').cliOption('--heapsnapshot-signal') !== undefined) {
    requireBuiltin('internal/heap_utils').installSignalHandler();
  }
}

function runMain(filename) {
  checkPermissionFlags();
  heapSnapshotSignal();
  preload();
  resetRegExpStatics();
  // --check: the main module compiled as it would be run, not run (node's
  // check_syntax, which loads -r preloads first too)
  if (options.check) {
    Module.checkSyntax(filename);
    return;
  }
  if (options.imports.length === 0 && options.loaders.length === 0) Module.runMain(filename);
  else afterImports(() => Module.runMain(filename));
}

function runScript(name, source, isModule) {
  // A thread of gojanet's own (internal/worker/io kInternalThread): source
  // names the builtin that runs it.
  if (name === '[worker eval]' && internalBinding('worker').internalThread()) {
    requireBuiltin(source).runThread();
    return;
  }
  checkPermissionFlags();
  heapSnapshotSignal();
  preload();
  resetRegExpStatics();
  // --input-type=module: -e code and stdin are an ES module (top-level
  // await without import or export), as node's.
  if ((name === '[eval]' || name === '[stdin]') && options.inputType === 'module') {
    if (options.print) throw new (requireBuiltin('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
    isModule = true;
  }
  if (name === '[stdin]' && options.check) {
    Module.checkScript(name, source, isModule === true);
    return;
  }
  if (name === '[eval]') addBuiltinGlobals();
  // process._eval: the code of -e/-p (or stdin) as given, as node's; fork()
  // drops it from execArgv by it (a child that ran the -e code again would
  // fork again: node's issue 3574).
  if (name === '[eval]' || name === '[stdin]') {
    Object.defineProperty(process, '_eval', {
      value: name === '[stdin]' ? source : options.eval, writable: false, enumerable: true, configurable: true,
    });
  }
  // (-p's value printed; with -i the code runs in the REPL, which prints)
  const print = (name === '[eval]' || name === '[stdin]') && options.print === true && options.interactive !== true;
  // (node detects an ES module, top-level await, only without --input-type)
  const detect = options.inputType === undefined;
  if (options.imports.length === 0 && options.loaders.length === 0) Module.runScript(name, source, isModule === true, print, detect);
  else afterImports(() => Module.runScript(name, source, isModule === true, print, detect));
}

// node -e/-p make the builtin modules globals (`vm.runInThisContext(...)`),
// each required on first use and replaceable by assignment, as in the REPL.
function addBuiltinGlobals() {
  const req = Module.createRequire(host.cwd() + '/[eval]');
  for (const name of Module.builtinModules) {
    if (name.startsWith('_') || name.includes('/') || Object.prototype.hasOwnProperty.call(globalThis, name)) continue;
    // an assignment replaces the accessor with a plain property
    const set = (value) => {
      delete globalThis[name];
      globalThis[name] = value;
    };
    Object.defineProperty(globalThis, name, {
      get() {
        const lib = req(name);
        try {
          Object.defineProperty(globalThis, name, { get: () => lib, set, configurable: true, enumerable: false });
        } catch {
          // made non-configurable meanwhile: it stays this accessor
        }
        return lib;
      },
      set,
      configurable: true,
      enumerable: false,
    });
  }
}

function shutdown() {
  requireBuiltin('internal/shutdown').shutdown();
}

// A message another thread sent with worker_threads.postMessageToThread:
// process 'workerMessage' (value, source). The answer is the sender's: 0
// delivered, 1 no listener, 2 a listener threw (which is not this thread's
// uncaught exception).
function workerMessage(parts, source) {
  if (process.listenerCount('workerMessage') === 0) return 1;
  try {
    const { value } = requireBuiltin('internal/worker/io').deserializeMessage(parts);
    process.emit('workerMessage', value, source);
  } catch {
    return 2;
  }
  return 0;
}

// node's --trace-sync-io: once the main script (and its ticks) ran, each
// synchronous fs call prints a warning with where it was made.
function traceSyncIO() {
  const where = {};
  Error.captureStackTrace(where, traceSyncIO);
  // (from the fs function: fs's helper that calls the binding is left out)
  const frames = `${where.stack}`.split('\n').slice(1);
  while (frames.length > 1 && frames[0].includes('(node:internal/fs/utils:')) frames.shift();
  process._rawDebug(`(node:${process.pid}) WARNING: Detected use of sync API\n${frames.join('\n')}\n`);
}
function thenTraceSyncIO(fn) {
  return function () {
    const r = fn.apply(this, arguments);
    // (read at start-up: the main script may have replaced the iterators)
    if (options.traceSyncIO) {
      internalBinding('fs').setTraceSyncIO(traceSyncIO);
    }
    return r;
  };
}

Object.assign(hooks, {
  enter,
  process, // Go reads process.domain when a promise is rejected without a handler
  loadBuffer() { requireBuiltin('buffer'); },
  runTicks,
  runTimers: function () { return timers.runTimers(runTicks, fatalException); },
  runImmediates: function () { return timers.runImmediates(runTicks, fatalException); },
  runMain: thenTraceSyncIO(withTicks(runMain)),
  runScript: thenTraceSyncIO(withTicks(runScript)),
  fatalException: function (err, origin) {
    fatalException(err, origin);
    if (shared[TICK] !== 0) runTicks();
  },
  processRejections: withTicks(processRejections),
  emitBeforeExit: withTicks(emitBeforeExit),
  emitExit,
  shutdown: withTicks(shutdown),
  workerMessage: withTicks(workerMessage),
});
