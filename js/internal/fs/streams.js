'use strict';
// fs.ReadStream and fs.WriteStream: node's file streams on the fs
// callback API. _construct opens the file ('open' then 'ready'); _read
// reads up to highWaterMark bytes (64 KiB) per pool job at this.pos;
// _write/_writev write at this.pos; _destroy closes the descriptor when
// autoClose is set, then 'close' follows (emitClose). `fd` may be a
// number or a FileHandle (fs/promises), `fs` may replace the functions
// used (open, read, write, writev, close), as node allows.

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const {
  validateInteger,
  validateFunction,
  validateBoolean,
} = require('internal/validators');
const {
  getValidatedPath, getValidatedFd, parseFileMode, getOptions, toPathIfFileURL,
  kFileHandleRef, kFileHandleUnref,
} = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

function lazyFs() {
  return require('fs');
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    return getValidatedFd(options.fd);
  }
  if (options.fd != null && typeof options.fd === 'object' && typeof options.fd.fd === 'number' &&
      typeof options.fd.close === 'function') {
    // A FileHandle: its descriptor, closed through the handle.
    if (options.fs) {
      throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    }
    stream[kHandle] = options.fd;
    stream[kFs] = fileHandleFs(options.fd);
    if (typeof options.fd[kFileHandleRef] === 'function') options.fd[kFileHandleRef]();
    options.fd.on('close', () => {
      if (!stream.destroyed) stream.destroy();
    });
    return options.fd.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// The fs functions a stream uses, done with a FileHandle's methods.
function fileHandleFs(handle) {
  return {
    read: (fd, buf, off, len, pos, cb) => handle.read(buf, off, len, pos).then(
      ({ bytesRead }) => cb(null, bytesRead, buf), cb),
    write: (fd, buf, off, len, pos, cb) => handle.write(buf, off, len, pos).then(
      ({ bytesWritten }) => cb(null, bytesWritten, buf), cb),
    writev: (fd, bufs, pos, cb) => handle.writev(bufs, pos).then(
      ({ bytesWritten }) => cb(null, bytesWritten, bufs), cb),
    fsync: (fd, cb) => handle.sync().then(() => cb(), cb),
    close: (fd, cb) => {
      if (typeof handle[kFileHandleUnref] === 'function') handle[kFileHandleUnref]();
      handle.close().then(() => cb(), cb);
    },
  };
}

function close(stream, err, cb) {
  if (!stream.fd && stream.fd !== 0) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeAfterSync(stream, err || flushErr, cb));
  } else {
    closeAfterSync(stream, err, cb);
  }
}

function closeAfterSync(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

function construct(stream, callback) {
  const { path, flags, mode } = stream;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openWriteFs && stream.open !== openReadFs) {
    // A subclass's own open(): its first 'open' or 'error' completes the
    // construction (the error then destroys the stream before anyone sees
    // it), everything else it emits passes through.
    const emit = stream.emit;
    stream.emit = function(name, ...args) {
      if (name === 'open') {
        this.emit = emit;
        callback();
        return Reflect.apply(emit, this, [name, ...args]);
      }
      if (name === 'error') {
        this.emit = emit;
        callback(args[0]);
        return true;
      }
      return Reflect.apply(emit, this, [name, ...args]);
    };
    stream.open();
    return;
  }
  stream[kFs].open(path, flags, mode, (er, fd) => {
    if (er) {
      callback(er);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

function importFsOverride(stream, options) {
  stream[kFs] = options.fs || lazyFs();
  if (options.fs) {
    for (const name of ['open', 'close']) {
      validateFunction(stream[kFs][name], `options.fs.${name}`);
    }
  }
}

// A copy of the options with inherited properties too (node reads them).
function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;

  if (options.fd == null) {
    this.fd = null;
    importFsOverride(this, options);
    if (options.fs) validateFunction(this[kFs].read, 'options.fs.read');
    this.path = toPathIfFileURL(path);
    this.path = getValidatedPath(this.path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    this.fd = importFd(this, options);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }

  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
});

// open() is deprecated and does nothing (_construct opens the file); a
// subclass may override it, and _construct then waits for its 'open'.
function legacyOpen() {}
const openReadFs = require('util').deprecate(legacyOpen, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = openReadFs;

ReadStream.prototype._construct = function(callback) {
  construct(this, callback);
};

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead, buf) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      require('internal/streams/destroy').errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== buf.length) {
        // A short read: keep only what was read.
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        buf.copy(dst, 0, 0, bytesRead);
        buf = dst;
      }
      this.push(buf);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Wait for a read in flight: closing now could let the descriptor number
  // be reused while the pool still reads from it.
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => close(this, err || er, cb));
  } else {
    close(this, err, cb);
  }
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, {}));
  options.decodeStrings = true;

  if (options.fd == null) {
    this.fd = null;
    importFsOverride(this, options);
    this.path = toPathIfFileURL(path);
    this.path = getValidatedPath(this.path);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    this.fd = importFd(this, options);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  }
  if (options.fs) {
    // Either write or writev is enough; whichever is given must be a function.
    const { write, writev } = this[kFs];
    if (write == null && writev == null) validateFunction(write, 'options.fs.write');
    if (write != null) validateFunction(write, 'options.fs.write');
    else this._write = null;
    if (writev != null) validateFunction(writev, 'options.fs.writev');
    else this._writev = null;
  }

  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  this.flush = options.flush ?? false;
  if (options.flush != null) validateBoolean(options.flush, 'options.flush');

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }

  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  Reflect.apply(Writable, this, [options]);

  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
});

const openWriteFs = require('util').deprecate(legacyOpen, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = openWriteFs;

WriteStream.prototype._construct = function(callback) {
  construct(this, callback);
};

function writeAll(data, size, pos, cb, retries = 0) {
  this[kFs].write(this.fd, data, 0, size, pos ?? null, (er, bytesWritten, buffer) => {
    if (er?.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (this.destroyed || er) {
      return cb(er || new (require('internal/errors').codes.ERR_STREAM_DESTROYED)('write'));
    }
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos != null) pos += bytesWritten;
    if (retries > 5) {
      cb(new Error('writeAll failed'));
    } else if (size) {
      writeAll.call(this, buffer.subarray(bytesWritten), size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

function writevAll(chunks, size, pos, cb, retries = 0) {
  this[kFs].writev(this.fd, chunks, this.pos ?? null, (er, bytesWritten, buffers) => {
    if (er?.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (this.destroyed || er) {
      return cb(er || new (require('internal/errors').codes.ERR_STREAM_DESTROYED)('writev'));
    }
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos != null) pos += bytesWritten;
    if (retries > 5) {
      cb(new Error('writevAll failed'));
    } else if (size) {
      // Drop what was written and go on with the rest.
      let n = bytesWritten;
      const rest = [];
      for (const b of buffers) {
        if (n >= b.length) {
          n -= b.length;
          continue;
        }
        rest.push(n > 0 ? b.subarray(n) : b);
        n = 0;
      }
      writevAll.call(this, rest, size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll.call(this, data, data.length, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const len = data.length;
  const chunks = new Array(len);
  let size = 0;
  for (let i = 0; i < len; i++) {
    const chunk = data[i].chunk;
    chunks[i] = chunk;
    size += chunk.length;
  }
  this[kIsPerformingIO] = true;
  writevAll.call(this, chunks, size, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = function(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => close(this, err || er, cb));
  } else {
    close(this, err, cb);
  }
};

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // close() flushes what is queued first (end, then destroy), so no
  // write is lost; without autoClose, destroy waits for 'finish'.
  if (!this.autoClose) {
    this.on('finish', this.destroy);
  }
  this.end();
};

// There is no shutdown() for files.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
