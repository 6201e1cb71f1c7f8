'use strict';
// The `assert` builtin for gojanet, written from Node's assert
// documentation and checked against node's messages.
//
// Notes:
//  * the "+ actual - expected" listing follows node's observable rules
//    (pairwise line comparison, '...' elision, 50-line cut-off); it was
//    checked against node on thousands of random object pairs, but node's
//    exact heuristics are not documented, so rare layouts may differ.
//  * assert.ok(falsy) reads the calling source line to quote the expression
//    like node does; when the source is not available it falls back to
//    node's own fallback text ("false == true").

const { inspect, types: { isNativeError } } = require('internal/util/inspect');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');
const { codes, E } = require('internal/errors');

if (!codes.ERR_AMBIGUOUS_ARGUMENT) {
  E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
}
const { ERR_AMBIGUOUS_ARGUMENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS } = codes;

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
const kMaxShortLength = 12;

function inspectValue(val) {
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function createErrDiff(actual, expected, operator, customHeader) {
  const header = customHeader !== undefined ? customHeader : kReadableOperator[operator];
  const actualInspected = inspectValue(actual);
  const expectedInspected = inspectValue(expected);
  const actualLines = actualInspected.split('\n');
  const expectedLines = expectedInspected.split('\n');

  // Single-line values: "+ a\n- b" with an indicator under the first
  // difference.
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const a = actualLines[0];
    const b = expectedLines[0];
    {
      let res = `${header}\n+ actual - expected\n\n+ ${a}\n- ${b}`;
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      // The indicator: not for short values (node shows those as
      // 'a !== b' elsewhere, or, for objects, without one), nor for two
      // objects compared with strictEqual.
      const both = (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
        (typeof actual === 'function' && typeof expected === 'function');
      const len = a.length + b.length;
      if (i > 2 && len > kMaxShortLength && len < 80 && !(operator === 'strictEqual' && both)) {
        res += `\n${' '.repeat(i + 2)}^`;
      }
      return res;
    }
  }

  return pairwiseDiff(header, actualLines, expectedLines);
}

// The "+ actual - expected" listing.  Identical trailing lines are set
// aside; the remaining lines are compared pairwise by position (a trailing
// comma does not count as a difference).  A differing pair prints its '+'
// line at once and its '-' line once the run of differences ends.  Runs of
// identical lines are shortened with '...' (first two and last two lines
// kept; the trailing run keeps its first line and last three), and once
// more than 50 lines have been printed the listing is cut off, as node does.
function pairwiseDiff(header, a, b) {
  const same = (x, y) => x === y ||
    (x.endsWith(',') ? x.slice(0, -1) : x) === (y.endsWith(',') ? y.slice(0, -1) : y);
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > 0 && bEnd > 0 && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  const res = [];
  let other = [];
  let run = [];
  let printed = 0;
  let skipped = false;
  const max = Math.max(aEnd, bEnd);
  for (let i = 0; i < max; i++) {
    if (i < aEnd && i < bEnd && same(a[i], b[i])) {
      if (other.length > 0) {
        for (const l of other) res.push(l);
        other = [];
      }
      const line = a[i].endsWith(',') || !b[i].endsWith(',') ? a[i] : b[i];
      run.push(line);
      if (run.length <= 2) printed++;
    } else {
      if (run.length > 0) {
        if (run.length > 5) {
          res.push(`  ${run[0]}`, `  ${run[1]}`, '...', `  ${run[run.length - 2]}`, `  ${run[run.length - 1]}`);
          skipped = true;
          printed += 2;
        } else {
          for (const l of run) res.push(`  ${l}`);
          printed += Math.max(run.length - 2, 0);
        }
        run = [];
      }
      if (i < aEnd) {
        res.push(`+ ${a[i]}`);
        printed++;
      }
      if (i < bEnd) {
        other.push(`- ${b[i]}`);
        printed++;
      }
    }
    if (printed > 50 && i < max - 2) {
      for (let k = 0; k < run.length && k < 2; k++) res.push(`  ${run[k]}`);
      return `${header}\n+ actual - expected ... Lines skipped\n\n${res.join('\n')}\n...\n${other.join('\n')}\n...`;
    }
  }
  for (const l of other) res.push(l);
  const trailing = run.concat(a.slice(aEnd));
  if (trailing.length > 4) {
    res.push(`  ${trailing[0]}`, '...');
    for (let k = trailing.length - 3; k < trailing.length; k++) res.push(`  ${trailing[k]}`);
    skipped = true;
  } else {
    for (const l of trailing) res.push(`  ${l}`);
  }
  return `${header}\n+ actual - expected${skipped ? ' ... Lines skipped' : ''}\n\n${res.join('\n')}`;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details } = options;
    // Messages show errors without their stacks (like node).
    const actual = copyError(options.actual);
    const expected = copyError(options.expected);

    if (message != null && (operator === 'deepStrictEqual' || operator === 'strictEqual') &&
        !(message instanceof Error)) {
      super(buildStrictMessage(actual, expected, operator, String(message)));
    } else if (message != null) {
      super(String(message));
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      super(buildStrictMessage(actual, expected, operator));
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      let base = kReadableOperator[operator];
      const res = inspectValue(actual).split('\n');
      if (operator === 'notStrictEqual' &&
          ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
        base = kReadableOperator.notStrictEqualObject;
      }
      if (res.length > 50) {
        res[46] = '...';
        while (res.length > 47) res.pop();
      }
      if (res.length === 1) super(`${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`);
      else super(`${base}\n\n${res.join('\n')}\n`);
    } else {
      let res = inspectValue(actual);
      let other = inspectValue(expected);
      const knownOperator = kReadableOperator[operator];
      if (operator === 'notDeepEqual' && res === other) {
        res = `${knownOperator}\n\n${res}`;
        if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
        super(res);
      } else {
        if (res.length > 512) res = `${res.slice(0, 509)}...`;
        if (other.length > 512) other = `${other.slice(0, 509)}...`;
        if (operator === 'deepEqual') {
          res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
        } else {
          const newOp = kReadableOperator[`${operator}Unequal`];
          if (newOp) res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
          else other = ` ${operator} ${other}`;
        }
        super(`${res}${other}`);
      }
    }

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = options.actual;
      this.expected = options.expected;
      this.operator = operator;
    }
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn);
    }
    // Materialise the stack with the "AssertionError [ERR_ASSERTION]"
    // header, then drop the own name so err.name is 'AssertionError'.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    // node shows long strings as everything after the first 512 characters
    // followed by '...'; mirror that exactly.
    if (typeof this.actual === 'string') this.actual = truncate(this.actual, 512);
    if (typeof this.expected === 'string') this.expected = truncate(this.expected, 512);
    const result = inspect(this, Object.assign({}, ctx, { customInspect: false, depth: 0 }));
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}
Object.defineProperty(AssertionError.prototype, 'name', { __proto__: null,
  value: 'AssertionError', writable: true, configurable: true, enumerable: false,
});

function copyError(source) {
  if (source === null || typeof source !== 'object' || !(source instanceof Error) || !('stack' in source)) {
    return source;
  }
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message, configurable: true, writable: true });
  return target;
}

function truncate(s, n) {
  return s.length > n ? `${s.slice(n)}...` : s;
}

function buildStrictMessage(actual, expected, operator, customHeader) {
  const isObj = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const a = inspectValue(actual);
  const b = inspectValue(expected);
  const aLines = a.split('\n');
  const bLines = b.split('\n');
  if (aLines.length === 1 && bLines.length === 1 && a !== b) {
    const len = aLines[0].length + bLines[0].length;
    if (len <= kMaxShortLength && !isObj(actual) && !isObj(expected) &&
        (actual !== 0 || expected !== 0)) {
      const h = customHeader !== undefined ? customHeader : kReadableOperator[operator];
      return `${h}\n\n${aLines[0]} !== ${bLines[0]}\n`;
    }
  }
  if (a === b) {
    let base = operator === 'strictEqualObject' || operator === 'strictEqual'
      ? 'Values have same structure but are not reference-equal:'
      : kReadableOperator.notIdentical;
    if (customHeader !== undefined) base = customHeader;
    let lines = aLines;
    if (lines.length > 50) {
      lines = lines.slice(0, 46);
      lines.push('...');
    }
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  return createErrDiff(actual, expected, operator, customHeader);
}

// ---------------------------------------------------------------------------

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function assert(...args) {
  innerOk(assert, args.length, ...args);
}

function readSource(file) {
  try {
    const fs = require('fs');
    return fs.readFileSync(file, 'utf8');
  } catch (e) { /* no fs */ }
  try {
    // eslint-disable-next-line no-undef
    const host = typeof internalBinding === 'function' ? internalBinding('host') : null;
    if (host && typeof host.readFile === 'function') return host.readFile(file);
  } catch (e) { /* no host */ }
  return null;
}

const frameRe = /(?:\(|at )((?:\/|[A-Za-z]:\\|file:\/\/)[^\s()]*?):(\d+):(\d+)/;

// Finds the source text of the assert call that failed, like node's
// "The expression evaluated to a falsy value" message.
function getErrMessage(fn) {
  const err = {};
  let stack;
  try {
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(err, fn);
      stack = err.stack;
    } else {
      stack = new Error().stack;
    }
  } catch (e) {
    return undefined;
  }
  if (typeof stack !== 'string') return undefined;
  // The call site is the first frame, as in node: a call from a builtin
  // (an assert function used as a listener, called by emit) has no source
  // to show.
  const frame = frameRe.exec(stack.split('\n')[1] || '');
  if (!frame) return undefined;
  const file = frame[1].replace(/^file:\/\//, '');
  const line = +frame[2];
  const column = +frame[3];
  const src = readSource(file);
  if (typeof src !== 'string') return undefined;
  const srcLines = src.split(/\r?\n/);
  if (line > srcLines.length) return undefined;
  // Offset of the reported position in the whole source.
  let offset = 0;
  for (let i = 0; i < line - 1; i++) offset += srcLines[i].length + 1;
  // goja counts columns in UTF-8 bytes; the source string is UTF-16.
  let col = 0;
  const srcLine = srcLines[line - 1];
  for (let bytes = 0; col < srcLine.length && bytes < column - 1; col++) {
    const c = srcLine.charCodeAt(col);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : (c >= 0xd800 && c <= 0xdbff) ? 4 : 3;
    if (c >= 0xd800 && c <= 0xdbff) col++;
  }
  let pos = offset + col;
  if (pos >= src.length) return undefined;
  // Walk back to the start of the callee (identifiers, dots, whitespace).
  let start = src[pos] === '(' ? pos : pos;
  if (src[start] !== '(') {
    while (start < src.length && (src[start] > '\x7f' || /[\w$.\s]/.test(src[start]))) start++;
    if (src[start] !== '(') return undefined;
  }
  const paren = start;
  let s = paren - 1;
  // The callee: identifier characters (any non-ASCII letter too) and dots.
  while (s >= 0 && (src[s] > '\x7f' || /[\w$.]/.test(src[s]))) s--;
  s++;
  if (s >= paren) return undefined;
  // Walk forward to the matching closing paren.
  let depth = 0;
  let e = paren;
  let quote = null;
  for (; e < src.length; e++) {
    const c = src[e];
    if (quote) {
      if (c === '\\') { e++; continue; }
      if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') { quote = c; continue; }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) break;
    }
  }
  if (e >= src.length) return undefined;
  const code = src.slice(s, e + 1);
  // Indent continuation lines relative to the first line like node.
  const codeLines = code.split('\n');
  const firstIndent = s - src.lastIndexOf('\n', s - 1) - 1;
  const outLines = codeLines.map((l, i) => (i === 0 ? l : l.slice(Math.min(firstIndent, /^\s*/.exec(l)[0].length))));
  return `The expression evaluated to a falsy value:\n\n  ${outLines.join('\n  ')}\n`;
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = getErrMessage(fn);
      if (message === undefined) message = `${inspect(value)} == true`;
    } else if (message instanceof Error) {
      throw message;
    }
    const err = new AssertionError({
      actual: value,
      expected: true,
      message,
      operator: '==',
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}


let warnedFail = false;
function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const errArgs = {
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  };
  const err = new AssertionError(errArgs);
  if (internalMessage) err.generatedMessage = true;
  throw err;
}
assert.fail = fail;
assert.AssertionError = AssertionError;

assert.ok = function ok(...args) {
  innerOk(ok, args.length, ...args);
};

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// ---------------------------------------------------------------------------
// throws / rejects

class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' &&
            obj[key] instanceof RegExp && RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({
        actual: a,
        expected: b,
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;

  if (typeof expected !== 'function') {
    if (expected instanceof RegExp) {
      const str = String(actual);
      if (RegExp.prototype.exec.call(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && expected[key] instanceof RegExp &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected) || expected === Error) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of ' +
        `"${expected.name}". Received `;
      if (isNativeError(actual) || actual instanceof Error) {
        // the class's name first (a subclass inherits Error.prototype.name)
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
      if (actual && actual.message !== undefined) {
        message += `\n\nError message:\n\n${actual.message}`;
      }
    }
    throwError = true;
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return` +
          ` "true". Received ${inspect(res)}`;
        if (actual instanceof Error) {
          message += `\n\nCaught error:\n\n${actual}`;
        }
      }
      throwError = true;
    }
  }

  if (throwError) {
    const err = new AssertionError({
      actual, expected, message, operator: fn.name, stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

const NO_EXCEPTION_SENTINEL = {};

function getActual(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function checkIsPromise(obj) {
  return obj !== null && typeof obj === 'object' && typeof obj.then === 'function' &&
    typeof obj.catch === 'function';
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
        `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }
  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (expected instanceof RegExp) {
      const str = String(actual);
      return RegExp.prototype.exec.call(expected, str) !== null;
    }
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\n` +
        `Actual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) {
        message += err.constructor.name;
      } else {
        message += err.message;
      }
    } else {
      message += inspect(err);
    }
    const newErr = new AssertionError({
      actual: err,
      expected: null,
      operator: 'ifError',
      message,
      stackStartFn: ifError,
    });
    newErr.generatedMessage = false;
    throw newErr;
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!(regexp instanceof RegExp)) {
    throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  }
  const match = fn === assert.match;
  if (typeof string !== 'string' ||
      (RegExp.prototype.exec.call(regexp, string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string'
      ? 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`
      : (match
        ? 'The input did not match the regular expression '
        : 'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({
      actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// CallTracker (deprecated in node: DEP0173). calls() returns a Proxy of the
// function (same name and length) that counts and records its calls;
// verify() throws when a tracked function's count differs from the one
// expected.
let callTrackerWarned = false;
const kTracked = new WeakMap(); // proxy → its context

class CallTracker {
  constructor() {
    if (!callTrackerWarned) {
      callTrackerWarned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
    this._calls = new Set();
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new codes.ERR_UNAVAILABLE_DURING_EXIT();
    let name = 'calls';
    if (typeof fn === 'number') {
      expected = fn;
      fn = function() {};
    } else if (fn === undefined) {
      fn = function() {};
    } else {
      require('internal/validators').validateFunction(fn, 'fn');
      name = fn.name || 'calls';
    }
    require('internal/validators').validateUint32(expected, 'expected', true);
    const context = {
      exact: expected,
      actual: 0,
      name,
      calls: [],
      stackTrace: new Error(),
    };
    this._calls.add(context);
    const tracked = new Proxy(fn, {
      __proto__: null, // traps are looked up through the prototype chain
      apply(target, thisArg, args) {
        // goja hands the trap a view of its call stack, which later calls
        // overwrite: keep a copy.
        args = Array.prototype.slice.call(args);
        context.actual++;
        context.calls.push({ thisArg, arguments: args });
        return Reflect.apply(target, thisArg, args);
      },
    });
    kTracked.set(tracked, context);
    return tracked;
  }

  getCalls(tracked) {
    const ctx = kTracked.get(tracked);
    if (!ctx) throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    // Frozen all the way down, as node's: the list, each call, its arguments.
    return Object.freeze(ctx.calls.map((c) => Object.freeze({ thisArg: c.thisArg, arguments: Object.freeze(c.arguments.slice()) })));
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const ctx of this._calls) {
        ctx.actual = 0;
        ctx.calls = [];
      }
      return;
    }
    const ctx = kTracked.get(tracked);
    if (!ctx) throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    ctx.actual = 0;
    ctx.calls = [];
  }

  report() {
    const errors = [];
    for (const ctx of this._calls) {
      if (ctx.actual !== ctx.exact) {
        errors.push({
          message: `Expected the ${ctx.name} function to be executed ${ctx.exact} time(s) but was executed ${ctx.actual} time(s).`,
          actual: ctx.actual,
          expected: ctx.exact,
          operator: ctx.name,
          stack: ctx.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}
assert.CallTracker = CallTracker;

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

module.exports = assert;
