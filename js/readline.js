'use strict';
// readline: an Interface over an input stream, written to node's documented
// behaviour. Without a terminal it splits the input into 'line' events
// (\r, \n and \r\n within crlfDelay end a line). With one (terminal: true,
// or an output that is a TTY) the input is put in raw mode and read as
// keys (internal/readline_keys: emitKeypressEvents), and the interface edits
// the line the way node's does: cursor movement by character and word,
// deletions, history (up/down, historySize, removeHistoryDuplicates),
// tab completion, ctrl+c/ctrl+d/ctrl+z; every change redraws the prompt and
// line on the output with ANSI sequences, wrapping at output.columns.
// question() and the async iterator (events.on with a high watermark, so a
// slow consumer pauses the input) work in both modes; readline/promises
// wraps question() in a promise and adds the Readline class.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { emitKeypressEvents, getStringWidth, stripVTControlCharacters, kKeepsCompleter } = require('internal/readline_keys');

let errorsMod;
function codes() {
  if (errorsMod === undefined) errorsMod = require('internal/errors');
  return errorsMod.codes;
}

const kHistorySize = 30;
const kMaxLengthOfKillRing = 32;
const kFirstEventParam = Symbol.for('nodejs.kFirstEventParam');
// Word boundaries for meta+b/f/d and ctrl+w: node's definition.
const wordLeft = /(?:[^\w\s]+|\w+)\s*$/;
const wordRight = /^(?:\s+|[^\w\s]+|\w+)\s*/;

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  this.isCompletionEnabled = true;
  this._sawKeyPress = false;
  this._previousKey = null;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  if (input && input.input) {
    // An options object.
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    history = input.history;
    historySize = input.historySize;
    signal = input.signal;
    if (input.tabSize !== undefined) {
      require('internal/validators').validateUint32(input.tabSize, 'tabSize', true);
      this.tabSize = input.tabSize;
    }
    removeHistoryDuplicates = input.removeHistoryDuplicates;
    if (input.prompt !== undefined) prompt = input.prompt;
    if (input.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(input.escapeCodeTimeout)) {
        this.escapeCodeTimeout = input.escapeCodeTimeout;
      } else {
        throw new (codes().ERR_INVALID_ARG_VALUE)('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
    }
    if (signal) require('internal/validators').validateAbortSignal(signal, 'options.signal');
    crlfDelay = input.crlfDelay;
    input = input.input;
  }
  if (input === undefined || input === null) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('input', input);
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new (codes().ERR_INVALID_ARG_VALUE)('completer', completer);
  }
  if (history === undefined) history = [];
  else require('internal/validators').validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
    throw new (codes().ERR_INVALID_ARG_VALUE).RangeError('historySize', historySize);
  }
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
  // The callback Interface takes a synchronous completer (arity other than
  // 2) as node's does: wrapped once into the (line, cb) form, so that
  // whoever calls `completer` (the REPL's complete()) can pass a callback.
  // readline/promises' subclass keeps it as given (it may return a promise).
  if (typeof completer === 'function' && completer.length !== 2 && !(new.target && new.target[kKeepsCompleter])) {
    const sync = completer;
    completer = (v, cb) => cb(null, sync(v));
  }
  this.completer = completer;
  this._prompt = String(prompt);
  this.terminal = !!terminal;
  this.closed = false;
  this.paused = false;
  this._questionCallback = null;
  this._oldPrompt = undefined;
  this._sawReturnAt = 0;
  this._lineBuffer = null;
  this._killRing = [];
  this._killRingCursor = 0;
  this._undoStack = [];
  this._redoStack = [];
  this.prevRows = 0;

  const onError = (err) => this.emit('error', err);
  const onData = (data) => this._normalWrite(data);
  const onEnd = () => {
    if (typeof this._lineBuffer === 'string' && this._lineBuffer.length > 0) {
      this.emit('line', this._lineBuffer);
    }
    this.close();
  };
  const onTermEnd = () => {
    if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
    this.close();
  };
  const onKeypress = (s, key) => {
    this._ttyWrite(s, key);
    if (key && key.sequence) {
      // A key of several units (a surrogate pair) is one keypress.
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) this._refreshLine();
    }
  };
  const onResize = () => this._refreshLine();
  this._decoder = new StringDecoder('utf8');

  input.on('error', onError);
  if (!this.terminal) {
    input.on('data', onData);
    input.on('end', onEnd);
    this.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('error', onError);
      input.removeListener('end', onEnd);
    });
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', onKeypress);
    input.on('end', onTermEnd);
    this._setRawMode(true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    if (output !== null && output !== undefined) output.on('resize', onResize);
    this.once('close', () => {
      input.removeListener('keypress', onKeypress);
      input.removeListener('error', onError);
      input.removeListener('end', onTermEnd);
      if (output !== null && output !== undefined) output.removeListener('resize', onResize);
    });
  }
  if (signal) {
    const onAborted = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  this.line = '';
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

const kSubstringSearch = Symbol('kSubstringSearch');

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  },
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this._prompt;
};

Interface.prototype._setRawMode = function _setRawMode(mode) {
  const wasInRawMode = this.input.isRaw;
  if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
  return wasInRawMode;
};

Interface.prototype.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.terminal && process.env.TERM !== 'dumb') {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeToOutput(this._prompt);
  }
};

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = {};
  if (options.signal) {
    require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const onAbort = () => this._questionCancel();
    options.signal.addEventListener('abort', onAbort, { once: true });
    const userCb = cb;
    cb = typeof userCb === 'function' ? (answer) => {
      options.signal.removeEventListener('abort', onAbort);
      return userCb(answer);
    } : userCb;
  }
  if (this.closed) throw new (codes().ERR_USE_AFTER_CLOSE)('readline');
  if (typeof cb !== 'function') return;
  if (this._questionCallback) {
    this.prompt();
  } else {
    this._oldPrompt = this._prompt;
    this.setPrompt(query);
    this._questionCallback = cb;
    this.prompt();
  }
};

Interface.prototype._questionCancel = function _questionCancel() {
  if (this._questionCallback) {
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt);
    this.clearLine();
  }
};

Interface.prototype._onLine = function _onLine(line) {
  if (this._questionCallback) {
    const cb = this._questionCallback;
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype._writeToOutput = function _writeToOutput(stringToWrite) {
  if (typeof stringToWrite !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('stringToWrite', 'string', stringToWrite);
  }
  if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
};

Interface.prototype._addHistory = function _addHistory() {
  if (this.line.length === 0) return '';
  if (this.historySize === 0) return this.line;
  if (this.line.trim().length === 0) return this.line;
  if (this.history.length === 0 || this.history[0] !== this.line) {
    if (this.removeHistoryDuplicates) {
      const dup = this.history.indexOf(this.line);
      if (dup !== -1) this.history.splice(dup, 1);
    }
    this.history.unshift(this.line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  this.historyIndex = -1;
  const line = this.history[0];
  this.emit('history', this.history);
  return line;
};

// _refreshLine redraws prompt and line from the prompt's first row, then
// puts the cursor back where it belongs.
Interface.prototype._refreshLine = function _refreshLine() {
  const line = this._prompt + this.line;
  const end = this._getDisplayPos(line);
  const cursorPos = this.getCursorPos();
  if (this.prevRows > 0) moveCursor(this.output, 0, -this.prevRows);
  cursorTo(this.output, 0);
  clearScreenDown(this.output);
  this._writeToOutput(line);
  // A line that exactly fills the last row: make the terminal wrap.
  if (end.cols === 0) this._writeToOutput(' ');
  cursorTo(this.output, cursorPos.cols);
  const up = end.rows - cursorPos.rows;
  if (up > 0) moveCursor(this.output, 0, -up);
  this.prevRows = cursorPos.rows;
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  if (this.terminal) this._setRawMode(false);
  this.closed = true;
  this.emit('close');
};

Interface.prototype.pause = function pause() {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.write = function write(d, key) {
  if (this.closed) throw new (codes().ERR_USE_AFTER_CLOSE)('readline');
  if (this.paused) this.resume();
  if (this.terminal) this._ttyWrite(d, key);
  else this._normalWrite(d);
};

Interface.prototype._normalWrite = function _normalWrite(b) {
  if (b === undefined) return;
  let string = typeof b === 'string' ? b : this._decoder.write(b);
  if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
    if (string.charCodeAt(0) === 10) string = string.slice(1);
    this._sawReturnAt = 0;
  }
  if (string.indexOf('\n') !== -1 || string.indexOf('\r') !== -1) {
    if (string.endsWith('\r')) this._sawReturnAt = Date.now();
    const lines = splitLines(string);
    if (typeof this._lineBuffer === 'string') lines[0] = this._lineBuffer + lines[0];
    this._lineBuffer = lines.pop();
    for (let i = 0; i < lines.length; i++) {
      this._onLine(lines[i]);
      if (this.closed) return;
    }
  } else if (string) {
    this._lineBuffer = typeof this._lineBuffer === 'string' ? this._lineBuffer + string : string;
  }
};

// splitLines splits at \r\n, \n and \r; the last element is what follows
// the last line end. (indexOf, not a regular expression: goja's are slow.)
function splitLines(s) {
  const out = [];
  let start = 0;
  let nl = s.indexOf('\n');
  let cr = s.indexOf('\r');
  for (;;) {
    if (nl !== -1 && nl < start) nl = s.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = s.indexOf('\r', start);
    let end;
    let next;
    if (cr !== -1 && (nl === -1 || cr < nl)) {
      end = cr;
      next = s.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    } else if (nl !== -1) {
      end = nl;
      next = nl + 1;
    } else {
      break;
    }
    out.push(s.slice(start, end));
    start = next;
  }
  out.push(s.slice(start));
  return out;
}

Interface.prototype._insertString = function _insertString(c) {
  this._beforeEdit(this.line, this.cursor);
  // Characters of a pasted chunk before its last are appended to the line
  // wherever the cursor is, as node does.
  if (this.cursor < this.line.length && this.isCompletionEnabled !== false) {
    this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
    this.cursor += c.length;
    this._refreshLine();
  } else {
    const oldPos = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows < newPos.rows) this._refreshLine();
    else this._writeToOutput(c);
  }
};

Interface.prototype._tabComplete = function _tabComplete(lastKeypressWasTab) {
  this.pause();
  const string = this.line.slice(0, this.cursor);
  const done = (err, value) => {
    this.resume();
    if (err) {
      this._writeToOutput(`Tab completion error: ${require('internal/util/inspect').inspect(err)}`);
      return;
    }
    this._tabCompleter(lastKeypressWasTab, value);
  };
  if (this.completer.length === 2) {
    this.completer(string, done);
  } else {
    let value;
    try {
      value = this.completer(string);
    } catch (err) {
      done(err);
      return;
    }
    if (value && typeof value.then === 'function') value.then((v) => done(null, v), done);
    else done(null, value);
  }
};

Interface.prototype._tabCompleter = function _tabCompleter(lastKeypressWasTab, value) {
  if (!value) return;
  const completions = value[0];
  const completeOn = value[1];
  if (!completions || completions.length === 0) return;
  // Apply the prefix every completion shares, if it adds something.
  const prefix = commonPrefix(completions.filter((e) => e !== ''));
  if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
    this._insertString(prefix.slice(completeOn.length));
    return;
  }
  if (!completeOn.startsWith(prefix)) {
    this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
    this.cursor = this.cursor - completeOn.length + prefix.length;
    this._refreshLine();
    return;
  }
  if (!lastKeypressWasTab) return;
  this._beforeEdit(this.line, this.cursor);
  // A second tab lists the completions in columns ('' starts a new group).
  const widths = completions.map((e) => getStringWidth(e));
  const width = Math.max(...widths) + 2;
  let maxColumns = Math.floor(this.columns / width) || 1;
  if (maxColumns === Infinity) maxColumns = 1;
  let out = '\r\n';
  let column = 0;
  let pad = 0;
  for (let i = 0; i < completions.length; i++) {
    const item = completions[i];
    if (item === '' || column === maxColumns) {
      out += '\r\n';
      column = 0;
      pad = 0;
    } else {
      out += ' '.repeat(pad);
    }
    if (item === '') {
      out += '\r\n';
    } else {
      out += item;
      pad = width - widths[i];
      column++;
    }
  }
  if (column !== 0) out += '\r\n\r\n';
  this._writeToOutput(out);
  this._refreshLine();
};

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  let i = 0;
  while (i < min.length && min[i] === max[i]) i++;
  return min.slice(0, i);
}

Interface.prototype._wordLeft = function _wordLeft() {
  if (this.cursor > 0) {
    const m = this.line.slice(0, this.cursor).match(wordLeft);
    this._moveCursor(-m[0].length);
  }
};

Interface.prototype._wordRight = function _wordRight() {
  if (this.cursor < this.line.length) {
    const m = this.line.slice(this.cursor).match(wordRight);
    this._moveCursor(m[0].length);
  }
};

function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  const c = str.codePointAt(i - 2);
  if (i > 1 && c > 0xffff) return 2;
  return 1;
}

function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) > 0xffff ? 2 : 1;
}

Interface.prototype._deleteLeft = function _deleteLeft() {
  if (this.cursor > 0 && this.line.length > 0) {
    this._beforeEdit(this.line, this.cursor);
    const n = charLengthLeft(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
    this.cursor -= n;
    this._refreshLine();
  }
};

Interface.prototype._deleteRight = function _deleteRight() {
  if (this.cursor < this.line.length) {
    this._beforeEdit(this.line, this.cursor);
    const n = charLengthAt(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
    this._refreshLine();
  }
};

Interface.prototype._deleteWordLeft = function _deleteWordLeft() {
  if (this.cursor > 0) {
    this._beforeEdit(this.line, this.cursor);
    let leading = this.line.slice(0, this.cursor);
    const m = leading.match(wordLeft);
    leading = leading.slice(0, leading.length - m[0].length);
    this.line = leading + this.line.slice(this.cursor);
    this.cursor = leading.length;
    this._refreshLine();
  }
};

Interface.prototype._deleteWordRight = function _deleteWordRight() {
  if (this.cursor < this.line.length) {
    this._beforeEdit(this.line, this.cursor);
    const trailing = this.line.slice(this.cursor);
    const m = trailing.match(/^(?:\s+|\W+|\w+)\s*/);
    this.line = this.line.slice(0, this.cursor) + trailing.slice(m[0].length);
    this._refreshLine();
  }
};

Interface.prototype._deleteLineLeft = function _deleteLineLeft() {
  this._beforeEdit(this.line, this.cursor);
  const del = this.line.slice(0, this.cursor);
  this.cursor = 0;
  this.line = this.line.slice(del.length);
  this._pushToKillRing(del);
  this._refreshLine();
};

Interface.prototype._deleteLineRight = function _deleteLineRight() {
  this._beforeEdit(this.line, this.cursor);
  const del = this.line.slice(this.cursor);
  this.line = this.line.slice(0, this.cursor);
  this._pushToKillRing(del);
  this._refreshLine();
};

Interface.prototype._pushToKillRing = function _pushToKillRing(del) {
  if (!del || del === this._killRing[0]) return;
  this._killRing.unshift(del);
  this._killRingCursor = 0;
  while (this._killRing.length > kMaxLengthOfKillRing) this._killRing.pop();
};

Interface.prototype._yank = function _yank() {
  if (this._killRing.length > 0) {
    this._yanking = true;
    this._insertString(this._killRing[this._killRingCursor]);
  }
};

Interface.prototype._yankPop = function _yankPop() {
  if (!this._yanking || this._killRing.length <= 1) return;
  const last = this._killRing[this._killRingCursor];
  this._killRingCursor = (this._killRingCursor + 1) % this._killRing.length;
  const head = this.line.slice(0, this.cursor - last.length);
  const tail = this.line.slice(this.cursor);
  const text = this._killRing[this._killRingCursor];
  this.line = head + text + tail;
  this.cursor = head.length + text.length;
  this._refreshLine();
};

Interface.prototype.clearLine = function clearLine() {
  this._moveCursor(+Infinity);
  this._writeToOutput('\r\n');
  this.line = '';
  this.cursor = 0;
  this.prevRows = 0;
};

Interface.prototype._line = function _line() {
  const line = this._addHistory();
  this._undoStack = [];
  this._redoStack = [];
  this.clearLine();
  this._onLine(line);
};

Interface.prototype._beforeEdit = function _beforeEdit(oldText, oldCursor) {
  this._pushToUndoStack(oldText, oldCursor);
};

Interface.prototype._pushToUndoStack = function _pushToUndoStack(text, cursor) {
  this._undoStack.push({ text, cursor });
  if (this._undoStack.length > 2048) this._undoStack.shift();
};

Interface.prototype._undo = function _undo() {
  if (this._undoStack.length <= 0) return;
  this._redoStack.push({ text: this.line, cursor: this.cursor });
  const e = this._undoStack.pop();
  this.line = e.text;
  this.cursor = e.cursor;
  this._refreshLine();
};

Interface.prototype._redo = function _redo() {
  if (this._redoStack.length <= 0) return;
  this._undoStack.push({ text: this.line, cursor: this.cursor });
  const e = this._redoStack.pop();
  this.line = e.text;
  this.cursor = e.cursor;
  this._refreshLine();
};

// History: up/down walk entries that start with what was typed before the
// walk began (the substring search).
Interface.prototype._historyNext = function _historyNext() {
  if (this.historyIndex >= 0) {
    this._beforeEdit(this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex - 1;
    while (index >= 0 && (!this.history[index].startsWith(search) || this.line === this.history[index])) index--;
    if (index === -1) this.line = search;
    else this.line = this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this._refreshLine();
  }
};

Interface.prototype._historyPrev = function _historyPrev() {
  if (this.historyIndex < this.history.length && this.history.length) {
    this._beforeEdit(this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex + 1;
    while (index < this.history.length &&
      (!this.history[index].startsWith(search) || this.line === this.history[index])) index++;
    if (index === this.history.length) this.line = search;
    else this.line = this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this._refreshLine();
  }
};

// _getDisplayPos: the rows and last column a string occupies from column 0.
Interface.prototype._getDisplayPos = function _getDisplayPos(str) {
  let offset = 0;
  const col = this.columns;
  let rows = 0;
  str = stripVTControlCharacters(str);
  for (const ch of str) {
    if (ch === '\n') {
      rows += Math.ceil(offset / col) || 1;
      offset = 0;
      continue;
    }
    if (ch === '\t') {
      offset += this.tabSize - (offset % this.tabSize);
      continue;
    }
    const width = getStringWidth(ch, false);
    if (width === 0 || width === 1) {
      offset += width;
    } else {
      // A wide character does not start in the last column.
      if ((offset + 1) % col === 0) offset++;
      offset += 2;
    }
  }
  const cols = offset % col;
  rows += (offset - cols) / col;
  return { cols, rows };
};

Interface.prototype.getCursorPos = function getCursorPos() {
  const strBeforeCursor = this._prompt + this.line.slice(0, this.cursor);
  return this._getDisplayPos(strBeforeCursor);
};
Interface.prototype._getCursorPos = Interface.prototype.getCursorPos;

Interface.prototype._moveCursor = function _moveCursor(dx) {
  if (dx === 0) return;
  const oldPos = this.getCursorPos();
  this.cursor += dx;
  if (this.cursor < 0) this.cursor = 0;
  else if (this.cursor > this.line.length) this.cursor = this.line.length;
  const newPos = this.getCursorPos();
  if (oldPos.rows === newPos.rows) {
    const diffWidth = newPos.cols - oldPos.cols;
    moveCursor(this.output, diffWidth, 0);
  } else {
    this._refreshLine();
  }
};

Interface.prototype._ttyWriteDumb = function _ttyWriteDumb(s, key) {
  key = key || {};
  if (key.name === 'escape') return;
  if (this._sawReturnAt && key.name !== 'enter') this._sawReturnAt = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    } else if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
      this._sawReturnAt = Date.now();
      this._line();
      break;
    case 'enter':
      if (this._sawReturnAt === 0 || Date.now() - this._sawReturnAt > this.crlfDelay) this._line();
      this._sawReturnAt = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
};

// _ttyWrite handles one key in terminal mode.
Interface.prototype._ttyWrite = function _ttyWrite(s, key) {
  if (process.env.TERM === 'dumb') {
    this._ttyWriteDumb(s, key);
    return;
  }
  const previousKey = this._previousKey;
  key = key || {};
  this._previousKey = key;
  if (!key.meta || key.name !== 'y') this._yanking = false;

  // A new search starts after any key other than up/down.
  if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
    if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
  } else if (this[kSubstringSearch] !== null) {
    this[kSubstringSearch] = null;
    if (this.history.length === this.historyIndex) this.historyIndex = -1;
  }

  // Undo (ctrl+-) and redo (ctrl+6).
  if (typeof key.sequence === 'string') {
    const code = key.sequence.codePointAt(0);
    if (code === 0x1f) {
      this._undo();
      return;
    } else if (code === 0x1e) {
      this._redo();
      return;
    }
  }

  if (key.name === 'escape') return;

  if (key.ctrl && key.shift) {
    switch (key.name) {
      case 'backspace':
        this._deleteLineLeft();
        break;
      case 'delete':
        this._deleteLineRight();
        break;
    }
  } else if (key.ctrl) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
        else this.close();
        break;
      case 'h':
        this._deleteLeft();
        break;
      case 'd':
        if (this.cursor === 0 && this.line.length === 0) this.close();
        else if (this.cursor < this.line.length) this._deleteRight();
        break;
      case 'u':
        this._deleteLineLeft();
        break;
      case 'k':
        this._deleteLineRight();
        break;
      case 'a':
        this._moveCursor(-Infinity);
        break;
      case 'e':
        this._moveCursor(+Infinity);
        break;
      case 'b':
        this._moveCursor(-charLengthLeft(this.line, this.cursor));
        break;
      case 'f':
        this._moveCursor(+charLengthAt(this.line, this.cursor));
        break;
      case 'l':
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        this._refreshLine();
        break;
      case 'n':
        this._historyNext();
        break;
      case 'p':
        this._historyPrev();
        break;
      case 'y':
        this._yank();
        break;
      case 'z':
        if (process.platform === 'win32') break;
        if (this.listenerCount('SIGTSTP') > 0) {
          this.emit('SIGTSTP');
        } else {
          process.once('SIGCONT', () => {
            if (!this.paused) {
              this.pause();
              this.emit('SIGCONT');
            }
            this._setRawMode(true);
            this._refreshLine();
          });
          this._setRawMode(false);
          process.kill(process.pid, 'SIGTSTP');
        }
        break;
      case 'w':
      case 'backspace':
        this._deleteWordLeft();
        break;
      case 'delete':
        this._deleteWordRight();
        break;
      case 'left':
        this._wordLeft();
        break;
      case 'right':
        this._wordRight();
        break;
    }
  } else if (key.meta) {
    switch (key.name) {
      case 'b':
        this._wordLeft();
        break;
      case 'f':
        this._wordRight();
        break;
      case 'd':
      case 'delete':
        this._deleteWordRight();
        break;
      case 'backspace':
        this._deleteWordLeft();
        break;
      case 'y':
        this._yankPop();
        break;
    }
  } else {
    if (this._sawReturnAt && key.name !== 'enter') this._sawReturnAt = 0;
    switch (key.name) {
      case 'return':
        this._sawReturnAt = Date.now();
        this._line();
        break;
      case 'enter':
        if (this._sawReturnAt === 0 || Date.now() - this._sawReturnAt > this.crlfDelay) this._line();
        this._sawReturnAt = 0;
        break;
      case 'backspace':
        this._deleteLeft();
        break;
      case 'delete':
        this._deleteRight();
        break;
      case 'left':
        this._moveCursor(-charLengthLeft(this.line, this.cursor));
        break;
      case 'right':
        this._moveCursor(+charLengthAt(this.line, this.cursor));
        break;
      case 'home':
        this._moveCursor(-Infinity);
        break;
      case 'end':
        this._moveCursor(+Infinity);
        break;
      case 'up':
        this._historyPrev();
        break;
      case 'down':
        this._historyNext();
        break;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          const lastKeypressWasTab = previousKey !== null && previousKey.name === 'tab';
          this._tabComplete(lastKeypressWasTab);
          break;
        }
      // falls through
      default:
        if (typeof s === 'string' && s) {
          // Text with line ends (a paste, or write()) is lines.
          const parts = s.split(/\r\n|\n|\r/);
          for (let i = 0; i < parts.length; i++) {
            if (i > 0) this._line();
            if (parts[i]) this._insertString(parts[i]);
          }
        }
    }
  }
};

// The lines as an async iterator: a slow consumer pauses the input once
// more than 1024 lines wait, and resumes it when they are consumed.
Interface.prototype[Symbol.asyncIterator] = function () {
  if (this._lineObjectStream === undefined) {
    this._lineObjectStream = EventEmitter.on(this, 'line', {
      close: ['close'], highWatermark: 1024, [kFirstEventParam]: true,
    });
  }
  return this._lineObjectStream;
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// Cursor helpers: ANSI escape sequences written to a stream.
function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) require('internal/validators').validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new (codes().ERR_INVALID_ARG_VALUE)('x', x);
  if (Number.isNaN(y)) throw new (codes().ERR_INVALID_ARG_VALUE)('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw new (codes().ERR_INVALID_CURSOR_POS)();
  const data = typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) require('internal/validators').validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += `\x1b[${-dx}D`;
  else if (dx > 0) data += `\x1b[${dx}C`;
  if (dy < 0) data += `\x1b[${-dy}A`;
  else if (dy > 0) data += `\x1b[${dy}B`;
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) require('internal/validators').validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  const type = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
  return stream.write(type, callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) require('internal/validators').validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write('\x1b[0J', callback);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

// readline.promises loads readline/promises on first use.
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    return require('readline/promises');
  },
});
