'use strict';
// The `worker_threads` builtin (gojanet). A Worker is another gojanet
// runtime in this process, with its own goja VM and loop goroutine
// (runtime/worker.go); the two share nothing but Go bytes: messages, the
// workerData and the environment data are serialized in V8's wire format
// (internal/serdes) and carried by Go ports (modules/worker, with
// MessagePort & co. in internal/worker/io).
//
// In the parent, a Worker is an EventEmitter over the handle spawn()
// returns: 'online' when the worker has booted, 'message'/'messageerror'
// from its public port (started but not ref'd: the worker handle is what
// keeps the parent alive, until it exits or is unref()'d), 'error' with the
// worker's uncaught exception (deserialized), 'exit' with its exit code. The
// worker's process.stdout/stderr writes arrive on the parent's loop and go
// to the parent's process.stdout/stderr, or, with the stdout/stderr options,
// to worker.stdout/stderr.
//
// A data: URL worker runs its body as an ES module (readDataURL). As async
// resources a Worker is WORKER and its ports MESSAGEPORT (hasRef() follows
// ref/unref). worker.performance.eventLoopUtilization() reads the worker's
// loop through its handle. With env: SHARE_ENV the worker's process.env is
// its parent's environment store (runtime/env.go), any other env a copy.
// moveMessagePortToContext is internal/worker/io's (a port of a vm context's
// realm: internal/worker/context_port). getHeapSnapshot walks the worker's
// heap on its own loop (the handle's heapSnapshot). resourceLimits are reported but not enforced (goja has no
// separate heap per VM: a worker's memory is the process's Go heap).

const EventEmitter = require('events');
const path = require('path');
const io = require('internal/worker/io');
const { codes } = require('internal/errors');
const { setTimeout, clearTimeout } = require('internal/timers'); // (ours, not the globals a script may replace)
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_WORKER_PATH, ERR_WORKER_INVALID_EXEC_ARGV,
} = codes;
const { validateObject, validateString } = require('internal/validators');

const binding = internalBinding('worker');
const info = binding.info();

const isMainThread = info === undefined;
const threadId = isMainThread ? 0 : info.threadId;
const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

const environmentData = new Map();
let parentPort = null;
let workerData = null;
let resourceLimits = {};
const limitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'];
// What node reports inside a worker for limits left unset.
const limitDefaults = [48, 2048, 0, 4];

if (!isMainThread) {
  parentPort = io.newPort(info.port);
  if (info.data !== undefined) workerData = io.deserializeMessage(info.data).value;
  if (info.envData !== undefined) {
    for (const [k, v] of io.deserializeMessage(info.envData).value) environmentData.set(k, v);
  }
  resourceLimits = {};
  const given = info.resourceLimits || [];
  for (let i = 0; i < limitNames.length; i++) {
    resourceLimits[limitNames[i]] = given[i] > 0 ? given[i] : limitDefaults[i];
  }
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kLimits = Symbol('kLimits');
const kOptions = Symbol('kOptions');
const kAsync = Symbol('kAsync');
const kExiting = Symbol('kExiting');
const kOnline = Symbol('kOnline');
const asyncContext = require('internal/async_context');
const { netChannels } = require('internal/net');

function isURL(v) {
  return v !== null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string';
}

// execArgv: node's per-isolate and per-environment options are a worker's
// own (node takes them all; gojanet honours those it has, as on its command
// line, and accepts the rest as it does there). V8's options, per-process
// ones, unknown ones and an option missing its value are
// ERR_WORKER_INVALID_EXEC_ARGV, as in node.
// the process's (refused in a worker's NODE_OPTIONS too)
const perProcess = new Set([
  '--enable-fips', '--force-fips', '--icu-data-dir', '--node-memory-debug', '--openssl-config',
  '--openssl-legacy-provider', '--openssl-shared-config', '--no-openssl-legacy-provider',
  '--no-openssl-shared-config', '--secure-heap', '--secure-heap-min', '--snapshot-blob', '--title',
  '--trace-event-categories', '--trace-event-file-pattern', '--trace-events-enabled', '--use-bundled-ca',
  '--use-largepages', '--use-openssl-ca', '--v8-pool-size', '--watch', '--watch-path',
  '--watch-preserve-output', '--zero-fill-buffers', '--no-zero-fill-buffers',
]);
const notPerWorker = new Set([
  // V8's
  '--abort-on-uncaught-exception', '--disallow-code-generation-from-strings', '--enable-etw-stack-walking',
  '--expose-gc', '--harmony', '--huge-max-old-generation-size', '--interpreted-frames-native-stack',
  '--jitless', '--max-old-space-size', '--max-semi-space-size', '--perf-basic-prof',
  '--perf-basic-prof-only-functions', '--perf-prof', '--perf-prof-unwinding-info', '--stack-trace-limit',
  ...perProcess,
]);
// Options of node's command line that NODE_OPTIONS does not take.
const commandLineOnly = new Set(['--test', '--env-file', '--check', '-c', '--eval', '-e', '--print', '-p', '--interactive', '-i']);
const takesValue = new Set(['-C', '--conditions', '-r', '--require', '--import', '--loader', '--experimental-loader',
  '--input-type', '--disable-warning', '--dns-result-order', '--env-file', '--max-http-header-size',
  '--unhandled-rejections', '--experimental-default-type', '--experimental-specifier-resolution',
  '--es-module-specifier-resolution', '--diagnostic-dir', '--redirect-warnings', '--tls-keylog',
  '--tls-cipher-list', '--heapsnapshot-signal', '--heapsnapshot-near-heap-limit', '--inspect-port',
  '--debug-port', '--report-dir', '--report-directory', '--report-filename', '--report-signal',
  '--test-reporter', '--test-reporter-destination', '--test-shard', '--allow-fs-read', '--allow-fs-write',
  '--experimental-policy', '--policy-integrity', '--icu-data-dir', '--eval', '-e', '--print', '-p']);

function invalidExecArgv(list) {
  const nodeFlags = require('internal/environment_flags');
  const bad = [];
  for (let i = 0; i < list.length; i++) {
    const arg = list[i];
    if (arg === '--') break;
    if (!arg.startsWith('-')) continue;
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const known = nodeFlags.has(name) || commandLineOnly.has(name) || /^--harmony(?:-|$)/.test(name);
    if (name === '--watch') {
      bad.push(`${arg} requires specifying a file`); // node's check, before the process option's
    } else if (!known || notPerWorker.has(name) || name.startsWith('--harmony')) {
      bad.push(arg);
    } else if (eq === -1 && takesValue.has(name)) {
      if (i + 1 < list.length) i++;
      else bad.push(`${arg} requires an argument`);
    }
  }
  return bad;
}

// Options NODE_OPTIONS may not hold, besides the command line's own.
const notInNodeOptions = new Set(['-v', '--version', '-h', '--help', '-pe', '--stack-size', '--test-force-exit',
  '--test-concurrency', '--test-timeout', '--test-name-pattern', '--']);

// The first problem with options.env's NODE_OPTIONS, as node reports it
// when it makes the worker, or undefined: node splits it as on start-up
// (double quotes group, a backslash escapes inside them), skips words that
// are not options, and refuses what the main thread's NODE_OPTIONS refuses
// and the per-process options.
function nodeOptionsProblem(value) {
  const tokens = [];
  let cur = '';
  let inToken = false;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted && c === '\\' && i + 1 < value.length) {
      cur += value[++i];
    } else if (c === '"') {
      quoted = !quoted;
      inToken = true;
    } else if (c === ' ' && !quoted) {
      if (inToken) tokens.push(cur);
      cur = '';
      inToken = false;
    } else {
      cur += c;
      inToken = true;
    }
  }
  if (quoted) return 'invalid value for NODE_OPTIONS (unterminated string)\n';
  if (inToken) tokens.push(cur);
  const nodeFlags = require('internal/environment_flags');
  for (let i = 0; i < tokens.length; i++) {
    const arg = tokens[i];
    if (!arg.startsWith('-') || arg === '-') continue;
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const shown = eq === -1 ? name : `${name}=`;
    if (name === '--watch') return `${arg} requires specifying a file`;
    if (commandLineOnly.has(name) || notInNodeOptions.has(name) || perProcess.has(name) || !nodeFlags.has(name)) {
      return `${shown} is not allowed in NODE_OPTIONS`;
    }
    if (eq === -1 && takesValue.has(name)) {
      if (i + 1 >= tokens.length) return `${arg} requires an argument`;
      i++;
    }
  }
  return undefined;
}

function workerExecArgv(execArgv) {
  const list = execArgv.map((a) => `${a}`);
  const end = list.indexOf('--');
  return end === -1 ? list : list.slice(0, end);
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    validateObject(options, 'options');
    const { argv = [], env, execArgv, stdin, stdout, stderr, transferList, name = '' } = options;
    const internal = options[io.kInternalThread] === true;
    const isEval = Boolean(options.eval) || internal;
    if (!Array.isArray(argv)) throw new ERR_INVALID_ARG_TYPE('options.argv', 'Array', argv);
    // options.env's NODE_OPTIONS is checked first, as node does
    if (env !== SHARE_ENV && env !== null && typeof env === 'object' && typeof env.NODE_OPTIONS === 'string') {
      const problem = nodeOptionsProblem(env.NODE_OPTIONS);
      if (problem !== undefined) throw new ERR_WORKER_INVALID_EXEC_ARGV([problem], 'invalid NODE_OPTIONS env variable');
    }
    if (execArgv !== undefined) {
      if (!Array.isArray(execArgv)) throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', execArgv);
      const bad = invalidExecArgv(execArgv.map((a) => `${a}`));
      if (bad.length > 0) throw new ERR_WORKER_INVALID_EXEC_ARGV(bad);
    }
    let file;
    let dataURL; // a data: URL's module: { url, source } or { url, error }
    if (isEval) {
      if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval, 'must be false when \'filename\' is not a string');
      }
      file = filename;
    } else if (isURL(filename) && filename.protocol === 'data:') {
      dataURL = readDataURL(filename.href);
      file = dataURL.source;
    } else if (isURL(filename)) {
      if (filename.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
      file = require('url').fileURLToPath(filename);
    } else {
      if (typeof filename !== 'string') throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
      if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) throw new ERR_WORKER_PATH(filename);
      file = path.resolve(filename);
    }
    validateString(name, 'options.name');

    let envList;
    if (env === SHARE_ENV) {
      envList = []; // the worker's process.env is this thread's (spawn's shareEnv)
    } else if (env !== undefined && env !== null) {
      if (typeof env !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], env);
      }
      envList = envPairs(env);
    } else {
      envList = envPairs(process.env);
    }
    const limits = [-1, -1, -1, 4];
    if (options.resourceLimits !== undefined) {
      validateObject(options.resourceLimits, 'options.resourceLimits');
      for (let i = 0; i < limitNames.length; i++) {
        const v = options.resourceLimits[limitNames[i]];
        if (typeof v === 'number' && v > 0) limits[i] = v;
      }
    }
    this[kLimits] = limits;
    this[kOptions] = { stdout: Boolean(stdout), stderr: Boolean(stderr) };

    const data = io.toParts(options.workerData, transferList, 'transferList');
    const envData = io.toParts(environmentData);

    const { Readable, Writable } = require('stream');
    // worker.stdout/stderr always get the worker's output; without the
    // stdout/stderr options they are piped to the parent's own.
    this.stdout = new Readable({ read() {} });
    this.stderr = new Readable({ read() {} });
    if (!stdout) this.stdout.on('data', (chunk) => process.stdout.write(chunk));
    if (!stderr) this.stderr.on('data', (chunk) => process.stderr.write(chunk));
    this.stdin = null;
    const handle = binding.spawn({
      filename: file,
      eval: isEval || dataURL !== undefined,
      module: dataURL !== undefined,
      url: dataURL === undefined ? '' : dataURL.url,
      argv: argv.map(String),
      env: envList,
      shareEnv: env === SHARE_ENV,
      // `--` ends the options, as on node's command line: it and what
      // follows are not in the worker's process.execArgv.
      execArgv: execArgv === undefined ? undefined : workerExecArgv(execArgv),
      name: `${name}`,
      resourceLimits: limits,
      // (node's default: a worker's fs.open() descriptors still open close
      // when it ends)
      trackUnmanagedFds: !!(options.trackUnmanagedFds ?? true),
      stdin: Boolean(stdin),
      internal,
    }, data, envData, {
      online: () => {
        this[kOnline] = true;
        this.emit('online');
      },
      stdio: (fd, chunk) => this.#stdio(fd, chunk),
      error: (parts) => {
        let err;
        try {
          err = require('internal/worker/child').deserializeError(io.deserializeMessage(parts).value);
        } catch (e) {
          err = e;
        }
        this.emit('error', err);
      },
      exit: (code) => this.#exit(code),
    });
    if (handle.initError !== undefined) {
      this[kHandle] = null;
      Object.defineProperty(this, 'threadId', { value: -1, writable: false, enumerable: true, configurable: true });
      this.stdout.push(null);
      this.stderr.push(null);
      this.performance = { eventLoopUtilization: () => ({ idle: 0, active: 0, utilization: 0 }) };
      process.nextTick(() => {
        this.emit('error', new codes.ERR_WORKER_INIT_FAILED(handle.initError));
        this.emit('exit', 1);
      });
      return;
    }
    this[kHandle] = handle;
    if (asyncContext.state.active !== 0) {
      // The WORKER resource hooks see: its hasRef() follows the handle, and
      // is undefined once the worker is gone (node's handle is then freed).
      const resource = {
        hasRef: () => {
          const h = this[kHandle] !== null ? this[kHandle] : this[kExiting];
          return h === null || h === undefined ? undefined : h.hasRef();
        },
      };
      this[kAsync] = asyncContext.init('WORKER', {}, resource);
    }
    if (stdin) {
      this.stdin = new Writable({
        write(chunk, encoding, cb) {
          handle.writeStdin(typeof chunk === 'string' ? require('buffer').Buffer.from(chunk, encoding) : chunk, false);
          cb();
        },
        final(cb) {
          handle.writeStdin(null, true);
          cb();
        },
      });
    }
    Object.defineProperty(this, 'threadId', { value: handle.threadId, writable: false, enumerable: true, configurable: true });
    const port = io.newPort(handle.port);
    this[kPort] = port;
    port.on('message', (value) => this.emit('message', value));
    port.on('messageerror', (err) => this.emit('messageerror', err));
    // The worker handle keeps the loop alive, not the port.
    port.unref();
    // worker.performance.eventLoopUtilization(): the worker's loop, read
    // through its handle (zeros before it turns and once it has exited).
    let loopStart = -1;
    const worker = this;
    this.performance = {
      eventLoopUtilization(util1, util2) {
        const h = worker[kHandle];
        if (h === null || !worker[kOnline]) return { idle: 0, active: 0, utilization: 0 };
        if (loopStart === -1) loopStart = h.loopStartTime();
        return require('perf_hooks')._utilization(loopStart, h.loopIdleTime(), util1, util2);
      },
    };
    if (internal) return;
    process.nextTick(() => process.emit('worker', this));
    // diagnostics_channel 'worker_threads' (set once diagnostics_channel
    // is loaded: until then nobody can subscribe).
    const dc = netChannels.worker;
    if (dc !== null && dc.hasSubscribers) dc.publish({ worker: this });
  }

  #stdio(fd, chunk) {
    (fd === 1 ? this.stdout : this.stderr).push(chunk);
  }

  #exit(code) {
    const handle = this[kHandle];
    Object.defineProperty(this, 'threadId', { value: -1, writable: false, enumerable: true, configurable: true });
    this.stdout.push(null);
    this.stderr.push(null);
    // What the worker posted before it ended is emitted before 'exit', and
    // the public port no longer keeps anything alive (node's kOnExit); the
    // handle hooks see lives until 'exit' has been emitted.
    io.drainMessagePort(this[kPort]);
    this[kPort].unref();
    this[kHandle] = null;
    this[kExiting] = handle;
    try {
      this.emit('exit', code);
    } finally {
      this[kExiting] = null;
      asyncContext.destroyLater(this[kAsync]);
      this.removeAllListeners('message');
      this.removeAllListeners('messageerror');
    }
  }

  postMessage(...args) {
    if (this[kHandle] === null) return;
    this[kPort].postMessage(...args);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      if (this[kHandle] === null) return Promise.resolve();
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kHandle] === null) return Promise.resolve();
    const handle = this[kHandle];
    return new Promise((resolve) => {
      this.once('exit', (code) => resolve(code));
      handle.ref(); // an unref'd worker's 'exit' must still come
      handle.terminate();
    });
  }

  // getHeapSnapshot([options]) → a Promise of a Readable of the worker's
  // heap snapshot, taken on the worker's loop; rejects once it has exited.
  getHeapSnapshot(options) {
    const { heapSnapshotOptions, heapSnapshotStream } = require('internal/heap_utils');
    const numeric = heapSnapshotOptions(options);
    const handle = this[kHandle];
    return new Promise((resolve, reject) => {
      if (handle === null || handle === undefined) {
        reject(new codes.ERR_WORKER_NOT_RUNNING());
        return;
      }
      handle.heapSnapshot(numeric, (err, buf) => {
        if (err !== null) reject(err === 'not running' ? new codes.ERR_WORKER_NOT_RUNNING() : new Error(err));
        else resolve(heapSnapshotStream(buf));
      });
    });
  }

  ref() {
    if (this[kHandle] === null) return;
    this[kHandle].ref();
    this[kPort].ref();
  }

  unref() {
    if (this[kHandle] === null) return;
    this[kHandle].unref();
    this[kPort].unref();
  }

  get resourceLimits() {
    if (this[kHandle] === null) return {};
    const out = {};
    for (let i = 0; i < limitNames.length; i++) out[limitNames[i]] = this[kLimits][i];
    return out;
  }
}

// A data: URL worker runs its body as an ES module, as node's loader does
// for JavaScript MIME types; any other type fails in the worker (its
// 'error' event) with the loader's error, here by running a module that
// throws it.
const jsMimes = new Set(['text/javascript', 'application/javascript', 'application/ecmascript',
  'text/ecmascript', 'application/x-javascript', 'text/x-javascript', 'module']);
function readDataURL(url) {
  const m = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(url);
  if (m === null) return failingModule(url, 'ERR_INVALID_URL', `Invalid URL`);
  const mime = m[1].split(';')[0].trim().toLowerCase();
  const body = m[2] ? require('buffer').Buffer.from(m[3], 'base64').toString() : decodeURIComponent(m[3]);
  if (!jsMimes.has(mime)) {
    return failingModule(url, 'ERR_UNKNOWN_MODULE_FORMAT', `Unknown module format: ${mime} for URL ${url}`, 'RangeError');
  }
  return { url, source: body };
}

function failingModule(url, code, message, cls = 'TypeError') {
  const source = `const e = new ${cls}(${JSON.stringify(message)}); e.code = ${JSON.stringify(code)}; throw e;`;
  return { url, source };
}

function envPairs(env) {
  const out = [];
  for (const k of Object.keys(env)) {
    const v = env[k];
    if (v !== undefined) out.push(`${k}=${v}`);
  }
  return out;
}

// postMessageToThread(threadId, value[, transferList][, timeout]): the
// thread emits process 'workerMessage' (value, this threadId); the promise
// settles with its answer (runtime/threads.go): undefined once a listener
// ran, ERR_WORKER_MESSAGING_FAILED (no such thread or no listener),
// ERR_WORKER_MESSAGING_ERRORED (a listener threw), or
// ERR_WORKER_MESSAGING_TIMEOUT after timeout ms.
async function postMessageToThread(target, value, transferList, timeout) {
  if (typeof transferList === 'number' && timeout === undefined) {
    timeout = transferList;
    transferList = [];
  }
  if (timeout !== undefined) {
    const { validateNumber } = require('internal/validators');
    validateNumber(timeout, 'timeout', 0);
  }
  if (target === threadId) throw new codes.ERR_WORKER_MESSAGING_SAME_THREAD();
  const [data, handles, buffers, shared] = io.toParts(value, transferList, 'transferList');
  return new Promise((resolve, reject) => {
    let timer;
    const cancel = binding.postToThread(target, data, handles, buffers, shared, (status) => {
      if (timer !== undefined) clearTimeout(timer);
      if (status === 0) resolve();
      else if (status === 2) reject(new codes.ERR_WORKER_MESSAGING_ERRORED());
      else reject(new codes.ERR_WORKER_MESSAGING_FAILED());
    });
    if (timeout !== undefined) {
      timer = setTimeout(() => {
        cancel();
        reject(new codes.ERR_WORKER_MESSAGING_TIMEOUT());
      }, timeout);
    }
  });
}

module.exports = {
  isMainThread,
  MessagePort: io.MessagePort,
  MessageChannel: io.MessageChannel,
  markAsUntransferable: io.markAsUntransferable,
  moveMessagePortToContext: io.moveMessagePortToContext,

  receiveMessageOnPort: io.receiveMessageOnPort,
  resourceLimits,
  postMessageToThread,
  threadId,
  SHARE_ENV,
  Worker,
  parentPort,
  workerData,
  BroadcastChannel: io.BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
