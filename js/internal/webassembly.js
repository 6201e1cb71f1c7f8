'use strict';
// The WebAssembly global (the JS API), over wazero (modules/wasm,
// internalBinding('wasm')).
//
// Module wraps a compiled module; Instance checks and looks up every
// import in the import object (in import order, with V8's errors), and the
// binding links and instantiates, returning the exports; exported
// functions are Go functions calling straight into wasm (no JS between),
// memories and globals are wrapped in Memory and Global objects here.
// compile/instantiate compile on the worker pool; compileStreaming and
// instantiateStreaming read a fetch Response first. Table, Tag and
// Exception are not provided: wazero gives no access to tables from the
// host, and modules importing a table or a memory get a LinkError saying
// so (see ARCHITECTURE.md).

const binding = internalBinding('wasm');

const kHandle = Symbol('kHandle');
const kExports = Symbol('kExports');

// setHandle keeps the binding's handle on a wrapper out of sight (not
// enumerable), so util.inspect shows what V8's objects show: nothing.
function setHandle(o, handle) {
  Object.defineProperty(o, kHandle, { value: handle, writable: true, configurable: true });
}

class CompileError extends Error {
  constructor(message) {
    super(message);
    this.name = 'CompileError';
  }
}
class LinkError extends Error {
  constructor(message) {
    super(message);
    this.name = 'LinkError';
  }
}
class RuntimeError extends Error {
  constructor(message) {
    super(message);
    this.name = 'RuntimeError';
  }
}
binding.setErrors({ CompileError, LinkError, RuntimeError });

// bufferSource copies a BufferSource's bytes (the binding copies again:
// the caller may change its buffer after compile returns).
function bufferSource(value, api) {
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError(`${api}: Argument 0 must be a buffer source`);
}

function newModule(handle) {
  const m = Object.create(Module.prototype);
  setHandle(m, handle);
  return m;
}

class Module {
  constructor(bytes) {
    if (new.target === undefined) throw new TypeError("WebAssembly.Module must be invoked with 'new'");
    setHandle(this, binding.compile(bufferSource(bytes, 'WebAssembly.Module()')));
  }

  static imports(module) {
    return binding.moduleImports(moduleHandle(module, 'WebAssembly.Module.imports()'));
  }

  static exports(module) {
    return binding.moduleExports(moduleHandle(module, 'WebAssembly.Module.exports()'));
  }

  static customSections(module, sectionName) {
    const h = moduleHandle(module, 'WebAssembly.Module.customSections()');
    if (sectionName === undefined) {
      throw new TypeError('WebAssembly.Module.customSections(): Argument 1 is required');
    }
    return binding.customSections(h, String(sectionName));
  }
}

function moduleHandle(module, api) {
  if (module === null || typeof module !== 'object' || module[kHandle] === undefined ||
      !(module instanceof Module)) {
    throw new TypeError(`${api}: Argument 0 must be a WebAssembly.Module`);
  }
  return module[kHandle];
}

// importValues looks every import up, in order, as V8 does.
function importValues(handle, importObject, api) {
  const imports = binding.moduleImports(handle);
  if (imports.length > 0 && (importObject === undefined || importObject === null ||
      (typeof importObject !== 'object' && typeof importObject !== 'function'))) {
    throw new TypeError(`${api}: Imports argument must be present and must be an object`);
  }
  if (importObject !== undefined && importObject !== null &&
      typeof importObject !== 'object' && typeof importObject !== 'function') {
    throw new TypeError(`${api}: Argument 1 must be an object`);
  }
  const values = [];
  for (let i = 0; i < imports.length; i++) {
    const { module, name, kind } = imports[i];
    const ns = importObject[module];
    if (ns === null || (typeof ns !== 'object' && typeof ns !== 'function')) {
      throw new TypeError(`${api}: Import #${i} "${module}": module is not an object or function`);
    }
    const v = ns[name];
    if (kind === 'function' && typeof v !== 'function') {
      throw new LinkError(`${api}: Import #${i} "${module}" "${name}": function import requires a callable`);
    }
    if (kind === 'memory' && !(v instanceof Memory)) {
      throw new LinkError(`${api}: Import #${i} "${module}" "${name}": memory import must be a WebAssembly.Memory object`);
    }
    if (kind === 'table') {
      throw new LinkError(`${api}: Import #${i} "${module}" "${name}": table import requires a WebAssembly.Table`);
    }
    values.push(v);
  }
  return values;
}

class Instance {
  constructor(module, importObject) {
    if (new.target === undefined) throw new TypeError("WebAssembly.Instance must be invoked with 'new'");
    const handle = moduleHandle(module, 'WebAssembly.Instance()');
    const values = importValues(handle, importObject, 'WebAssembly.Instance()');
    const exports = { __proto__: null };
    for (const [kind, name, value] of binding.instantiate(handle, values)) {
      if (kind === 'function') exports[name] = value;
      else if (kind === 'memory') exports[name] = wrap(Memory, value);
      else if (kind === 'global') exports[name] = wrap(Global, value);
      else if (kind === 'instance') setHandle(this, value);
    }
    Object.defineProperty(this, kExports, { value: Object.freeze(exports) });
  }

  // An accessor on the prototype, as V8's.
  get exports() {
    if (this === null || typeof this !== 'object' || !(kExports in this)) {
      throw new TypeError('WebAssembly.Instance.exports(): Receiver is not a WebAssembly.Instance');
    }
    return this[kExports];
  }
}

function wrap(Class, handle) {
  const o = Object.create(Class.prototype);
  setHandle(o, handle);
  return o;
}

function pages(descriptor, key, api, required) {
  const v = descriptor[key];
  if (v === undefined) {
    if (required) throw new TypeError(`${api}: Property '${key}' is required`);
    return -1;
  }
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) {
    throw new TypeError(`${api}: Property '${key}' must be convertible to a valid number`);
  }
  if (n > 65536) {
    throw new RangeError(`${api}: Property '${key}': value ${n} is above the upper bound 65536`);
  }
  return Math.trunc(n);
}

class Memory {
  constructor(descriptor) {
    if (new.target === undefined) throw new TypeError("WebAssembly.Memory must be invoked with 'new'");
    const api = 'WebAssembly.Memory()';
    if (descriptor === null || typeof descriptor !== 'object') {
      throw new TypeError(`${api}: Argument 0 must be a memory descriptor`);
    }
    const initial = pages(descriptor, 'initial', api, true);
    const maximum = pages(descriptor, 'maximum', api, false);
    if (maximum >= 0 && maximum < initial) {
      throw new RangeError(`${api}: Property 'maximum': value ${maximum} is below the lower bound ${initial}`);
    }
    if (descriptor.shared) {
      throw new TypeError(`${api}: shared memory is not supported by gojanet`);
    }
    setHandle(this, binding.newMemory(initial, maximum));
  }

  get buffer() {
    return binding.memoryBuffer(memoryHandle(this));
  }

  grow(delta) {
    const h = memoryHandle(this);
    const n = Number(delta);
    if (!Number.isFinite(n) || n < 0) {
      throw new TypeError('WebAssembly.Memory.grow(): Argument 0 must be convertible to a valid number');
    }
    const prev = binding.memoryGrow(h, Math.trunc(n));
    if (prev < 0) throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
    binding.memoryBuffer(h); // detaches the old buffer, as V8 does even for grow(0)
    return prev;
  }
}

function memoryHandle(m) {
  if (m === null || typeof m !== 'object' || m[kHandle] === undefined || !(m instanceof Memory)) {
    throw new TypeError('Receiver is not a WebAssembly.Memory');
  }
  return m[kHandle];
}

const valueTypes = new Set(['i32', 'i64', 'f32', 'f64']);

class Global {
  constructor(descriptor, value) {
    if (new.target === undefined) throw new TypeError("WebAssembly.Global must be invoked with 'new'");
    const api = 'WebAssembly.Global()';
    if (descriptor === null || typeof descriptor !== 'object') {
      throw new TypeError(`${api}: Argument 0 must be a global descriptor`);
    }
    const type = descriptor.value;
    if (!valueTypes.has(type)) {
      throw new TypeError(`${api}: Descriptor property 'value' must be a WebAssembly type`);
    }
    if (value === undefined) value = type === 'i64' ? 0n : 0;
    setHandle(this, binding.newGlobal(type, !!descriptor.mutable, value));
  }

  get value() {
    return binding.globalGet(globalHandle(this));
  }

  set value(v) {
    if (!binding.globalSet(globalHandle(this), v)) {
      throw new TypeError("set WebAssembly.Global.value: Can't set the value of an immutable global.");
    }
  }

  valueOf() {
    return binding.globalGet(globalHandle(this));
  }
}

function globalHandle(g) {
  if (g === null || typeof g !== 'object' || g[kHandle] === undefined || !(g instanceof Global)) {
    throw new TypeError('Receiver is not a WebAssembly.Global');
  }
  return g[kHandle];
}

function compileAsync(bytes) {
  return new Promise((resolve, reject) => {
    binding.compileAsync(bytes, (err, handle) => {
      if (err) reject(err);
      else resolve(newModule(handle));
    });
  });
}

function compile(bytes) {
  let source;
  try {
    source = bufferSource(bytes, 'WebAssembly.compile()');
  } catch (err) {
    return Promise.reject(err);
  }
  return compileAsync(source);
}

function validate(bytes) {
  return binding.validate(bufferSource(bytes, 'WebAssembly.validate()'));
}

function instantiate(source, importObject) {
  if (source instanceof Module) {
    // A module: the promise of its instance (V8 instantiates on a later
    // microtask, so a throwing import getter rejects it).
    return Promise.resolve().then(() => new Instance(source, importObject));
  }
  let bytes;
  try {
    bytes = bufferSource(source, 'WebAssembly.instantiate()');
  } catch {
    return Promise.reject(new TypeError(
      'WebAssembly.instantiate(): Argument 0 must be a buffer source or a WebAssembly.Module object'));
  }
  return compileAsync(bytes).then((module) => ({ module, instance: new Instance(module, importObject) }));
}

async function responseBytes(source, api) {
  const response = await source;
  if (typeof Response === 'undefined' || !(response instanceof Response)) {
    throw new TypeError(`${api}: Argument 0 must be provided and must be a Response`);
  }
  const type = response.headers.get('content-type');
  if (type !== 'application/wasm') {
    throw new TypeError(`${api}: Incorrect response MIME type. Expected 'application/wasm'.`);
  }
  if (!response.ok) {
    throw new TypeError(`${api}: HTTP status code is not ok`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

async function compileStreaming(source) {
  return compileAsync(await responseBytes(source, 'WebAssembly.compileStreaming()'));
}

async function instantiateStreaming(source, importObject) {
  const module = await compileAsync(await responseBytes(source, 'WebAssembly.instantiateStreaming()'));
  return { module, instance: new Instance(module, importObject) };
}

for (const [Class, tag] of [[Module, 'WebAssembly.Module'], [Instance, 'WebAssembly.Instance'],
  [Memory, 'WebAssembly.Memory'], [Global, 'WebAssembly.Global']]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

// WebIDL members are enumerable (class syntax makes them not).
for (const [target, names] of [[Module, ['imports', 'exports', 'customSections']],
  [Instance.prototype, ['exports']], [Memory.prototype, ['grow', 'buffer']], [Global.prototype, ['valueOf', 'value']]]) {
  for (const name of names) Object.defineProperty(target, name, { enumerable: true });
}

const WebAssembly = {};
const members = {
  compile, validate, instantiate, compileStreaming, instantiateStreaming,
  Module, Instance, Memory, Global, CompileError, LinkError, RuntimeError,
};
for (const key of Object.keys(members)) {
  // The functions are enumerable, the classes not, as in V8.
  Object.defineProperty(WebAssembly, key, {
    value: members[key], writable: true, configurable: true, enumerable: !/^[A-Z]/.test(key),
  });
}
Object.defineProperty(WebAssembly, Symbol.toStringTag, { value: 'WebAssembly', configurable: true });

// postMessage and structuredClone clone a Module (V8 shares its compiled
// code): the binary travels and the receiving runtime compiles it again.
const { kClone, kDeserialize } = require('internal/worker/js_transferable');
Object.defineProperty(Module.prototype, kClone, {
  value: function() {
    const bytes = binding.moduleBytes(moduleHandle(this, 'structuredClone'));
    return { data: { bytes }, deserializeInfo: 'internal/webassembly:ClonedModule' };
  },
  configurable: true, writable: true,
});

// What a cloned Module is made as before it is filled; it then is a Module.
class ClonedModule {
  [kDeserialize]({ bytes }) {
    setHandle(this, binding.compile(new Uint8Array(bytes)));
    Object.setPrototypeOf(this, Module.prototype);
  }
}

// instanceHandle is the binding's instance behind an Instance (for wasi).
function instanceHandle(instance) {
  return instance instanceof Instance ? instance[kHandle] : undefined;
}

module.exports = { WebAssembly, instanceHandle, ClonedModule };
