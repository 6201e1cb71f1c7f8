'use strict';
// console, formatting through util.format/inspect as node's does.

const host = internalBinding('host');
const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kIndent = Symbol('indent');
const kIgnoreErrors = Symbol('ignoreErrors');
const kGroupIndentation = Symbol('groupIndentation');
const kInspectOptions = Symbol('inspectOptions');

let util;
function format(args, inspectOptions) {
  // One string is printed as is (node does not even process %% then).
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  if (util === undefined) util = require('util');
  return util.formatWithOptions(inspectOptions || {}, ...args);
}

function Console(options) {
  if (!(this instanceof Console)) return new Console(...arguments);
  let stdout = options;
  let stderr = arguments[1];
  let ignoreErrors = arguments.length > 2 ? arguments[2] !== false : true;
  if (options && typeof options.write !== 'function' && options.stdout) {
    stdout = options.stdout;
    stderr = options.stderr;
    if (options.ignoreErrors !== undefined) ignoreErrors = !!options.ignoreErrors;
  }
  if (!ignoreErrors) this[kIgnoreErrors] = false;
  const { codes } = require('internal/errors');
  let groupIndentation = 2;
  if (options && typeof options.write !== 'function' && options.stdout) {
    const inspectOptions = options.inspectOptions;
    if (inspectOptions !== undefined) {
      if (inspectOptions === null || typeof inspectOptions !== 'object') {
        throw new codes.ERR_INVALID_ARG_TYPE('options.inspectOptions', 'object', inspectOptions);
      }
      this[kInspectOptions] = inspectOptions;
    }
    if (options.groupIndentation !== undefined) {
      require('internal/validators').validateInteger(options.groupIndentation, 'groupIndentation', 0, 1000);
      groupIndentation = options.groupIndentation;
    }
  }
  this[kGroupIndentation] = groupIndentation;
  if (!stdout || typeof stdout.write !== 'function') throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr) stderr = stdout;
  else if (typeof stderr.write !== 'function') throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  this._stdout = stdout;
  this._stderr = stderr;
  this[kCounts] = new Map();
  this[kTimers] = new Map();
  Object.defineProperty(this, '_times', { __proto__: null, value: this[kTimers], writable: true, configurable: true });
  this[kIndent] = '';
  bindMethods(this);
}

// Methods are bound, so `const { log } = console` works, and keep their names.
function bindMethods(con) {
  for (const name of Object.keys(Console.prototype)) {
    // Bound from a method (not a constructor), so `new console.log()`
    // throws, as in node.
    const fn = con[name]; // a subclass's override, if any
    // log and warn are methods already: bound directly (a wrapper would
    // cost a call and a rest array per console.log).
    const bound = fn === directLog || fn === directWarn ? fn.bind(con) :
      { [name](...args) { return Reflect.apply(fn, this, args); } }[name].bind(con);
    Object.defineProperty(bound, 'name', { __proto__: null, value: name, configurable: true });
    con[name] = bound;
  }
}

function writeTo(con, toErr, text) {
  if (con[kIndent]) text = con[kIndent] + text.split('\n').join('\n' + con[kIndent]);
  text += '\n';
  const stream = toErr ? con._stderr : con._stdout;
  if (stream) {
    writeIgnoringErrors(con, stream, text);
    return;
  }
  // The global console writes to the stream process.stdout (stderr) was
  // at its first write, as node's keeps the stream it first resolved: the
  // host's is written straight to the descriptor (consoleWrite) unless a
  // script patched its write (as test runners do to capture output).
  const fd = toErr ? 2 : 1;
  let s = globalStreams[fd];
  if (s === undefined) s = resolveStream(fd);
  if (s === null) {
    if (host.consoleWrite(fd, text)) return;
    s = host.stdio[toErr ? 'stderr' : 'stdout'];
  }
  writeIgnoringErrors(con, s, text);
}

// The global console's streams by descriptor: undefined until its first
// write, then null for the host's, or the script's own.
const globalStreams = [undefined, undefined, undefined];

// resolveStream reads process.stdout (stderr) once, as node's console
// does, without making the host's stream when it is the bootstrap's.
function resolveStream(fd) {
  const name = fd === 1 ? 'stdout' : 'stderr';
  const d = Object.getOwnPropertyDescriptor(process, name);
  if (d === undefined) return null; // (deleted: the host's, not kept)
  const own = host.stdio[name];
  if (d.get === own || d.get === undefined && d.value === own) return (globalStreams[fd] = null);
  const s = process[name];
  if (s === own) return (globalStreams[fd] = null);
  if (s === null || typeof s !== 'object' && typeof s !== 'function') return null; // (not kept, as node's)
  return (globalStreams[fd] = s);
}

function noop() {}

// One write callback per stream, as node's console keeps one per console
// and stream: a Writable batches the completions of consecutive synchronous
// writes that share a callback into one tick.
const errorHandlers = new WeakMap();
function writeErrorHandler(stream) {
  let h = errorHandlers.get(stream);
  if (h === undefined) {
    h = (err) => {
      if (err && !(stream._writableState && stream._writableState.errorEmitted) &&
          stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    };
    errorHandlers.set(stream, h);
  }
  return h;
}

// Console is a debugging aid: a stream's write errors, thrown or emitted
// later, are swallowed (unless ignoreErrors: false), as node's console does.
// A stack overflow still propagates.
function writeIgnoringErrors(con, stream, text) {
  if (con[kIgnoreErrors] === false || typeof stream.once !== 'function') {
    stream.write(text);
    return;
  }
  let added = false;
  try {
    if (stream.listenerCount('error') === 0) {
      stream.once('error', noop);
      added = true;
    }
    stream.write(text, writeErrorHandler(stream));
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw e;
  } finally {
    if (added) stream.removeListener('error', noop);
  }
}


// (methods, not constructors, as node's)
const directLog = { log(...args) { writeTo(this, false, format(args, this[kInspectOptions])); } }.log;
const directWarn = { warn(...args) { writeTo(this, true, format(args, this[kInspectOptions])); } }.warn;
Console.prototype.log = directLog;
Console.prototype.info = Console.prototype.log;
Console.prototype.debug = Console.prototype.log;
Console.prototype.warn = directWarn;
Console.prototype.error = Console.prototype.warn;
Console.prototype.dir = function dir(obj, options) {
  if (util === undefined) util = require('util');
  writeTo(this, false, util.inspect(obj, Object.assign({ customInspect: false }, options)));
};
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.trace = function trace(...args) {
  const err = new Error(format(args));
  err.name = 'Trace';
  const stack = String(err.stack || '').split('\n').slice(1).join('\n');
  writeTo(this, true, 'Trace' + (args.length ? ': ' + format(args) : '') + (stack ? '\n' + stack : ''));
};
Console.prototype.assert = function assert(ok, ...args) {
  if (!ok) {
    if (args.length && typeof args[0] === 'string') args[0] = 'Assertion failed: ' + args[0];
    else args.unshift('Assertion failed');
    this.warn(...args);
  }
};
Console.prototype.count = function count(label = 'default') {
  label = `${label}`;
  const n = (this[kCounts].get(label) || 0) + 1;
  this[kCounts].set(label, n);
  this.log(`${label}: ${n}`);
};
Console.prototype.countReset = function countReset(label = 'default') {
  label = `${label}`;
  if (!this[kCounts].has(label)) {
    process.emitWarning(`Count for '${label}' does not exist`);
    return;
  }
  this[kCounts].delete(label);
};
Console.prototype.group = function group(...args) {
  if (args.length) this.log(...args);
  this[kIndent] += ' '.repeat(this[kGroupIndentation] === undefined ? 2 : this[kGroupIndentation]);
};
Console.prototype.groupCollapsed = Console.prototype.group;
Console.prototype.groupEnd = function groupEnd() {
  this[kIndent] = this[kIndent].slice(0, this[kIndent].length - (this[kGroupIndentation] === undefined ? 2 : this[kGroupIndentation]));
};
function elapsed(con, label) {
  const start = con[kTimers].get(label);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (ms >= 1000) return `${(ms / 1000).toFixed(3)}s`;
  return `${ms.toFixed(3)}ms`;
}
Console.prototype.time = function time(label = 'default') {
  label = `${label}`;
  if (this[kTimers].has(label)) {
    process.emitWarning(`Label '${label}' already exists for console.time()`);
    return;
  }
  this[kTimers].set(label, process.hrtime.bigint());
};
Console.prototype.timeEnd = function timeEnd(label = 'default') {
  label = `${label}`;
  if (!this[kTimers].has(label)) {
    process.emitWarning(`No such label '${label}' for console.timeEnd()`);
    return;
  }
  this.log(`${label}: ${elapsed(this, label)}`);
  this[kTimers].delete(label);
};
Console.prototype.timeLog = function timeLog(label = 'default', ...data) {
  label = `${label}`;
  if (!this[kTimers].has(label)) {
    process.emitWarning(`No such label '${label}' for console.timeLog()`);
    return;
  }
  this.log(`${label}: ${elapsed(this, label)}`, ...data);
};
// console.table: rows are the data's keys (or a Map's / Set's iteration
// order), columns the union of the rows' own keys in first-seen order, with
// a 'Values' column for primitive rows; cells are short inspect() forms.
Console.prototype.table = function table(data, properties) {
  if (properties !== undefined && !Array.isArray(properties)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
  }
  if (data === null || typeof data !== 'object') {
    this.log(data);
    return;
  }
  if (util === undefined) util = require('util');
  const cell = (v) => {
    const many = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2;
    return util.inspect(v, { depth: many ? -1 : 0, breakLength: Infinity, maxArrayLength: 3 });
  };
  // Maps, Sets and their iterators: rows in iteration order. V8 lets node
  // peek into an iterator; goja does not, so an iterator is consumed, and a
  // Map iterator whose every value is a [key, value] pair is taken for
  // entries().
  const mapIter = util.types.isMapIterator(data);
  const setIter = util.types.isSetIterator(data);
  if (data instanceof Map || data instanceof Set || mapIter || setIter) {
    let entries = Array.from(data);
    let keyValue = data instanceof Map;
    if (mapIter) {
      keyValue = entries.length > 0 && entries.every((e) => Array.isArray(e) && e.length === 2);
    }
    const index = [];
    const keys = [];
    const values = [];
    for (let n = 0; n < entries.length; n++) {
      index.push(String(n));
      if (keyValue) {
        keys.push(cell(entries[n][0]));
        values.push(cell(entries[n][1]));
      } else {
        values.push(cell(entries[n]));
      }
    }
    entries = null;
    const head = keyValue ? ['(iteration index)', 'Key', 'Values'] : ['(iteration index)', 'Values'];
    const cols = keyValue ? [index, keys, values] : [index, values];
    this.log(renderTable(head, cols));
    return;
  }
  const rowKeys = Object.keys(data);
  const columns = new Map();
  const primitives = [];
  let hasPrimitives = false;
  rowKeys.forEach((rowKey, row) => {
    const item = data[rowKey];
    const primitive = item === null || (typeof item !== 'object' && typeof item !== 'function');
    if (primitive && properties === undefined) {
      hasPrimitives = true;
      primitives[row] = cell(item);
      return;
    }
    for (const key of properties || Object.keys(item)) {
      if (!columns.has(key)) columns.set(key, []);
      const owned = !primitive && Object.prototype.hasOwnProperty.call(item, key);
      columns.get(key)[row] = owned ? cell(item[key]) : '';
    }
  });
  const head = ['(index)', ...columns.keys()];
  const cols = [rowKeys, ...columns.values()];
  if (hasPrimitives) {
    head.push('Values');
    cols.push(primitives);
  }
  this.log(renderTable(head, cols));
};

function textWidth(s) {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c >= 0x300 && c <= 0x36f) continue; // combining marks
    n += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x20000 && c <= 0x3fffd))) ? 2 : 1;
  }
  return n;
}

// Box-drawn, left-aligned columns, one space of padding each side.
function renderTable(head, cols) {
  const rows = Math.max(0, ...cols.map((c) => c.length));
  const widths = head.map((h, i) => {
    let w = textWidth(h);
    for (let r = 0; r < rows; r++) w = Math.max(w, textWidth(cols[i][r] === undefined ? '' : cols[i][r]));
    return w;
  });
  const line = (l, m, r) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const row = (cells) => '│' + cells.map((c, i) => ' ' + c + ' '.repeat(widths[i] - textWidth(c)) + ' ').join('│') + '│';
  const out = [line('┌', '┬', '┐'), row(head), line('├', '┼', '┤')];
  for (let r = 0; r < rows; r++) out.push(row(cols.map((c) => (c[r] === undefined ? '' : c[r]))));
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}

// Inspector-only methods: no-ops without an inspector, as in node.
// clear() moves a TTY's cursor home and clears the screen; elsewhere it
// does nothing.
Console.prototype.clear = function clear() {
  const stream = this._stdout || process.stdout;
  if (stream && stream.isTTY && process.env.TERM !== 'dumb') stream.write('\u001b[1;1H\u001b[0J');
};
Console.prototype.timeStamp = function timeStamp() {};
Console.prototype.profile = function profile() {};
Console.prototype.profileEnd = function profileEnd() {};

// The global console writes straight to the host's stdout/stderr, which
// keeps console.log cheap and ordered with process.stdout writes.
const globalConsole = Object.create(Console.prototype);
globalConsole._stdout = null;
globalConsole._stderr = null;
globalConsole[kCounts] = new Map();
globalConsole[kTimers] = new Map();
Object.defineProperty(globalConsole, '_times', { __proto__: null, value: globalConsole[kTimers], writable: true, configurable: true });
globalConsole[kIndent] = '';
bindMethods(globalConsole);
globalConsole.Console = Console;

module.exports = globalConsole;
