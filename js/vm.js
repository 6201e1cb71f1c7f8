'use strict';
// The `vm` builtin (gojanet): Script, createContext, runIn*Context,
// compileFunction, isContext, measureMemory and constants, with node's
// argument validation and errors, written from node's documentation
// (nodejs.org/api/vm.html) and by comparing behaviour with the real node.
//
// Path: a Script compiles its source once in Go (internalBinding
// ('contextify'), modules/vm) into a goja program that any runtime can run.
// runInThisContext runs it on the main runtime. createContext gives the
// sandbox object a context: a goja runtime of its own (own global object
// and intrinsics, as a V8 context) whose global is a proxy onto the
// sandbox, joined to the main runtime by a membrane (modules/vm explains
// both); a WeakMap here maps contextified sandboxes to their context
// handles. runInContext runs the program on the context's runtime; what it
// returns or throws arrives through the membrane. A timeout or
// breakOnSigint interrupts the running runtime from Go, and the binding
// throws its TIMEOUT/SIGINT marker, turned here into node's error. With
// displayErrors, an error thrown by the script gets node's "arrow" (file:
// line, the source line, a caret) in front of its stack.
//
// Not provided: vm.SourceTextModule and vm.SyntheticModule (node has them
// only with --experimental-vm-modules) and V8's code cache. A context's
// WebAssembly is the main runtime's (gojanet's is in JS over wazero);
// codeGeneration.wasm = false gives it one that refuses to compile, and
// codeGeneration.strings = false makes eval and Function throw EvalError.
// microtaskMode is validated; each context has its own microtask queue,
// drained when the code it runs returns (as 'afterEvaluate' does).
// cachedData is accepted when it comes from a source of the same length, as V8's
// check, and carries no compiled code.

const binding = internalBinding('contextify');
const host = internalBinding('host');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_SCRIPT_EXECUTION_INTERRUPTED,
    ERR_SCRIPT_EXECUTION_TIMEOUT,
    ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING,
    ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG,
  },
  decoratedErrors: decorated,
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateStringArray,
  validateUint32,
} = require('internal/validators');

const kHandle = Symbol('kHandle');
const kSource = Symbol('kSource');
const kParsingContext = Symbol('script parsing context');
// contextified sandbox → its context handle (and name, for inspection)
// (internal/vm_realm: builtins evaluated in a context's realm use it too)
const { contexts, realmRequire } = require('internal/vm_realm');
let defaultContextNameIndex = 1;

const constants = Object.freeze(Object.setPrototypeOf({
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
}, null));

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

// cachedData: no compiled code can be cached (goja programs cannot be
// serialised), so the data only identifies its source the way V8's check
// does (V8 compares the source's length and flags, not its text): data
// from a source of the same length is accepted, any other rejected.
function makeCachedData(source) {
  const { Buffer } = require('buffer');
  const b = Buffer.alloc(8);
  b.write('GJVM', 0, 'latin1');
  b.writeUInt32LE(source.length >>> 0, 4);
  return b;
}

function cachedDataMatches(data, source) {
  const u8 = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const want = makeCachedData(source);
  if (u8.length !== want.length) return false;
  for (let i = 0; i < u8.length; i++) if (u8[i] !== want[i]) return false;
  return true;
}

// Dynamic import(): goja cannot parse it, so source where it stands in the
// way of compiling has each `import(` rewritten to a call of a hidden
// global, __gojanet_vm_import(id, specifier), id naming the script's
// importModuleDynamically. As node 20 without --experimental-vm-modules:
// no callback rejects with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING, a
// callback with ..._MISSING_FLAG, and USE_MAIN_CONTEXT_DEFAULT_LOADER
// imports as the main context does.
const kImportHook = '__gojanet_vm_import';
const importOptions = new Map(); // id → importModuleDynamically
let nextImportId = 1;
const importSyntax = /\bimport(\s*)\(/;

function vmImport(id, specifier) {
  const how = importOptions.get(id);
  if (how === constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    return new Promise((resolve) => {
      const exports = require('module').createRequire(process.cwd() + '/')(`${specifier}`);
      const ns = Object.create(null);
      if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
        for (const k of Object.keys(exports)) ns[k] = exports[k];
      }
      ns.default = exports;
      Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
      resolve(Object.freeze(ns));
    });
  }
  if (how === undefined) return Promise.reject(new ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING());
  return Promise.reject(new ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG());
}

// compileWithImport runs compile(code); if that fails and code has an
// import( in it, compile(rewritten code) is tried before giving up.
function compileWithImport(code, importModuleDynamically, compile) {
  try {
    return compile(code);
  } catch (err) {
    if (!importSyntax.test(code)) throw err;
    const id = nextImportId++;
    const rewritten = code.replace(/\bimport(\s*)\(/g, `${kImportHook}$1(${id}, `);
    let result;
    try {
      result = compile(rewritten);
    } catch {
      throw err;
    }
    if (!Object.prototype.hasOwnProperty.call(globalThis, kImportHook)) {
      // Defined on the main global only once a script needs it.
      Object.defineProperty(globalThis, kImportHook, { value: vmImport, enumerable: false, configurable: true });
    }
    if (importModuleDynamically !== undefined) {
      importOptions.set(id, importModuleDynamically);
      if (importModuleDynamically === constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
        process.emitWarning('vm.USE_MAIN_CONTEXT_DEFAULT_LOADER is an experimental feature and might change at any time',
                            'ExperimentalWarning');
      }
    }
    return result;
  }
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function validateImportModuleDynamically(fn) {
  if (fn !== undefined && fn !== constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    validateFunction(fn, 'options.importModuleDynamically');
  }
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
      [kParsingContext]: parsingContext,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    validateImportModuleDynamically(importModuleDynamically);
    if (parsingContext !== undefined) validateContext(parsingContext);

    let handle;
    try {
      handle = compileWithImport(code, importModuleDynamically,
                                 (src) => binding.compile(src, filename, lineOffset, columnOffset));
    } catch (err) {
      throw decorateSyntaxError(err);
    }
    Object.defineProperty(this, kHandle, { value: handle });
    Object.defineProperty(this, kSource, { value: { code, filename, lineOffset, columnOffset } });
    if (cachedData !== undefined) {
      this.cachedDataRejected = !cachedDataMatches(cachedData, code);
    } else if (produceCachedData) {
      this.cachedData = makeCachedData(code);
      this.cachedDataProduced = true;
    }
    // The URL of a `//# sourceMappingURL=` comment, as V8 reports it.
    const m = /\/\/[#@] sourceMappingURL=([^\s'"]*)\s*$/.exec(code);
    this.sourceMapURL = m ? m[1] : undefined;
  }

  runInThisContext(options) {
    const args = runArgs(options);
    return run(this, null, args);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const args = runArgs(options);
    return run(this, contexts.get(contextifiedObject).handle, args);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    if (this == null || typeof this.runInContext !== 'function') {
      throw new TypeError('this.runInContext is not a function'); // V8's words; goja's differ
    }
    return this.runInContext(context, options);
  }

  createCachedData() {
    return makeCachedData(this[kSource].code);
  }
}

function runArgs(options = {}) {
  validateObject(options, 'options');
  let timeout = options.timeout;
  if (timeout === undefined) {
    timeout = -1;
  } else {
    validateUint32(timeout, 'options.timeout', true);
  }
  const { displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout, displayErrors, breakOnSigint };
}

function run(script, contextHandle, { timeout, displayErrors, breakOnSigint }) {
  try {
    return binding.run(script[kHandle], contextHandle, timeout, breakOnSigint);
  } catch (err) {
    if (err === binding.TIMEOUT) throw new ERR_SCRIPT_EXECUTION_TIMEOUT(timeout);
    if (err === binding.SIGINT) throw new ERR_SCRIPT_EXECUTION_INTERRUPTED();
    if (displayErrors) decorateErrorStack(err, script[kSource]);
    throw err;
  }
}

// decorateErrorStack puts node's arrow (file:line, the source line and a
// caret under the column) in front of the stack of an error the script
// threw, located by the first stack frame in the script's file.
function decorateErrorStack(err, source) {
  if (err === null || typeof err !== 'object' || decorated.has(err)) return;
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  const file = source.filename;
  const at = stack.indexOf(file + ':');
  if (at < 0) return;
  const m = /^:(\d+):(\d+)/.exec(stack.slice(at + file.length));
  if (!m) return;
  const line = Number(m[1]);
  const col = Number(m[2]);
  const lines = source.code.split('\n');
  const idx = line - 1 - Math.max(0, source.lineOffset);
  if (idx < 0 || idx >= lines.length) return;
  const text = lines[idx].replace(/\r$/, '');
  // The column counts the columnOffset on the first line; the arrow shows
  // the source as written.
  let caretCol = col - 1 - (idx === 0 ? Math.max(0, source.columnOffset) : 0);
  // V8 points at a throw statement, goja at the value thrown.
  const before = /\bthrow\s+$/.exec(text.slice(0, caretCol));
  if (before) caretCol = before.index;
  if (caretCol < 0) caretCol = 0;
  const arrow = `${file}:${line}\n${text}\n${' '.repeat(caretCol)}^\n`;
  try {
    err.stack = `${arrow}\n${stack}`;
    decorated.add(err);
  } catch {
    // a frozen error keeps its stack
  }
}

// A SyntaxError from compiling carries its arrow under host.arrowKey (the
// runtime prints it above the stack when the error is fatal); node's vm
// puts it in the stack itself.
function decorateSyntaxError(err) {
  if (err !== null && typeof err === 'object' && typeof err[host.arrowKey] === 'string') {
    const arrow = err[host.arrowKey];
    try {
      err.stack = `${arrow}\n\n${err.stack}`;
      delete err[host.arrowKey];
    } catch {
      // keep it as it is
    }
  }
  return err;
}

function getContextOptions(options) {
  if (!options) return {};
  const contextOptions = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (contextOptions.name !== undefined) validateString(contextOptions.name, 'options.contextName');
  if (contextOptions.origin !== undefined) validateString(contextOptions.origin, 'options.contextOrigin');
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    contextOptions.codeGeneration = { strings, wasm };
  }
  if (options.microtaskMode !== undefined) validateString(options.microtaskMode, 'options.microtaskMode');
  return contextOptions;
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return contexts.has(object);
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject !== constants.DONT_CONTEXTIFY && isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const {
    name = `VM Context ${defaultContextNameIndex++}`,
    origin,
    codeGeneration,
    microtaskMode,
    importModuleDynamically,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) validateObject(codeGeneration, 'options.codeGeneration');
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) {
    ({ strings = true, wasm = true } = codeGeneration);
  }
  validateBoolean(strings, 'options.codeGeneration.strings');
  validateBoolean(wasm, 'options.codeGeneration.wasm');
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  validateImportModuleDynamically(importModuleDynamically);
  if (contextObject === constants.DONT_CONTEXTIFY) {
    // A context whose global is an ordinary global object, returned as it is.
    const handle = binding.makeContext(null, name);
    setUpContext(handle, strings, wasm);
    const global = binding.globalOf(handle);
    contexts.set(global, { handle, name });
    withStackAPI(global);
    return global;
  }
  const handle = binding.makeContext(contextObject, name);
  setUpContext(handle, strings, wasm);
  contexts.set(contextObject, { handle, name });
  withStackAPI(contextObject);
  return contextObject;
}

// Every V8 context has Error.captureStackTrace, stackTraceLimit and
// prepareStackTrace (jest's test environment is a context, and the packages
// a test loads, depd among them, call them): the context runs
// internal/error_stack over its own frames.
function withStackAPI(contextObject) {
  realmRequire(contextObject, 'internal/error_stack').install();
}

function setUpContext(handle, strings, wasm) {
  binding.defineHidden(handle, kImportHook, vmImport);
  if (!strings) binding.restrictCodegen(handle);
  binding.defineLazy(handle, 'WebAssembly', wasm ? () => globalThis.WebAssembly : wasmDisallowed);
  // goja has no Intl either: a context's is the main runtime's (js/internal/intl.js).
  binding.defineLazy(handle, 'Intl', () => globalThis.Intl);
  // Nor these, which gojanet makes in JavaScript for the main runtime: a
  // context sees the main runtime's (jsdom reads every global of a context).
  for (const name of ['Atomics', 'SharedArrayBuffer', 'WeakRef', 'FinalizationRegistry']) {
    binding.defineLazy(handle, name, () => globalThis[name]);
  }
}

// The WebAssembly global of a context. goja has none of its own: a
// context uses the main runtime's (through the membrane), or, with
// codeGeneration.wasm false, one whose compiling entry points throw
// CompileError as V8's do when the embedder disallows wasm code generation.
let restrictedWasm;
function wasmDisallowed() {
  if (restrictedWasm === undefined) {
    const W = globalThis.WebAssembly;
    const denied = (what) => new W.CompileError(`WebAssembly.${what}(): Wasm code generation disallowed by embedder`);
    restrictedWasm = Object.create(Object.getPrototypeOf(W));
    for (const k of Reflect.ownKeys(W)) Object.defineProperty(restrictedWasm, k, Object.getOwnPropertyDescriptor(W, k));
    const Module = function Module() { throw denied('Module'); };
    Module.prototype = W.Module.prototype;
    Object.assign(restrictedWasm, {
      Module,
      compile() { return Promise.reject(denied('compile')); },
      instantiate() { return Promise.reject(denied('instantiate')); },
      compileStreaming() { return Promise.reject(denied('compileStreaming')); },
      instantiateStreaming() { return Promise.reject(denied('instantiateStreaming')); },
    });
  }
  return restrictedWasm;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  options = { ...options, [kParsingContext]: contextObject };
  return createScript(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) validateStringArray(params, 'params');
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null || !isContext(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((extension, i) => {
    validateObject(extension, `options.contextExtensions[${i}]`, { nullable: true });
  });
  validateImportModuleDynamically(importModuleDynamically);

  let fn;
  try {
    const ctx = parsingContext === undefined ? null : contexts.get(parsingContext).handle;
    fn = compileWithImport(code, importModuleDynamically,
                           (src) => binding.compileFunction(src, filename || '<anonymous>', lineOffset, columnOffset,
                                                            params || [], ctx, contextExtensions));
  } catch (err) {
    throw decorateSyntaxError(err);
  }
  if (produceCachedData) {
    fn.cachedDataProduced = true;
    fn.cachedData = makeCachedData(code);
  } else if (cachedData !== undefined) {
    fn.cachedDataRejected = !cachedDataMatches(cachedData, code);
  }
  return fn;
}

const measureModes = { summary: true, detailed: true };
const measureExecutions = { default: true, eager: true };

// measureMemory estimates the memory of the main context (and, detailed,
// of each context) from the heap in use: gojanet's contexts share one Go
// heap, so the figure is the same estimate for all.
function measureMemory(options = {}) {
  process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
                      'ExperimentalWarning');
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateString(mode, 'options.mode');
  validateString(execution, 'options.execution');
  if (!measureModes[mode]) throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
  if (!measureExecutions[execution]) throw new ERR_INVALID_ARG_VALUE('options.execution', execution);
  const used = process.memoryUsage().heapUsed;
  const estimate = { jsMemoryEstimate: used, jsMemoryRange: [used, process.memoryUsage().heapTotal] };
  const result = { total: estimate };
  if (mode === 'detailed') {
    result.current = estimate;
    result.other = [];
  }
  return Promise.resolve(result);
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
