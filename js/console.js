'use strict';
// console, formatting through util.format/inspect as node's does.

const host = internalBinding('host');
const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kIndent = Symbol('indent');

let util;
function format(args) {
  if (util === undefined) util = require('util');
  return util.formatWithOptions ? util.formatWithOptions({}, ...args) : util.format(...args);
}

function Console(options) {
  if (!(this instanceof Console)) return new Console(...arguments);
  let stdout = options;
  let stderr = arguments[1];
  if (options && typeof options.write !== 'function' && options.stdout) {
    stdout = options.stdout;
    stderr = options.stderr;
  }
  this._stdout = stdout;
  this._stderr = stderr || stdout;
  this[kCounts] = new Map();
  this[kTimers] = new Map();
  this[kIndent] = '';
  // Methods are bound, so `const { log } = console` works as in node.
  for (const name of Object.keys(Console.prototype)) {
    this[name] = Console.prototype[name].bind(this);
  }
}

function writeTo(con, toErr, text) {
  if (con[kIndent]) text = con[kIndent] + text.split('\n').join('\n' + con[kIndent]);
  text += '\n';
  const stream = toErr ? con._stderr : con._stdout;
  if (stream) stream.write(text);
  else host.write(toErr ? 2 : 1, text);
}

Console.prototype.log = function log(...args) { writeTo(this, false, format(args)); };
Console.prototype.info = Console.prototype.log;
Console.prototype.debug = Console.prototype.log;
Console.prototype.warn = function warn(...args) { writeTo(this, true, format(args)); };
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
  this[kIndent] += '  ';
};
Console.prototype.groupCollapsed = Console.prototype.group;
Console.prototype.groupEnd = function groupEnd() {
  this[kIndent] = this[kIndent].slice(0, -2);
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
Console.prototype.table = function table(data) {
  this.log(data);
};

// The global console writes straight to the host's stdout/stderr, which
// keeps console.log cheap and ordered with process.stdout writes.
const globalConsole = Object.create(Console.prototype);
globalConsole._stdout = null;
globalConsole._stderr = null;
globalConsole[kCounts] = new Map();
globalConsole[kTimers] = new Map();
globalConsole[kIndent] = '';
for (const name of Object.keys(Console.prototype)) {
  globalConsole[name] = Console.prototype[name].bind(globalConsole);
}
globalConsole.Console = Console;

module.exports = globalConsole;
