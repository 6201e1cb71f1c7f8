'use strict';
// The `util` builtin module for gojanet, written from Node's documentation.

const inspectMod = require('internal/util/inspect');
const { inspect, format, formatWithOptions, stripVTControlCharacters } = inspectMod;
const {
  codes, AbortError, getSystemErrorMap: sysErrMap, uvErrName, errnoException, exceptionWithHostPort,
} = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_FALSY_VALUE_REJECTION,
  ERR_OUT_OF_RANGE,
} = codes;
const {
  validateFunction, validateString, validateNumber, validateAbortSignal, validateOneOf,
} = require('internal/validators');
const { shouldColorize } = require('internal/util/colors');

if (typeof internalBinding === 'function') inspectMod.setInternalBinding(internalBinding);

// ---------------------------------------------------------------------------
// util.types

const t = inspectMod.types;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
function taIs(name) {
  return (v) => t.typedArrayName(v) === name;
}
const mapIterProto = Object.getPrototypeOf(new Map()[Symbol.iterator]());
const setIterProto = Object.getPrototypeOf(new Set()[Symbol.iterator]());
const genProto = Object.getPrototypeOf(function* () {}.prototype);
const types = {
  isPromise: t.isPromise,
  isDate: t.isDate,
  isRegExp: t.isRegExp,
  isNativeError: t.isNativeError,
  isMap: t.isMap,
  isSet: t.isSet,
  isWeakMap: t.isWeakMap,
  isWeakSet: t.isWeakSet,
  isArrayBuffer: t.isArrayBuffer,
  isSharedArrayBuffer: t.isSharedArrayBuffer,
  isAnyArrayBuffer: t.isAnyArrayBuffer,
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isDataView: t.isDataView,
  isTypedArray: t.isTypedArray,
  isUint8Array: taIs('Uint8Array'),
  isUint8ClampedArray: taIs('Uint8ClampedArray'),
  isUint16Array: taIs('Uint16Array'),
  isUint32Array: taIs('Uint32Array'),
  isInt8Array: taIs('Int8Array'),
  isInt16Array: taIs('Int16Array'),
  isInt32Array: taIs('Int32Array'),
  isFloat32Array: taIs('Float32Array'),
  isFloat64Array: taIs('Float64Array'),
  isBigInt64Array: taIs('BigInt64Array'),
  isBigUint64Array: taIs('BigUint64Array'),
  isNumberObject: t.isNumberObject,
  isStringObject: t.isStringObject,
  isBooleanObject: t.isBooleanObject,
  isSymbolObject: t.isSymbolObject,
  isBigIntObject: t.isBigIntObject,
  isBoxedPrimitive: t.isBoxedPrimitive,
  isAsyncFunction: t.isAsyncFunction,
  isGeneratorFunction: t.isGeneratorFunction,
  isGeneratorObject: (v) => typeof v === 'object' && v !== null && Object.getPrototypeOf(Object.getPrototypeOf(v)) === genProto,
  isArgumentsObject: t.isArgumentsObject,
  isMapIterator: (v) => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === mapIterProto,
  isSetIterator: (v) => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === setIterProto,
  // V8's answer: a Proxy (process.env, a host object here as in node, is not).
  isProxy: (v) => ((typeof v === 'object' && v !== null) || typeof v === 'function') && internalBinding('util').getProxyDetails(v) !== undefined,
  isExternal: () => false,
  isModuleNamespaceObject: (v) => typeof v === 'object' && v !== null && v[Symbol.toStringTag] === 'Module' &&
    Object.getPrototypeOf(v) === null,
  isKeyObject: () => false,
  isCryptoKey: () => false,
};
void TypedArrayProto;

// ---------------------------------------------------------------------------
// Legacy helpers.

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol.for('gojanet.util.promisify.customArgs');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descs = Object.getOwnPropertyDescriptors(original);
  const propertiesValues = Object.values(descs);
  for (let i = 0; i < propertiesValues.length; i++) {
    Object.setPrototypeOf(propertiesValues[i], null);
  }
  return Object.defineProperties(fn, descs);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const newReason = new ERR_FALSY_VALUE_REJECTION(reason);
    reason = newReason;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => { process.nextTick(cb, null, ret); },
      (rej) => { process.nextTick(callbackifyOnRejected, rej, cb); });
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const propertiesValues = Object.values(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) {
    Object.setPrototypeOf(propertiesValues[i], null);
  }
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

const codesWarned = new Set();
function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          emitDeprecation(msg, code, deprecated);
        }
      } else {
        emitDeprecation(msg, code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function emitDeprecation(msg, code, ctor) {
  if (process.throwDeprecation) {
    const err = new Error(msg);
    err.name = 'DeprecationWarning';
    if (code !== undefined) err.code = code;
    throw err;
  }
  if (typeof process.emitWarning === 'function') {
    process.emitWarning(msg, 'DeprecationWarning', code, ctor);
  } else {
    const prefix = code ? `[${code}] ` : '';
    console.error(`(node:${process.pid}) ${prefix}DeprecationWarning: ${msg}`);
  }
}

// ---------------------------------------------------------------------------
// debuglog

let debugEnvRe = null;
const debugWarned = new Set();
function initDebugEnv() {
  const env = (process.env && process.env.NODE_DEBUG) || '';
  if (env) {
    const src = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
    debugEnvRe = new RegExp(`^${src}$`, 'i');
  } else {
    debugEnvRe = /^$a/;
  }
}

function debuglog(set, cb) {
  if (debugEnvRe === null) initDebugEnv();
  set = String(set).toUpperCase();
  let enabled;
  let impl;
  function init() {
    enabled = debugEnvRe.test(set);
    if (enabled) {
      const pid = process.pid;
      // node warns once per process when http's or http2's logs are on
      if ((set === 'HTTP' || set === 'HTTP2') && !debugWarned.has(set)) {
        debugWarned.add(set);
        process.emitWarning(`Setting the NODE_DEBUG environment variable to '${set.toLowerCase()}' can expose ` +
          'sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
      }
      const colors = shouldColorize(process.stderr);
      impl = function debug(...args) {
        const msg = formatWithOptions({ colors }, ...args);
        process.stderr.write(`${set} ${inspect(pid, { colors })}: ${msg}\n`);
      };
    } else {
      impl = function debug() {};
    }
    if (typeof cb === 'function') cb(impl);
  }
  const logger = function (...args) {
    if (impl === undefined) init();
    return impl.apply(this, args);
  };
  Object.defineProperty(logger, 'enabled', {
    get() {
      if (enabled === undefined) init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// isDeepStrictEqual (shared with assert via internal/util/comparisons).

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

// ---------------------------------------------------------------------------
// TextEncoder / TextDecoder

function TextEncoderImpl() {
  return typeof globalThis.TextEncoder === 'function'
    ? globalThis.TextEncoder : require('internal/encoding').TextEncoder;
}
function TextDecoderImpl() {
  return typeof globalThis.TextDecoder === 'function'
    ? globalThis.TextDecoder : require('internal/encoding').TextDecoder;
}

// ---------------------------------------------------------------------------
// Misc.

function toUSVString(input) {
  const str = `${input}`;
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < str.length) {
        const n = str.charCodeAt(i + 1);
        if (n >= 0xdc00 && n <= 0xdfff) { i++; continue; }
      }
      out += str.slice(last, i) + '\ufffd';
      last = i + 1;
    }
  }
  return last === 0 ? str : out + str.slice(last);
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return uvErrName(err);
}

function getSystemErrorMap() { return sysErrMap(); }

function isError(e) {
  return t.isNativeError(e) || e instanceof Error;
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'Object', resource);
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

const pad = (n) => (n < 10 ? `0${n}` : `${n}`);
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function timestamp() {
  const d = new Date();
  const time = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}
function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

// util.styleText(format, text[, { validateStream, stream }])
function isStreamLike(stream) {
  return stream !== null && typeof stream === 'object' &&
    (typeof stream.pipe === 'function' || typeof stream.write === 'function' ||
     typeof stream.getReader === 'function' || typeof stream.getWriter === 'function');
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  let skipColorize = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const colors = inspect.colors;
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const code = colors[key];
      if (code === undefined) validateOneOf(key, 'format', Object.keys(colors));
      left += `\u001b[${code[0]}m`;
      right = `\u001b[${code[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const code = colors[format];
  if (code === undefined) validateOneOf(format, 'format', Object.keys(colors));
  if (skipColorize) return text;
  return `\u001b[${code[0]}m${text}\u001b[${code[1]}m`;
}

// util.parseEnv(content): dotenv-style parsing, following node 20's parser
// (keys sorted, '#' comments, quoted values, `export ` prefix).
function parseEnv(content) {
  validateString(content, 'content');
  const result = new Map();
  let rest = content.trim();
  while (rest.length > 0) {
    if (rest[0] === '#') {
      const nl = rest.indexOf('\n');
      if (nl === -1) break;
      rest = rest.slice(nl + 1);
      continue;
    }
    const eq = rest.indexOf('=');
    if (eq === -1) break;
    let key = rest.slice(0, eq).trim();
    rest = rest.slice(eq + 1);
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice(7);
    rest = rest.replace(/^[ \t\r\f\v]+/, '');
    if (rest.length === 0 || rest[0] === '\n') {
      result.set(key, '');
      continue;
    }
    const q = rest[0];
    if (q === '"' || q === "'" || q === '`') {
      const close = rest.indexOf(q, 1);
      if (close !== -1) {
        let value = rest.slice(1, close);
        if (q === '"') value = value.replace(/\\n/g, '\n');
        result.set(key, value);
        const nl = rest.indexOf('\n', close + 1);
        rest = nl === -1 ? '' : rest.slice(nl + 1);
        continue;
      }
    }
    const nl = rest.indexOf('\n');
    let value = nl === -1 ? rest : rest.slice(0, nl);
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    result.set(key, value.trim());
    rest = nl === -1 ? '' : rest.slice(nl + 1);
  }
  const out = {};
  for (const key of Array.from(result.keys()).sort()) out[key] = result.get(key);
  return out;
}

// A signal (or a controller's) that postMessage can transfer: see
// internal/event_target's makeTransferable.
function transferableAbortSignal(signal) {
  const { isAbortSignal, makeTransferable } = require('internal/event_target');
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  return makeTransferable(signal);
}

function transferableAbortController() {
  const ac = new (require('internal/event_target').AbortController)();
  require('internal/event_target').makeTransferable(ac.signal);
  return ac;
}

function parseArgs(config) {
  return require('internal/util/parse_args').parseArgs(config);
}

// Export shape as node's: same key order; some members are lazy accessors.
module.exports = {
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer: (arg) => require('buffer').Buffer.isBuffer(arg),
  isDeepStrictEqual,
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === null || arg === undefined,
  isNumber: (arg) => typeof arg === 'number',
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  isRegExp: types.isRegExp,
  isObject: (arg) => arg !== null && typeof arg === 'object',
  isDate: types.isDate,
  isError,
  isFunction: (arg) => typeof arg === 'function',
  isPrimitive: (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function'),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
};

function defineGetter(name, get) {
  Object.defineProperty(module.exports, name, { get, enumerable: true, configurable: true });
}
function defineLazy(name, load) {
  let value;
  let loaded = false;
  Object.defineProperty(module.exports, name, {
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(v) {
      Object.defineProperty(module.exports, name, { value: v, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  });
}

defineGetter('transferableAbortSignal', () => transferableAbortSignal);
defineGetter('transferableAbortController', () => transferableAbortController);
defineGetter('aborted', () => aborted);
module.exports.types = types;
module.exports.parseEnv = parseEnv;
defineLazy('parseArgs', () => parseArgs);
defineLazy('TextDecoder', () => TextDecoderImpl());
defineLazy('TextEncoder', () => TextEncoderImpl());
defineLazy('MIMEType', () => require('internal/util/mime').MIMEType);
defineLazy('MIMEParams', () => require('internal/util/mime').MIMEParams);
