'use strict';
// Argument validators shared by builtins.  Each throws the same error
// (class, code and message) as the corresponding check in node.

const { codes, errors } = require('internal/errors_lazy');

function isInt32(value) { return value === (value | 0); }
function isUint32(value) { return value === (value >>> 0); }

function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw new codes.ERR_OUT_OF_RANGE(
      name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`,
      value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// validateFiniteNumber: false for undefined and NaN (use the default),
// true for a finite number; throws for other types and ±Infinity.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new codes.ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

// checkRangesOrGetDefault: number within [lower, upper], or def when it is
// undefined or NaN (zlib's options).
function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new codes.ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

// options: { allowArray, allowFunction, nullable } (all default false).
function validateObject(value, name, options = null) {
  const allowArray = options != null && options.allowArray === true;
  const allowFunction = options != null && options.allowFunction === true;
  const nullable = options != null && options.nullable === true;
  if ((!nullable && value === null) ||
      (!allowArray && Array.isArray(value)) ||
      (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
  }
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateBoolean(value[i], `${name}[${i}]`);
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new codes.ERR_INVALID_ARG_VALUE(name, value, 'must be one of: ' + allowed);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function validateAbortSignalArray(signals, name) {
  validateArray(signals, name);
  for (let i = 0; i < signals.length; i++) validateAbortSignal(signals[i], `${name}[${i}]`);
}

// Returns the port as a number; throws codes.ERR_SOCKET_BAD_PORT otherwise.
function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new codes.ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
}

const signalNames = [
  'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGIOT', 'SIGBUS',
  'SIGFPE', 'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM',
  'SIGCHLD', 'SIGSTKFLT', 'SIGCONT', 'SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGURG',
  'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF', 'SIGWINCH', 'SIGIO', 'SIGPOLL', 'SIGPWR',
  'SIGSYS', 'SIGUNUSED',
];

function validateSignalName(signal, name = 'signal') {
  validateString(signal, name);
  if (!signalNames.includes(signal)) {
    if (signalNames.includes(signal.toUpperCase())) {
      throw new codes.ERR_UNKNOWN_SIGNAL(signal + ' (signals must use all capital letters)');
    }
    throw new codes.ERR_UNKNOWN_SIGNAL(signal);
  }
}

function validateEncoding(data, encoding) {
  const normalized = String(encoding).toLowerCase();
  const length = data.length;
  if (normalized === 'hex' && length % 2 !== 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`);
  }
}

function validateThisInternalField() {}

// Throws the signal's reason wrapped in an errors().AbortError when aborted.
function throwIfAborted(signal) {
  if (signal && signal.aborted) {
    throw new (errors().AbortError)(undefined, { cause: signal.reason });
  }
}

module.exports = {
  isInt32,
  isUint32,
  validateString,
  validateNumber,
  validateInteger,
  validateInt32,
  validateUint32,
  validateBoolean,
  validateFiniteNumber,
  checkRangesOrGetDefault,
  validateFunction,
  validateObject,
  validateDictionary,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateOneOf,
  validateAbortSignal,
  validateAbortSignalArray,
  validatePort,
  validateBuffer,
  validateUnion,
  validateSignalName,
  validateEncoding,
  validateThisInternalField,
  throwIfAborted,
};
