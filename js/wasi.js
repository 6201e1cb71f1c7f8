'use strict';
// The `wasi` builtin: WASI preview1 for WebAssembly modules, on wazero's
// implementation (modules/wasm/wasi.go). A WASI object holds the config
// (args, env, preopens, stdio descriptors) and wasiImport, functions the
// binding recognises when an instance imports them all from
// wasi_snapshot_preview1 (or wasi_unstable): that instance is linked to
// wazero's WASI with this config. start() runs _start and returns the code
// proc_exit gave (or exits the process with it, returnOnExit: false);
// initialize() runs _initialize for a reactor.

const binding = internalBinding('wasm');
const { instanceHandle } = require('internal/webassembly');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_WASI_ALREADY_STARTED },
} = require('internal/errors');
const { validateObject, validateArray, validateBoolean, validateInt32, validateString, validateFunction } =
  require('internal/validators');

const kStarted = Symbol('kStarted');
const kReturnOnExit = Symbol('kReturnOnExit');
const kVersion = Symbol('kVersion');

process.emitWarning('WASI is an experimental feature and might change at any time', 'ExperimentalWarning');

class WASI {
  constructor(options = {}) {
    validateObject(options, 'options');
    const { version } = options;
    validateString(version, 'options.version');
    if (version !== 'unstable' && version !== 'preview1') {
      throw new ERR_INVALID_ARG_VALUE('options.version', version, 'unsupported WASI version');
    }
    const args = [];
    if (options.args !== undefined) {
      validateArray(options.args, 'options.args');
      for (const a of options.args) args.push(String(a));
    }
    const env = [];
    if (options.env !== undefined) {
      validateObject(options.env, 'options.env');
      for (const [k, v] of Object.entries(options.env)) {
        if (v !== undefined) env.push(k, String(v));
      }
    }
    const preopens = [];
    if (options.preopens !== undefined) {
      validateObject(options.preopens, 'options.preopens');
      for (const [guest, host] of Object.entries(options.preopens)) preopens.push(String(guest), String(host));
    }
    const { stdin = 0, stdout = 1, stderr = 2 } = options;
    validateInt32(stdin, 'options.stdin', 0);
    validateInt32(stdout, 'options.stdout', 0);
    validateInt32(stderr, 'options.stderr', 0);
    let returnOnExit = true;
    if (options.returnOnExit !== undefined) {
      validateBoolean(options.returnOnExit, 'options.returnOnExit');
      returnOnExit = options.returnOnExit;
    }
    const [, imports] = binding.newWASI(args, env, preopens, stdin, stdout, stderr);
    this.wasiImport = imports;
    this[kStarted] = false;
    this[kReturnOnExit] = returnOnExit;
    this[kVersion] = version;
  }

  getImportObject() {
    return this[kVersion] === 'unstable' ? { wasi_unstable: this.wasiImport } :
      { wasi_snapshot_preview1: this.wasiImport };
  }

  start(instance) {
    const handle = checkInstance(this, instance, '_start', '_initialize');
    const code = binding.wasiRun(handle, '_start');
    if (code < 0) return 0;
    if (!this[kReturnOnExit]) process.exit(code);
    return code;
  }

  initialize(instance) {
    const handle = checkInstance(this, instance, '_initialize', '_start');
    if (typeof instance.exports._initialize !== 'function') return undefined;
    binding.wasiRun(handle, '_initialize');
    return undefined;
  }
}

// checkInstance validates what start/initialize are given, as node does.
function checkInstance(wasi, instance, want, forbidden) {
  validateObject(instance, 'instance');
  const { exports } = instance;
  validateObject(exports, 'instance.exports');
  if (want === '_start') validateFunction(exports._start, 'instance.exports._start');
  else if (exports._initialize !== undefined) validateFunction(exports._initialize, 'instance.exports._initialize');
  if (exports[forbidden] !== undefined) {
    throw new ERR_INVALID_ARG_TYPE(`instance.exports.${forbidden}`, 'undefined', exports[forbidden]);
  }
  if (!(exports.memory instanceof WebAssembly.Memory)) {
    throw new ERR_INVALID_ARG_TYPE('instance.exports.memory', 'WebAssembly.Memory', exports.memory);
  }
  if (wasi[kStarted]) throw new ERR_WASI_ALREADY_STARTED();
  wasi[kStarted] = true;
  const handle = instanceHandle(instance);
  if (handle === undefined) throw new ERR_INVALID_ARG_TYPE('instance', 'WebAssembly.Instance', instance);
  return handle;
}

module.exports = { WASI };
