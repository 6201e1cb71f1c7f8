'use strict';
// fs/promises: every function is its callback form in fs.js, promisified
// inside an async function (so argument errors reject instead of throwing,
// as in node), plus FileHandle, the object fs/promises' open() returns: it
// owns a descriptor and offers the descriptor operations as methods.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const fs = require('fs');
const { promisify } = require('util');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE },
  AbortError,
} = require('internal/errors');
const { constants, kFileHandleRef, kFileHandleUnref } = require('internal/fs/utils');

const { kTransfer, kTransferList, kDeserialize } = require('internal/worker/js_transferable');
const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');
const kLocked = Symbol('kLocked');

function p(fn) {
  const pf = promisify(fn);
  return async function(...args) {
    return pf(...args);
  };
}

const pfstat = p(fs.fstat);
const pftruncate = p(fs.ftruncate);
const pfchmod = p(fs.fchmod);
const pfchown = p(fs.fchown);
const pfutimes = p(fs.futimes);
const pfsync = p(fs.fsync);
const pfdatasync = p(fs.fdatasync);
const preadFile = p(fs.readFile);

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
    this[kRefs] = 1;
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall(this, writeFileHandle, data, appendOpts(options));
  }

  chmod(mode) {
    return fsCall(this, pfchmod, mode);
  }

  chown(uid, gid) {
    return fsCall(this, pfchown, uid, gid);
  }

  datasync() {
    return fsCall(this, pfdatasync);
  }

  sync() {
    return fsCall(this, pfsync);
  }

  read(buffer, offset, length, position) {
    return fsCall(this, readHandle, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(this, (fd, b, pos) => new Promise((resolve, reject) => {
      fs.readv(fd, b, pos, (err, bytesRead, buffers) => (err ? reject(err) : resolve({ bytesRead, buffers })));
    }), buffers, position);
  }

  readFile(options) {
    return fsCall(this, preadFile, options);
  }

  readLines(options = undefined) {
    const readline = require('readline');
    return readline.createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options) {
    return fsCall(this, pfstat, options);
  }

  truncate(len = 0) {
    return fsCall(this, pftruncate, len);
  }

  utimes(atime, mtime) {
    return fsCall(this, pfutimes, atime, mtime);
  }

  write(buffer, offsetOrOptions, length, position) {
    return fsCall(this, writeHandle, buffer, offsetOrOptions, length, position);
  }

  writev(buffers, position) {
    return fsCall(this, (fd, b, pos) => new Promise((resolve, reject) => {
      fs.writev(fd, b, pos, (err, bytesWritten, buffers) => (err ? reject(err) : resolve({ bytesWritten, buffers })));
    }), buffers, position);
  }

  writeFile(data, options) {
    return fsCall(this, writeFileHandle, data, options);
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    // The handle counts as closed at once ('close' now, as node emits it),
    // so users of it (streams) stop before the descriptor goes away.
    this[kFd] = -1;
    this[kClosePromise] = new Promise((resolve, reject) => {
      fs.close(fd, (err) => {
        this[kClosePromise] = null;
        if (err) return reject(err);
        resolve();
      });
    });
    this.emit('close');
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose')]() {
    return this.close();
  }

  [kFileHandleRef]() {
    this[kRefs]++;
  }

  [kFileHandleUnref]() {
    this[kRefs]--;
  }

  // postMessage(fh, [fh]) moves the descriptor to the receiving thread
  // (internal/worker/js_transferable); this handle is left closed.
  [kTransfer]() {
    if (this[kClosePromise] || this[kRefs] > 1) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('Cannot transfer FileHandle while in use', 'DataCloneError');
    }
    const fd = this[kFd];
    this[kFd] = -1;
    return { data: { fd }, deserializeInfo: 'fs/promises:FileHandle' };
  }

  // What travels beside it in the transfer list: nothing (the descriptor
  // is a number; node's is a native handle).
  [kTransferList]() {
    return [];
  }

  [kDeserialize]({ fd }) {
    this[kFd] = fd;
  }

  // readableWebStream: the file as a web ReadableStream, as node 20's: its
  // chunks are ArrayBuffers, or Uint8Arrays of a byte stream (type
  // 'bytes', BYOB readers welcome). It locks the handle (one stream, and no
  // transfer while it is open) and closes when the handle does.
  readableWebStream(options = {}) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    if (options.type !== undefined) require('internal/validators').validateString(options.type, 'options.type');
    this[kLocked] = true;
    this[kFileHandleRef]();
    let done = false;
    let controller;
    const finish = () => {
      if (done) return false;
      done = true;
      this[kFileHandleUnref]();
      return true;
    };
    // a read after the handle closed is the end of the file
    const readInto = async (view) => {
      if (this[kFd] === -1) return 0;
      const { bytesRead } = await this.read(view, 0, view.byteLength, null);
      return bytesRead;
    };
    const { ReadableStream } = require('internal/webstreams');
    const readable = options.type === 'bytes' ? new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      start: (c) => { controller = c; },
      pull: async (c) => {
        const view = c.byobRequest.view;
        const n = done ? 0 : await readInto(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
        if (n === 0) {
          if (finish()) c.close();
        }
        if (c.byobRequest) c.byobRequest.respond(n);
      },
      cancel: () => { finish(); },
    }) : new ReadableStream({
      start: (c) => { controller = c; },
      pull: async (c) => {
        const chunk = Buffer.allocUnsafeSlow(65536);
        const n = done ? 0 : await readInto(chunk);
        if (n === 0) {
          if (finish()) c.close();
          return;
        }
        c.enqueue(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + n));
      },
      cancel: () => { finish(); },
    });
    this.once('close', () => {
      if (finish()) {
        try {
          controller.close();
        } catch {
          // closed or errored already
        }
      }
    });
    return readable;
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

// The system call each FileHandle method makes, for the EBADF of a
// closed handle.
const syscalls = new Map();

async function fsCall(handle, fn, ...args) {
  if (handle[kFd] === -1) {
    throw require('internal/errors').uvException({ errno: -9, syscall: syscalls.get(fn) || 'read' });
  }
  if (handle[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
  handle[kRefs]++;
  try {
    return await fn(handle[kFd], ...args);
  } finally {
    handle[kRefs]--;
  }
}

function readHandle(fd, buffer, offset, length, position) {
  return new Promise((resolve, reject) => {
    const cb = (err, bytesRead, buffer) => (err ? reject(err) : resolve({ bytesRead, buffer }));
    if (buffer === null) buffer = Buffer.alloc(16384);
    if (buffer === undefined || (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer))) {
      const opts = buffer ?? {};
      const buf = opts.buffer ?? Buffer.alloc(16384);
      const off = opts.offset ?? 0;
      fs.read(fd, buf, off, opts.length ?? buf.byteLength - off, opts.position ?? null, cb);
    } else if (offset !== null && typeof offset === 'object') {
      fs.read(fd, buffer, offset, cb);
    } else {
      offset ??= 0;
      fs.read(fd, buffer, offset, length ?? buffer.byteLength - offset, position ?? null, cb);
    }
  });
}

function writeHandle(fd, buffer, offsetOrOptions, length, position) {
  return new Promise((resolve, reject) => {
    const cb = (err, bytesWritten, buffer) => (err ? reject(err) : resolve({ bytesWritten, buffer }));
    if (ArrayBuffer.isView(buffer)) {
      if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
        fs.write(fd, buffer, offsetOrOptions, cb);
      } else {
        const off = offsetOrOptions ?? 0;
        fs.write(fd, buffer, off, length ?? buffer.byteLength - off, position ?? null, cb);
      }
    } else {
      fs.write(fd, buffer, offsetOrOptions ?? null, length ?? 'utf8', cb);
    }
  });
}

function appendOpts(options) {
  if (typeof options === 'string') return { encoding: options, flag: 'a' };
  return { ...options, flag: options?.flag || 'a' };
}

function isIterable(data) {
  return data != null && typeof data === 'object' &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

async function writeFileHandle(fd, data, options) {
  const encoding = (typeof options === 'string' ? options : options?.encoding) || 'utf8';
  const signal = typeof options === 'object' ? options?.signal : undefined;
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  if (typeof data !== 'string' && !ArrayBuffer.isView(data) && isIterable(data)) {
    // (goja has no for await: the iterator is driven by hand.)
    const it = typeof data[Symbol.asyncIterator] === 'function' ? data[Symbol.asyncIterator]() : data[Symbol.iterator]();
    while (true) {
      const { value: chunk, done } = await it.next();
      if (done) break;
      if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
      if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
        throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
      await writeAll(fd, buf);
    }
    return;
  }
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  await writeAll(fd, typeof data === 'string' ? Buffer.from(data, encoding) : data);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

async function writeAll(fd, buf) {
  let off = 0;
  while (off < buf.byteLength) {
    const { bytesWritten } = await writeHandle(fd, buf, off, buf.byteLength - off, null);
    off += bytesWritten;
  }
}

async function open(path, flags, mode) {
  const fd = await promisify(fs.open)(path, flags ?? 'r', mode ?? 0o666);
  return new FileHandle(fd);
}

async function readFile(path, options) {
  if (path instanceof FileHandle) return path.readFile(options);
  return promisify(fs.readFile)(path, options);
}

async function writeFile(path, data, options) {
  if (path instanceof FileHandle) return path.writeFile(data, options);
  if (typeof data !== 'string' && !ArrayBuffer.isView(data) && isIterable(data)) {
    const flag = (typeof options === 'object' && options?.flag) || 'w';
    const flush = (typeof options === 'object' && options?.flush) ?? false;
    require('internal/validators').validateBoolean(flush, 'options.flush');
    const fh = await open(path, flag, options?.mode);
    try {
      await fh.writeFile(data, options);
      if (flush) await fh.sync();
    } finally {
      await fh.close();
    }
    return;
  }
  return promisify(fs.writeFile)(path, data, options);
}

async function appendFile(path, data, options) {
  if (path instanceof FileHandle) return path.appendFile(data, options);
  // writeFile with flag 'a', as node: iterables and flush included.
  return writeFile(path, data, appendOpts(options));
}

// node's promises.realpath is realpath(3) (fs.realpath.native), not the JS walk.
const realpath = p(fs.realpath.native);

module.exports = {
  access: p(fs.access),
  copyFile: p(fs.copyFile),
  cp: require('internal/fs/cp').cpPromise,
  open,
  opendir: fs.opendir && p(fs.opendir),
  rename: p(fs.rename),
  truncate: p(fs.truncate),
  rm: p(fs.rm),
  rmdir: p(fs.rmdir),
  mkdir: p(fs.mkdir),
  readdir: p(fs.readdir),
  readlink: p(fs.readlink),
  symlink: p(fs.symlink),
  lstat: p(fs.lstat),
  stat: p(fs.stat),
  statfs: fs.statfs && p(fs.statfs),
  link: p(fs.link),
  unlink: p(fs.unlink),
  chmod: p(fs.chmod),
  lchmod: undefined,
  lchown: p(fs.lchown),
  chown: p(fs.chown),
  utimes: p(fs.utimes),
  lutimes: p(fs.lutimes),
  realpath,
  mkdtemp: p(fs.mkdtemp),
  writeFile,
  appendFile,
  readFile,
  watch: undefined,
  constants,
};
if (module.exports.watch === undefined) {
  Object.defineProperty(module.exports, 'watch', {
    enumerable: true,
    configurable: true,
    get() {
      const w = require('internal/fs/watchers').watchPromise;
      return w;
    },
  });
}
module.exports.FileHandle = FileHandle;
Object.defineProperty(module.exports, 'FileHandle', { enumerable: false });

for (const [fn, name] of [[pfstat, 'fstat'], [pftruncate, 'ftruncate'], [pfchmod, 'fchmod'], [pfchown, 'fchown'],
  [pfutimes, 'futime'], [pfsync, 'fsync'], [pfdatasync, 'fdatasync'], [preadFile, 'read'],
  [readHandle, 'read'], [writeHandle, 'write'], [writeFileHandle, 'write']]) {
  syscalls.set(fn, name);
}
