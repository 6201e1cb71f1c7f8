'use strict';
// util.inspect / util.format for gojanet.
//
// Written from the Node.js documentation of util.inspect()/util.format()
// and by comparing output with the real node binary.  The layout rules
// (when an object fits on one line, how long arrays are grouped into
// columns, quoting of strings and keys) were derived from node's observable
// behaviour so that console.log output matches byte for byte for common
// values.  Colors are not supported (colors: true is accepted and ignored).

const { constructorValue } = require('internal/es_builtins');
const kObject = 0;
const kArrayItem = 1;
const kArrayExtra = 2;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const defaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

let internalBindingFn = null;
function setInternalBinding(fn) { internalBindingFn = fn; }

// ---------------------------------------------------------------------------
// Brand checks usable from plain JavaScript (work on goja and V8).

const ObjProto = Object.prototype;
const hasOwn = (o, k) => ObjProto.hasOwnProperty.call(o, k);
const propIsEnum = (o, k) => ObjProto.propertyIsEnumerable.call(o, k);
const objToString = (o) => {
  try {
    return ObjProto.toString.call(o);
  } catch (e) {
    // A proxy whose get trap throws.
    return '[object Object]';
  }
};

// Objects whose Object.prototype.toString tag is plain "[object Object]"
// and that have no Symbol.toStringTag cannot be Maps, Sets, Dates, boxed
// primitives, ...; checking that first avoids the (expensive) exceptions
// thrown by the brand checks below.  The last answer is memoised because
// formatRaw asks several questions about the same object in a row.
let memoObj = null;
let memoExotic = false;
function maybeExotic(v) {
  if (v === memoObj) return memoExotic;
  let exotic = true;
  try {
    exotic = objToString(v) !== '[object Object]' || v[Symbol.toStringTag] !== undefined;
  } catch (e) {
    exotic = true;
  }
  memoObj = v;
  memoExotic = exotic;
  return exotic;
}

function brand(fn) {
  return function (v) {
    if (typeof v !== 'object' || v === null || !maybeExotic(v)) return false;
    try { fn(v); return true; } catch (e) { return false; }
  };
}
function getterOf(proto, name) {
  const d = proto && Object.getOwnPropertyDescriptor(proto, name);
  return d && d.get;
}

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter = getterOf(TypedArrayProto, Symbol.toStringTag);
function typedArrayName(v) {
  if (typeof v !== 'object' || v === null) return undefined;
  try { return typedArrayTagGetter.call(v); } catch (e) { return undefined; }
}
const isTypedArray = (v) => typedArrayName(v) !== undefined;
const isDate = brand((v) => Date.prototype.getTime.call(v));
const regexpSourceGetter = getterOf(RegExp.prototype, 'source');
const isRegExpBrand = brand((x) => regexpSourceGetter.call(x));
const isRegExp = (v) => v !== RegExp.prototype && isRegExpBrand(v);
const isMap = brand((v) => Map.prototype.has.call(v));
const isSet = brand((v) => Set.prototype.has.call(v));
const isWeakMap = brand((v) => WeakMap.prototype.has.call(v));
const isWeakSet = brand((v) => WeakSet.prototype.has.call(v));
const abByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const sabByteLength = typeof SharedArrayBuffer === 'function' ? getterOf(SharedArrayBuffer.prototype, 'byteLength') : null;
const isSharedArrayBuffer = sabByteLength ? brand((v) => sabByteLength.call(v)) : () => false;
// gojanet's SharedArrayBuffer is an ArrayBuffer subclass (internal/shared_memory).
const isArrayBufferBrand = brand((v) => abByteLength.call(v));
const isArrayBuffer = (v) => isArrayBufferBrand(v) && !isSharedArrayBuffer(v);
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
const dvByteLength = getterOf(DataView.prototype, 'byteLength');
const isDataView = brand((v) => dvByteLength.call(v));
const isNumberObject = brand((x) => Number.prototype.valueOf.call(x));
const isStringObject = brand((x) => String.prototype.valueOf.call(x));
const isBooleanObject = brand((x) => Boolean.prototype.valueOf.call(x));
const isSymbolObject = brand((x) => Symbol.prototype.valueOf.call(x));
const isBigIntObject = typeof BigInt === 'function' ? brand((x) => BigInt.prototype.valueOf.call(x)) : () => false;
const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
  isSymbolObject(v) || isBigIntObject(v);
function isPromise(v) {
  return v instanceof Promise || (typeof v === 'object' && v !== null && objToString(v) === '[object Promise]' &&
    !hasOwn(v, Symbol.toStringTag));
}
function isNativeError(v) {
  return v instanceof Error || (typeof v === 'object' && v !== null &&
    (objToString(v) === '[object Error]' || utilBinding().foreignClass(v) === 'Error'));
}

const AsyncFunctionProto = Object.getPrototypeOf(async function () {});
const GeneratorFunctionProto = Object.getPrototypeOf(function* () {});
// What Object.getPrototypeOf says of an async function* (goja has none:
// esbuild's lowering, internal/async_generator), taken from there rather
// than by compiling one with the Function constructor, which ran esbuild at
// every start-up and kept its parsed runtime in memory (≈ 0.4 MB).
const { asyncGeneratorFunctionPrototype } = require('internal/async_generator');

function protoChainHas(v, proto) {
  if (proto === null) return false;
  let p = Object.getPrototypeOf(v);
  while (p !== null) {
    if (p === proto) return true;
    p = Object.getPrototypeOf(p);
  }
  return false;
}
const isAsyncFunctionByProto = (v) => typeof v === 'function' &&
  (protoChainHas(v, AsyncFunctionProto) || protoChainHas(v, asyncGeneratorFunctionPrototype()));
// goja gives async methods ({ async m() {} }) Function.prototype until
// their constructor is read (internal/es_builtins); Go tells them apart.
const isAsyncMethod = (v) => typeof v === 'function' && utilBinding().isAsyncMethod(v);
const isAsyncFunction = (v) => isAsyncFunctionByProto(v) || isAsyncMethod(v);
const isGeneratorFunction = (v) => typeof v === 'function' &&
  (protoChainHas(v, GeneratorFunctionProto) || protoChainHas(v, asyncGeneratorFunctionPrototype()));
const isAsyncGeneratorFunction = (v) => typeof v === 'function' && protoChainHas(v, asyncGeneratorFunctionPrototype());

// (buffer's, not the global a script can replace; a typed array's first
// inspection loads buffer)
function isBuffer(v) {
  return v instanceof require('buffer').Buffer;
}

function isArgumentsObject(v) {
  return typeof v === 'object' && v !== null && objToString(v) === '[object Arguments]';
}

function getPromiseDetails(p) {
  if (typeof internalBindingFn === 'function') {
    try {
      const b = internalBindingFn('util');
      if (b && typeof b.getPromiseDetails === 'function') return b.getPromiseDetails(p);
    } catch (e) { /* fall through */ }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Strings.

const kEscapes = [];
for (let i = 0; i < 0x20; i++) kEscapes[i] = '\\x' + i.toString(16).toUpperCase().padStart(2, '0');
kEscapes[8] = '\\b';
kEscapes[9] = '\\t';
kEscapes[10] = '\\n';
kEscapes[12] = '\\f';
kEscapes[13] = '\\r';

// eslint-disable-next-line no-control-regex
const needsEscapeRe = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;

function escapeChars(str, quote) {
  let out = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    let rep = null;
    if (c < 0x20) {
      rep = kEscapes[c];
    } else if (c === quote) {
      rep = '\\' + String.fromCharCode(c);
    } else if (c === 0x5c) {
      rep = '\\\\';
    } else if (c >= 0x7f && c <= 0x9f) {
      rep = '\\x' + c.toString(16).toUpperCase();
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < len) {
        const n = str.charCodeAt(i + 1);
        if (n >= 0xdc00 && n <= 0xdfff) { i++; continue; }
      }
      rep = '\\u' + c.toString(16);
    }
    if (rep !== null) {
      out += str.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? str : out + str.slice(last);
}

function strEscape(str) {
  let quote = 0x27; // '
  if (str.includes("'")) {
    if (!str.includes('"')) quote = 0x22;
    else if (!str.includes('`') && !str.includes('${')) quote = 0x60;
  }
  const q = String.fromCharCode(quote);
  if (!needsEscapeRe.test(str) && (quote !== 0x27 || !str.includes("'"))) {
    return q + str + q;
  }
  return q + escapeChars(str, quote) + q;
}

const keyIdentRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatNumber(n, numericSeparator) {
  if (Object.is(n, -0)) return '-0';
  const s = `${n}`;
  if (!numericSeparator || !Number.isFinite(n)) return s;
  const intPart = Math.trunc(n);
  const intStr = `${intPart}`;
  if (intPart === n) return intStr.includes('e') ? intStr : addSep(intStr);
  // Fractions get separators after every third digit from the point (node
  // does this to an exponent's digits too: 1.5e-_7).
  const dot = s.indexOf('.');
  if (dot === -1) return s;
  return `${addSep(s.slice(0, dot))}.${addSepEnd(s.slice(dot + 1))}`;
}
function addSepEnd(s) {
  let res = '';
  let i = 0;
  for (; i < s.length - 3; i += 3) res += `${s.slice(i, i + 3)}_`;
  return i === 0 ? s : `${res}${s.slice(i)}`;
}
function addSep(s) {
  let res = '';
  let i = s.length;
  const start = s[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${s.slice(i - 3, i)}${res}`;
  return i === s.length ? s : `${s.slice(0, i)}${res}`;
}

function stylizeOf(ctx) {
  return typeof ctx.stylize === 'function' ? ctx.stylize : stylizeNoColor;
}

function formatPrimitive(ctx, value) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > 16 &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4 && value.indexOf('\n') !== -1) {
        // Long multi-line strings are shown one line per piece.
        const pieces = [];
        let from = 0;
        for (let nl = value.indexOf('\n'); nl !== -1; nl = value.indexOf('\n', from)) {
          pieces.push(value.slice(from, nl + 1));
          from = nl + 1;
        }
        if (from < value.length) pieces.push(value.slice(from));
        if (pieces.length > 1) {
          return pieces.map((p) => stylizeOf(ctx)(strEscape(p), 'string'))
            .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
        }
      }
      return stylizeOf(ctx)(strEscape(value), 'string') + trailer;
    }
    case 'number': return stylizeOf(ctx)(formatNumber(value, ctx.numericSeparator), 'number');
    case 'bigint': return stylizeOf(ctx)(`${ctx.numericSeparator ? addSep(`${value}`) : value}n`, 'bigint');
    case 'boolean': return stylizeOf(ctx)(`${value}`, 'boolean');
    case 'undefined': return stylizeOf(ctx)('undefined', 'undefined');
    case 'symbol': return stylizeOf(ctx)(symbolToString(value), 'symbol');
    default: return String(value);
  }
}

function symbolToString(sym) {
  return Symbol.prototype.toString.call(sym);
}

// ---------------------------------------------------------------------------
// Object descriptions.

// getConstructorName names obj's class. With protoProps (showHidden), the
// properties of the prototypes that user code made (up to three levels,
// stopping at a built-in one) are formatted into it, getters called on obj.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  const direct = Object.getPrototypeOf(obj);
  if (direct === ObjProto && ObjProto.constructor === Object) return 'Object';
  if (direct === Array.prototype && Array.prototype.constructor === Array) return 'Array';
  if (direct === null) return null;
  let proto = obj;
  let first = true;
  let firstProto;
  while (proto !== null && proto !== undefined) {
    const ctor = constructorValue(Object.getOwnPropertyDescriptor(proto, 'constructor'), obj);
    if (typeof ctor === 'function' && ctor.name !== '') {
      let ok = false;
      try { ok = obj instanceof ctor; } catch (e) { ok = false; }
      if (ok) {
        if (protoProps !== undefined && (firstProto !== proto || !getBuiltInNames().has(ctor.name))) {
          addPrototypeProperties(ctx, obj, firstProto || obj, recurseTimes, protoProps);
        }
        return ctor.name;
      }
    }
    proto = Object.getPrototypeOf(proto);
    if (firstProto === undefined) firstProto = proto;
    if (first && proto === null) return null;
    first = false;
  }
  // No constructor anywhere on the chain: describe the first prototype.
  firstProto = Object.getPrototypeOf(obj);
  if (ctx === undefined) return null;
  if (ctx.depth !== null && recurseTimes > ctx.depth) return 'Object <Complex prototype>';
  const protoCtx = Object.assign({}, ctx, { seen: ctx.seen.slice(), depth: -1, indentationLvl: 0,
    circular: undefined, currentDepth: 0 });
  return `Object <${formatValue(protoCtx, firstProto, 0)}>`;
}

function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let keys;
  let keySet;
  for (let depth = 0; depth < 3; depth++) {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const ctor = constructorValue(Object.getOwnPropertyDescriptor(obj, 'constructor'), main);
      if (typeof ctor === 'function' && getBuiltInNames().has(ctor.name)) return;
    }
    if (depth === 0) keySet = new Set();
    else for (let i = 0; i < keys.length; i++) keySet.add(keys[i]);
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      // The constructor, and keys that an object or a nearer prototype has.
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) continue;
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObject, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  }
}

// A module namespace (what import() and `import * as` give): null
// prototype and a non-enumerable 'Module' tag.
function isModuleNamespace(value) {
  const d = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return d !== undefined && d.value === 'Module' && !d.enumerable && Object.getPrototypeOf(value) === null;
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (typeof value === 'function') keys = orderFunctionKeys(keys);
    // index loops: inspect must work after user code removed the array iterator (as node's primordials)
    for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
  } else {
    try {
      keys = Object.keys(value);
    } catch (e) {
      keys = [];
    }
    for (let i = 0; i < symbols.length; i++) if (propIsEnum(value, symbols[i])) keys.push(symbols[i]);
  }
  return keys;
}

// V8 lists a function's own built-in properties as length, name,
// arguments, caller, prototype; keep that order whatever the engine does.
const kFunctionKeyOrder = ['length', 'name', 'arguments', 'caller', 'prototype'];
const kErrorKeys = ['name', 'message', 'stack'];
const kTypedArrayKeys = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
function orderFunctionKeys(keys) {
  const front = [];
  for (let i = 0; i < kFunctionKeyOrder.length; i++) if (keys.includes(kFunctionKeyOrder[i])) front.push(kFunctionKeyOrder[i]);
  if (front.length === 0) return keys;
  return front.concat(keys.filter((k) => !kFunctionKeyOrder.includes(k)));
}

// Keys of array-likes that are not indices. An array's or typed array's
// come from the engine without its index keys (node asks V8 the same): a
// million-element array's Object.keys took seconds.
function nonIndexKeys(value, showHidden) {
  const own = utilBinding().ownNonIndexKeys(value);
  if (own !== undefined) {
    const out = [];
    for (let i = 0; i < own.length; i++) {
      const k = own[i];
      if (showHidden ? true : k !== 'length' && propIsEnum(value, k)) out.push(k);
    }
    const symbols = Object.getOwnPropertySymbols(value);
    for (let i = 0; i < symbols.length; i++) if (showHidden || propIsEnum(value, symbols[i])) out.push(symbols[i]);
    return out;
  }
  const all = getKeys(value, showHidden);
  const out = [];
  for (let i = 0; i < all.length; i++) {
    const k = all[i];
    if (typeof k === 'string') {
      if (isIndexKey(k)) continue;
      if (!showHidden && k === 'length') continue;
    }
    out.push(k);
  }
  return out;
}
function isIndexKey(k) {
  if (k.length === 0 || k.length > 10) return false;
  const c = k.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  if (k.length > 1 && c === 48) return false;
  for (let i = 1; i < k.length; i++) {
    const d = k.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return +k < 4294967295;
}

function fnSource(fn) {
  try { return Function.prototype.toString.call(fn); } catch (e) { return ''; }
}

function getClassBase(value, constructor, tag) {
  const name = hasOwn(value, 'name') && typeof value.name === 'string' ? value.name : '';
  let base = `class ${name || '(anonymous)'}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(value, constructor, tag) {
  const src = fnSource(value);
  if (src.startsWith('class') && src.endsWith('}')) {
    const body = src.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 && (!body.slice(0, brace).includes('(') ||
        /^\s*(?:[\w$]+\s*)?extends\b/.test(body.slice(0, brace)))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  // goja gives async methods Function.prototype (see isAsyncMethod).
  const asyncBySource = !isAsyncFunctionByProto(value) && isAsyncMethod(value);
  if (isAsyncFunctionByProto(value) || asyncBySource) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null && !(asyncBySource && constructor === 'Function')) {
    base += ` ${constructor}`;
  }
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function errorToString(err) {
  try { return Error.prototype.toString.call(err); } catch (e) { return '[object Error]'; }
}

const stackFrameRe = /\n\s+at /;

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack;
  try { stack = err.stack; } catch (e) { stack = undefined; }
  stack = typeof stack === 'string' && stack !== '' ? stack : errorToString(err);
  // goja terminates stacks with a newline; node's never end with one.
  if (stack.endsWith('\n') && stackFrameRe.test(stack)) stack = stack.replace(/\n+$/, '');

  // Hide own enumerable name/message/stack properties already visible in
  // the stack.
  if (!ctx.showHidden) {
    for (let j = 0; j < kErrorKeys.length; j++) {
      const k = kErrorKeys[j];
      const i = keys.indexOf(k);
      if (i !== -1 && typeof err[k] === 'string' && stack.includes(err[k])) keys.splice(i, 1);
    }
  }
  // Show a non-enumerable own `cause`.
  if ('cause' in err && hasOwn(err, 'cause') && !keys.includes('cause')) {
    keys.push('cause');
  }
  if (Array.isArray(err.errors) && hasOwn(err, 'errors') && !keys.includes('errors')) {
    keys.push('errors');
  }

  // Make the constructor name visible when the stack only shows the
  // inherited name (e.g. a subclass of Error without its own name).
  const len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      const fallback = (start && start[1]) || '';
      stack = getPrefix(constructor, tag, fallback || 'Error').slice(0, -1) + stack.slice(fallback.length);
    } else if (constructor !== name) {
      if (constructor.includes(name)) {
        stack = len === 0 ? `${constructor}: ${stack}` : `${constructor}${stack.slice(len)}`;
      } else {
        stack = `${constructor} [${name}]${stack.slice(len)}`;
      }
    }
  }

  const m = stackFrameRe.exec(stack);
  if (m === null) {
    stack = `[${stack}]`;
  } else if (ctx.indentationLvl !== 0) {
    const ind = ' '.repeat(ctx.indentationLvl);
    stack = stack.replace(/\n/g, `\n${ind}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Core.

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx, value);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // A proxy is formatted from its target (or as Proxy [target, handler]
  // with showProxy), never through its traps; a custom inspect function
  // still sees the proxy as this.
  const context = value;
  const proxy = utilBinding().getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy;
  }

  if (ctx.customInspect) {
    let maybeCustom;
    try {
      maybeCustom = value[customInspectSymbol];
    } catch (e) {
      // Only proxies throw here (a throwing get trap, or a revoked proxy).
      maybeCustom = undefined;
      try {
        Object.getPrototypeOf(value);
      } catch (e2) {
        return ctx.stylize('<Revoked Proxy>', 'special');
      }
    }
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect) {
      const desc = Object.getOwnPropertyDescriptor(value, 'constructor');
      if (!(desc && desc.value && desc.value.prototype === value)) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const opts = {
          stylize: ctx.stylize,
          showHidden: ctx.showHidden,
          depth: ctx.depth,
          colors: ctx.colors,
          customInspect: ctx.customInspect,
          showProxy: ctx.showProxy,
          maxArrayLength: ctx.maxArrayLength,
          maxStringLength: ctx.maxStringLength,
          breakLength: ctx.breakLength,
          compact: ctx.compact,
          sorted: ctx.sorted,
          getters: ctx.getters,
          numericSeparator: ctx.numericSeparator,
        };
        if (ctx.userOptions !== undefined) {
          const userKeys = Object.keys(ctx.userOptions);
          for (let i = 0; i < userKeys.length; i++) {
            const k = userKeys[i];
            if (!hasOwn(opts, k)) opts[k] = ctx.userOptions[k];
          }
        }
        const ret = maybeCustom.call(context, depth, opts, inspect);
        if (ret !== context) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ctx.indentationLvl === 0 ? ret : ret.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
        }
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (ctx.depth === null || recurseTimes <= ctx.depth)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  let tag;
  try { tag = value[Symbol.toStringTag]; } catch (e) { tag = ''; }
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn(value, Symbol.toStringTag) : propIsEnum(value, Symbol.toStringTag)))) {
    tag = '';
  }

  let base = '';
  let formatter = formatNoEntries;
  let braces;
  let noIterator = true;
  let extrasType = kObject;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '')
        ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = nonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
      extrasType = kArrayExtra;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = Set.prototype[Symbol.iterator] && getterOf(Set.prototype, 'size').call(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = getterOf(Map.prototype, 'size').call(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      if (isBuffer(value) && ctx.customInspect) {
        return formatBuffer(ctx, value);
      }
      keys = nonIndexKeys(value, ctx.showHidden);
      const fallback = typedArrayName(value);
      const size = value.length;
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = formatTypedArray;
      extrasType = kArrayExtra;
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (typeof value === 'function') {
      base = ctx.stylize(getFunctionBase(value, constructor, tag), 'special');
      if (keys.length === 0) return base;
    } else if (isRegExp(value)) {
      base = RegExp.prototype.toString.call(value);
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      base = ctx.stylize(base, 'regexp');
      if (keys.length === 0 || (recurseTimes > ctx.depth && ctx.depth !== null)) return base;
    } else if (isDate(value)) {
      const t = Date.prototype.getTime.call(value);
      base = Number.isNaN(t) ? 'Invalid Date' : Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      base = ctx.stylize(base, 'date');
      if (keys.length === 0) return base;
    } else if (isNativeError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0) return base;
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0) {
        return prefix + `{ byteLength: ${formatNumber(value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (constructor === null && tag === 'Module' && isModuleNamespace(value)) {
      // A module namespace shows its bindings' values, as V8's (whose
      // bindings are not accessors); here they are live getters.
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const names = keys;
      keys = [];
      formatter = (ctx2, ns, depth) => names.map((key) => {
        let v;
        try {
          v = ns[key];
        } catch (err) {
          if (err instanceof ReferenceError) {
            return `${key}: ${ctx2.stylize('<uninitialized>', 'special')}`;
          }
          throw err;
        }
        return formatProperty(ctx2, ns, depth, key, kObject, { value: v, enumerable: true });
      });
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatWeakCollection;
    } else if (isBoxedPrimitive(value)) {
      let type;
      let fallback;
      let prim;
      if (isNumberObject(value)) { type = 'Number'; prim = Number.prototype.valueOf.call(value); }
      else if (isStringObject(value)) {
        type = 'String';
        prim = String.prototype.valueOf.call(value);
        keys = keys.filter((k) => typeof k !== 'string' || !isIndexKey(k) || +k >= prim.length);
      }
      else if (isBooleanObject(value)) { type = 'Boolean'; prim = Boolean.prototype.valueOf.call(value); }
      else if (isBigIntObject(value)) { type = 'BigInt'; prim = BigInt.prototype.valueOf.call(value); }
      else { type = 'Symbol'; prim = Symbol.prototype.valueOf.call(value); }
      fallback = type;
      base = `[${type}`;
      if (type !== constructor) {
        base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
      }
      base += `: ${formatPrimitive(Object.assign({}, ctx, { maxStringLength: Infinity, stylize: stylizeNoColor }), prim)}]`;
      if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
      base = ctx.stylize(base, type.toLowerCase());
      void fallback;
      if (keys.length === 0) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return `${getPrefix(constructor, tag, 'Object')}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
  }

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    let name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (Array.isArray(value) && constructor === 'Array' && tag === '') name = 'Array';
    return ctx.stylize(constructor !== null ? `[${name}]` : name, 'special');
  }

  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } finally {
    ctx.seen.pop();
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObject) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // As node: once the output at one indentation level passes kMaxBudget
  // characters, the rest is inspected at depth -1 (huge graphs of shared
  // objects would otherwise print forever).
  if (ctx.budget === undefined) ctx.budget = {};
  const newLength = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > kMaxBudget) ctx.depth = -1;
  return res;
}

const kMaxBudget = 2 ** 27;

function formatNoEntries() { return []; }

function formatBuffer(ctx, buf) {
  const max = 50;
  const len = buf.length;
  const n = Math.min(max, len);
  let str = '';
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    str += (i === 0 ? '' : ' ') + (b < 16 ? '0' : '') + b.toString(16);
  }
  const remaining = len - max;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return `<Buffer ${str}>`;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch (e) {
    return [ctx.stylize('(detached)', 'special')];
  }
  const len = Math.min(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < len; i++) {
    str += (i === 0 ? '' : ' ') + (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  }
  const remaining = bytes.length - len;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArrayLike(ctx, value, recurseTimes) {
  const output = [];
  const len = Math.min(Math.max(0, ctx.maxArrayLength), value.length);
  for (let i = 0; i < len; i++) {
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayItem));
  }
  const remaining = value.length - len;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const output = [];
  let i = 0;
  while (i < valLen && output.length < limit) {
    if (!hasOwn(value, i)) {
      // Run of holes.
      let j = i;
      while (j < valLen && !hasOwn(value, j)) j++;
      const holes = j - i;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      i = j;
      continue;
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayItem));
    i++;
  }
  const remaining = valLen - i;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  const length = value.length;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = new Array(maxLength);
  const isBig = length > 0 && typeof value[0] === 'bigint';
  for (let i = 0; i < maxLength; ++i) {
    output[i] = isBig ? ctx.stylize(`${value[i]}n`, 'bigint')
      : ctx.stylize(formatNumber(value[i], ctx.numericSeparator), 'number');
  }
  if (remaining > 0) output[maxLength] = `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (let i = 0; i < kTypedArrayKeys.length; i++) {
      const key = kTypedArrayKeys[i];
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  const output = [];
  ctx.indentationLvl += 2;
  for (const v of Set.prototype.values.call(value)) {
    output.push(formatValue(ctx, v, recurseTimes));
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const output = [];
  ctx.indentationLvl += 2;
  for (const [k, v] of Map.prototype.entries.call(value)) {
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatPromise(ctx, value, recurseTimes) {
  const details = getPromiseDetails(value);
  if (details === undefined) return [ctx.stylize('<unknown>', 'special')];
  const state = details[0];
  if (state === 0 || state === 'pending') return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 || state === 'rejected' ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let sep = ': ';
  if (desc === undefined) desc = Object.getOwnPropertyDescriptor(value, key);
  if (desc === undefined) desc = { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObject) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < visibleLength(ctx, str)) {
      str = `\n${' '.repeat(ctx.indentationLvl)}${str}`;
      sep = ':';
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = desc.get.call(original);
        ctx.indentationLvl += 2;
        const sp = 'special';
        if (tmp === null) str = `${ctx.stylize(`[${label}:`, sp)} ${ctx.stylize('null', 'null')}${ctx.stylize(']', sp)}`;
        else if (typeof tmp === 'object') str = `${ctx.stylize(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        else str = `${ctx.stylize(`[${label}:`, sp)} ${formatPrimitive(ctx, tmp)}${ctx.stylize(']', sp)}`;
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = `${ctx.stylize(`[${label}:`, 'special')} <Inspection threw (${err && err.message})>${ctx.stylize(']', 'special')}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayItem) return str;
  if (typeof key === 'symbol') {
    const d = key.description;
    name = d !== undefined && needsEscapeRe.test(d)
      ? `[${ctx.stylize(`Symbol(${escapeChars(d, -1)})`, 'symbol')}]`
      : `[${ctx.stylize(symbolToString(key), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${needsEscapeRe.test(key) ? escapeChars(key, -1) : key}]`;
  } else if (keyIdentRe.test(key)) {
    name = key;
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}${sep}${str}`;
}

// Lays short array entries out in aligned columns (node's behaviour for
// arrays with more than 6 entries).
function groupArrayElements(ctx, output, value) {
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // The "... more items" entry is not grouped.
    outputLength--;
  }
  const sep = 2;
  const lengths = new Array(outputLength);
  let total = 0;
  let maxLen = 0;
  for (let i = 0; i < outputLength; i++) {
    const len = visibleLength(ctx, output[i]);
    lengths[i] = len;
    total += len + sep;
    if (len > maxLen) maxLen = len;
  }
  const colWidth = maxLen + sep;
  if (colWidth * 3 + ctx.indentationLvl < ctx.breakLength &&
      (total / colWidth > 5 || maxLen <= 6)) {
    const bias = Math.sqrt(colWidth - total / output.length);
    const biasedMax = Math.max(colWidth - 3 - bias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / colWidth),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const widths = [];
    for (let c = 0; c < columns; c++) {
      let w = 0;
      for (let j = c; j < output.length; j += columns) {
        if (lengths[j] > w) w = lengths[j];
      }
      widths.push(w + sep);
    }
    let padStart = value !== undefined;
    if (padStart) {
      for (let i = 0; i < output.length; i++) {
        const t = typeof value[i];
        if (t !== 'number' && t !== 'bigint') { padStart = false; break; }
      }
    }
    const rows = [];
    for (let i = 0; i < outputLength; i += columns) {
      const end = Math.min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < end - 1; j++) {
        const cell = `${output[j]}, `;
        const width = widths[j - i] + output[j].length - lengths[j];
        line += padStart ? cell.padStart(width, ' ') : cell.padEnd(width, ' ');
      }
      if (padStart) {
        line += output[j].padStart(widths[j - i] + output[j].length - lengths[j] - sep, ' ');
      } else {
        line += output[j];
      }
      rows.push(line);
    }
    if (ctx.maxArrayLength < output.length) rows.push(output[outputLength]);
    return rows;
  }
  return output;
}

function fitsOnLine(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += visibleLength(ctx, output[i]);
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

let utilBindingObj;
function utilBinding() {
  if (utilBindingObj === undefined) utilBindingObj = internalBinding('util');
  return utilBindingObj;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (ctx.depth !== null && recurseTimes > ctx.depth) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtra, recurseTimes);
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtra && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (fitsOnLine(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (fitsOnLine(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

function stylizeNoColor(str) { return str; }

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

// eslint-disable-next-line no-control-regex
const colorRe = /\u001b\[\d\d?m/g;
function visibleLength(ctx, str) {
  return ctx.colors ? str.replace(colorRe, '').length : str.length;
}

// ---------------------------------------------------------------------------
// Public API.

// Contexts are recycled: creating an object with this many properties is
// comparatively expensive on goja and inspect() is called for every
// console.log argument.
const ctxPool = [];

function inspect(value, opts) {
  memoObj = null;
  const defaults = inspect.defaultOptions;
  if (opts === undefined && arguments.length <= 2 &&
      typeof value !== 'object' && typeof value !== 'function' &&
      (typeof value !== 'string' || value.length <= 16)) {
    return formatPrimitive(defaults, value);
  }
  const ctx = ctxPool.length > 0 ? ctxPool.pop() : { seen: [] };
  ctx.budget = undefined;
  ctx.indentationLvl = 0;
  ctx.seen.length = 0;
  ctx.currentDepth = 0;
  ctx.stylize = stylizeNoColor;
  ctx.showHidden = defaults.showHidden;
  ctx.depth = defaults.depth;
  ctx.colors = defaults.colors;
  ctx.customInspect = defaults.customInspect;
  ctx.showProxy = defaults.showProxy;
  ctx.maxArrayLength = defaults.maxArrayLength;
  ctx.maxStringLength = defaults.maxStringLength;
  ctx.breakLength = defaults.breakLength;
  ctx.compact = defaults.compact;
  ctx.sorted = defaults.sorted;
  ctx.getters = defaults.getters;
  ctx.numericSeparator = defaults.numericSeparator;
  ctx.circular = undefined;
  ctx.userOptions = undefined;
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const keys = Object.keys(opts);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (hasOwn(defaultOptions, k) || k === 'stylize') {
          ctx[k] = opts[k];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors && ctx.stylize === stylizeNoColor) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  if (ctx.depth === Infinity) ctx.depth = null;
  try {
    return formatValue(ctx, value, 0);
  } finally {
    ctx.seen.length = 0;
    ctx.circular = undefined;
    ctx.userOptions = undefined;
    if (ctxPool.length < 8) ctxPool.push(ctx);
  }
}
inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() { return defaultOptions; },
  set(options) {
    if (options === null || typeof options !== 'object') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    Object.assign(defaultOptions, options);
  },
  enumerable: true,
  configurable: true,
});

inspect.colors = Object.assign(Object.create(null), {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  blink: [5, 25], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
  doubleunderline: [21, 24], black: [30, 39], red: [31, 39], green: [32, 39],
  yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39],
  greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39],
  magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39],
  bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
});
for (const [alias, target] of [
  ['gray', null], ['grey', 'gray'], ['blackBright', 'gray'], ['bgGray', null], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['dim', null], ['faint', 'dim'], ['strikethrough', null],
  ['strikeThrough', 'strikethrough'], ['crossedout', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['hidden', null], ['conceal', 'hidden'], ['inverse', null], ['swapColors', 'inverse'],
  ['swapcolors', 'inverse'], ['doubleunderline', null], ['doubleUnderline', 'doubleunderline']]) {
  if (target === null) continue;
  Object.defineProperty(inspect.colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}
inspect.styles = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
  undefined: 'grey', null: 'bold', string: 'green', symbol: 'green',
  date: 'magenta', regexp: 'red', module: 'underline',
});

// ---------------------------------------------------------------------------
// format / formatWithOptions.

// Global constructor names (Object, Date, Buffer, ...): objects whose
// toString comes from one of them count as built-in for %s.
let builtInNames = null;
const nodeGlobals = new Set(['Buffer', 'URL', 'URLSearchParams']);
function getBuiltInNames() {
  if (builtInNames === null) {
    builtInNames = new Set();
    for (const name of Object.getOwnPropertyNames(globalThis)) {
      // Buffer, URL and URLSearchParams are not: node collects these names
      // before its bootstrap makes them globals, so %s prints them with
      // their toString.
      if (/^[A-Z][a-zA-Z0-9]+$/.test(name) && !nodeGlobals.has(name)) builtInNames.add(name);
    }
  }
  return builtInNames;
}

// Objects whose toString comes from user code are printed with it by %s;
// everything else (plain objects, arrays, dates, errors, ...) is inspected.
function ownerIsBuiltIn(pointer) {
  const ctor = constructorValue(Object.getOwnPropertyDescriptor(pointer, 'constructor'), pointer);
  return typeof ctor === 'function' && getBuiltInNames().has(ctor.name);
}

function hasUserToString(arg) {
  // A user-defined Symbol.toPrimitive also counts.
  for (let p = arg; p !== null; p = Object.getPrototypeOf(p)) {
    if (hasOwn(p, Symbol.toPrimitive)) {
      if (typeof p[Symbol.toPrimitive] === 'function' && (p === arg || !ownerIsBuiltIn(p))) return true;
      break;
    }
  }
  let toStr;
  try { toStr = arg.toString; } catch (e) { return false; }
  if (typeof toStr !== 'function') return false;
  if (hasOwn(arg, 'toString')) return true;
  let pointer = arg;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !hasOwn(pointer, 'toString'));
  if (pointer === null) return false;
  return !ownerIsBuiltIn(pointer);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    // %d, %i, %f and %s of numbers follow inspect's numericSeparator.
    const sep = inspectOptions != null && inspectOptions.numericSeparator !== undefined ?
      !!inspectOptions.numericSeparator : !!inspect.defaultOptions.numericSeparator;
    const big = (v) => `${sep ? addSep(`${v}`) : v}n`;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) === 37) { // '%'
        const nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const tempArg = args[++a];
              if (typeof tempArg === 'number') {
                tempStr = formatNumber(tempArg, sep);
              } else if (typeof tempArg === 'bigint') {
                tempStr = big(tempArg);
              } else if (typeof tempArg === 'object' && tempArg !== null && !hasUserToString(tempArg)) {
                tempStr = inspect(tempArg, Object.assign({}, inspectOptions, { depth: 0, colors: false, compact: 3 }));
              } else {
                tempStr = String(tempArg);
              }
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              const tempNum = args[++a];
              if (typeof tempNum === 'bigint') tempStr = big(tempNum);
              else if (typeof tempNum === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(Number(tempNum), sep);
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], Object.assign({}, inspectOptions, { showHidden: true, showProxy: true, depth: 4 }));
              break;
            case 105: { // 'i'
              const tempInteger = args[++a];
              if (typeof tempInteger === 'bigint') tempStr = big(tempInteger);
              else if (typeof tempInteger === 'symbol') tempStr = 'NaN';
              else {
                let v = parseInt(tempInteger);
                // goja's parseInt('-0.5') is 0; JavaScript's is -0.
                if (v === 0 && /^\s*-/.test(String(tempInteger))) v = -0;
                tempStr = formatNumber(v, sep);
              }
              break;
            }
            case 102: { // 'f'
              const tempFloat = args[++a];
              if (typeof tempFloat === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(parseFloat(tempFloat), sep);
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default:
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (err && (err.name === 'TypeError') && /circular|cyclic/i.test(err.message)) {
      return '[Circular]';
    }
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (typeof inspectOptions !== 'object' || inspectOptions === null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

// eslint-disable-next-line no-control-regex
const ansiRe = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(ansiRe, '');
}

module.exports = {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  setInternalBinding,
  types: {
    isTypedArray,
    isDate,
    isRegExp,
    isMap,
    isSet,
    isWeakMap,
    isWeakSet,
    isArrayBuffer,
    isSharedArrayBuffer,
    isAnyArrayBuffer,
    isDataView,
    isNumberObject,
    isStringObject,
    isBooleanObject,
    isSymbolObject,
    isBigIntObject,
    isBoxedPrimitive,
    isPromise,
    isNativeError,
    isAsyncFunction,
    isGeneratorFunction,
    isAsyncGeneratorFunction,
    isArgumentsObject,
    typedArrayName,
  },
};
