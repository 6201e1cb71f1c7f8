'use strict';
// Shared pieces of fs, fs/promises and the fs streams: argument
// validation as node does it (paths, fds, flags, modes, options), Stats /
// BigIntStats / Dirent built from what internalBinding('fs') returns, and
// the errors: a failed binding call yields {errno, code} (or the permission
// model's {code: 'ERR_ACCESS_DENIED', permission, resource}) and uvError
// turns it into node's `ENOENT: no such file or directory, open '/x'`.

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  uvException,
} = require('internal/errors');
const {
  validateInt32,
  validateUint32,
  validateObject,
  validateFunction,
} = require('internal/validators');

const constants = Object.freeze({
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096,
  S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256,
  O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072,
  O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16,
  S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});

const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

// ---- errors ----

// The permission model's error (node --experimental-permission).
function accessDenied(permission, resource) {
  const err = new Error('Access to this API has been restricted');
  err.code = 'ERR_ACCESS_DENIED';
  err.permission = permission;
  err.resource = resource;
  return err;
}

function pathString(p) {
  return Buffer.isBuffer(p) ? p.toString() : p;
}

// asyncError is uvError for a binding's completion: node makes those errors
// in C++, with no JavaScript on the stack, so their stack has no frames.
function asyncError(e, syscall, path, dest) {
  return require('internal/error_stack').withoutFrames(uvError(e, syscall, path, dest));
}

// uvError(binding error, 'open', path[, dest]) -> node's fs error.
function uvError(e, syscall, path, dest) {
  if (e.code === 'ERR_ACCESS_DENIED') return accessDenied(e.permission, e.resource);
  // The binding names the system call when it is not the operation's own
  // (readFile: fstat, read); those errors carry no path, as in node.
  if (e.syscall !== undefined && e.syscall !== syscall) {
    syscall = e.syscall;
    path = undefined;
    dest = undefined;
  }
  // node's order of the error's own properties: errno, code, syscall, path, dest
  const ctx = { errno: e.errno, code: undefined, syscall };
  if (e.path !== undefined) ctx.path = e.path;
  else if (path !== undefined) ctx.path = pathString(path);
  if (dest !== undefined) ctx.dest = pathString(dest);
  const err = uvException(ctx);
  if (Error.captureStackTrace) Error.captureStackTrace(err, uvError);
  return err;
}

// A sync binding call: binding.x(...args, ctx); throws node's error.
function call(fn, syscall, path, dest, ...args) {
  return callWith({}, call, fn, syscall, path, dest, args);
}

// call, with node's number of --trace-sync-io warnings for it (undefined:
// the binding's count).
function callTraced(traces, fn, syscall, path, dest, ...args) {
  return callWith(traces === undefined ? {} : { traces }, callTraced, fn, syscall, path, dest, args);
}

function callWith(ctx, caller, fn, syscall, path, dest, args) {
  const r = fn(...args, ctx);
  if (ctx.code !== undefined) {
    const err = uvError(ctx, syscall, path, dest);
    // the stack starts at the fs function (node throws from its binding)
    if (Error.captureStackTrace && err.code !== 'ERR_ACCESS_DENIED') Error.captureStackTrace(err, caller);
    throw err;
  }
  return r;
}

// node's SystemError (ERR_FS_EISDIR, ERR_FS_CP_*) is internal/errors'.
const { SystemError } = require('internal/errors');

// ---- arguments ----

function toPathIfFileURL(p) {
  if (p != null && typeof p === 'object' && typeof p.href === 'string' && typeof p.protocol === 'string' && !Buffer.isBuffer(p)) {
    return require('url').fileURLToPath(p);
  }
  return p;
}

function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  const hasNul = typeof path === 'string' ? path.includes('\u0000') : path.indexOf(0) !== -1;
  if (hasNul) {
    throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  if (typeof path !== 'string' && !Buffer.isBuffer(path)) return Buffer.from(path);
  return path;
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

const octalReg = /^[0-7]+$/;
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalReg.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaultOptions = {}) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) {
    require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  }
  return options;
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// validateOffsetLengthRead / Write: node's checks and messages.
function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validateBufferArray(buffers, propName = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!ArrayBuffer.isView(buffers[i])) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    require('internal/validators').validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    if (!(position >= -1n && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function validateRmdirOptions(options, defaults = { retryDelay: 100, maxRetries: 0, recursive: false }) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  const o = { ...defaults, ...options };
  require('internal/validators').validateBoolean(o.recursive, 'options.recursive');
  validateInt32(o.retryDelay, 'options.retryDelay', 0);
  validateUint32(o.maxRetries, 'options.maxRetries');
  return o;
}

function validateRmOptions(options) {
  const defaults = { retryDelay: 100, maxRetries: 0, recursive: false, force: false };
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  const o = { ...defaults, ...options };
  const { validateBoolean } = require('internal/validators');
  validateBoolean(o.force, 'options.force');
  validateBoolean(o.recursive, 'options.recursive');
  validateInt32(o.retryDelay, 'options.retryDelay', 0);
  validateUint32(o.maxRetries, 'options.maxRetries');
  return o;
}

// ---- Stats, Dirent ----

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function() { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function() { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function() { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function() { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function() { return this._checkModeProperty(S_IFSOCK); };
for (const k of Object.getOwnPropertyNames(StatsBase.prototype)) {
  if (k !== 'constructor') Object.defineProperty(StatsBase.prototype, k, { enumerable: false });
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  Reflect.apply(StatsBase, this, [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks]);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Object.defineProperty(Stats.prototype, 'isFile', {
  value: StatsBase.prototype.isFile, writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(Stats.prototype, '_checkModeProperty', {
  value(property) {
    return (this.mode & S_IFMT) === property;
  },
  writable: true, configurable: true, enumerable: false,
});

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  Reflect.apply(StatsBase, this, [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks]);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
Object.defineProperty(BigIntStats.prototype, '_checkModeProperty', {
  value(property) {
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  },
  writable: true, configurable: true, enumerable: false,
});

// getStatsFromBinding(a): a is the binding's 18 numbers (or BigInts):
// ten fields, then seconds and nanoseconds of atime, mtime, ctime, birthtime.
function getStatsFromBinding(a) {
  if (a === undefined) return undefined;
  if (typeof a[0] === 'bigint') {
    const ns = (i) => a[i] * 1000000000n + a[i + 1];
    return new BigIntStats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
      ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => a[i] * 1e3 + a[i + 1] / 1e6;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    ms(10), ms(12), ms(14), ms(16));
}

const kType = Symbol('type');
const kStats = Symbol('stats');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// A Dirent whose type the directory did not tell (UV_DIRENT_UNKNOWN),
// answered from lstat.
class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const name of Object.getOwnPropertyNames(Dirent.prototype)) {
  if (name === 'constructor') continue;
  DirentFromStats.prototype[name] = function() { return this[kStats][name](); };
}

// Names from the binding in the requested encoding.
function encodeName(name, encoding) {
  if (Buffer.isBuffer(name)) return encoding === 'buffer' ? name : name.toString(encoding || 'utf8');
  if (encoding === 'buffer') return Buffer.from(name);
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') return Buffer.from(name).toString(encoding);
  return name;
}

// A stream reading or writing through a FileHandle holds a reference on it
// (kRef/kUnref): a handle in use cannot be transferred to a worker.
const kFileHandleRef = Symbol('kRef');
const kFileHandleUnref = Symbol('kUnref');

module.exports = {
  kFileHandleRef,
  kFileHandleUnref,
  constants,
  accessDenied,
  uvError,
  asyncError,
  call,
  callTraced,
  SystemError,
  toPathIfFileURL,
  getValidatedPath,
  getValidatedFd,
  stringToFlags,
  parseFileMode,
  assertEncoding,
  getOptions,
  makeCallback,
  maybeCallback,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validateBufferArray,
  validatePosition,
  validateRmdirOptions,
  validateRmOptions,
  Stats,
  BigIntStats,
  getStatsFromBinding,
  Dirent,
  DirentFromStats,
  kType,
  encodeName,
  pathString,
};
