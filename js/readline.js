'use strict';
// readline: line-by-line reading of a stream (createInterface, 'line' and
// 'close' events, question(), prompts, async iteration), written to node's
// documented behaviour. Terminal line editing (raw mode, history, cursor
// keys) is not implemented: every interface works as node's does with
// terminal: false; the cursor helpers write their ANSI sequences.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');

const kAsyncIterator = typeof Symbol.asyncIterator === 'symbol' ?
  Symbol.asyncIterator : Symbol.for('Symbol.asyncIterator');
const lineEnding = /\r\n|\n|\r/;

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  const options = input && input.input !== undefined ? input : { input, output, completer, terminal };
  if (options.input === undefined) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('input', options.input);
  }
  this.input = options.input;
  this.output = options.output;
  this.terminal = false;
  this.line = '';
  this.cursor = 0;
  this.history = [];
  this.crlfDelay = options.crlfDelay === undefined ? 100 : Math.max(100, options.crlfDelay);
  this.closed = false;
  this.paused = false;
  this._prompt = options.prompt === undefined ? '> ' : String(options.prompt);
  this._questionCallback = null;
  this._decoder = new StringDecoder('utf8');
  this._sawReturn = false;

  const onData = (data) => this._normalWrite(data);
  const onEnd = () => {
    const rest = this._decoder.end();
    if (rest) this._normalWrite(rest);
    if (this.line.length > 0) {
      const line = this.line;
      this.line = '';
      this._onLine(line);
    }
    this.close();
  };
  const onError = (err) => this.emit('error', err);
  this.input.on('data', onData);
  this.input.on('end', onEnd);
  this.input.on('error', onError);
  this.once('close', () => {
    this.input.removeListener('data', onData);
    this.input.removeListener('end', onEnd);
    this.input.removeListener('error', onError);
  });
  if (typeof this.input.resume === 'function') this.input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Interface.prototype._normalWrite = function _normalWrite(data) {
  if (data === undefined) return;
  let text = typeof data === 'string' ? data : this._decoder.write(data);
  // A '\r' that ended the last chunk and a '\n' that starts this one are one line end.
  if (this._sawReturn && text.startsWith('\n')) text = text.slice(1);
  this._sawReturn = text.endsWith('\r');
  let buffered = this.line + text;
  let m;
  while ((m = lineEnding.exec(buffered)) !== null) {
    const line = buffered.slice(0, m.index);
    buffered = buffered.slice(m.index + m[0].length);
    this.line = '';
    this._onLine(line);
    if (this.closed) return;
  }
  this.line = buffered;
  this.cursor = buffered.length;
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

Interface.prototype._writeToOutput = function _writeToOutput(text) {
  if (this.output !== null && this.output !== undefined && typeof this.output.write === 'function') {
    this.output.write(text);
  }
};

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this._prompt;
};

Interface.prototype.prompt = function prompt() {
  if (this.paused) this.resume();
  this._writeToOutput(this._prompt);
};

Interface.prototype.question = function question(query, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = {};
  }
  if (this.closed) throw useAfterClose();
  if (options && options.signal) {
    if (options.signal.aborted) return;
    options.signal.addEventListener('abort', () => { this._questionCallback = null; }, { once: true });
  }
  if (typeof cb !== 'function') return;
  if (this._questionCallback) {
    this.prompt();
    return;
  }
  this._oldPrompt = this._prompt;
  this.setPrompt(query);
  this._questionCallback = cb;
  this.prompt();
};

Interface.prototype.write = function write(data) {
  if (this.closed) throw useAfterClose();
  if (this.paused) this.resume();
  this._normalWrite(data);
};

Interface.prototype.pause = function pause() {
  if (this.paused) return this;
  if (typeof this.input.pause === 'function') this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return this;
  if (typeof this.input.resume === 'function') this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  this.closed = true;
  this.emit('close');
};

Interface.prototype.getCursorPos = function getCursorPos() {
  return { rows: 0, cols: this.cursor };
};

// Lines as an async iterator: buffered from the first call, ended by 'close'.
Interface.prototype[kAsyncIterator] = function () {
  if (this._lineIterator !== undefined) return this._lineIterator;
  const queue = [];
  const waiting = [];
  let done = false;
  let failure = null;
  const settle = () => {
    while (waiting.length > 0 && (queue.length > 0 || done || failure)) {
      const w = waiting.shift();
      if (queue.length > 0) w.resolve({ value: queue.shift(), done: false });
      else if (failure) w.reject(failure);
      else w.resolve({ value: undefined, done: true });
    }
  };
  this.on('line', (line) => { queue.push(line); settle(); });
  this.on('close', () => { done = true; settle(); });
  this.on('error', (err) => { failure = err; settle(); });
  const rl = this;
  const it = {
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (failure) return Promise.reject(failure);
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      rl.close();
      done = true;
      settle();
      return Promise.resolve({ value: undefined, done: true });
    },
    [kAsyncIterator]() { return this; },
  };
  this._lineIterator = it;
  return it;
};

function useAfterClose() {
  const { codes } = require('internal/errors');
  return new codes.ERR_USE_AFTER_CLOSE('readline');
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// Cursor helpers: ANSI escape sequences written to the stream.
function writeAnsi(stream, text, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(text, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x) || Number.isNaN(y)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_CURSOR_POS();
  }
  const text = typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`;
  return writeAnsi(stream, text, callback);
}

function moveCursor(stream, dx, dy, callback) {
  let text = '';
  if (dx < 0) text += `\x1b[${-dx}D`;
  else if (dx > 0) text += `\x1b[${dx}C`;
  if (dy < 0) text += `\x1b[${-dy}A`;
  else if (dy > 0) text += `\x1b[${dy}B`;
  return writeAnsi(stream, text, callback);
}

function clearLine(stream, dir, callback) {
  const text = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
  return writeAnsi(stream, text, callback);
}

function clearScreenDown(stream, callback) {
  return writeAnsi(stream, '\x1b[0J', callback);
}

function emitKeypressEvents() {}

// readline/promises' Interface: question() returns a promise.
class PromisesInterface extends Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      if (options.signal && options.signal.aborted) {
        const { AbortError } = require('internal/errors');
        reject(new AbortError(undefined, { cause: options.signal.reason }));
        return;
      }
      Interface.prototype.question.call(this, query, options, resolve);
    });
  }
}

const promises = {
  Interface: PromisesInterface,
  createInterface(input, output, completer, terminal) {
    return new PromisesInterface(input, output, completer, terminal);
  },
};

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
