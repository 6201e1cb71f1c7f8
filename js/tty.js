'use strict';
// The `tty` builtin (gojanet): isatty, tty.ReadStream (setRawMode) and
// tty.WriteStream (size, 'resize', colour support, cursor control), written
// from node's documentation and checked against node 20.
//
// Path: the Go half is internalBinding('tty_wrap') (modules/tty: termios
// and TIOCGWINSZ on golang.org/x/sys/unix). A WriteStream is a Writable
// whose writes are synchronous, as node's are for terminals; on fds 1 and 2
// they go through the runtime's own stdout/stderr (what an embedder set).
// A ReadStream is a Readable: fd 0 reads through the runtime's stdin
// reader, other terminals through a polling reader goroutine (readStart)
// that runs only while the stream wants data. js/internal/stdio.js makes
// process.stdout/stderr WriteStreams and process.stdin a ReadStream when
// they are terminals; process.stdout's size follows SIGWINCH ('resize').

const { Readable, Writable } = require('stream');
const { lazyBuffer } = require('internal/streams/utils'); // buffer's Buffer, not the global
const binding = internalBinding('tty_wrap');
const host = internalBinding('host');
const { codes: { ERR_INVALID_FD }, errnoException, uvErrName, uvErrMessage } = require('internal/errors');
const { validateInteger } = require('internal/validators');

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// TERM values with a known depth, and patterns of 16-colour terminals.
const TERM_DEPTHS = {
  __proto__: null,
  'eterm': COLORS_16, 'cons25': COLORS_16, 'console': COLORS_16, 'cygwin': COLORS_16,
  'dtterm': COLORS_16, 'gnome': COLORS_16, 'hurd': COLORS_16, 'jfbterm': COLORS_16,
  'konsole': COLORS_16, 'kterm': COLORS_16, 'mlterm': COLORS_16, 'mosh': COLORS_16m,
  'putty': COLORS_16, 'st': COLORS_16, 'rxvt-unicode-24bit': COLORS_16m, 'terminator': COLORS_16m,
};
const TERM_PATTERNS = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];
const CI_WITH_COLORS = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

let warnedIgnored = false;
function warnIgnored(env) {
  if (warnedIgnored) return;
  const names = [];
  if (env.NODE_DISABLE_COLORS !== undefined) names.push('NODE_DISABLE_COLORS');
  if (env.NO_COLOR !== undefined) names.push('NO_COLOR');
  if (names.length) {
    process.emitWarning(`The '${names.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
    warnedIgnored = true;
  }
}

// getColorDepth: bits of colour the environment says the terminal has, by
// node's rules: FORCE_COLOR, then NO_COLOR/NODE_DISABLE_COLORS/TERM=dumb,
// TMUX, CI services, TeamCity, TERM_PROGRAM, COLORTERM, TERM.
function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    const depth = { '': COLORS_16, '1': COLORS_16, 'true': COLORS_16, '2': COLORS_256, '3': COLORS_16m }[env.FORCE_COLOR];
    if (depth === undefined) return COLORS_2;
    warnIgnored(env);
    return depth;
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    if (CI_WITH_COLORS.some((name) => name in env) || env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? COLORS_256 : COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (TERM_DEPTHS[term]) return TERM_DEPTHS[term];
    if (TERM_PATTERNS.some((re) => re.test(term))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isTTY(fd);
}

// node's SystemError for ERR_TTY_INIT_FAILED (libuv's uv_tty_init refuses
// descriptors that are neither terminals, pipes nor sockets with EINVAL).
class SystemError extends Error {
  constructor(context) {
    super(`TTY initialization failed: ${context.syscall} returned ${context.code} (${context.message})`);
    this.code = 'ERR_TTY_INIT_FAILED';
    Object.defineProperty(this, 'info', { value: context, enumerable: true, configurable: true });
    Object.defineProperty(this, 'errno', { get() { return context.errno; }, enumerable: true, configurable: true });
    Object.defineProperty(this, 'syscall', { get() { return context.syscall; }, enumerable: true, configurable: true });
  }
  get name() { return 'SystemError'; }
  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
}

function checkFd(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const err = binding.guessHandle(fd);
  if (err !== 0) {
    throw new SystemError({ errno: err, code: uvErrName(err), message: uvErrMessage(err), syscall: 'uv_tty_init' });
  }
}

const kUnrefed = Symbol('kUnrefed'); // unref() was called (a reader started later starts unref'd)

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  checkFd(fd);
  Reflect.apply(Readable, this, [{ highWaterMark: 0, ...options }]);
  this.fd = fd;
  this.isRaw = false;
  this.isTTY = true;
  this._reader = null;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

ReadStream.prototype._read = function() {
  if (this.fd === 0) {
    if (this._reader) return;
    this._reader = true;
    host.stdinRead((chunk, err) => {
      this._reader = null;
      if (chunk !== null) this.push(lazyBuffer().from(chunk));
      else if (err) this.destroy(err);
      else this.push(null);
    });
    return;
  }
  if (this._reader) return;
  this._reader = binding.readStart(this.fd, (chunk, err) => {
    if (chunk !== null) {
      if (!this.push(chunk)) this._stopReading();
    } else if (err) {
      this._reader = null;
      this.destroy(errnoException(err, 'read'));
    } else {
      this._reader = null;
      this.push(null);
    }
  });
  if (this[kUnrefed]) this._reader.unref();
};

// ref() and unref(), as node's (a net.Socket's): an unref'd terminal does
// not keep the process alive while it reads; ref() holds it again.
ReadStream.prototype.ref = function() {
  this[kUnrefed] = false;
  if (this.fd === 0) host.stdinPaused(false);
  else if (this._reader && this._reader !== true) this._reader.ref();
  return this;
};

ReadStream.prototype.unref = function() {
  this[kUnrefed] = true;
  if (this.fd === 0) host.stdinPaused(true);
  else if (this._reader && this._reader !== true) this._reader.unref();
  return this;
};

ReadStream.prototype._stopReading = function() {
  if (this._reader && this._reader !== true) {
    this._reader.stop();
    this._reader = null;
  }
};

ReadStream.prototype._destroy = function(err, cb) {
  this._stopReading();
  cb(err);
};

ReadStream.prototype.setRawMode = function(flag) {
  flag = !!flag;
  const err = binding.setRawMode(this._rawFd === undefined ? this.fd : this._rawFd, flag);
  if (err) {
    this.emit('error', errnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkFd(fd);
  initWriteStream(this, fd, () => binding.getWindowSize(fd));
}

function initWriteStream(w, fd, getSize) {
  Reflect.apply(Writable, w, [{ decodeStrings: false }]);
  w.fd = fd;
  w._getSize = getSize;
  const size = getSize();
  if (Array.isArray(size)) {
    w.columns = size[0];
    w.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

WriteStream.prototype._write = function(chunk, encoding, cb) {
  if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') chunk = lazyBuffer().from(chunk, encoding);
  if (this.fd === 1 || this.fd === 2) {
    host.write(this.fd, chunk);
    return cb();
  }
  const err = binding.writeSync(this.fd, chunk);
  cb(err ? errnoException(err, 'write') : null);
};

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

WriteStream.prototype._refreshSize = function() {
  const size = this._getSize();
  if (!Array.isArray(size)) {
    if (typeof size === 'number') this.emit('error', errnoException(size, 'getWindowSize'));
    return;
  }
  if (this.columns !== size[0] || this.rows !== size[1]) {
    this.columns = size[0];
    this.rows = size[1];
    this.emit('resize');
  }
};

let readline;
WriteStream.prototype.cursorTo = function(x, y, callback) {
  if (readline === undefined) readline = require('readline');
  return readline.cursorTo(this, x, y, callback);
};
WriteStream.prototype.moveCursor = function(dx, dy, callback) {
  if (readline === undefined) readline = require('readline');
  return readline.moveCursor(this, dx, dy, callback);
};
WriteStream.prototype.clearLine = function(dir, callback) {
  if (readline === undefined) readline = require('readline');
  return readline.clearLine(this, dir, callback);
};
WriteStream.prototype.clearScreenDown = function(callback) {
  if (readline === undefined) readline = require('readline');
  return readline.clearScreenDown(this, callback);
};
WriteStream.prototype.getWindowSize = function() {
  return [this.columns, this.rows];
};

// process.stdin/stdout/stderr on a terminal (js/internal/stdio.js): the
// runtime's stdio may not be fds 0-2 of this process (an embedder's
// files), so their size comes from the runtime.
const kStdio = Symbol.for('gojanet.tty.stdio');
function stdioStream(fd, getSize) {
  if (fd === 0) {
    const r = Object.create(ReadStream.prototype);
    Reflect.apply(Readable, r, [{ highWaterMark: 0 }]);
    r.fd = 0;
    r._rawFd = host.stdioFd(0);
    r.isRaw = false;
    r.isTTY = true;
    r._reader = null;
    return r;
  }
  const w = Object.create(WriteStream.prototype);
  initWriteStream(w, fd, getSize);
  return w;
}

module.exports = { isatty, ReadStream, WriteStream };
Object.defineProperty(module.exports, kStdio, { value: stdioStream });
