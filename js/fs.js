'use strict';
// The `fs` builtin: node's callback and *Sync APIs over internalBinding('fs')
// (modules/fs). Each function validates its arguments as node does
// (internal/fs/utils), then calls the binding: with a callback as the last
// argument the system call runs on the worker pool and the callback comes
// back on the loop; with a ctx object it runs right away (the Sync forms)
// and a failure is thrown as node's error. fs/promises (FileHandle),
// the streams (internal/fs/streams), Dir (internal/fs/dir), cp
// (internal/fs/cp) and watch/watchFile (internal/fs/watchers) build on the
// same binding.

const { Buffer } = require('buffer');
const binding = internalBinding('fs');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_FS_FILE_TOO_LARGE,
  },
  AbortError,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateInt32,
  validateObject,
  validateString,
  validateAbortSignal,
} = require('internal/validators');
const utils = require('internal/fs/utils');
const {
  constants,
  uvError,
  asyncError,
  call,
  callTraced,
  SystemError,
  getValidatedPath,
  getValidatedFd,
  stringToFlags,
  parseFileMode,
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
  getStatsFromBinding,
  Dirent,
  DirentFromStats,
  encodeName,
  pathString,
} = utils;
const { F_OK, O_WRONLY, O_CREAT, O_TRUNC, O_APPEND, UV_DIRENT_UNKNOWN, UV_DIRENT_DIR } = constants;

const kIoMaxLength = 2 ** 31 - 1;
const kMaxUserId = 2 ** 32 - 1;

// done(cb, syscall, path, dest, map) is the binding's async completion:
// (err, result) -> cb(nodeError) or cb(null, map(result)).
function done(cb, syscall, path, dest, map) {
  return (err, result) => {
    if (err !== undefined) {
      cb(asyncError(err, syscall, path, dest));
      return;
    }
    if (map === undefined) cb(null);
    else cb(null, map(result));
  };
}

// A number path is a descriptor when it is an int32, as node's isFd
// (isInt32); 1.5, NaN or 2 ** 31 are then refused as paths.
function isFd(v) {
  return v === (v | 0);
}

// node's readFileSync/writeFileSync hand a UTF-8 read or a string write to
// C++ with the descriptor unchecked, so a negative one fails in the
// syscall (EBADF); every other path validates it (ERR_OUT_OF_RANGE).
function utf8Fast(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8';
}

// The mode checks of node's binding (its C++ messages, no "Received").
function bindingError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function getValidMode(mode, type) {
  if (mode == null) return 0;
  if (typeof mode !== 'number' || (mode | 0) !== Math.trunc(mode)) {
    throw bindingError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (!Number.isInteger(mode) || mode < 0 || mode > 7) {
    throw bindingError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return mode;
}

// ---- openAsBlob ----

// openAsBlob(path[, options]): a Blob over the file as it is now, read when
// the Blob is (internal/blob); node opens the file here and answers a
// failure with one TypeError whatever the cause.
function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  let st;
  try {
    const fd = openSync(path, 'r');
    try {
      st = fstatSync(fd, { bigint: true });
    } finally {
      closeSync(fd);
    }
  } catch {
    const err = new TypeError('Unable to open file as blob');
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  const { createFileBlob } = require('internal/blob');
  return Promise.resolve(createFileBlob(typeof path === 'string' ? path : Buffer.from(path).toString(),
    Number(st.size), st.mtimeNs, type));
}

// ---- access, exists ----

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, done(callback, 'access', path));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  call(binding.access, 'access', path, undefined, path, mode);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    path = getValidatedPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  binding.access(path, F_OK, (err) => callback(err === undefined));
}
Object.defineProperty(exists, require('util').promisify.custom, {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  const ctx = { traces: 0 }; // (not a --trace-sync-io call in node)
  binding.access(path, F_OK, ctx);
  return ctx.code === undefined;
}

// ---- descriptors ----

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, done(callback, 'open', path, undefined, (fd) => fd));
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return call(binding.open, 'open', path, undefined, path, flagsNumber, mode);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, done(callback, 'close'));
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  call(binding.close, 'close', undefined, undefined, fd);
}

function toPosition(position) {
  if (position == null) return -1;
  if (typeof position === 'bigint') return Number(position);
  return position;
}

// read(fd, buffer, offset, length, position, cb), read(fd, buffer,
// options, cb), read(fd, options, cb), read(fd, cb).
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // fd, buffer, options, callback
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // fd, bufferOrParams, callback
      if (!ArrayBuffer.isView(buffer)) {
        // fd, params, callback
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      // fd, callback
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) {
      validateObject(params, 'options', { nullable: true });
    }
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? {});
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  validateFunction(callback, 'cb');
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) {
    return process.nextTick(function tick() {
      callback(null, 0, buffer);
    });
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  binding.read(fd, buffer, offset, length, toPosition(position), (err, n) => {
    if (err !== undefined) return callback(asyncError(err, 'read'));
    callback(null, n, buffer);
  });
}
Object.defineProperty(read, require('util').promisify.custom, {
  value: function read(...args) {
    return new Promise((resolve, reject) => {
      fs.read(...args, (err, bytesRead, buffer) => (err ? reject(err) : resolve({ bytesRead, buffer })));
    });
  },
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', { nullable: true });
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? {});
  }
  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  return call(binding.read, 'read', undefined, undefined, fd, buffer, offset, length, toPosition(position));
}

// write(fd, buffer, offset, length, position, cb), write(fd, buffer,
// options, cb), write(fd, string, position, encoding, cb).
function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (offset == null || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.write(fd, buffer, offset, length, toPosition(position), (err, n) => {
      if (err !== undefined) return callback(asyncError(err, 'write'));
      callback(null, n, buffer);
    });
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = String(buffer);
  callback = maybeCallback(position);
  const enc = typeof length === 'string' ? length : 'utf8';
  const buf = Buffer.from(str, enc);
  binding.write(fd, buf, 0, buf.length, toPosition(typeof offset === 'number' ? offset : null), (err, n) => {
    if (err !== undefined) return callback(asyncError(err, 'write'));
    callback(null, n, buffer);
  });
}
Object.defineProperty(write, require('util').promisify.custom, {
  value: function write(...args) {
    return new Promise((resolve, reject) => {
      fs.write(...args, (err, bytesWritten, buffer) => (err ? reject(err) : resolve({ bytesWritten, buffer })));
    });
  },
});

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (position === undefined) position = null;
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return call(binding.write, 'write', undefined, undefined, fd, buffer, offset, length, toPosition(position));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  const buf = Buffer.from(buffer, typeof length === 'string' ? length : 'utf8');
  return call(binding.write, 'write', undefined, undefined, fd, buf, 0, buf.length, toPosition(offset));
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  binding.readv(fd, buffers, toPosition(position), (err, n) => {
    if (err !== undefined) return callback(asyncError(err, 'read'));
    callback(null, n, buffers);
  });
}

Object.defineProperty(readv, require('util').promisify.custom, {
  value: function readv(fd, buffers, position) {
    return new Promise((resolve, reject) => {
      fs.readv(fd, buffers, position, (err, bytesRead, buffers) => (err ? reject(err) : resolve({ bytesRead, buffers })));
    });
  },
});

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return call(binding.readv, 'read', undefined, undefined, fd, buffers, toPosition(position));
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writev(fd, buffers, toPosition(position), (err, n) => {
    if (err !== undefined) return callback(asyncError(err, 'write'));
    callback(null, n, buffers);
  });
}

Object.defineProperty(writev, require('util').promisify.custom, {
  value: function writev(fd, buffers, position) {
    return new Promise((resolve, reject) => {
      fs.writev(fd, buffers, position, (err, bytesWritten, buffers) => (err ? reject(err) : resolve({ bytesWritten, buffers })));
    });
  },
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return call(binding.writev, 'write', undefined, undefined, fd, buffers, toPosition(position));
}

// ---- whole files ----

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

function decode(buffer, encoding) {
  if (buffer.length > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(buffer.length);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  if (!isUserFd) path = getValidatedPath(path);
  else path = getValidatedFd(path);
  const flags = stringToFlags(options.flag);
  if (checkAborted(options.signal, callback)) return;
  binding.readFile(path, flags, (err, buf) => {
    if (err !== undefined) {
      callback(asyncError(err, isUserFd ? 'read' : 'open', isUserFd ? undefined : path));
      return;
    }
    if (checkAborted(options.signal, callback)) return;
    let data;
    try {
      data = decode(buf, options.encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, data);
  });
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  if (!isUserFd) path = getValidatedPath(path);
  else if (!utf8Fast(options.encoding)) path = getValidatedFd(path);
  const flags = stringToFlags(options.flag);
  // (node's utf8 read, one call of its binding, traces nothing)
  const buf = callTraced(utf8Fast(options.encoding) ? 0 : undefined, binding.readFile, isUserFd ? 'read' : 'open',
    isUserFd ? undefined : path, undefined, path, flags);
  return decode(buf, options.encoding);
}

function toBytes(data, encoding, name = 'data') {
  if (ArrayBuffer.isView(data)) {
    return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return Buffer.from(data, encoding || 'utf8');
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const bytes = toBytes(data, options.encoding);
  const isUserFd = isFd(path);
  if (!isUserFd) path = getValidatedPath(path);
  else path = getValidatedFd(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (checkAborted(options.signal, callback)) return;
  if (flush) {
    // With flush, the steps node takes: open, write, fs.fsync (as the
    // module's own function, so a patched or mocked one is called), close.
    const withFd = (fd) => {
      binding.writeFile(fd, bytes, 0, 0, (err) => {
        const finish = (err) => {
          if (isUserFd) return callback(err);
          fs.close(fd, (closeErr) => callback(err || closeErr || null));
        };
        if (err !== undefined) return finish(asyncError(err, 'write'));
        if (checkAborted(options.signal, finish)) return;
        fs.fsync(fd, (syncErr) => finish(syncErr || null));
      });
    };
    if (isUserFd) withFd(path);
    else fs.open(path, flag, mode, (err, fd) => (err ? callback(err) : withFd(fd)));
    return;
  }
  binding.writeFile(path, bytes, stringToFlags(flag), mode, (err) => {
    if (checkAborted(options.signal, callback)) return;
    if (err !== undefined) {
      callback(asyncError(err, isUserFd ? 'write' : 'open', isUserFd ? undefined : path));
      return;
    }
    callback(null);
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const bytes = toBytes(data, options.encoding);
  const isUserFd = isFd(path);
  if (!isUserFd) path = getValidatedPath(path);
  else if (typeof data !== 'string' || !utf8Fast(options.encoding)) path = getValidatedFd(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (flush) {
    const fd = isUserFd ? path : fs.openSync(path, flag, mode);
    try {
      call(binding.writeFile, 'write', undefined, undefined, fd, bytes, 0, 0);
      fs.fsyncSync(fd);
    } finally {
      if (!isUserFd) fs.closeSync(fd);
    }
    return;
  }
  call(binding.writeFile, isUserFd ? 'write' : 'open', isUserFd ? undefined : path, undefined,
    path, bytes, stringToFlags(flag), mode);
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(options.flag)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = appendOptions(options);
  fs.writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = appendOptions(options);
  fs.writeFileSync(path, data, options);
}

// ---- stat ----

function statOptions(options) {
  if (options == null || typeof options === 'function') return { bigint: false };
  if (typeof options !== 'object') return { bigint: false };
  return options;
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, !!options?.bigint, done(callback, 'stat', path, undefined, getStatsFromBinding));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, !!options?.bigint, done(callback, 'lstat', path, undefined, getStatsFromBinding));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fstat(fd, !!options?.bigint, done(callback, 'fstat', undefined, undefined, getStatsFromBinding));
}

function statSyncWith(fn, syscall, path, options) {
  options = statOptions(options);
  path = getValidatedPath(path);
  const ctx = {};
  const a = fn(path, !!options.bigint, ctx);
  if (ctx.code !== undefined) {
    if (options.throwIfNoEntry === false && ctx.code === 'ENOENT') return undefined;
    throw uvError(ctx, syscall, path);
  }
  return getStatsFromBinding(a);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncWith(binding.stat, 'stat', path, options);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncWith(binding.lstat, 'lstat', path, options);
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return getStatsFromBinding(call(binding.fstat, 'fstat', undefined, undefined, fd, !!options?.bigint));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, !!options?.bigint, done(callback, 'statfs', path, undefined, makeStatFs));
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return makeStatFs(call(binding.statfs, 'statfs', path, undefined, path, !!options?.bigint));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function makeStatFs(a) {
  return new StatFs(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
}

// ---- directories ----

function readdirOptions(options) {
  options = getOptions(options);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

// Dirents from the binding's [names, types]; a type the directory did not
// tell comes from lstat, as node does.
function toDirents(path, names, types, encoding) {
  const parent = pathString(path);
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = encodeName(names[i], encoding);
    if (types[i] === UV_DIRENT_UNKNOWN) {
      const st = lstatSync(parent + '/' + pathString(names[i]));
      out[i] = new DirentFromStats(name, st, parent);
    } else {
      out[i] = new Dirent(name, types[i], parent);
    }
  }
  return out;
}

// Names come back as Buffers (their bytes) when the encoding is not UTF-8.
function rawNames(encoding) {
  return !!encoding && encoding !== 'utf8' && encoding !== 'utf-8';
}

function readdirRecursiveSync(path, options) {
  const base = pathString(path);
  const withTypes = !!options.withFileTypes;
  const out = [];
  const queue = [[base, '']];
  while (queue.length > 0) {
    const [dir, rel] = queue.shift();
    const [names, types] = call(binding.readdir, 'scandir', dir, undefined, dir, true);
    for (let i = 0; i < names.length; i++) {
      const full = dir + '/' + names[i];
      let type = types[i];
      if (type === UV_DIRENT_UNKNOWN) {
        type = lstatSync(full).isDirectory() ? UV_DIRENT_DIR : type;
      }
      if (withTypes) {
        out.push(new Dirent(encodeName(names[i], options.encoding), types[i], dir));
      } else {
        out.push(encodeName(rel ? rel + '/' + names[i] : names[i], options.encoding));
      }
      if (type === UV_DIRENT_DIR) queue.push([full, rel ? rel + '/' + names[i] : names[i]]);
    }
  }
  return out;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    // The walk runs as a queue of async readdirs (one pool job each).
    const base = pathString(path);
    const withTypes = !!options.withFileTypes;
    const out = [];
    const queue = [[base, '']];
    const next = () => {
      if (queue.length === 0) return callback(null, out);
      const [dir, rel] = queue.shift();
      binding.readdir(dir, true, (err, res) => {
        if (err !== undefined) return callback(asyncError(err, 'scandir', dir));
        const [names, types] = res;
        for (let i = 0; i < names.length; i++) {
          let type = types[i];
          if (type === UV_DIRENT_UNKNOWN) {
            try {
              type = lstatSync(dir + '/' + names[i]).isDirectory() ? UV_DIRENT_DIR : type;
            } catch {}
          }
          const relName = rel ? rel + '/' + names[i] : names[i];
          if (withTypes) out.push(new Dirent(encodeName(names[i], options.encoding), types[i], dir));
          else out.push(encodeName(relName, options.encoding));
          if (type === UV_DIRENT_DIR) queue.push([dir + '/' + names[i], relName]);
        }
        next();
      });
    };
    next();
    return;
  }
  const withTypes = !!options.withFileTypes;
  binding.readdir(path, withTypes, rawNames(options.encoding), (err, res) => {
    if (err !== undefined) return callback(asyncError(err, 'scandir', path));
    try {
      if (withTypes) callback(null, toDirents(path, res[0], res[1], options.encoding));
      else callback(null, res.map((n) => encodeName(n, options.encoding)));
    } catch (e) {
      callback(e);
    }
  });
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) return readdirRecursiveSync(path, options);
  const withTypes = !!options.withFileTypes;
  const res = call(binding.readdir, 'scandir', path, undefined, path, withTypes, rawNames(options.encoding));
  if (withTypes) return toDirents(path, res[0], res[1], options.encoding);
  return res.map((n) => encodeName(n, options.encoding));
}

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode: parseFileMode(mode, 'mode'), recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  binding.mkdir(path, mode, recursive, (err, first) => {
    if (err !== undefined) return callback(asyncError(err, 'mkdir', path));
    if (recursive) callback(null, first);
    else callback(null);
  });
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  const first = call(binding.mkdir, 'mkdir', path, undefined, path, mode, recursive);
  if (recursive) return first;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, done(callback, 'mkdtemp', pathString(prefix) + 'XXXXXX', undefined,
    (p) => encodeName(p, options.encoding)));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(call(binding.mkdtemp, 'mkdtemp', pathString(prefix) + 'XXXXXX', undefined, prefix), options.encoding);
}

// ---- removing ----

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options);
    binding.lstat(path, false, (err, a) => {
      if (err === undefined && !getStatsFromBinding(a).isDirectory()) {
        return callback(asyncError({ errno: -20, code: 'ENOTDIR' }, 'rmdir', path));
      }
      binding.rmAll(path, done(callback, 'rmdir', path));
    });
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, done(callback, 'rmdir', path));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options);
    const ctx = {};
    const a = binding.lstat(path, false, ctx);
    if (ctx.code === undefined && !getStatsFromBinding(a).isDirectory()) {
      throw uvError({ errno: -20, code: 'ENOTDIR' }, 'rmdir', path);
    }
    call(binding.rmAll, 'rmdir', path, undefined, path);
    return;
  }
  validateRmdirOptions(options);
  call(binding.rmdir, 'rmdir', path, undefined, path);
}

let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned) return;
  recursiveRmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

function rmIsDir(path) {
  return new SystemError('ERR_FS_EISDIR', 'Path is a directory', {
    code: 'EISDIR', message: 'is a directory', path: pathString(path), syscall: 'rm', errno: 21,
  });
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  binding.lstat(path, false, (err, a) => {
    if (err !== undefined) {
      if (err.code === 'ENOENT' && options.force) return callback(null);
      return callback(asyncError(err, 'lstat', path));
    }
    const st = getStatsFromBinding(a);
    if (st.isDirectory()) {
      if (!options.recursive) return callback(rmIsDir(path));
      binding.rmAll(path, done(callback, 'rm', path));
      return;
    }
    binding.unlink(path, done(callback, 'rm', path));
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  const ctx = {};
  const a = binding.lstat(path, false, ctx);
  if (ctx.code !== undefined) {
    // (node's rmSync lstats a missing path twice before it gives up)
    if (ctx.code === 'ENOENT' && options.force) {
      binding.lstat(path, false, {});
      return;
    }
    throw uvError(ctx, 'lstat', path);
  }
  if (getStatsFromBinding(a).isDirectory()) {
    if (!options.recursive) throw rmIsDir(path);
    call(binding.rmAll, 'rm', path, undefined, path);
    return;
  }
  callTraced(2, binding.unlink, 'rm', path, undefined, path); // (node's: lstat again, unlink)
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, done(callback, 'unlink', path));
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  call(binding.unlink, 'unlink', path, undefined, path);
}

// ---- two paths ----

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, done(callback, 'rename', oldPath, newPath));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  call(binding.rename, 'rename', oldPath, newPath, oldPath, newPath);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, done(callback, 'link', existingPath, newPath));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  call(binding.link, 'link', existingPath, newPath, existingPath, newPath);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  validateSymlinkType(type);
  binding.symlink(target, path, done(callback, 'symlink', target, path));
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  validateSymlinkType(type);
  call(binding.symlink, 'symlink', target, path, target, path);
}

function validateSymlinkType(type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new ERR_INVALID_ARG_VALUE('type', type, 'must be one of: \'dir\', \'file\', \'junction\'');
  }
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, done(callback, 'readlink', path, undefined, (t) => encodeName(t, options.encoding)));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(call(binding.readlink, 'readlink', path, undefined, path), options.encoding);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidCopyMode(mode);
  callback = makeCallback(callback);
  binding.copyFile(src, dest, mode, done(callback, 'copyfile', src, dest));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidCopyMode(mode);
  call(binding.copyFile, 'copyfile', src, dest, src, dest, mode);
}

function getValidCopyMode(mode) {
  return getValidMode(mode, 'copyFile');
}

// ---- realpath ----

function realpathOptions(options) {
  return getOptions(options);
}

function realpath(p, options, callback) {
  callback = typeof options === 'function' ? options : maybeCallback(callback);
  options = realpathOptions(options);
  p = getValidatedPath(p);
  binding.realpath(p, false, done(callback, 'lstat', p, undefined, (r) => encodeName(r, options.encoding)));
}

realpath.native = function(path, options, callback) {
  callback = makeCallback(callback || options);
  options = realpathOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, true, (err, r) => {
    if (err !== undefined) {
      delete err.path;
      return callback(asyncError(err, 'realpath', path));
    }
    callback(null, encodeName(r, options.encoding));
  });
};

function realpathSync(p, options) {
  options = realpathOptions(options);
  p = getValidatedPath(p);
  return encodeName(call(binding.realpath, 'lstat', p, undefined, p, false), options.encoding);
}

realpathSync.native = function(path, options) {
  options = realpathOptions(options);
  path = getValidatedPath(path);
  const ctx = {};
  const r = binding.realpath(path, true, ctx);
  if (ctx.code !== undefined) {
    delete ctx.path;
    throw uvError(ctx, 'realpath', path);
  }
  return encodeName(r, options.encoding);
};

// ---- metadata ----

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, done(callback, 'chmod', path));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  call(binding.chmod, 'chmod', path, undefined, path, mode);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, done(callback, 'fchmod'));
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  call(binding.fchmod, 'fchmod', undefined, undefined, fd, mode);
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, done(callback, 'chown', path));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  call(binding.chown, 'chown', path, undefined, path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, done(callback, 'lchown', path));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  call(binding.lchown, 'lchown', path, undefined, path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, done(callback, 'fchown'));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  call(binding.fchown, 'fchown', undefined, undefined, fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), done(callback, 'utime', path));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  call(binding.utimes, 'utime', path, undefined, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), done(callback, 'lutime', path));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  call(binding.lutimes, 'lutime', path, undefined, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, done(callback, 'futime'));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  call(binding.futimes, 'futime', undefined, undefined, fd, atime, mtime);
}

let truncateFdWarned = false;
function warnTruncateFd() {
  if (truncateFdWarned) return;
  truncateFdWarned = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated.' +
    ' Please use fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
}

function truncate(path, len, callback) {
  if (isFd(path)) {
    warnTruncateFd();
    return fs.ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.truncate(path, len, done(callback, 'open', path));
}

function truncateSync(path, len) {
  if (isFd(path)) {
    warnTruncateFd();
    return fs.ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  len = Math.max(0, len);
  path = getValidatedPath(path);
  call(binding.truncate, 'open', path, undefined, path, len);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, done(callback, 'ftruncate'));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  call(binding.ftruncate, 'ftruncate', undefined, undefined, fd, len);
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, done(callback, 'fsync'));
}

function fsyncSync(fd) {
  fd = getValidatedFd(fd);
  call(binding.fsync, 'fsync', undefined, undefined, fd);
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, done(callback, 'fdatasync'));
}

function fdatasyncSync(fd) {
  fd = getValidatedFd(fd);
  call(binding.fdatasync, 'fdatasync', undefined, undefined, fd);
}

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp: undefined,
  cpSync: undefined,
  createReadStream: undefined,
  createWriteStream: undefined,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs: binding.statfs ? statfs : undefined,
  statSync,
  statfsSync: binding.statfs ? statfsSync : undefined,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,
  _toUnixTimestamp: toUnixTimestamp,
  F_OK: constants.F_OK,
  R_OK: constants.R_OK,
  W_OK: constants.W_OK,
  X_OK: constants.X_OK,
  constants,
};

// The rest loads on first use: streams need stream, promises its own file.
function lazy(name, get) {
  let value;
  Object.defineProperty(fs, name, {
    configurable: true,
    enumerable: true,
    get() {
      if (value === undefined) value = get();
      return value;
    },
    set(v) {
      value = v;
    },
  });
}

// The lazily loaded parts that exist so far.
const available = new Set(['internal/fs/streams', 'internal/fs/dir', 'internal/fs/watchers', 'internal/fs/cp']);
for (const [name, mod, key] of [
  ['createReadStream', 'internal/fs/streams', 'createReadStream'],
  ['createWriteStream', 'internal/fs/streams', 'createWriteStream'],
  ['ReadStream', 'internal/fs/streams', 'ReadStream'],
  ['WriteStream', 'internal/fs/streams', 'WriteStream'],
  ['FileReadStream', 'internal/fs/streams', 'ReadStream'],
  ['FileWriteStream', 'internal/fs/streams', 'WriteStream'],
  ['Dir', 'internal/fs/dir', 'Dir'],
  ['opendir', 'internal/fs/dir', 'opendir'],
  ['opendirSync', 'internal/fs/dir', 'opendirSync'],
  ['cp', 'internal/fs/cp', 'cp'],
  ['cpSync', 'internal/fs/cp', 'cpSync'],
  ['watch', 'internal/fs/watchers', 'watch'],
  ['watchFile', 'internal/fs/watchers', 'watchFile'],
  ['unwatchFile', 'internal/fs/watchers', 'unwatchFile'],
]) {
  if (!available.has(mod)) {
    delete fs[name];
    continue;
  }
  lazy(name, () => require(mod)[key]);
}
lazy('promises', () => require('fs/promises'));

