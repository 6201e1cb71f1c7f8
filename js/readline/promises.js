'use strict';
// readline/promises: an Interface whose question() returns a promise (a
// signal rejects it with an AbortError, closing rejects a pending one), and
// Readline, which queues cursor and clear actions for a stream and writes
// them on commit() (or at once with autoCommit).

const readline = require('readline');

let errorsMod;
function errors() {
  if (errorsMod === undefined) errorsMod = require('internal/errors');
  return errorsMod;
}

class Interface extends readline.Interface {
  static [require('internal/readline_keys').kKeepsCompleter] = true;

  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options !== null && typeof options === 'object' && options.signal) {
        require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
        if (options.signal.aborted) {
          reject(new (errors().AbortError)(undefined, { cause: options.signal.reason }));
          return;
        }
        const onAbort = () => {
          this._questionCancel();
          reject(new (errors().AbortError)(undefined, { cause: options.signal.reason }));
        };
        options.signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          options.signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      if (this.closed) {
        reject(new (errors().codes.ERR_USE_AFTER_CLOSE)('readline'));
        return;
      }
      const onClose = () => reject(new (errors().codes.ERR_USE_AFTER_CLOSE)('readline'));
      this.once('close', onClose);
      const done = (answer) => {
        this.removeListener('close', onClose);
        cb(answer);
      };
      readline.Interface.prototype.question.call(this, query, {}, done);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const kStream = Symbol('stream');
const kTodo = Symbol('todo');
const kAutoCommit = Symbol('autoCommit');
const kQueue = Symbol('queue');

class Readline {
  constructor(stream, options = undefined) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('stream', 'Writable', stream);
    }
    this[kStream] = stream;
    this[kTodo] = [];
    this[kAutoCommit] = !!(options && options.autoCommit);
  }

  [kQueue](data) {
    if (this[kAutoCommit]) this[kStream].write(data);
    else this[kTodo].push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    require('internal/validators').validateInteger(x, 'x');
    if (y !== undefined) require('internal/validators').validateInteger(y, 'y');
    const data = y === undefined ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`;
    return this[kQueue](data);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      require('internal/validators').validateInteger(dx, 'dx');
      require('internal/validators').validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) data += `\x1b[${-dx}D`;
      else if (dx > 0) data += `\x1b[${dx}C`;
      if (dy < 0) data += `\x1b[${-dy}A`;
      else if (dy > 0) data += `\x1b[${dy}B`;
      this[kQueue](data);
    }
    return this;
  }

  clearLine(dir) {
    require('internal/validators').validateInteger(dir, 'dir', -1, 1);
    const data = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
    return this[kQueue](data);
  }

  clearScreenDown() {
    return this[kQueue]('\x1b[0J');
  }

  commit() {
    return new Promise((resolve) => {
      this[kStream].write(this[kTodo].join(''), resolve);
      this[kTodo] = [];
    });
  }

  rollback() {
    this[kTodo] = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
