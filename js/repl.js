'use strict';
// repl: node's Read-Eval-Print Loop (repl.start, REPLServer), also what
// `gojanet` runs with no script on a terminal.
//
// Path of one line: REPLServer is a readline Interface; its 'line' event
// lands in onLine, which runs a REPL command (.help, .load, ...) or hands
// the line, after any buffered incomplete lines, to this.eval (defaultEval
// unless the user gave one). defaultEval runs the code as a script in the
// global scope (the host's runInThisContext: top-level let, const and class
// persist between lines), after two rewrites node makes: `{ a: 1 }` is
// tried as an object literal first, and code with await outside a function
// becomes an async function (internalBinding('repl'), modules/repl) whose
// promise is awaited. finish() prints the result with this.writer
// (util.inspect), buffers the line when the input ended too early to parse
// (a Recoverable error: the '... ' prompt), or prints the error node's way
// ("Uncaught ...", REPL frames only).
//
// Contexts: with useGlobal (the CLI's REPL) input runs in the main realm and
// `r.context` is globalThis. Otherwise, as node, the REPL makes a vm context
// (its own intrinsics; the main realm's other globals copied onto it, its own
// console on the REPL's output) and runs input there as vm.Scripts, which
// share top-level let/const/class between runs as the main realm does;
// resetContext() (`.clear`) makes a new one.

const { Interface } = require('readline');
const util = require('util');
const path = require('path');
const { codes } = require('internal/errors');
const { setTimeout, clearTimeout } = require('internal/timers'); // (ours, not the globals a script may replace)

const host = internalBinding('host');
const binding = internalBinding('repl');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');
const kBufferedCommand = Symbol('bufferedCommand');
const kStandaloneREPL = Symbol('kStandaloneREPL');

let resourceNumber = 0;
function nextResourceName() { return `REPL${++resourceNumber}`; }

const writer = (obj) => util.inspect(obj, writer.options);
writer.options = { ...util.inspect.defaultOptions, showProxy: true };

// util.inspect.replDefaults: the REPL writer's options, as node has them.
Object.defineProperty(util.inspect, 'replDefaults', {
  get() { return writer.options; },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    return Object.assign(writer.options, options);
  },
  enumerable: true,
  configurable: true,
});

// An error that means "the input so far is incomplete": keep reading lines.
class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

// Incomplete input, as goja's parser reports it: the input ended inside a
// construct, or inside a string whose line ends with a backslash.
function isRecoverableError(e, code) {
  if (!e || e.name !== 'SyntaxError') return false;
  if (/Unexpected end of input|Unterminated template/.test(e.message)) return true;
  return /ILLEGAL|Invalid or unexpected token/.test(e.message) && /\\\r?\n?$/.test(code) &&
    /(['"])(?:\\.|(?!\1)[^\\\n])*\\\r?\n?$/.test(code.split('\n').slice(-2).join('\n'));
}

// repl.builtinModules (node's: a script may add to it, and completion
// offers what it adds), the node:-prefixed names completion offers (made
// once), and the ones that are globals in the REPL (no subpaths).
let replBuiltins = null;
function replBuiltinModules() {
  if (replBuiltins === null) replBuiltins = require('module').builtinModules.filter((n) => !n.startsWith('_'));
  return replBuiltins;
}
let nodeSchemeBuiltins = null;
function nodeSchemeBuiltinModules() {
  if (nodeSchemeBuiltins === null) nodeSchemeBuiltins = replBuiltinModules().map((n) => `node:${n}`);
  return nodeSchemeBuiltins;
}
let builtinNames = null;
function publicBuiltins() {
  if (builtinNames === null) builtinNames = replBuiltinModules().filter((n) => !n.includes('/'));
  return builtinNames;
}

function REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode) {
  if (!(this instanceof REPLServer)) {
    return new REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode);
  }
  let options;
  if (prompt !== null && typeof prompt === 'object') {
    options = { ...prompt };
    stream = options.stream || options.socket;
    eval_ = options.eval;
    useGlobal = options.useGlobal;
    ignoreUndefined = options.ignoreUndefined;
    prompt = options.prompt;
    replMode = options.replMode;
  } else {
    options = {};
  }
  if (!options.input && !options.output) {
    stream = stream || process;
    options.input = stream.stdin || stream;
    options.output = stream.stdout || stream;
  }
  if (options.terminal === undefined) options.terminal = !!(options.output && options.output.isTTY);
  options.terminal = !!options.terminal;
  if (options.useColors === undefined) options.useColors = options.terminal;
  if (options.breakEvalOnSigint && eval_) {
    throw new codes.ERR_INVALID_REPL_EVAL_CONFIG();
  }

  this.useColors = !!options.useColors;
  // As node's, the REPL evaluates inside a domain: an error thrown by a
  // callback the input scheduled (a timer, a tick) reaches the domain's
  // 'error' and is printed; the program goes on.
  // The CLI's REPL (startStandalone) owns the process: it reports those
  // errors from 'uncaughtException' instead, and its 'error' emitter is a
  // plain one (a domain would put its own 'uncaughtException' listener in
  // front of the script's).
  this._domain = options.domain ||
    (options[kStandaloneREPL] ? new (require('events'))() : require('domain').create());
  this._domain.on('error', (e) => this._handleError(e));
  // A REPL inside a program cannot take over the program's uncaught errors:
  // input (and what it scheduled) may not listen for them.
  if (!options[kStandaloneREPL]) {
    const refuseUncaught = (name) => {
      if (name === 'uncaughtException' && process.domain === this._domain) {
        throw new codes.ERR_INVALID_REPL_INPUT('Listeners for `uncaughtException` cannot be used in the REPL');
      }
    };
    process.on('newListener', refuseUncaught);
    this.once('exit', () => process.removeListener('newListener', refuseUncaught));
  }
  this.useGlobal = !!useGlobal;
  this.ignoreUndefined = !!ignoreUndefined;
  this.replMode = replMode || REPL_MODE_SLOPPY;
  this.underscoreAssigned = false;
  this.last = undefined;
  this.underscoreErrAssigned = false;
  this.lastError = undefined;
  this.breakEvalOnSigint = !!options.breakEvalOnSigint;
  // Completions that read the file system (relative require() paths,
  // node_modules, fs paths) block the loop: only when asked for, as node.
  this.allowBlockingCompletions = !!options.allowBlockingCompletions;
  this.editorMode = false;
  this.commands = { __proto__: null };
  this[kBufferedCommand] = '';
  this[kStandaloneREPL] = !!options[kStandaloneREPL];
  this._initialPrompt = prompt === undefined ? '> ' : String(prompt);
  this.eval = typeof this._domain.bind === 'function' ? this._domain.bind(eval_ || defaultEval) : (eval_ || defaultEval);
  this.writer = options.writer || writer;
  if (this.writer === writer) writer.options.colors = this.useColors;
  this.lines = [];
  this.lines.level = [];
  this._lexicalNames = new Set();
  this._defined = new Set();

  Interface.call(this, {
    input: options.input,
    output: options.output,
    completer: options.completer || ((line, cb) => complete.call(this, line, this.editorMode ? this.completeOnEditorMode(cb) : cb)),
    terminal: options.terminal,
    historySize: options.historySize,
    prompt: this._initialPrompt,
  });
  this.terminal = options.terminal;

  this.resetContext();
  defineDefaultCommands(this);
  this.clearBufferedCommand();

  let sawSIGINT = false;
  let sawCtrlD = false;

  // 'exit' waits for a pending top-level await, whose result still prints.
  this._awaiting = 0;
  this._exitPending = false;
  this.on('close', () => {
    if (this._awaiting > 0) this._exitPending = true;
    else this.emit('exit');
  });

  this.on('SIGINT', () => {
    const empty = this.line.length === 0 && this[kBufferedCommand].length === 0;
    if (typeof this.clearLine === 'function') this.clearLine();
    else this.line = '';
    this.clearBufferedCommand();
    if (empty) {
      if (sawSIGINT) {
        this.close();
        sawSIGINT = false;
        return;
      }
      this.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      sawSIGINT = true;
    } else {
      sawSIGINT = false;
    }
    this.lines.level = [];
    this.displayPrompt();
  });

  const self = this;
  this.on('line', (cmd) => {
    cmd = cmd || '';
    sawSIGINT = false;
    if (this.editorMode) {
      // Remembered (for .save) as typed, as node does; a typed line's
      // indentation starts the next one.
      this[kBufferedCommand] += cmd + '\n';
      const indent = this._sawKeyPress && !this._loading ? /^\s+/.exec(cmd) : null;
      if (indent !== null) {
        this.write(indent[0]);
        this.line = indent[0];
        this.cursor = indent[0].length;
      }
      this.memory(cmd);
      return;
    }
    const trimmed = cmd.trim();
    if (trimmed && trimmed[0] === '.' && trimmed[1] !== '.' && Number.isNaN(Number.parseFloat(trimmed))) {
      const m = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
      if (m && this.parseREPLKeyword(m[1], m[2]) === true) return;
      if (!this[kBufferedCommand]) {
        this.output.write('Invalid REPL keyword\n');
        finish(null);
        return;
      }
    }
    const evalCmd = this[kBufferedCommand] + cmd + '\n';
    this.eval(evalCmd, this.context, nextResourceName(), finish);

    function finish(e, ret) {
      self.memory(cmd);
      if (e && !self[kBufferedCommand] && cmd.trim().startsWith('npm ') && !(e instanceof Recoverable)) {
        self.output.write('npm should be run outside of the Node.js REPL, in your normal shell.\n' +
          '(Press Ctrl+D to exit.)\n');
        self.displayPrompt();
        return;
      }
      if (e) {
        if (e instanceof Recoverable && !sawCtrlD) {
          self[kBufferedCommand] += cmd + '\n';
          self.displayPrompt();
          return;
        }
        self._domain.emit('error', e.err || e);
        return;
      }
      self.clearBufferedCommand();
      sawCtrlD = false;
      // finish(null) alone (an invalid keyword) prints no value.
      if (arguments.length === 2 && (!self.ignoreUndefined || ret !== undefined)) {
        if (!self.underscoreAssigned) self.last = ret;
        self.output.write(self.writer(ret) + '\n');
      }
      self.displayPrompt();
    }
  });

  // Editor mode and Ctrl+D in a terminal: readline's key handler sees the
  // keys first.
  if (typeof this._ttyWrite === 'function') {
    const ttyWrite = this._ttyWrite;
    this._ttyWrite = (d, key) => {
      key = key || {};
      if (this.editorMode && key.ctrl && key.name === 'd') {
        // Ends editor mode: the buffered code and the line being typed run.
        const code = this[kBufferedCommand];
        const current = this.line;
        this.editorMode = false;
        this.line = '';
        if (code.trim() || current.trim()) {
          // The line being typed is the code's last.
          this.output.write('\n');
          sawCtrlD = true;
          this.emit('line', current);
          sawCtrlD = false;
        } else {
          this.clearBufferedCommand();
          this.displayPrompt();
        }
        return;
      }
      if (this.editorMode && key.ctrl && key.name === 'c') {
        // Leaves editor mode; the key then is an ordinary Ctrl+C (SIGINT).
        this.editorMode = false;
        return ttyWrite.call(this, d, key);
      }
      return ttyWrite.call(this, d, key);
    };
  }

  this.displayPrompt();
}
Object.setPrototypeOf(REPLServer.prototype, Interface.prototype);
Object.setPrototypeOf(REPLServer, Interface);

for (const [old, now] of [['inputStream', 'input'], ['outputStream', 'output']]) {
  Object.defineProperty(REPLServer.prototype, old, {
    get: util.deprecate(function() { return this[now]; },
      'repl.inputStream and repl.outputStream are deprecated. Use repl.input and repl.output instead', 'DEP0141'),
    set: util.deprecate(function(v) { this[now] = v; },
      'repl.inputStream and repl.outputStream are deprecated. Use repl.input and repl.output instead', 'DEP0141'),
    configurable: true,
    enumerable: false,
  });
}

// defaultEval runs code in the global scope and calls cb(err, result).
function defaultEval(code, context, file, cb) {
  // An empty line evaluates to nothing and prints nothing.
  if (/^\s*$/.test(code)) return cb(null);
  let err = null;
  let result;
  let wrapped = false;
  let awaitPromise = false;
  const input = code;
  // `{ a: 1 }` reads as an object literal, not a block.
  if (/^\s*{/.test(code) && !/;\s*$/.test(code)) {
    code = `(${code.trim()})\n`;
    wrapped = true;
  }
  // goja's parser has no import(): each call goes to the loader's import,
  // resolved from the working directory as node's REPL does.
  if (importCall.test(code)) {
    code = code.replace(importCallAll, `${kImportName}(`);
    provideImport(context);
  }
  if (code.includes('await')) {
    const rewritten = binding.processTopLevelAwait(code);
    if (rewritten !== null) {
      code = rewritten;
      wrapped = true;
      awaitPromise = true;
    }
  }
  if (this.replMode === REPL_MODE_STRICT && !/^\s*$/.test(code)) {
    code = `'use strict'; void 0;\n${code}`;
  }
  for (;;) {
    try {
      result = runIn(context, file, code, this instanceof REPLServer && this.breakEvalOnSigint);
      if (!awaitPromise) this.noteDeclarations(code);
      break;
    } catch (e) {
      if (e && e.name === 'SyntaxError') {
        if (wrapped && !awaitPromise) {
          wrapped = false;
          code = this.replMode === REPL_MODE_STRICT ? `'use strict'; void 0;\n${input}` : input;
          continue;
        }
        replSyntaxStack(e);
        err = isRecoverableError(e, code) ? new Recoverable(e) : e;
        break;
      }
      // A throw at run time (even `throw null`) is reported at once and the
      // callback is not called, as node's REPL domain does.
      if (this instanceof REPLServer) {
        // Thrown inside a domain the input entered (d.run(fn)): that
        // domain takes it first, as an uncaught error would go to it.
        const active = process.domain;
        if (active && active !== this._domain && typeof active._errorHandler === 'function' &&
            active._errorHandler(e)) {
          return;
        }
        this._errorFromInput = true;
        try {
          this._domain.emit('error', e);
        } finally {
          this._errorFromInput = false;
        }
        return;
      }
      err = e;
      break;
    }
  }
  if (awaitPromise && !err) {
    const repl = this instanceof REPLServer ? this : null;
    if (repl) repl._awaiting++;
    const settled = () => {
      if (repl && --repl._awaiting === 0 && repl._exitPending) {
        repl._exitPending = false;
        repl.emit('exit');
      }
    };
    Promise.resolve(result).then((r) => {
      this.noteDeclarations(input);
      cb(null, r === undefined ? undefined : r.value);
      settled();
    }, (e) => {
      if (repl) repl._domain.emit('error', e);
      else cb(e);
      settled();
    });
    return;
  }
  cb(err, result);
}

const importCall = /\bimport\s*\(/;
const importCallAll = /\bimport\s*\(/g;
const kImportName = '__gojanet_repl_import';

// provideImport gives context the function REPL input's import() calls
// (non-enumerable, made once per context).
function provideImport(context) {
  if (Object.prototype.hasOwnProperty.call(context, kImportName)) return;
  const { importFromScript } = require('internal/modules');
  Object.defineProperty(context, kImportName, {
    value(specifier) {
      try {
        return Promise.resolve(importFromScript(specifier, path.join(process.cwd(), '[repl]')));
      } catch (err) {
        return Promise.reject(err);
      }
    },
    writable: false, enumerable: false, configurable: true,
  });
}

// runIn runs code as a script named file in context: the main realm's
// global scope (useGlobal) or a vm context.
// With breakOnSigint (breakEvalOnSigint), SIGINT ends the running input
// with ERR_SCRIPT_EXECUTION_INTERRUPTED instead of reaching the process.
function runIn(context, file, code, breakOnSigint = false) {
  const global = context === globalThis || !vm().isContext(context);
  if (global && !breakOnSigint) return host.runInThisContext(file, code);
  const script = new (vm().Script)(code, { filename: file });
  if (global) return script.runInThisContext({ displayErrors: false, breakOnSigint });
  return script.runInContext(context, { displayErrors: false, breakOnSigint });
}

let vmModule = null;
function vm() {
  if (vmModule === null) vmModule = require('vm');
  return vmModule;
}

// The names a fresh context's global has of its own (its intrinsics): these
// a REPL context keeps; every other global of the main realm is copied.
let contextBuiltins = null;
function contextBuiltinNames() {
  if (contextBuiltins === null) {
    // Not the host's hidden import hook: node's context has none.
    const names = vm().runInNewContext('Object.getOwnPropertyNames(globalThis)');
    contextBuiltins = new Set(names.filter((n) => !n.startsWith('__gojanet')));
  }
  return contextBuiltins;
}

// replSyntaxStack gives a SyntaxError node's REPL stack: the offending line
// and a caret, then the message, without frames.
function replSyntaxStack(e) {
  const arrow = e[host.arrowKey];
  if (typeof arrow !== 'string') {
    // A vm.Script's (the REPL's context): node's arrow heads the stack.
    if (typeof e.stack === 'string') {
      try {
        e.stack = e.stack.replace(/^REPL\d+:\d+\r?\n/, '').replace(/^\s+at\s.*\n?/gm, '');
      } catch {
        // A frozen error keeps its stack.
      }
    }
    return;
  }
  const lines = arrow.split('\n').slice(1);
  if (lines.length === 0) return;
  try {
    Object.defineProperty(e, 'stack', {
      value: `${lines.join('\n')}\n\n${e.name}: ${e.message}\n`,
      writable: true, configurable: true, enumerable: false,
    });
  } catch {
    // A frozen error keeps its stack.
  }
}

REPLServer.prototype.noteDeclarations = function noteDeclarations(code) {
  const re = /(?:^|[;{}\n])\s*(?:let|const|class)\s+([A-Za-z_$][\w$]*)/g;
  let m;
  while ((m = re.exec(code)) !== null) this._lexicalNames.add(m[1]);
  const vars = /(?:^|[;{}\n])\s*(?:var|function\*?|async\s+function)\s+([A-Za-z_$][\w$]*)/g;
  while ((m = vars.exec(code)) !== null) this._defined.add(m[1]);
};

// _handleError prints an error the way node's REPL does.
REPLServer.prototype._handleError = function _handleError(e) {
  if (!this.underscoreErrAssigned) this.lastError = e;
  // The standalone REPL hands errors to the script's own
  // 'uncaughtException' listeners, if it added any.
  const others = process.listenerCount('uncaughtException') - (this._onUncaught ? 1 : 0);
  if (this[kStandaloneREPL] && others > 0) {
    process.nextTick(() => {
      process.emit('uncaughtException', e);
      this.clearBufferedCommand();
      this.lines.level = [];
      this.displayPrompt();
    });
    return;
  }
  // As node's: an error a callback the input scheduled threw reaches the
  // domain marked; the marks are not printed.
  if (e !== null && typeof e === 'object' && e.domainThrown) {
    try {
      delete e.domain;
      delete e.domainThrown;
    } catch {
      // a frozen error keeps them
    }
  }
  let text = '';
  if (util.types.isNativeError(e) || e instanceof Error) {
    if (typeof e.stack === 'string' && e.name !== 'SyntaxError') trimREPLFrames(e, this._errorFromInput === true);
    text = this.writer(e);
    if (text[0] === '[' && text[text.length - 1] === ']') text = text.slice(1, -1);
  } else {
    text = this.writer(e);
  }
  const lines = text.split(/(?<=\n)/);
  let matched = false;
  text = '';
  const breakLength = writer.options.breakLength;
  // an index loop: the input may have removed the array iterator (as node's primordials)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!matched && /^\[?([A-Z][a-z0-9_]*)*Error/.test(line)) {
      text += breakLength >= line.length ? `Uncaught ${line}` : `Uncaught:\n${line}`;
      matched = true;
    } else {
      text += line;
    }
  }
  if (!matched) text = `Uncaught${lines.length === 1 ? ' ' : ':\n'}${text}`;
  if (!text.endsWith('\n')) text += '\n';
  this.output.write(text);
  this.clearBufferedCommand();
  this.lines.level = [];
  this.displayPrompt();
};

// trimREPLFrames cuts a stack at the REPL input's own top-level frame: what
// is below it is the REPL's machinery, not the user's code. Frames are
// written as V8 writes them ("    at f (REPL1:1:2)").
function trimREPLFrames(e, fromInput) {
  // goja names the Error constructor's own frame when it is called
  // without new (`Error('x')`); V8 never shows it.
  const lines = e.stack.split('\n').map((l) =>
    (l.startsWith('\tat ') ? '    at ' + l.slice(4).replace(/:(\d+):(\d+)\(\d+\)/, ':$1:$2') : l))
    .filter((l) => !/^\s+at [A-Za-z]*Error \(native\)$/.test(l));
  let cut = -1;
  lines.forEach((l, i) => { if (/^\s+at REPL\d+:\d+:\d+$/.test(l)) cut = i; });
  // Code run in a REPL context calls back into the main realm (require):
  // those frames end at the vm module's.
  // (An error the REPL itself throws keeps its first frame, node:repl's.)
  const first = lines.findIndex((l) => /^\s+at /.test(l));
  if (cut < 0) cut = lines.findIndex((l, i) => i > first && /^\s+at .*(node:repl:|node:vm:|gojanet\/modules\/vm\.)/.test(l));
  // No REPL input on the stack (a timer's or a callback's error): node's
  // REPL re-captures the stack in its domain handler, where only its own
  // frames are, and prints none.
  if (cut < 0 && !fromInput) cut = lines.findIndex((l) => /^\s+at /.test(l));
  try {
    Object.defineProperty(e, 'stack', {
      value: (cut < 0 ? lines : lines.slice(0, cut)).join('\n'), writable: true, configurable: true, enumerable: false,
    });
  } catch {
    // A frozen error keeps its stack.
  }
}

REPLServer.prototype.memory = function memory(cmd) {
  if (!cmd) {
    this.lines.push('');
    this.lines.level = [];
    return;
  }
  const indent = this.lines.level.length ? this.lines.level.length - 1 : 0;
  this.lines.push('  '.repeat(indent) + cmd);
  let depth = (cmd.match(/[{(]/g) || []).length - (cmd.match(/[})]/g) || []).length;
  if (depth > 0) {
    this.lines.level.push({ line: this.lines.length - 1, depth });
    return;
  }
  while (depth < 0 && this.lines.level.length) {
    const open = this.lines.level.pop();
    if (open.depth + depth > 0) {
      open.depth += depth;
      this.lines.level.push(open);
      return;
    }
    depth += open.depth;
  }
};

// close waits a tick, as node's does: what the current line started can
// still print before 'exit'.
REPLServer.prototype.close = function close() {
  process.nextTick(() => Interface.prototype.close.call(this));
};

REPLServer.prototype.clearBufferedCommand = function clearBufferedCommand() {
  this[kBufferedCommand] = '';
};

REPLServer.prototype.displayPrompt = function displayPrompt(preserveCursor) {
  let prompt = this._initialPrompt;
  if (this[kBufferedCommand].length) {
    prompt = '...';
    const depth = this.lines.level.length ? this.lines.level.length - 1 : 0;
    prompt += '..'.repeat(depth) + ' ';
  }
  Interface.prototype.setPrompt.call(this, prompt);
  // A closed REPL still shows the prompt after a late result, as node's
  // does, without resuming its input.
  if (this.closed) this._writeToOutput(prompt);
  else this.prompt(preserveCursor);
};

REPLServer.prototype.setPrompt = function setPrompt(prompt) {
  this._initialPrompt = prompt;
  Interface.prototype.setPrompt.call(this, prompt);
};

REPLServer.prototype.createContext = function createContext() {
  let context = globalThis;
  const server = this;
  if (!this.useGlobal) {
    context = vm().createContext();
    const builtins = contextBuiltinNames();
    for (const name of Object.getOwnPropertyNames(globalThis)) {
      if (builtins.has(name)) continue;
      const desc = Object.getOwnPropertyDescriptor(globalThis, name);
      // The main realm's `_` accessors belong to another REPL.
      if (name === '_' || name === '_error') continue;
      Object.defineProperty(context, name, { __proto__: null, ...desc });
    }
    context.global = context;
    const { Console } = require('console');
    Object.defineProperty(context, 'console', {
      configurable: true, writable: true, value: new Console(this.output),
    });
  }
  const Module = require('module');
  // As node's: a module with no file, whose requires resolve from the
  // working directory (relative ones too, never from node_modules).
  const replModule = new Module('<repl>');
  replModule.paths = Module._nodeModulePaths(process.cwd());
  const replRequire = require('internal/modules').makeRequire(replModule);
  for (const [name, value] of [['module', replModule], ['require', replRequire]]) {
    Object.defineProperty(context, name, { configurable: true, writable: true, enumerable: false, value });
  }
  addBuiltinLibsToObject(context);
  return context;
};

// The builtin modules are globals in the REPL, loaded on first use and
// replaceable by assignment.
function addBuiltinLibsToObject(object) {
  for (const name of publicBuiltins()) {
    if (Object.prototype.hasOwnProperty.call(object, name)) continue;
    const setReal = (val) => {
      delete object[name];
      object[name] = val;
    };
    Object.defineProperty(object, name, {
      get: () => {
        const lib = require(name);
        Object.defineProperty(object, name, { get: () => lib, set: setReal, configurable: true, enumerable: false });
        return lib;
      },
      set: setReal,
      configurable: true,
      enumerable: false,
    });
  }
}

REPLServer.prototype.resetContext = function resetContext() {
  if (this.context === globalThis) {
    for (const name of this._defined) {
      if (Object.getOwnPropertyDescriptor(globalThis, name)?.configurable !== false) delete globalThis[name];
    }
    this._defined.clear();
  }
  this.context = this.createContext();
  this.underscoreAssigned = false;
  this.underscoreErrAssigned = false;
  this.lines = [];
  this.lines.level = [];
  // The last result and error stay: `_` shows them in the new context.
  const context = this.context;
  const server = this;
  // `_` and `_error` show the last result and error until the input assigns
  // to them, which turns the REPL's own updates off.
  for (const [name, value, assigned] of [['_', 'last', 'underscoreAssigned'], ['_error', 'lastError', 'underscoreErrAssigned']]) {
    Object.defineProperty(context, name, {
      configurable: true,
      get: () => server[value],
      set: (v) => {
        server[value] = v;
        if (!server[assigned]) {
          server[assigned] = true;
          server.output.write(`Expression assignment to ${name} now disabled.\n`);
        }
      },
    });
  }
  this.emit('reset', this.context);
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, cmd) {
  if (typeof cmd === 'function') {
    cmd = { action: cmd };
  } else if (cmd === null || typeof cmd !== 'object' || typeof cmd.action !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('cmd.action', 'Function', cmd && cmd.action);
  }
  this.commands[keyword] = cmd;
};

REPLServer.prototype.parseREPLKeyword = function parseREPLKeyword(keyword, rest) {
  const cmd = this.commands[keyword];
  if (cmd) {
    cmd.action.call(this, rest);
    return true;
  }
  return false;
};

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() { this.close(); },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((n) => n.length));
      for (const name of names) {
        const cmd = this.commands[name];
        const pad = ' '.repeat(width - name.length + 3);
        this.output.write(`.${name}${cmd.help ? pad + cmd.help : ''}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        require('fs').writeFileSync(file, this.lines.join('\n'));
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      const fs = require('fs');
      try {
        const stats = fs.statSync(file);
        if (stats && stats.isFile()) {
          // The file goes in as editor-mode input, then one empty line
          // evaluates it all.
          this.editorMode = true;
          this._loading = true; // a file's lines keep their own indentation
          try {
            this.write(fs.readFileSync(file, 'utf8'));
          } finally {
            this._loading = false;
          }
          this.editorMode = false;
          this.setPrompt(this._initialPrompt);
          this.write('\n');
        } else {
          this.output.write(`Failed to load: ${file} is not a valid file\n`);
        }
      } catch {
        this.output.write(`Failed to load: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
  if (repl.terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action() {
        this.editorMode = true;
        this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
      },
    });
  }
}

const commonWords = [
  'async', 'await', 'break', 'case', 'catch', 'const', 'continue',
  'debugger', 'default', 'delete', 'do', 'else', 'export', 'false',
  'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let',
  'new', 'null', 'return', 'switch', 'this', 'throw', 'true', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'yield',
];

const identifierRE = /^[A-Za-z_$\u00C0-\uFFFF][\w$\u00C0-\uFFFF]*$/;
function ownNames(obj) {
  if (obj === null || obj === undefined) return [];
  try {
    // An array's or typed array's indices are never offered: the binding
    // lists the other keys without a string per index (node's
    // getOwnNonIndexProperties). Annex B's legacy accessor methods are not
    // offered either, as in node.
    const names = internalBinding('util').ownNonIndexKeys(obj) || Object.getOwnPropertyNames(obj);
    return names.filter((n) => identifierRE.test(n) && !/^__(define|lookup)[GS]etter__$/.test(n));
  } catch {
    return [];
  }
}

// What completion works on: the end of the line that is a chain of links,
// each a start (a word character, $, a quote or an opening bracket), then
// quoted runs, $ or closing brackets, an optional ?, and the . or ] that
// ends it; then the name being typed (node 20.20's rule: literals such as
// \`\`.a, ''.a, ("").a, [].a and computed members x[0]. complete).
const completionLink = String.raw`[\w$'"\`[{(](?:[\w \t]*?['"\`]|\$|['"\`\]})])*\??(?:\.|\])?`;
const simpleExpressionRE = new RegExp(String.raw`(?:${completionLink})*?[a-zA-Z_$]?[\w$]*\??\.?$`);
// extensionOf is path.extname for a file name (no separators), in one
// lastIndexOf: completion asks it of every entry of a folder.
function extensionOf(name) {
  const dot = name.lastIndexOf('.');
  return dot > 0 && name !== '..' ? name.slice(dot) : '';
}

// dirEntries lists what a specifier could name in folder, prefixed, by
// rules (require's or import()'s): each file rules.file names (or skips
// with null), each folder with its slash and, when rules.bare says so of
// its contents, without it. rules.skip drops npm's own entries. Names the
// completion's filter would drop are skipped before any work (a folder of
// thousands of files).
function dirEntries(folder, prefix, filter, rules) {
  const out = [];
  let entries;
  try {
    entries = require('fs').readdirSync(folder, { withFileTypes: true });
  } catch {
    return out; // an unreadable folder completes nothing
  }
  const lower = filter.toLowerCase();
  for (const d of entries) {
    if (!`${prefix}${d.name}/`.toLowerCase().startsWith(lower) || rules.skip(d.name)) continue;
    if (!d.isDirectory()) {
      const name = rules.file(d.name);
      if (name !== null) out.push(prefix + name);
      continue;
    }
    out.push(`${prefix}${d.name}/`);
    if (rules.bare(folder, prefix, d.name)) out.push(prefix + d.name);
  }
  return out;
}

const hasEntry = (folder, name, test) => (readdirNames(path.join(folder, name)) || []).some(test);

// require(): files with a module extension without it, a folder bare when
// it holds an index or a package.json.
const requireRules = {
  skip: (name) => name === '.npm' || /^@?[\w.-]+@\d/.test(name),
  file(name) {
    const ext = extensionOf(name);
    return ['.js', '.json', '.node', '.cjs', '.mjs'].includes(ext) ? name.slice(0, -ext.length) : null;
  },
  bare: (folder, prefix, name) => hasEntry(folder, name, (f) => f === 'package.json' || /^index(\.(js|json|node|cjs|mjs))?$/.test(f)),
};

const fsCallRE = /fs(?:\.promises)?\.\s*[a-z][a-zA-Z]+\(\s*["'](.*)/;

function readdirNames(folder) {
  try {
    return require('fs').readdirSync(folder);
  } catch {
    return null;
  }
}

const requireRE = /\brequire\s*\(\s*['"`](([\w@./:-]+\/)?(?:[\w@./:-]*))(?![^'"`])$/;
const importRE = /\bimport\s*\(\s*['"`](([\w@./:-]+\/)?(?:[\w@./:-]*))(?![^'"`])$/;
// What import() can load, as node lists it for completion; node tests an
// extension against the list joined into one string, so a name without one
// (a substring of any string) is offered too.
const importExtensions = ['.cjs', '.js', '.json', '.mjs'];
const importIndexes = [...importExtensions.map((ext) => `index${ext}`), 'package.json'];

// import(): files whole (import takes no extension away); a package (a
// folder of node_modules named as it is) bare too when it has an index or
// a package.json.
const importRules = {
  skip: (name) => name === '.npm' || /-\d+\.\d+/.test(name), // npm's versioned names
  file: (name) => (importExtensions.join(',').includes(extensionOf(name)) ? name : null),
  bare: (folder, prefix, name) => prefix === '' && path.basename(folder) === 'node_modules' &&
    hasEntry(folder, name, (f) => importIndexes.includes(f)),
};

// The node_modules folders import() completion looks in: node's, those of
// the folder the process was in when the REPL module loaded.
let importPaths;
try {
  importPaths = require('module')._nodeModulePaths(path.resolve('repl'));
} catch {
  importPaths = require('module')._nodeModulePaths(path.resolve(path.dirname(process.execPath), 'repl'));
}

// complete(line, cb) → cb(null, [completions, completeOn]), node's tab
// completion: REPL commands, require() specifiers, globals and keywords,
// and the members of `expr.` along its prototype chain (never calling a
// function to find them).
// complete() asks the REPL's completer (options.completer, else this).
REPLServer.prototype.complete = function() {
  Reflect.apply(this.completer, this, arguments);
};

function complete(line, callback) {
  let groups = [];
  let completeOn;
  let filter = '';
  line = line.trimStart();
  let m;
  const done = () => callback(null, [mergeGroups(groups, filter), completeOn]);
  if ((m = /^\s*\.(\w*)$/.exec(line)) !== null) {
    groups.push(Object.keys(this.commands));
    completeOn = m[1];
    filter = completeOn;
    return done();
  }
  if (this.allowBlockingCompletions && (m = fsCallRE.exec(line)) !== null) {
    // A path given to an fs function: the entries of the folder it names,
    // else those of its parent starting with its last part.
    let base = '';
    let folder = m[1];
    let entries = readdirNames(folder);
    if (entries === null) {
      base = path.basename(folder);
      folder = path.dirname(folder);
      entries = readdirNames(folder) || [];
    }
    callback(null, [entries.filter((n) => n.startsWith(base)), base]);
    return;
  }
  if ((m = requireRE.exec(line)) !== null) {
    completeOn = m[1];
    filter = completeOn;
    const names = [...replBuiltinModules()];
    const dir = m[2] || '';
    // Packages and files in the node_modules folders the REPL resolves
    // from, a group of their own after the builtins.
    const packages = [];
    const blocking = this.allowBlockingCompletions;
    if (blocking && !dir.startsWith('.') && !dir.startsWith('/') && !/^\.\.?$/.test(completeOn)) {
      for (const folder of this.context.module ? this.context.module.paths : []) {
        packages.push(...dirEntries(path.join(folder, dir), dir, filter, requireRules));
      }
    }
    if (blocking && /^\.\.?$/.test(completeOn)) {
      // A relative path begun: its two starts.
      names.push('./', '../');
    } else if (blocking && (dir.startsWith('.') || dir.startsWith('/'))) {
      names.push(...dirEntries(path.resolve(process.cwd(), dir), dir, filter, requireRules));
    }
    // The node: names are a group of their own, as node lists them.
    groups.push(packages, names, nodeSchemeBuiltinModules());
    return done();
  }
  if ((m = importRE.exec(line)) !== null) {
    completeOn = m[1];
    filter = completeOn;
    if (this.allowBlockingCompletions) {
      const dir = m[2] || '';
      let group = [];
      let folders = [];
      if (completeOn === '.') group = ['./', '../'];
      else if (completeOn === '..') group = ['../'];
      else if (/^\.\.?\//.test(completeOn)) folders = [process.cwd()];
      else folders = importPaths;
      for (const folder of folders) group.push(...dirEntries(path.resolve(folder, dir), dir, filter, importRules));
      if (group.length) groups.push(group);
    }
    groups.push([...replBuiltinModules()], nodeSchemeBuiltinModules());
    return done();
  }
  if (line.length !== 0 && !/[\w.$]$/.test(line)) return done();
  const match = line.length === 0 ? '' : (simpleExpressionRE.exec(line) || [''])[0];
  if (line.length !== 0 && !match) return done();
  completeOn = match;
  let expr = '';
  if (line.endsWith('.')) {
    expr = match.slice(0, -1);
  } else if (line.length !== 0) {
    const bits = match.split('.');
    filter = bits.pop();
    expr = bits.join('.');
  }
  if (!expr) {
    groups.push([...this._lexicalNames]);
    let proto = this.context;
    while ((proto = Object.getPrototypeOf(proto)) !== null) groups.push(ownNames(proto));
    // A vm context's own intrinsics live on its global, not on the object:
    // node offers them with the context's own names, as one group.
    const own = ownNames(this.context);
    if (this.context !== globalThis) own.push(...contextBuiltinNames());
    groups.push(own);
    if (filter !== '') groups.push(commonWords);
    return done();
  }
  let chaining = '.';
  if (expr.endsWith('?')) {
    expr = expr.slice(0, -1);
    chaining = '?.';
  }
  // The expression is evaluated as node does, inside a try statement whose
  // value it is (a throwing or undefined one completes nothing).
  let obj;
  try {
    obj = runIn(this.context, 'repl', `try { ${expr} } catch {}`);
  } catch {
    return done();
  }
  const members = [];
  try {
    let p;
    if ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') {
      members.push(ownNames(obj));
      p = Object.getPrototypeOf(obj);
    } else {
      p = obj.constructor ? obj.constructor.prototype : null;
    }
    for (let guard = 5; p !== null && guard > 0; guard--) {
      members.push(ownNames(p));
      p = Object.getPrototypeOf(p);
    }
  } catch {
    // undefined or null, or a Proxy refusing its keys: nothing to offer
  }
  const prefix = expr + chaining;
  for (const g of members) groups.push(g.map((name) => prefix + name));
  if (filter) filter = prefix + filter;
  done();
};

// mergeGroups filters (case-insensitively), sorts and de-duplicates the
// groups; the nearest group (own properties) comes first, groups apart by ''.
function mergeGroups(groups, filter) {
  if (filter) {
    const lower = filter.toLowerCase();
    groups = groups.map((g) => g.filter((s) => s.toLowerCase().startsWith(lower))).filter((g) => g.length);
  }
  // Built back to front (node unshifts each entry; pushing and reversing
  // once keeps a folder of thousands of names linear).
  const reversed = [];
  const seen = new Set(['']);
  for (const group of groups) {
    group.sort((a, b) => (b > a ? 1 : -1));
    const before = seen.size;
    for (const entry of group) {
      if (!seen.has(entry)) {
        reversed.push(entry);
        seen.add(entry);
      }
    }
    if (seen.size !== before) reversed.push('');
  }
  if (reversed[reversed.length - 1] === '') reversed.pop();
  return reversed.reverse();
}

REPLServer.prototype.completeOnEditorMode = function completeOnEditorMode(callback) {
  return (err, results) => {
    if (err) return callback(err);
    const [completions, completeOn = ''] = results;
    let result = completions.filter((v) => v);
    if (completeOn && result.length) result = [commonPrefix(result)];
    callback(null, [result, completeOn]);
  };
};

function commonPrefix(strings) {
  let prefix = strings[0];
  for (const s of strings) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

// setupHistory keeps a terminal REPL's history in a file, as node's: ''
// (or blanks) turns it off, no name means ~/.node_repl_history. The file is
// opened (created 0600), read (newest line first, at most historySize lines)
// and emptied while the REPL is paused; afterwards every line schedules a
// write of the whole history at the file's start 15 ms later, coalesced,
// 'flushHistory' telling when one is done (_flushing while one is due). When
// history is off or the file cannot be opened, the first look back into an
// empty history says so.
const kHistoryDebounceMs = 15;
const kHistoryOff = '\nPersistent history support disabled. Set the NODE_REPL_HISTORY environment\n' +
  'variable to a valid, user-writable path to enable.\n';

function writeAndRefresh(repl, message) {
  repl._writeToOutput(message);
  repl._refreshLine();
}

// historyOffNotice stands in for the first _historyPrev of a REPL without
// a history file.
function historyOffNotice() {
  if (this.history.length === 0) writeAndRefresh(this, kHistoryOff);
  delete this._historyPrev;
  return this._historyPrev();
}

REPLServer.prototype.setupHistory = function setupHistory(historyFile, cb) {
  if (typeof historyFile === 'function') {
    cb = historyFile;
    historyFile = undefined;
  }
  const ready = typeof cb === 'function' ? cb : () => {};
  const fs = require('fs');
  const os = require('os');
  let file = typeof historyFile === 'string' ? historyFile.trim() : historyFile;
  if (file === '') {
    this._historyPrev = historyOffNotice;
    ready(null, this);
    return;
  }
  if (!file) {
    try {
      file = path.join(os.homedir(), '.node_repl_history');
    } catch {
      writeAndRefresh(this, '\nError: Could not get the home directory.\nREPL session history will not be persisted.\n');
      this._historyPrev = historyOffNotice;
      ready(null, this);
      return;
    }
  }
  const repl = this;
  let timer = null;
  let writing = false;
  let again = false;
  const flush = () => {
    timer = null;
    if (writing) {
      again = true;
      return;
    }
    writing = true;
    fs.write(repl._historyHandle, repl.history.join(os.EOL), 0, 'utf8', () => {
      writing = false;
      if (again) {
        again = false;
        online();
        return;
      }
      repl._flushing = timer !== null;
      if (!repl._flushing) repl.emit('flushHistory');
    });
  };
  const online = () => {
    repl._flushing = true;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, kHistoryDebounceMs);
  };
  const onexit = () => {
    if (repl._flushing) {
      repl.once('flushHistory', onexit);
      return;
    }
    repl.off('line', online);
    fs.close(repl._historyHandle, () => {});
  };
  repl.pause();
  fs.open(file, 'a+', 0o600, (err, fd) => {
    if (err) {
      writeAndRefresh(repl, '\nError: Could not open history file.\nREPL session history will not be persisted.\n');
      repl._historyPrev = historyOffNotice;
      repl.resume();
      ready(null, repl);
      return;
    }
    fs.close(fd, (err) => {
      if (err) return ready(err);
      fs.readFile(file, 'utf8', (err, data) => {
        if (err) return ready(err);
        if (data) repl.history = data.split(/[\n\r]+/, repl.historySize);
        fs.open(file, 'r+', (err, fd) => {
          if (err) return ready(err);
          // Emptied: the history is written back whole. (A device such as
          // /dev/null cannot be truncated; that is no reason to stop.)
          fs.ftruncate(fd, 0, () => {
            repl._historyHandle = fd;
            repl.on('line', online);
            repl.once('exit', onexit);
            repl.once('flushHistory', () => {
              repl.resume();
              ready(null, repl);
            });
            flush();
          });
        });
      });
    });
  });
};

function start(prompt, source, eval_, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, eval_, useGlobal, ignoreUndefined, replMode);
}

// startStandalone is the CLI's REPL: global context, history, the welcome
// line, and uncaught errors from callbacks reported without exiting.
function startStandalone(code) {
  const opts = {
    prompt: '> ',
    useGlobal: true,
    ignoreUndefined: false,
    breakEvalOnSigint: true,
    allowBlockingCompletions: true,
    replMode: process.env.NODE_REPL_MODE === 'strict' ? REPL_MODE_STRICT : REPL_MODE_SLOPPY,
    [kStandaloneREPL]: true,
  };
  if (Number(process.env.NODE_NO_READLINE)) opts.terminal = false;
  process.stdout.write(`Welcome to gojanet ${process.versions.gojanet} ` +
    `(Node.js ${process.version}).\nType ".help" for more information.\n`);
  const size = Number(process.env.NODE_REPL_HISTORY_SIZE);
  if (size > 0) opts.historySize = size;
  const repl = new REPLServer(opts);
  // The CLI's history: NODE_REPL_HISTORY ('' turns it off), else a file of
  // gojanet's own next to node's.
  const env = process.env.NODE_REPL_HISTORY;
  let historyFile = env;
  if (env === undefined) {
    try {
      historyFile = path.join(require('os').homedir(), '.gojanet_repl_history');
    } catch {
      historyFile = undefined;
    }
  }
  repl.setupHistory(historyFile, () => {});
  // -e code given with -i runs once the REPL is up (its output after the
  // first prompt, as node's); an error it throws is fatal.
  if (code) {
    // (the fatal report's arrow shows this code, not the CLI's call here)
    require('internal/process_failure').evalSources.set('[eval]', code);
    host.runInThisContext('[eval]', code);
  }
  // An error thrown by a callback the input scheduled is reported like one
  // thrown by the input, and the REPL goes on.
  const onUncaught = (err) => {
    if (process.listenerCount('uncaughtException') > 1) return;
    repl[kStandaloneREPL] = false;
    repl._handleError(err);
    repl[kStandaloneREPL] = true;
  };
  repl._onUncaught = onUncaught;
  process.on('uncaughtException', onUncaught);
  repl.on('exit', () => {
    process.removeListener('uncaughtException', onUncaught);
    process.exit();
  });
  return repl;
}

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  get builtinModules() { return replBuiltinModules(); },
  isValidSyntax(input) { return binding.isValidSyntax(`${input}`); },
};
Object.defineProperty(module.exports, '_startStandalone', { value: startStandalone, enumerable: false });
