'use strict';
// V8's stack API on goja, which has none: Error.captureStackTrace (custom
// errors in npm packages call it unconditionally), Error.stackTraceLimit,
// and Error.prepareStackTrace honoured by captureStackTrace (depd, which
// express uses, reads call sites that way). Frames come from the host.

const host = internalBinding('host');

// A call site as V8 hands them to prepareStackTrace.
class CallSite {
  constructor(frame) {
    this._frame = frame;
  }
  getThis() { return undefined; }
  getTypeName() { return null; }
  getFunction() { return undefined; }
  getFunctionName() { return this._frame.fn || null; }
  getMethodName() { return null; }
  getFileName() { return this._frame.file || undefined; }
  getLineNumber() { return this._frame.line || null; }
  getColumnNumber() { return this._frame.col || null; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this._frame.file || undefined; }
  getScriptHash() { return ''; }
  getEnclosingColumnNumber() { return null; }
  getEnclosingLineNumber() { return null; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() { return !this._frame.fn; }
  isEval() { return false; }
  isNative() { return this._frame.native; }
  isConstructor() { return false; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() {
    const f = this._frame;
    if (f.native) return `${f.fn || '<anonymous>'} (native)`;
    const loc = `${f.file}:${f.line}:${f.col}`;
    return f.fn ? `${f.fn} (${loc})` : loc;
  }
}

function header(obj) {
  let name;
  let message;
  try {
    name = obj.name;
    message = obj.message;
  } catch (e) {
    // getters that throw: V8 falls back too
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

function captureStackTrace(obj, constructorOpt) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    throw new TypeError('invalid_argument'); // V8's message
  }
  // The host's frames start with its own and this function's.
  let frames = host.callStack();
  let i = 0;
  while (i < frames.length && (frames[i].native || frames[i].fn === 'captureStackTrace')) i++;
  frames = frames.slice(i);
  if (typeof constructorOpt === 'function') {
    // Everything above the topmost call of constructorOpt, that call too.
    // goja names no class constructor's frame: when the name is not found,
    // constructorOpt is taken to be the caller (the usual pattern,
    // captureStackTrace(this, Ctor) in Ctor).
    const at = constructorOpt.name ? frames.findIndex((f) => f.fn === constructorOpt.name) : -1;
    frames = frames.slice(at >= 0 ? at + 1 : 1);
  }
  frames = frames.filter((f) => !(f.native && (f.fn === 'call' || f.fn === 'apply')));
  const limit = Error.stackTraceLimit;
  if (typeof limit === 'number' && limit >= 0 && frames.length > limit) frames = frames.slice(0, limit);
  let stack;
  if (typeof Error.prepareStackTrace === 'function') {
    stack = Error.prepareStackTrace(obj, frames.map((f) => new CallSite(f)));
  } else {
    stack = header(obj) + frames.map((f) => '\n    at ' + new CallSite(f).toString()).join('');
  }
  Object.defineProperty(obj, 'stack', { __proto__: null, value: stack, writable: true, enumerable: false, configurable: true });
}

function install() {
  if (typeof Error.captureStackTrace !== 'function') {
    Object.defineProperty(Error, 'captureStackTrace', {
      value: captureStackTrace, writable: true, enumerable: false, configurable: true,
    });
  }
  if (Error.stackTraceLimit === undefined) Error.stackTraceLimit = 10;
}

module.exports = { install, CallSite };
