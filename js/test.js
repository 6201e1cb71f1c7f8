'use strict';
// node:test (gojanet): node 20's test runner for a script run directly
// (`gojanet file.js`), written from node's documentation and checked
// against node 20's output. Only reachable as 'node:test', as in node
// (runtime/loader.go lists it among the scheme-only builtins).
//
// The path through it: the first test()/describe()/it() creates the root
// test and the harness (reporter, 'uncaughtException' and 'beforeExit'
// handlers). Every test is a Test: test() adds one to the test it is
// called in (found through an AsyncLocalStorage, else the root) and starts
// it when its parent's concurrency allows (1 by default: siblings run one
// after another, the first synchronously inside the test() call, as in
// node). describe() makes a Suite: its function runs at once to collect its
// tests, which run when the suite runs. A test's run: its parent's before
// and beforeEach hooks, the function (a promise it returns or the `done`
// callback it takes is awaited, raced with the timeout), the afterEach and
// after hooks; then postRun cancels the subtests still pending and fails
// the test if any subtest failed. Results are reported in declaration
// order as soon as a test and every sibling before it have finished
// (processReadySubtestRange), so a long run streams. When the loop has
// nothing left ('beforeExit') the root finishes: tests still pending are
// cancelled, the plan and the counts are printed and the exit code is 1 if
// a test failed or was cancelled.
//
// Output: node 20's TAP reporter when stdout is not a terminal, its spec
// reporter on one. The mock API (mock.fn/method/getter/setter, t.mock)
// wraps functions in a Proxy that records each call. run() and `--test`
// run each test file in a child process of this binary (FileTest, below);
// the child reports to the parent through ChildReporter. Not provided:
// the junit reporter, code coverage (mock.timers: internal/test_runner/
// mock_timers.js).

const { AsyncLocalStorage } = require('async_hooks');
const { inspect } = require('util');
const { codes, E } = require('internal/errors');
const {
  validateFunction, validateObject, validateBoolean, validateInteger, validateNumber, validateOneOf,
} = require('internal/validators');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;

const kTestCodeFailure = 'testCodeFailure';
const kHookFailure = 'hookFailed';
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kMultipleCallbackInvocations = 'multipleCallbacks';
const kCancelledByParent = 'cancelledByParent';
const kSubtestsFailed = 'subtestsFailed';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kUncaughtException = 'uncaughtException';
const kUnhandledRejection = 'unhandledRejection';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kFailureTypes = [kTestCodeFailure, kHookFailure, kCallbackAndPromisePresent, kMultipleCallbackInvocations,
  kCancelledByParent, kSubtestsFailed, kTestTimeoutFailure, kUncaughtException, kUnhandledRejection,
  kParentAlreadyFinished];
// Failures whose report shows the user's error (the cause) instead.
const kUnwrapErrors = new Set([kTestCodeFailure, kHookFailure, kUncaughtException, kUnhandledRejection]);

const ERR_TEST_FAILURE = codes.ERR_TEST_FAILURE || E('ERR_TEST_FAILURE', function(error, failureType) {
  validateOneOf(failureType, 'failureType', kFailureTypes);
  const msg = error?.message ?? error;
  if (error !== null && typeof error === 'object') this.cause = error;
  this.failureType = failureType;
  return msg;
}, Error);

function isTestFailureError(err) {
  return err?.code === 'ERR_TEST_FAILURE' && 'failureType' in err;
}

// node 20's test runner options, read once from process.execArgv (node's
// parseCommandLine). A child of `--test` (NODE_TEST_CONTEXT=child-v8)
// reports to its parent (ChildReporter) whatever its flags say.
let globalOptions;
function optionValues(name) {
  const argv = process.execArgv;
  const values = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name && i + 1 < argv.length) values.push(argv[++i]);
    else if (argv[i].startsWith(`${name}=`)) values.push(argv[i].slice(name.length + 1));
  }
  return values;
}
function parseCommandLine() {
  if (globalOptions) return globalOptions;
  const { convertStringToRegExp } = require('internal/test_runner/utils');
  const isTestRunner = process.execArgv.some((a) => a === '--test' || a.startsWith('--test='));
  const isChild = process.env.NODE_TEST_CONTEXT === 'child-v8';
  let reporters = optionValues('--test-reporter');
  let destinations = optionValues('--test-reporter-destination');
  if (isChild) {
    reporters = ['child'];
    destinations = ['stdout'];
  } else {
    if (reporters.length === 0 && destinations.length === 0) reporters.push(process.stdout.isTTY ? 'spec' : 'tap');
    if (reporters.length === 1 && destinations.length === 0) destinations.push('stdout');
    if (destinations.length !== reporters.length) {
      throw new ERR_INVALID_ARG_VALUE('--test-reporter', reporters,
        'must match the number of specified \'--test-reporter-destination\'');
    }
  }
  let testOnlyFlag = false;
  let testNamePatterns = null;
  if (!isTestRunner) {
    testOnlyFlag = process.execArgv.includes('--test-only');
    const patterns = optionValues('--test-name-pattern');
    if (patterns.length > 0) testNamePatterns = patterns.map((re) => convertStringToRegExp(re, '--test-name-pattern'));
  }
  globalOptions = { isTestRunner, isChild, reporters, destinations, testOnlyFlag, testNamePatterns };
  return globalOptions;
}

const testStorage = new AsyncLocalStorage();
const noop = () => {};
const now = () => process.hrtime.bigint();

// ---- the caller's location (reported for failures) ----

const sourceLines = new Map();
// goja's frames point at a call's '('; V8's at the callee's name: back up
// over the name in the source line.
function getCallerLocation() {
  const frames = `${new Error().stack}`.split('\n');
  for (const f of frames) {
    const m = /\(?((?:file:\/\/)?\/[^():]+):(\d+):(\d+)(?:\(\d+\))?\)?\s*$/.exec(f);
    if (!m || m[1].startsWith('node:')) continue;
    // An ES module's frames name its URL; node reports (and reads) the path.
    const file = m[1].startsWith('file://') ? require('url').fileURLToPath(m[1]) : m[1];
    const line = Number(m[2]);
    let column = Number(m[3]);
    let lines = sourceLines.get(file);
    if (lines === undefined) {
      try {
        lines = require('fs').readFileSync(file, 'utf8').split('\n');
      } catch {
        lines = null;
      }
      sourceLines.set(file, lines);
    }
    const text = lines?.[line - 1];
    if (text !== undefined && line > 1) {
      let i = column - 1;
      while (i > 0 && text[i] !== '(' && i > column - 3) i--;
      if (text[i] === '(') {
        let j = i;
        while (j > 0 && /[\w$]/.test(text[j - 1])) j--;
        column = j + 1;
      }
    }
    return { file, line, column };
  }
  return undefined;
}

// ---- reporters ----

const kEscape = [['\\', '\\\\'], ['#', '\\#'], ['\b', '\\b'], ['\f', '\\f'], ['\t', '\\t'], ['\n', '\\n'],
  ['\r', '\\r'], ['\v', '\\v']];
function tapEscape(input) {
  let result = `${input}`;
  for (const [from, to] of kEscape) result = result.split(from).join(to);
  return result;
}
const kLineBreak = /\r?\n/;
const kFrameStart = /^ {4}at /;
const yamlInspect = { colors: false, breakLength: Infinity };

// An object as TAP's YAML block, node's way (errors: message, code, name,
// the assertion's expected/actual/operator, stack frames).
function jsToYaml(indent, name, value, seen) {
  if (value === undefined) return '';
  if (value === null) return `${indent}  ${name}: ~\n`;
  if (typeof value !== 'object') {
    if (typeof value !== 'string') return `${indent}  ${name}: ${inspect(value, yamlInspect)}\n`;
    const lines = value.split(kLineBreak);
    if (lines.length === 1) return `${indent}  ${name}: ${inspect(value, yamlInspect)}\n`;
    let str = `${indent}  ${name}: |-\n`;
    for (const line of lines) str += `${indent}    ${line}\n`;
    return str;
  }
  seen.add(value);
  const isErrorObj = value instanceof Error;
  let propsIndent = indent;
  let result = '';
  if (name != null) {
    result += `${indent}  ${name}:\n`;
    propsIndent += '  ';
  }
  for (const [key, v] of Object.entries(value)) {
    if (isErrorObj && (key === 'cause' || key === 'code')) continue;
    if (seen.has(v)) {
      result += `${propsIndent}  ${key}: <Circular>\n`;
      continue;
    }
    result += jsToYaml(propsIndent, key, v, seen);
  }
  if (isErrorObj) {
    const { cause, code, failureType, message, expected, actual, operator, stack, name: errName } = value;
    let msg = message ?? '<unknown error>';
    let eName = errName;
    let eStack = stack;
    let eCode = code;
    let eExpected = expected;
    let eActual = actual;
    let eOperator = operator;
    let isAssertion = isAssertionError(value);
    if (code === 'ERR_TEST_FAILURE' && kUnwrapErrors.has(failureType)) {
      eStack = cause?.stack ?? eStack;
      eCode = cause?.code ?? eCode;
      eName = cause?.name ?? eName;
      msg = cause?.message ?? msg;
      if (isAssertionError(cause)) {
        eExpected = cause.expected;
        eActual = cause.actual;
        eOperator = cause.operator ?? eOperator;
        isAssertion = true;
      }
    }
    result += jsToYaml(indent, 'error', msg, seen);
    if (eCode) result += jsToYaml(indent, 'code', eCode, seen);
    if (eName && eName !== 'Error') result += jsToYaml(indent, 'name', eName, seen);
    if (isAssertion) {
      result += jsToYaml(indent, 'expected', eExpected, seen);
      result += jsToYaml(indent, 'actual', eActual, seen);
      if (eOperator) result += jsToYaml(indent, 'operator', eOperator, seen);
    }
    if (typeof eStack === 'string') {
      const frames = [];
      for (const frame of eStack.split(kLineBreak)) {
        const processed = frame.replace(kFrameStart, '').replace(/^\tat /, '');
        if (processed.length > 0 && processed.length !== frame.length) frames.push(processed);
      }
      if (frames.length > 0) {
        const delim = `\n${indent}    `;
        result += `${indent}  stack: |-${delim}${frames.join(delim)}\n`;
      }
    }
  }
  return result;
}

function isAssertionError(e) {
  return e instanceof Error && e.code === 'ERR_ASSERTION' && e.name === 'AssertionError';
}

const tapIndent = (nesting) => '    '.repeat(nesting);

class TapReporter {
  constructor(write) {
    this.write = write;
    this.write('TAP version 13\n');
  }
  start(nesting, name) {
    this.write(`${tapIndent(nesting)}# Subtest: ${tapEscape(name)}\n`);
  }
  plan(nesting, count) {
    this.write(`${tapIndent(nesting)}1..${count}\n`);
  }
  result(ok, nesting, number, name, directive, details, loc) {
    let line = `${tapIndent(nesting)}${ok ? 'ok' : 'not ok'} ${number}`;
    if (name) line += ` ${tapEscape(`- ${name}`)}`;
    if (directive?.skip !== undefined) {
      const r = directive.skip;
      line += ` # SKIP${typeof r === 'string' && r.length ? ` ${tapEscape(r)}` : ''}`;
    } else if (directive?.todo !== undefined) {
      const r = directive.todo;
      line += ` # TODO${typeof r === 'string' && r.length ? ` ${tapEscape(r)}` : ''}`;
    }
    const indent = tapIndent(nesting);
    let out = `${line}\n${indent}  ---\n`;
    out += jsToYaml(indent, 'duration_ms', details.duration_ms);
    out += jsToYaml(indent, 'type', details.type);
    if (!ok && loc) out += jsToYaml(indent, 'location', `${loc.file}:${loc.line}:${loc.column}`);
    out += jsToYaml(indent, null, details.error, new Set());
    out += `${indent}  ...\n`;
    this.write(out);
  }
  diagnostic(nesting, message) {
    this.write(`${tapIndent(nesting)}# ${tapEscape(message)}\n`);
  }
  // A test file's own output (`--test`): a comment per non-empty line.
  output(kind, message) {
    for (const line of message.split(kLineBreak)) {
      if (line.length > 0) this.write(`# ${tapEscape(line)}\n`);
    }
  }
  end() {}
}

// node's spec reporter (on a terminal): a line per test, a heading for a
// test or suite with subtests once its first subtest reports, the
// diagnostics and counts, then the failures again with their errors.
// Colours follow node's rule for its own output, read on stderr.
function specColors() {
  const on = require('internal/util/colors').shouldColorize(process.stderr);
  const c = (code) => (on ? code : '');
  return {
    on, gray: c('\x1b[90m'), white: c('\x1b[39m'),
    pass: c('\x1b[32m'), fail: c('\x1b[31m'), skip: c('\x1b[90m'), info: c('\x1b[34m'),
  };
}
const kSpecSymbols = { pass: '\u2714 ', fail: '\u2716 ', skip: '\uFE63 ', info: '\u2139 ', heading: '\u25B6 ' };
class SpecReporter {
  constructor(write) {
    this.write = write;
    this.colors = specColors();
    this.failures = [];
    this.headings = []; // tests started and not reported: { nesting, name, printed }
  }
  start(nesting, name) {
    this.headings.push({ nesting, name, printed: false });
  }
  plan() {}
  // The headings of the tests this result is nested in, once.
  printHeadings(nesting) {
    for (const h of this.headings) {
      if (h.nesting < nesting && !h.printed) {
        h.printed = true;
        this.write(`${'  '.repeat(h.nesting)}${kSpecSymbols.heading}${h.name}\n`);
      }
    }
  }
  result(ok, nesting, number, name, directive, details, loc) {
    this.printHeadings(nesting);
    this.headings = this.headings.filter((h) => h.nesting < nesting);
    const indent = '  '.repeat(nesting);
    let kind = ok ? 'pass' : 'fail';
    let suffix = '';
    if (directive?.skip !== undefined) {
      kind = 'skip';
      suffix = ` # ${typeof directive.skip === 'string' && directive.skip.length ? directive.skip : 'SKIP'}`;
    } else if (directive?.todo !== undefined) {
      suffix = ` # ${typeof directive.todo === 'string' && directive.todo.length ? directive.todo : 'TODO'}`;
    }
    const c = this.colors;
    const line = `${indent}${c[kind]}${kSpecSymbols[kind]}${name} ${c.gray}(${details.duration_ms}ms)${c.white}${suffix}${c.white}\n`;
    this.write(line);
    if (!ok && details.error && details.error.failureType !== kSubtestsFailed) {
      this.write(`${this.formatError(details.error, indent)}\n`);
      this.failures.push({ line, error: details.error, loc, indent });
    }
  }
  formatError(error, indent) {
    // node shows a test failure's cause; a failure made from a message
    // ('test failed', a timeout) shows the message as a string.
    const err = isTestFailureError(error) ? (error.cause !== undefined ? error.cause : error.message) : error;
    const text = inspect(err, { colors: this.colors.on, breakLength: Infinity });
    return `${text.split('\n').map((l) => `${indent}  ${l}`).join('\n')}\n`;
  }
  diagnostic(nesting, message) {
    this.write(`${this.colors.info}${'  '.repeat(nesting)}${kSpecSymbols.info}${message}${this.colors.white}\n`);
  }
  output(kind, message) {
    this.write(message);
  }
  end() {
    if (this.failures.length === 0) return;
    this.write(`\n${this.colors.fail}${kSpecSymbols.fail}failing tests:${this.colors.white}\n\n`);
    const cwd = process.cwd();
    for (let i = 0; i < this.failures.length; i++) {
      const f = this.failures[i];
      if (i > 0) this.write('\n');
      if (f.loc) {
        const file = f.loc.file.startsWith(`${cwd}/`) ? f.loc.file.slice(cwd.length + 1) : f.loc.file;
        this.write(`test at ${file}:${f.loc.line}:${f.loc.column}\n`);
      }
      this.write(f.line.slice(f.indent.length));
      this.write(this.formatError(f.error, ''));
    }
  }
}

// A child of `--test` sends each reporter call to its parent as a line on
// stdout: kChildFrame, then the call as JSON (errors, bigints and
// undefined encoded so the parent rebuilds them, see decodeFrame). Other
// output on stdout is the file's own and is reported as such.
const kChildFrame = '\u0000gojanet:test:';
function encodeValue(key, value) {
  if (value instanceof Error) {
    const props = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'cause') props[k] = v;
    return {
      $error: value.constructor?.name ?? 'Error', name: value.name, message: value.message,
      stack: value.stack, props, cause: value.cause,
    };
  }
  if (typeof value === 'bigint') return { $bigint: `${value}` };
  if (value === undefined && key !== '') return { $undefined: true };
  if (typeof value === 'function' || typeof value === 'symbol') return { $inspect: inspect(value) };
  return value;
}
function decodeValue(key, value) {
  if (value === null || typeof value !== 'object') return value;
  if (value.$undefined) return undefined;
  if (value.$bigint !== undefined) return BigInt(value.$bigint);
  if (value.$inspect !== undefined) return value.$inspect;
  if (value.$error !== undefined) {
    let Ctor = globalThis[value.$error];
    if (value.$error === 'AssertionError') Ctor = require('assert').AssertionError;
    if (typeof Ctor !== 'function' || !(Ctor.prototype instanceof Error || Ctor === Error)) Ctor = Error;
    const err = Object.create(Ctor.prototype);
    for (const k of ['message', 'stack']) {
      Object.defineProperty(err, k, { value: value[k], writable: true, configurable: true });
    }
    if (err.name !== value.name) Object.defineProperty(err, 'name', { value: value.name, writable: true, configurable: true });
    Object.assign(err, value.props);
    if (value.cause !== undefined) Object.defineProperty(err, 'cause', { value: value.cause, writable: true, configurable: true });
    return err;
  }
  return value;
}
function decodeFrame(line) {
  return JSON.parse(line.slice(kChildFrame.length), decodeValue);
}
class ChildReporter {
  constructor(write) {
    this.write = write;
  }
  send(call) {
    let json;
    try {
      json = JSON.stringify(call, encodeValue);
    } catch {
      // A circular or hostile value: the error as text.
      json = JSON.stringify(call.map((v) => (v !== null && typeof v === 'object' && v.error ?
        { ...v, error: { $inspect: inspect(v.error) } } : v)), encodeValue);
    }
    this.write(`${kChildFrame}${json}\n`);
  }
  start(nesting, name) { this.send(['start', nesting, name]); }
  plan(nesting, count) { this.send(['plan', nesting, count]); }
  result(ok, nesting, number, name, directive, details, loc) {
    this.send(['result', ok, nesting, number, name, directive, details, loc]);
  }
  diagnostic(nesting, message) { this.send(['diagnostic', nesting, message]); }
  output() {}
  end() {}
}

// run()'s reporter: node's events (test:start, test:pass, ...) on the
// stream run() returns.
class EventReporter {
  constructor(stream) {
    this.stream = stream;
  }
  emit(type, data) {
    this.stream.push({ __proto__: null, type, data });
    this.stream.emit(type, data);
  }
  start(nesting, name, loc) {
    this.emit('test:start', { __proto__: null, name, nesting, ...locData(loc) });
  }
  plan(nesting, count) {
    this.emit('test:plan', { __proto__: null, nesting, count });
  }
  result(ok, nesting, number, name, directive, details, loc) {
    this.emit(ok ? 'test:pass' : 'test:fail', {
      __proto__: null, name, nesting, testNumber: number, details, ...directive, ...locData(loc),
    });
  }
  diagnostic(nesting, message) {
    this.emit('test:diagnostic', { __proto__: null, nesting, message });
  }
  output(kind, message, file) {
    this.emit(`test:${kind}`, { __proto__: null, file, message });
  }
  end() {
    this.stream.push(null);
  }
}
function locData(loc) {
  return loc ? { file: loc.file, line: loc.line, column: loc.column } : {};
}

// Fans a report out to every --test-reporter.
class MultiReporter {
  constructor(reporters) {
    this.reporters = reporters;
  }
}
for (const method of ['start', 'plan', 'result', 'diagnostic', 'output', 'end']) {
  MultiReporter.prototype[method] = function(...args) {
    for (const r of this.reporters) r[method](...args);
  };
}

function createReporter(name, destination) {
  let write;
  if (destination === 'stdout') write = (s) => process.stdout.write(s);
  else if (destination === 'stderr') write = (s) => process.stderr.write(s);
  else {
    const fs = require('fs');
    const fd = fs.openSync(destination, 'w');
    write = (s) => fs.writeSync(fd, s);
  }
  switch (name) {
    case 'tap': return new TapReporter(write);
    case 'spec': return new SpecReporter(write);
    case 'dot': return new DotReporter(write);
    case 'child': return new ChildReporter(write);
    default: return new ModuleReporter(name, write);
  }
}

// A reporter module (--test-reporter=./file.mjs or a package): its default
// export, an async generator function or a stream, gets node's events
// (EventReporter's) and its output goes to the destination. It loads
// asynchronously; the events wait in the stream meanwhile.
class ModuleReporter extends EventReporter {
  constructor(specifier, write) {
    const { Readable } = require('stream');
    super(new Readable({ objectMode: true, read() {} }));
    const source = this.stream;
    // Resolved as node does: a path from the working directory, else a
    // package (or URL) from there.
    const path = require('path');
    let request = specifier;
    if (path.isAbsolute(specifier) || /^\.\.?(\/|$)/.test(specifier)) request = path.resolve(specifier);
    const { importFromScript } = require('internal/modules');
    new Promise((resolve) => resolve(importFromScript(request, path.join(process.cwd(), '[eval]')))).then((mod) => {
      const reporter = mod.default ?? mod;
      const out = typeof reporter === 'function' ? Readable.from(reporter(source)) : source.pipe(reporter);
      out.on('data', (chunk) => write(typeof chunk === 'string' ? chunk : `${chunk}`));
    }).catch((err) => process.nextTick(() => { throw err; }));
  }
}

function createReporters() {
  const { reporters, destinations } = parseCommandLine();
  const list = reporters.map((name, i) => createReporter(name, destinations[i]));
  return list.length === 1 ? list[0] : new MultiReporter(list);
}

// node's dot reporter: a dot per passing test, an X per failing one, a
// line break every terminal width (at least 20), then the failures.
class DotReporter {
  constructor(write) {
    this.write = write;
    this.colors = specColors();
    this.spec = new SpecReporter(write);
    this.count = 0;
    this.columns = Math.max(process.stdout.columns ?? 20, 20);
    this.failures = [];
  }
  start() {}
  plan() {}
  diagnostic() {}
  output() {}
  result(ok, nesting, number, name, directive, details) {
    const reset = this.colors.on ? '\x1b[0m' : '';
    this.write(ok ? `${this.colors.pass}.${reset}` : `${this.colors.fail}X${reset}`);
    if (!ok) this.failures.push({ name, directive, details });
    if (++this.count === this.columns) {
      this.write('\n');
      this.columns = Math.max(process.stdout.columns ?? 20, 20);
      this.count = 0;
    }
  }
  end() {
    this.write('\n');
    if (this.failures.length === 0) return;
    const c = this.colors;
    this.write(`\n${c.fail}Failed tests:${c.white}\n\n`);
    for (const { name, directive, details } of this.failures) {
      let suffix = '';
      if (directive?.todo !== undefined) suffix = ` # ${typeof directive.todo === 'string' && directive.todo.length ? directive.todo : 'TODO'}`;
      this.write(`${c.fail}${kSpecSymbols.fail}${name} ${c.gray}(${details.duration_ms}ms)${c.white}${suffix}${c.white}\n`);
      if (details.error && details.error.failureType !== kSubtestsFailed) this.write(this.spec.formatError(details.error, ''));
    }
  }
}

// ---- mocks ----

const kDefaultFunction = function() {};

function validateTimes(value, name) {
  if (value === Infinity) return;
  validateInteger(value, name, 1);
}

class MockFunctionContext {
  #calls = [];
  #mocks = new Map();
  #implementation;
  #restore;
  #times;

  constructor(implementation, restore, times) {
    this.#implementation = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const nextCall = this.#calls.length;
    const call = onCall ?? nextCall;
    validateInteger(call, 'onCall', nextCall);
    this.#mocks.set(call, implementation);
  }

  restore() {
    const { descriptor, object, original, methodName } = this.#restore;
    if (methodName !== undefined) {
      Object.defineProperty(object, methodName, descriptor);
    } else {
      this.#implementation = original;
    }
  }

  resetCalls() {
    this.#calls = [];
  }

  trackCall(call) {
    this.#calls.push(call);
  }

  nextImpl() {
    const nextCall = this.#calls.length;
    const mock = this.#mocks.get(nextCall);
    const impl = mock ?? this.#implementation;
    if (nextCall + 1 === this.#times) this.restore();
    this.#mocks.delete(nextCall);
    return impl;
  }
}
Object.defineProperty(MockFunctionContext.prototype, Symbol.toStringTag, { value: 'MockFunctionContext', configurable: true });

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times = Infinity } = options;
    validateTimes(times, 'options.times');
    const ctx = new MockFunctionContext(implementation, { __proto__: null, original }, times);
    return this.#setupMock(ctx, original);
  }

  method(objectOrFunction, methodName, implementation = kDefaultFunction, options = {}) {
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (typeof objectOrFunction !== 'function') validateObject(objectOrFunction, 'object');
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    }
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { getter = false, setter = false, times = Infinity } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    validateTimes(times, 'options.times');
    if (setter && getter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    const descriptor = findMethodOnPrototypeChain(objectOrFunction, methodName);
    let original;
    if (getter) original = descriptor?.get;
    else if (setter) original = descriptor?.set;
    else original = descriptor?.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    const restore = { __proto__: null, descriptor, object: objectOrFunction, methodName };
    const impl = implementation === kDefaultFunction ? original : implementation;
    const ctx = new MockFunctionContext(impl, restore, times);
    const mock = this.#setupMock(ctx, original);
    const mockDescriptor = { __proto__: null, configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (getter) {
      mockDescriptor.get = mock;
      mockDescriptor.set = descriptor.set;
    } else if (setter) {
      mockDescriptor.get = descriptor.get;
      mockDescriptor.set = mock;
    } else {
      mockDescriptor.writable = descriptor.writable;
      mockDescriptor.value = mock;
    }
    Object.defineProperty(objectOrFunction, methodName, mockDescriptor);
    return mock;
  }

  getter(object, methodName, implementation = kDefaultFunction, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    } else {
      validateObject(options, 'options');
    }
    const { getter = true } = options;
    if (getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', getter, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter });
  }

  setter(object, methodName, implementation = kDefaultFunction, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    } else {
      validateObject(options, 'options');
    }
    const { setter = true } = options;
    if (setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter });
  }

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const { ctx } of this.#mocks) ctx.restore();
  }

  #setupMock(ctx, fnToMatch) {
    const mock = new Proxy(fnToMatch, {
      __proto__: null,
      apply(_fn, thisArg, argList) {
        const fn = ctx.nextImpl();
        let result;
        let error;
        try {
          result = Reflect.apply(fn, thisArg, argList);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          ctx.trackCall({ __proto__: null, arguments: argList, error, result, stack: new Error(), target: undefined, this: thisArg });
        }
        return result;
      },
      construct(target, argList, newTarget) {
        const realTarget = ctx.nextImpl();
        let result;
        let error;
        try {
          result = Reflect.construct(realTarget, argList, newTarget);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          ctx.trackCall({ __proto__: null, arguments: argList, error, result, stack: new Error(), target, this: result });
        }
        return result;
      },
      get(target, property, receiver) {
        if (property === 'mock') return ctx;
        return Reflect.get(target, property, receiver);
      },
    });
    this.#mocks.push({ __proto__: null, ctx });
    return mock;
  }
}

function findMethodOnPrototypeChain(instance, methodName) {
  let host = instance;
  let descriptor;
  while (host !== null) {
    descriptor = Object.getOwnPropertyDescriptor(host, methodName);
    if (descriptor) break;
    host = Object.getPrototypeOf(host);
  }
  return descriptor;
}

// ---- contexts ----

class TestContext {
  #test;

  constructor(test) {
    this.#test = test;
  }

  get signal() {
    return this.#test.signal;
  }

  get name() {
    return this.#test.name;
  }

  get mock() {
    this.#test.mock ??= new MockTracker();
    return this.#test.mock;
  }

  diagnostic(message) {
    this.#test.diagnostics.push(message);
  }

  runOnly(value) {
    this.#test.runOnlySubtests = !!value;
  }

  skip(message) {
    this.#test.skipped = true;
    this.#test.message = message;
  }

  todo(message) {
    this.#test.isTodo = true;
    this.#test.message = message;
  }

  test(name, options, fn) {
    const overrides = { __proto__: null, loc: getCallerLocation() };
    const subtest = this.#test.createSubtest(Test, name, options, fn, overrides);
    return subtest.start();
  }

  before(fn, options) {
    this.#test.createHook('before', fn, options);
  }

  after(fn, options) {
    this.#test.createHook('after', fn, options);
  }

  beforeEach(fn, options) {
    this.#test.createHook('beforeEach', fn, options);
  }

  afterEach(fn, options) {
    this.#test.createHook('afterEach', fn, options);
  }
}

class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get signal() {
    return this.#suite.signal;
  }

  get name() {
    return this.#suite.name;
  }
}

// ---- tests ----

function stopTest(timeout, signal) {
  let timer;
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    if (timeout !== Infinity) {
      timer = setTimeout(() => {
        reject(new ERR_TEST_FAILURE(`test timed out after ${timeout}ms`, kTestTimeoutFailure));
      }, timeout);
      timer.unref();
    }
    onAbort = () => reject(new ERR_TEST_FAILURE('The test was aborted', kCancelledByParent));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  promise.catch(noop);
  promise.dispose = () => {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  };
  return promise;
}

class Test {
  constructor(options) {
    const { parent = null, name, fn, skip, todo, timeout, concurrency, loc, only, signal } = options;
    this.parent = parent;
    this.root = parent === null ? this : parent.root;
    this.harness = parent === null ? null : parent.harness;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.fn = typeof fn === 'function' ? fn : noop;
    this.name = typeof name === 'string' && name !== '' ? name : (this.fn.name || '<anonymous>');
    this.loc = loc;
    this.subtests = [];
    this.pendingSubtests = [];
    this.readySubtests = new Map();
    this.waitingOn = 1;
    this.activeSubtests = 0;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.beforeRan = false;
    this.diagnostics = [];
    this.mock = null;
    this.error = null;
    this.passed = false;
    this.cancelled = false;
    this.finished = false;
    this.startTime = null;
    this.endTime = null;
    this.reportedStart = false;
    this.testNumber = 0;
    this.message = undefined;
    this.skipped = false;
    this.isTodo = false;
    this.runOnlySubtests = false;

    if (parent === null) {
      this.concurrency = 1;
      this.timeout = Infinity;
    } else {
      this.concurrency = parent.concurrency === Infinity ? Infinity : 1;
      this.timeout = parent.timeout;
    }
    if (concurrency != null) {
      if (typeof concurrency === 'number') {
        require('internal/validators').validateUint32(concurrency, 'options.concurrency', true);
        this.concurrency = concurrency;
      } else if (typeof concurrency === 'boolean') {
        this.concurrency = concurrency ? Infinity : 1;
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
      }
    }
    if (timeout != null && timeout !== Infinity) {
      validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
      this.timeout = timeout;
    }
    if (signal !== undefined) {
      require('internal/validators').validateAbortSignal(signal, 'options.signal');
    }
    this.abortController = new (require('internal/event_target').AbortController)();
    this.outerSignal = signal;
    this.signal = this.abortController.signal;
    if (signal) {
      this.abortHandler = () => this.abortController.abort(signal.reason);
      if (signal.aborted) this.abortController.abort(signal.reason);
      else signal.addEventListener('abort', this.abortHandler, { once: true });
    }
    // As node: an empty string marks the test too (but '' as skip still
    // runs the function).
    if (skip) this.fn = noop;
    if (skip !== undefined && skip !== false) {
      this.skipped = true;
      this.message = typeof skip === 'string' ? skip : undefined;
    }
    if (todo !== undefined && todo !== false) {
      this.isTodo = true;
      this.message = typeof todo === 'string' && this.message === undefined ? todo : this.message;
    }
    // --test-only and --test-name-pattern (node's rules: a test runs if it
    // or an ancestor matches a pattern; with --test-only, a test not marked
    // only is skipped when its parent runs only some).
    const { testOnlyFlag, testNamePatterns } = parseCommandLine();
    if (parent === null) {
      this.only = testOnlyFlag;
      this.runOnlySubtests = this.only;
    } else {
      this.only = only ?? !parent.runOnlySubtests;
      this.runOnlySubtests = !this.only;
      if (testNamePatterns !== null && !this.matchesTestNamePatterns(testNamePatterns)) {
        this.skipWith('test name does not match pattern');
      }
      if (testOnlyFlag && !this.only) this.skipWith("'only' option not set");
      if (!testOnlyFlag && (only || this.runOnlySubtests)) {
        this.diagnostics.push("'only' and 'runOnly' require the --test-only command-line option.");
      }
    }
  }

  matchesTestNamePatterns(patterns) {
    return patterns.some((re) => re.exec(this.name) !== null) ||
      (this.parent !== null && this.parent.parent !== null && this.parent.matchesTestNamePatterns(patterns));
  }

  skipWith(message) {
    this.fn = noop;
    this.skipped = true;
    this.message = message;
  }

  get reportedType() {
    return 'test';
  }

  createSubtest(Factory, name, options, fn, overrides) {
    if (typeof name === 'function') {
      fn = name;
    } else if (name !== null && typeof name === 'object') {
      fn = options;
      options = name;
    } else if (typeof options === 'function') {
      fn = options;
    }
    if (options === null || typeof options !== 'object') options = {};
    const test = new Factory({ __proto__: null, ...options, fn, name, parent: this, ...overrides });
    if (this.finished && this.parent !== null) {
      test.fail(new ERR_TEST_FAILURE('test could not be started because its parent finished', kParentAlreadyFinished));
    }
    this.subtests.push(test);
    test.testNumber = this.subtests.length;
    return test;
  }

  createHook(name, fn, options) {
    validateFunction(fn, 'fn');
    if (options != null) validateObject(options, 'options');
    const hook = new TestHook(fn, { __proto__: null, ...options, parent: this, hookType: name });
    this.hooks[name].push(hook);
    return hook;
  }

  hasConcurrency() {
    return this.concurrency > this.activeSubtests;
  }

  // Starts the test now if its parent may run one more, else queues it;
  // resolves when it has run.
  start() {
    if (this.parent.hasConcurrency()) return this.run();
    return new Promise((resolve) => {
      this.parent.pendingSubtests.push(() => this.run().then(resolve));
    });
  }

  processPendingSubtests() {
    while (this.pendingSubtests.length > 0 && this.hasConcurrency()) {
      const next = this.pendingSubtests.shift();
      next();
    }
  }

  fail(err) {
    if (this.error !== null) return;
    this.endTime ??= now();
    this.passed = false;
    this.error = err;
  }

  pass() {
    if (this.error !== null) return;
    this.endTime ??= now();
    this.passed = true;
  }

  cancel(error) {
    if (this.endTime !== null) return;
    this.fail(error || new ERR_TEST_FAILURE('test did not finish before its parent and was cancelled', kCancelledByParent));
    this.cancelled = true;
    this.abortController.abort();
  }

  getRunArgs() {
    const ctx = new TestContext(this);
    return { ctx, args: [ctx] };
  }

  // Every hook of this kind on this test, its ancestors' included (outer
  // ones first for before/beforeEach, last for afterEach).
  eachHooks(kind) {
    const chain = [];
    for (let t = this; t !== null; t = t.parent) chain.unshift(t);
    const hooks = [];
    for (const t of chain) hooks.push(...t.hooks[kind]);
    return kind === 'afterEach' ? hooks.reverse() : hooks;
  }

  async runHooks(hooks, kind, args) {
    try {
      for (const hook of hooks) {
        await hook.run(args);
        if (hook.error) throw hook.error;
      }
    } catch (err) {
      const error = new ERR_TEST_FAILURE(`failed running ${kind} hook`, kHookFailure);
      error.cause = isTestFailureError(err) ? err.cause : err;
      throw error;
    }
  }

  async runParentBefore() {
    const parent = this.parent;
    if (parent !== null && !parent.beforeRan && parent.hooks.before.length > 0) {
      parent.beforeRan = true;
      await parent.runHooks(parent.hooks.before, 'before', parent.getRunArgs());
    }
  }

  async run() {
    if (this.parent !== null) this.parent.activeSubtests++;
    this.startTime = now();
    this.harness.running = this;
    if (this.endTime !== null) {
      this.postRun();
      return;
    }
    const { args, ctx } = this.getRunArgs();
    const hookArgs = { ctx, args };
    const afterEachHooks = this.parent === null ? [] : this.parent.eachHooks('afterEach');
    let afterEachRan = false;
    const afterEach = async () => {
      if (afterEachRan) return;
      afterEachRan = true;
      if (afterEachHooks.length > 0 && !this.skipped) await this.parent.runHooks(afterEachHooks, 'afterEach', hookArgs);
    };
    const after = async () => {
      if (this.hooks.after.length > 0) await this.runHooks(this.hooks.after, 'after', hookArgs);
    };
    let stopPromise;
    try {
      // As node, no await when there is no hook: a test's function is called
      // in the same tick as its run starts (unawaited subtests' timing
      // depends on it).
      const parent = this.parent;
      if (parent !== null && !parent.beforeRan && parent.hooks.before.length > 0) await this.runParentBefore();
      const beforeEach = this.parent === null ? [] : this.parent.eachHooks('beforeEach');
      if (beforeEach.length > 0 && !this.skipped) await this.parent.runHooks(beforeEach, 'beforeEach', hookArgs);
      stopPromise = stopTest(this.timeout, this.signal);
      if (this.fn.length === args.length + 1) {
        // The `done` callback form.
        let settle;
        const promise = new Promise((resolve, reject) => {
          settle = { resolve, reject };
        });
        let calls = 0;
        const done = (err) => {
          calls++;
          if (calls > 1) {
            this.fail(new ERR_TEST_FAILURE('callback invoked multiple times', kMultipleCallbackInvocations));
            return;
          }
          if (err) settle.reject(err);
          else settle.resolve();
        };
        const ret = testStorage.run(this, () => Reflect.apply(this.fn, ctx, [...args, done]));
        if (ret !== null && typeof ret === 'object' && typeof ret.then === 'function') {
          this.fail(new ERR_TEST_FAILURE('passed a callback but also returned a Promise', kCallbackAndPromisePresent));
          await Promise.race([ret, stopPromise]);
        } else {
          await Promise.race([promise, stopPromise]);
        }
      } else {
        const ret = testStorage.run(this, () => Reflect.apply(this.fn, ctx, args));
        if (ret !== null && typeof ret === 'object' && typeof ret.then === 'function') {
          await Promise.race([ret, stopPromise]);
        }
      }
      await afterEach();
      await after();
      this.pass();
    } catch (err) {
      try {
        await afterEach();
        await after();
      } catch {
        // The test's own failure is the one reported.
      }
      if (isTestFailureError(err)) {
        if (err.failureType === kTestTimeoutFailure) this.cancel(err);
        else this.fail(err);
      } else {
        this.fail(new ERR_TEST_FAILURE(err, kTestCodeFailure));
      }
    } finally {
      stopPromise?.dispose();
      if (this.parent !== null) this.abortController.abort();
    }
    this.postRun();
  }

  postRun(pendingSubtestsError) {
    this.endTime ??= now();
    this.pendingSubtests = [];
    let failed = 0;
    for (const subtest of this.subtests) {
      if (!subtest.finished && subtest.endTime === null) {
        subtest.cancel(pendingSubtestsError);
        subtest.postRun(pendingSubtestsError);
      }
      if (!subtest.passed && !subtest.isTodo) failed++;
    }
    if ((this.passed || this.parent === null) && failed > 0) {
      // node's report of it has no stack: the error is made without frames.
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      const err = new ERR_TEST_FAILURE(`${failed} subtest${failed > 1 ? 's' : ''} failed`, kSubtestsFailed);
      Error.stackTraceLimit = limit;
      this.fail(err);
    }
    if (this.outerSignal && this.abortHandler) this.outerSignal.removeEventListener('abort', this.abortHandler);
    this.mock?.reset();
    if (this.harness.running === this) this.harness.running = null;
    if (this.parent !== null) {
      this.parent.activeSubtests--;
      this.parent.readySubtests.set(this.testNumber, this);
      this.parent.processReadySubtestRange(false);
      this.parent.processPendingSubtests();
      const root = this.root;
      if (this.parent === root && root.activeSubtests === 0 && root.pendingSubtests.length === 0 &&
          root.readySubtests.size === 0 && root.hooks.after.length > 0 && !root.afterRan) {
        // Every test has run: the global after() hooks run now (node's
        // root.run()), so they may close the handles that keep the loop alive.
        root.afterRan = true;
        root.runHooks(root.hooks.after, 'after', root.getRunArgs()).catch((err) => {
          root.diagnostics.push(`Error: ${err?.cause?.stack ?? err?.stack ?? err}`);
          root.harness.uncaught = true;
        });
      }
    }
  }

  isClearToSend() {
    return this.parent === null || (this.parent.waitingOn === this.testNumber && this.parent.isClearToSend());
  }

  // Reports the subtests that have finished, in order, while it is this
  // test's turn to report.
  processReadySubtestRange(canSend) {
    const start = this.waitingOn;
    const end = start + this.readySubtests.size;
    for (let i = start; i < end; i++) {
      const subtest = this.readySubtests.get(i);
      if (subtest === undefined) return;
      canSend ||= this.isClearToSend();
      if (!canSend) return;
      subtest.finalize();
      this.readySubtests.delete(i);
    }
  }

  finalize() {
    this.processReadySubtestRange(true);
    this.report();
    this.parent.waitingOn++;
    this.finished = true;
  }

  reportStarted() {
    if (this.reportedStart || this.parent === null) return;
    this.reportedStart = true;
    this.parent.reportStarted();
    this.harness.reporter.start(this.nesting, this.name);
  }

  report() {
    countCompletedTest(this);
    if (this.subtests.length > 0) {
      this.harness.reporter.plan(this.subtests[0].nesting, this.subtests.length);
    } else {
      this.reportStarted();
    }
    let directive;
    if (this.skipped) directive = { skip: this.message ?? true };
    else if (this.isTodo) directive = { todo: this.message ?? true };
    const details = { duration_ms: this.duration() };
    if (this.reportedType === 'suite') details.type = 'suite';
    if (!this.passed) details.error = this.error;
    this.harness.reporter.result(this.passed, this.nesting, this.testNumber, this.name, directive, details, this.loc);
    for (const d of this.diagnostics) this.harness.reporter.diagnostic(this.nesting, d);
  }

  duration() {
    if (this.startTime === null || this.endTime === null || this.endTime < this.startTime) return 0;
    return Number(this.endTime - this.startTime) / 1e6;
  }
}

class TestHook extends Test {
  constructor(fn, options) {
    const { hookType, timeout, parent } = options;
    super({ __proto__: null, fn, timeout, name: `<${hookType}>`, parent });
    this.hookType = hookType;
  }

  // A hook runs with the test's context, and never reports itself.
  async run(args) {
    this.error = null;
    this.endTime = null;
    this.passed = false;
    this.startTime = now();
    const { ctx } = args;
    let stopPromise;
    try {
      stopPromise = stopTest(this.timeout, this.signal);
      if (this.fn.length === 2) {
        await Promise.race([new Promise((resolve, reject) => {
          const ret = Reflect.apply(this.fn, ctx, [ctx, (err) => (err ? reject(err) : resolve())]);
          if (ret !== null && typeof ret === 'object' && typeof ret.then === 'function') {
            reject(new ERR_TEST_FAILURE('passed a callback but also returned a Promise', kCallbackAndPromisePresent));
          }
        }), stopPromise]);
      } else {
        const ret = testStorage.run(this.parent, () => Reflect.apply(this.fn, ctx, [ctx]));
        if (ret !== null && typeof ret === 'object' && typeof ret.then === 'function') await Promise.race([ret, stopPromise]);
      }
      this.pass();
    } catch (err) {
      this.fail(isTestFailureError(err) ? err : new ERR_TEST_FAILURE(err, kTestCodeFailure));
    } finally {
      stopPromise?.dispose();
    }
  }
}

class Suite extends Test {
  constructor(options) {
    super(options);
    // A suite whose name does not match still collects its tests, which
    // match on their own.
    const { testNamePatterns, testOnlyFlag } = parseCommandLine();
    if (testNamePatterns !== null && !options.skip) {
      this.fn = typeof options.fn === 'function' ? options.fn : noop;
      this.skipped = false;
    }
    this.runOnlySubtests = testOnlyFlag;
    const ctx = new SuiteContext(this);
    try {
      const ret = testStorage.run(this, () => Reflect.apply(this.fn, ctx, [ctx]));
      this.buildSuite = Promise.resolve(ret).then(noop, (err) => {
        this.fail(new ERR_TEST_FAILURE(err, kTestCodeFailure));
      });
    } catch (err) {
      this.fail(new ERR_TEST_FAILURE(err, kTestCodeFailure));
      this.buildSuite = Promise.resolve();
    }
    this.fn = noop;
  }

  get reportedType() {
    return 'suite';
  }

  getRunArgs() {
    const ctx = new SuiteContext(this);
    return { ctx, args: [ctx] };
  }

  async run() {
    const hookArgs = this.getRunArgs();
    let stopPromise;
    try {
      this.parent.activeSubtests++;
      await this.buildSuite;
      this.startTime = now();
      if (this.error !== null) {
        this.subtests = [];
        this.postRun();
        return;
      }
      await this.runParentBefore();
      this.beforeRan = true;
      if (this.hooks.before.length > 0) await this.runHooks(this.hooks.before, 'before', hookArgs);
      stopPromise = stopTest(this.timeout, this.signal);
      const subtests = this.skipped ? [] : this.subtests;
      await Promise.race([Promise.all(subtests.map((t) => t.start())), stopPromise]);
      if (this.hooks.after.length > 0) await this.runHooks(this.hooks.after, 'after', hookArgs);
      this.pass();
    } catch (err) {
      if (isTestFailureError(err)) this.fail(err);
      else this.fail(new ERR_TEST_FAILURE(err, kTestCodeFailure));
    } finally {
      stopPromise?.dispose();
    }
    this.postRun();
  }
}

// ---- the harness ----

function countCompletedTest(test) {
  const counters = test.harness.counters;
  if (test.nesting === 0) counters.topLevel++;
  if (test.reportedType === 'suite') {
    counters.suites++;
    return;
  }
  if (test.skipped) counters.skipped++;
  else if (test.isTodo) counters.todo++;
  else if (test.cancelled) counters.cancelled++;
  else if (!test.passed) counters.failed++;
  else counters.passed++;
  counters.all++;
}

let globalRoot = null;

// A root test and its harness, reporting to reporter.
function createRoot(reporter, options = {}) {
  const root = new Test({ __proto__: null, name: '<root>', ...options });
  root.harness = {
    reporter,
    running: null,
    counters: { all: 0, failed: 0, passed: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0, suites: 0 },
    bootstrapped: now(),
  };
  root.startTime = root.harness.bootstrapped;
  return root;
}

// The end of a run: tests still pending are cancelled, the plan, the
// diagnostics and the counts are reported (a child of `--test` leaves the
// plan and counts to its parent), and the exit code is 1 on a failure.
function finishRoot(root, pendingError, plan = root.subtests.length) {
  const reporter = root.harness.reporter;
  if (root.harness.finished) return false;
  root.harness.finished = true;
  root.postRun(pendingError);
  root.processReadySubtestRange(true);
  const c = root.harness.counters;
  const child = reporter instanceof ChildReporter;
  if (!child) reporter.plan(0, plan);
  for (const d of root.diagnostics) reporter.diagnostic(0, d);
  const duration = Number(now() - root.harness.bootstrapped) / 1e6;
  if (!child) {
    for (const [k, v] of [['tests', c.all], ['suites', c.suites], ['pass', c.passed], ['fail', c.failed],
      ['cancelled', c.cancelled], ['skipped', c.skipped], ['todo', c.todo], ['duration_ms', duration]]) {
      reporter.diagnostic(0, `${k} ${v}`);
    }
  }
  reporter.end();
  return c.failed > 0 || c.cancelled > 0 || root.harness.uncaught;
}

function getGlobalRoot() {
  if (globalRoot !== null) return globalRoot;
  const root = createRoot(createReporters());
  globalRoot = root;

  // An exception no test caught fails the test that was running (node
  // finds it through the async context; the running test here).
  const onUncaught = (err, origin) => {
    const test = testStorage.getStore() || root.harness.running;
    const type = origin === 'unhandledRejection' ? kUnhandledRejection : kUncaughtException;
    if (test && test !== root && !test.finished) {
      test.fail(new ERR_TEST_FAILURE(err, type));
      return;
    }
    root.diagnostics.push(`Error: ${err?.stack ?? err}`);
    root.harness.uncaught = true;
  };
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', (reason) => onUncaught(reason, 'unhandledRejection'));

  let ended = false;
  process.on('beforeExit', () => {
    if (ended) return;
    ended = true;
    const pending = new ERR_TEST_FAILURE('Promise resolution is still pending but the event loop has already resolved', kCancelledByParent);
    if (finishRoot(root, pending)) process.exitCode = 1;
  });
  return root;
}

// ---- `--test` and run(): each file in a child process ----

// node 20's discovery: the paths given (a directory is searched), else the
// working directory; node_modules skipped unless given; under a directory
// named test every .js/.cjs/.mjs file, elsewhere the names
// doesPathMatchFilter accepts. Sorted, absolute.
function createTestFileList(paths) {
  const fs = require('fs');
  const path = require('path');
  const { doesPathMatchFilter, isSupportedFileType } = require('internal/test_runner/utils');
  const testFiles = new Set();
  function processPath(p, options) {
    if (testFiles.has(p)) return;
    let stat;
    try {
      stat = fs.statSync(p);
    } catch (err) {
      if (err.code === 'ENOENT') {
        console.error(`Could not find '${p}'`);
        process.exit(1);
      }
      throw err;
    }
    if (stat.isDirectory()) {
      if (!options.userSupplied && path.basename(p) === 'node_modules') return;
      const underTestDir = options.underTestDir || path.basename(p) === 'test';
      for (const entry of fs.readdirSync(p)) {
        processPath(path.join(p, entry), { __proto__: null, underTestDir });
      }
    } else if (options.userSupplied || (options.underTestDir && isSupportedFileType(p)) || doesPathMatchFilter(p)) {
      testFiles.add(p);
    }
  }
  const given = paths.length > 0 ? paths : [process.cwd()];
  for (const p of new Set(given)) processPath(path.resolve(p), { __proto__: null, userSupplied: true });
  return [...testFiles].sort();
}

// The flags a child gets: the parent's, less the runner's own, plus the
// run's name patterns and --test-only (node's getRunArgs).
const kRunnerFlags = ['--test', '--test-only', '--test-force-exit', '--experimental-test-coverage', '--watch'];
const kRunnerValueFlags = ['--test-reporter', '--test-reporter-destination', '--test-concurrency', '--test-timeout',
  '--test-name-pattern', '--test-shard'];
function childArgs(file, { testNamePatterns, only }) {
  const argv = [];
  const execArgv = process.execArgv;
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    if (kRunnerFlags.includes(a)) continue;
    if (kRunnerValueFlags.includes(a)) {
      i++;
      continue;
    }
    if (kRunnerValueFlags.some((f) => a.startsWith(`${f}=`))) continue;
    argv.push(a);
  }
  for (const re of testNamePatterns ?? []) argv.push(`--test-name-pattern=${re}`);
  if (only) argv.push('--test-only');
  argv.push(file);
  return argv;
}

// A test file run in a child process. Its reports arrive as the child
// writes them and pass on when it is this file's turn to report (node's
// FileTest); the file reports itself only when the child reported no test,
// or failed in a way its tests do not show (a load error, an exit code).
class FileTest extends Test {
  constructor(options) {
    super(options);
    this.loc ??= { line: 1, column: 1, file: require('path').resolve(this.name) };
    this.reportBuffer = [];
    this.reportedChildren = 0;
    this.failedSubtests = false;
  }

  skipReporting() {
    return this.reportedChildren > 0 && (!this.error || this.error.failureType === kSubtestsFailed);
  }

  addToReport(item) {
    if (item[0] === 'result') {
      this.reportedChildren++;
      if (item[2] === 0 && !item[1]) this.failedSubtests = true;
    }
    if (!this.isClearToSend()) {
      this.reportBuffer.push(item);
      return;
    }
    this.drain();
    this.handleReportItem(item);
  }

  drain() {
    const items = this.reportBuffer;
    this.reportBuffer = [];
    for (const item of items) this.handleReportItem(item);
  }

  handleReportItem(item) {
    const reporter = this.harness.reporter;
    switch (item[0]) {
      case 'start': reporter.start(item[1], item[2]); break;
      case 'plan': reporter.plan(item[1], item[2]); break;
      case 'diagnostic': reporter.diagnostic(item[1], item[2]); break;
      case 'stdout': case 'stderr': reporter.output(item[0], item[1], this.name); break;
      case 'result': {
        const [, ok, nesting, number, name, directive, details, loc] = item;
        const counters = this.root.harness.counters;
        const testNumber = nesting === 0 ? counters.topLevel + 1 : number;
        countCompletedTest({
          harness: this.root.harness, nesting, passed: ok,
          reportedType: details?.type === 'suite' ? 'suite' : 'test',
          skipped: directive?.skip !== undefined, isTodo: directive?.todo !== undefined,
          cancelled: kCancelledFailures.has(details?.error?.failureType),
        });
        reporter.result(ok, nesting, testNumber, name, directive, details, loc);
        break;
      }
    }
  }

  reportStarted() {}

  report() {
    this.drain();
    if (!this.skipReporting()) {
      super.reportStarted();
      super.report();
    }
  }

  // The child's stdout: frames are reports, anything else the file's own
  // output; stderr is the file's output too.
  async runChild(opts) {
    const { spawn } = require('child_process');
    const child = spawn(process.execPath, childArgs(this.name, opts), {
      env: { ...process.env, NODE_TEST_CONTEXT: 'child-v8' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const onAbort = () => child.kill();
    this.signal.addEventListener('abort', onAbort);
    let pending = '';
    let text = '';
    const flushText = () => {
      if (text.length > 0) this.addToReport(['stdout', text]);
      text = '';
    };
    const onLine = (line) => {
      if (line.startsWith(kChildFrame)) {
        let item;
        try {
          item = decodeFrame(line);
        } catch {
          text += `${line}\n`;
          return;
        }
        flushText();
        this.addToReport(item);
      } else {
        text += `${line}\n`;
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop();
      for (const line of lines) onLine(line);
      flushText();
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => this.addToReport(['stderr', chunk]));
    const [code, signal] = await new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c, s) => resolve([c, s]));
    });
    this.signal.removeEventListener('abort', onAbort);
    if (pending.length > 0) {
      if (pending.startsWith(kChildFrame)) onLine(pending);
      else text += pending;
    }
    flushText();
    if (code !== 0 || signal !== null) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      const err = new ERR_TEST_FAILURE('test failed', this.failedSubtests ? kSubtestsFailed : kTestCodeFailure);
      Error.stackTraceLimit = limit;
      err.exitCode = code;
      err.signal = signal;
      throw err;
    }
  }
}

const kRoot = Symbol('root');
const kCancelledFailures = new Set([kCancelledByParent, kTestTimeoutFailure]);

// node:test's run(): the files (else those `--test` would find) each in a
// child process; returns a stream of node's events (test:pass, test:fail,
// ...). The `--test` command line is run() with the flags' reporters.
function run(options = {}, reporter) {
  if (options === null || typeof options !== 'object') options = {};
  const { concurrency, timeout, files, only } = options;
  let { testNamePatterns, shard } = options;
  const { validateArray } = require('internal/validators');
  const { convertStringToRegExp } = require('internal/test_runner/utils');
  if (files != null) validateArray(files, 'options.files');
  if (only != null) validateBoolean(only, 'options.only');
  if (shard != null) {
    validateObject(shard, 'options.shard');
    shard = { __proto__: null, index: shard.index, total: shard.total };
    validateInteger(shard.total, 'options.shard.total', 1);
    validateInteger(shard.index, 'options.shard.index', 1, shard.total);
  }
  if (testNamePatterns != null) {
    if (!Array.isArray(testNamePatterns)) testNamePatterns = [testNamePatterns];
    testNamePatterns = testNamePatterns.map((value, i) => {
      if (value instanceof RegExp) return value;
      const name = `options.testNamePatterns[${i}]`;
      if (typeof value === 'string') return convertStringToRegExp(value, name);
      throw new ERR_INVALID_ARG_TYPE(name, ['string', 'RegExp'], value);
    });
  }
  const { Readable } = require('stream');
  const stream = new Readable({ objectMode: true, read() {} });
  // The command line's reporters are made once the options are valid (an
  // invalid one ends the run before any report starts).
  reporter = typeof reporter === 'function' ? reporter() : new EventReporter(stream);
  // node's root concurrency: true is one less than the CPUs (at least 1).
  let rootConcurrency = concurrency;
  if (concurrency === true) rootConcurrency = Math.max(require('os').availableParallelism() - 1, 1);
  const root = createRoot(reporter, { concurrency: rootConcurrency, timeout, signal: options.signal });
  if (process.env.NODE_TEST_CONTEXT !== undefined) {
    process.emitWarning('node:test run() is being called recursively within a test file. skipping running files.');
    process.nextTick(() => finishRoot(root));
    return stream;
  }
  let testFiles = files ?? createTestFileList(process.argv.slice(1));
  if (shard) testFiles = testFiles.filter((_, index) => index % shard.total === shard.index - 1);
  const opts = { testNamePatterns, only };
  const runs = testFiles.map((file) => {
    const test = root.createSubtest(FileTest, file, {}, (t) => test.runChild(opts));
    return test.start();
  });
  stream.done = Promise.allSettled(runs).then(() => finishRoot(root, undefined, root.harness.counters.topLevel));
  stream[kRoot] = root;
  return stream;
}

// `gojanet --test [paths]` (cmd/gojanet runs this): run() with the
// command line's options, reporting to --test-reporter.
function runnerMain() {
  const debug = require('util').debuglog('test_runner');
  const concurrencyFlag = optionValues('--test-concurrency').pop();
  const timeoutFlag = optionValues('--test-timeout').pop();
  const shardFlag = optionValues('--test-shard').pop();
  const concurrency = concurrencyFlag !== undefined ? Number(concurrencyFlag) || true : true;
  const timeout = timeoutFlag !== undefined ? Number(timeoutFlag) : Infinity;
  let shard;
  if (shardFlag !== undefined) {
    if (!/^\d+\/\d+$/.test(shardFlag)) {
      process.exitCode = 1;
      throw new ERR_INVALID_ARG_VALUE('--test-shard', shardFlag, 'must be in the form of <index>/<total>');
    }
    const [index, total] = shardFlag.split('/').map(Number);
    shard = { index, total };
  }
  const options = { concurrency, inspectPort: undefined, watch: false, timeout, shard };
  debug('test runner configuration:', options);
  const testNamePatterns = optionValues('--test-name-pattern');
  const { convertStringToRegExp } = require('internal/test_runner/utils');
  options.testNamePatterns = testNamePatterns.length > 0 ?
    testNamePatterns.map((re) => convertStringToRegExp(re, '--test-name-pattern')) : undefined;
  options.only = process.execArgv.includes('--test-only') || undefined;
  // The files first: a path that does not exist ends the run before any
  // report starts.
  options.files = createTestFileList(process.argv.slice(1));
  let stream;
  // SIGINT or SIGTERM: the files still running are cancelled (their
  // children killed) and the report ends, as node's harness does.
  const terminate = () => {
    const root = stream[kRoot];
    const pending = new ERR_TEST_FAILURE('Promise resolution is still pending but the event loop has already resolved', kCancelledByParent);
    const failed = finishRoot(root, pending, root.harness.counters.topLevel);
    process.exit(failed ? 1 : 0);
  };
  process.once('SIGINT', terminate);
  process.once('SIGTERM', terminate);
  stream = run(options, createReporters);
  stream.done.then((failed) => {
    process.off('SIGINT', terminate);
    process.off('SIGTERM', terminate);
    if (failed) process.exitCode = 1;
    if (process.execArgv.includes('--test-force-exit')) process.exit();
  });
}

// test()/it()/describe(): a subtest of the test the call runs in.
function runInParentContext(Factory) {
  function run(name, options, fn, overrides) {
    const parent = testStorage.getStore() || getGlobalRoot();
    const subtest = parent.createSubtest(Factory, name, options, fn, overrides);
    if (!(parent instanceof Suite)) return subtest.start().then(noop);
    return Promise.resolve();
  }
  const test = (name, options, fn) => run(name, options, fn, { __proto__: null, loc: getCallerLocation() });
  for (const keyword of ['skip', 'todo', 'only']) {
    test[keyword] = (name, options, fn) => {
      const overrides = { __proto__: null, [keyword]: true, loc: getCallerLocation() };
      return run(name, options, fn, overrides);
    };
  }
  return test;
}

function hook(hookType) {
  return (fn, options) => {
    const parent = testStorage.getStore() || getGlobalRoot();
    parent.createHook(hookType, fn, options);
  };
}

const describe = runInParentContext(Suite);
const it = runInParentContext(Test);
const testFn = runInParentContext(Test);
Object.defineProperty(testFn, 'name', { value: 'test' });
Object.defineProperty(it, 'name', { value: 'it' });
Object.defineProperty(describe, 'name', { value: 'describe' });

let lazyMock;
module.exports = testFn;
module.exports[Symbol.for('gojanet.testRunnerMain')] = runnerMain;
Object.assign(module.exports, {
  run,
  after: hook('after'),
  afterEach: hook('afterEach'),
  before: hook('before'),
  beforeEach: hook('beforeEach'),
  describe,
  it,
  suite: describe,
  test: testFn,
});
Object.defineProperty(module.exports, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    lazyMock ??= new MockTracker();
    return lazyMock;
  },
});
