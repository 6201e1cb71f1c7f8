'use strict';
// V8's stack API on goja, which has none: Error.captureStackTrace (custom
// errors in npm packages call it unconditionally), Error.stackTraceLimit,
// and Error.prepareStackTrace, honoured by captureStackTrace (depd, which
// express uses, reads call sites that way) and when an error's `stack` is
// first read (the VM's stack formatter calls formatStack). Frames come from
// the host.

const host = internalBinding('host');

// A call site as V8 hands them to prepareStackTrace. The host worked out
// V8's names for the frame (runtime/stack.go): `text` is the frame as V8
// prints it after "at ".
class CallSite {
  constructor(frame) {
    this._frame = frame;
  }
  getThis() { return undefined; }
  getTypeName() { return this._frame.type ?? null; }
  getFunction() { return undefined; }
  getFunctionName() { return this._frame.fn || null; }
  getMethodName() { return this._frame.method || null; }
  getFileName() { return this._frame.native ? null : (this._frame.file || undefined); }
  getLineNumber() { return this._frame.line || null; }
  getColumnNumber() { return this._frame.col || null; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this._frame.native ? null : (this._frame.file || undefined); }
  getScriptHash() { return ''; }
  getEnclosingColumnNumber() { return null; }
  getEnclosingLineNumber() { return null; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() { return this._frame.toplevel; }
  isEval() { return false; }
  // V8's builtins are not "native" (that was V8's old natives), nor are
  // the host's Go functions, which leave no frame.
  isNative() { return false; }
  isConstructor() { return this._frame.ctor; }
  isAsync() { return this._frame.async; }
  isPromiseAll() { return false; }
  toString() { return this._frame.text; }
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
  let frames;
  if (typeof constructorOpt === 'function') {
    // Only the frames below the topmost call of constructorOpt; none when
    // it is not on the stack (V8's).
    frames = host.callStack(constructorOpt);
  } else {
    // The host's frames start with its own and this function's.
    frames = host.callStack();
    let i = 0;
    while (i < frames.length && (frames[i].native || frames[i].fn === 'captureStackTrace')) i++;
    frames = frames.slice(i);
  }
  installStack(obj, frames.filter((f) => !(f.native && (f.fn === 'call' || f.fn === 'apply'))));
}

// installStack gives obj a `stack` of these frames, formatted when first read.
function installStack(obj, frames) {
  const limit = Error.stackTraceLimit;
  if (typeof limit === 'number' && limit >= 0 && frames.length > limit) frames = frames.slice(0, limit);
  const plain = () => header(obj) + frames.map((f) => '\n    at ' + new CallSite(f).toString()).join('');
  const define = (value) => Object.defineProperty(obj, 'stack', {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
  // V8 formats the stack when `stack` is first read, not here: the header
  // then has the name and message the object has by that time (the old
  // pattern captureStackTrace(this, ...) first, this.message = m after),
  // and prepareStackTrace runs then; what it does may come back here
  // (node's Buffer() warning, emitted from a prepareStackTrace, captures the
  // warning's stack before it records that it was emitted). Until then
  // `stack` is an accessor; a read while it is being formatted gets the
  // plain format.
  let formatting = false;
  Object.defineProperty(obj, 'stack', {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      if (formatting) return plain();
      formatting = true;
      let value;
      try {
        const prepare = Error.prepareStackTrace;
        value = typeof prepare === 'function' ? prepare(obj, frames.map((f) => new CallSite(f))) : plain();
      } finally {
        formatting = false;
      }
      define(value);
      return value;
    },
    set(value) {
      define(value);
    },
  });
}

// `stack` read for the first time while Error.prepareStackTrace is a
// function (the host checks): V8 formats it lazily, at that read, with the
// frames the error recorded when it was made.
function formatStack(err, frames) {
  const prepare = Error.prepareStackTrace;
  if (typeof prepare !== 'function') return undefined;
  const sites = [];
  for (const f of frames) {
    if (!(f.native && (f.fn === 'call' || f.fn === 'apply'))) sites.push(new CallSite(f));
  }
  return prepare(err, sites);
}

function install() {
  host.setStackFormatter(formatStack);
  if (typeof Error.captureStackTrace !== 'function') {
    Object.defineProperty(Error, 'captureStackTrace', {
      value: captureStackTrace, writable: true, enumerable: false, configurable: true,
    });
  }
  if (Error.stackTraceLimit === undefined) Error.stackTraceLimit = 10;
}

// withoutFrames gives err a stack without frames: node's errors made in
// C++ (an fs request's completion) have no JavaScript below them.
function withoutFrames(err) {
  installStack(err, []);
  return err;
}

module.exports = { install, CallSite, captureStackTrace, withoutFrames };
