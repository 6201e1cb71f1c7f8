'use strict';
// fs.Dir (opendir): a directory read in batches, in directory order, as
// libuv's uv_fs_readdir does. The binding keeps the open directory under
// an id (opendir), hands out up to bufferSize entries per dirRead, and
// dirClose releases it. Async reads are queued so they never overlap.

const binding = internalBinding('fs');
const {
  codes: { ERR_DIR_CLOSED, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const {
  uvError, asyncError, call, getValidatedPath, getOptions, Dirent, encodeName, pathString,
} = require('internal/fs/utils');

const kId = Symbol('kId');
const kPath = Symbol('kPath');
const kBuffered = Symbol('kBuffered');
const kClosed = Symbol('kClosed');
const kBusy = Symbol('kBusy');
const kQueue = Symbol('kQueue');
const kOptions = Symbol('kOptions');

class Dir {
  constructor(id, path, options) {
    if (id == null) throw new ERR_MISSING_ARGS('handle');
    this[kId] = id;
    this[kPath] = path;
    this[kBuffered] = [];
    this[kClosed] = false;
    this[kBusy] = false;
    this[kQueue] = [];
    this[kOptions] = { bufferSize: 32, encoding: 'utf8', ...getOptions(options) };
    require('internal/validators').validateInteger(this[kOptions].bufferSize, 'options.bufferSize', 1, 4096);
  }

  get path() {
    return this[kPath];
  }

  #entries(res, dir = pathString(this[kPath])) {
    const [names, types] = res;
    for (let i = 0; i < names.length; i++) {
      this[kBuffered].push(new Dirent(encodeName(names[i], this[kOptions].encoding), types[i], dir));
    }
  }

  // With { recursive: true }, a directory's entries are read (synchronously,
  // as node does) when its Dirent is handed out, and queued after the ones
  // already buffered; a subdirectory that fails to read throws, as in node.
  // (node 20 reads only the first bufferSize entries of each subdirectory;
  // all of them are read here.)
  #next() {
    const d = this[kBuffered].shift() ?? null;
    if (d !== null && this[kOptions].recursive && d.isDirectory()) {
      const sub = require('path').join(d.parentPath ?? d.path, pathString(d.name));
      this.#entries(call(binding.readdir, 'opendir', sub, undefined, sub, true, false), sub);
    }
    return d;
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, d) => (err ? reject(err) : resolve(d))));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kBusy]) {
      this[kQueue].push(() => this.read(callback));
      return;
    }
    if (this[kBuffered].length > 0) {
      let d;
      try {
        d = this.#next();
      } catch (e) {
        process.nextTick(callback, e);
        return;
      }
      process.nextTick(callback, null, d);
      return;
    }
    this[kBusy] = true;
    binding.dirRead(this[kId], this[kOptions].bufferSize, (err, res) => {
      this[kBusy] = false;
      if (err !== undefined) {
        callback(asyncError(err, 'scandir', this[kPath]));
      } else {
        this.#entries(res);
        let d;
        try {
          d = this.#next();
        } catch (e) {
          callback(e);
          return;
        }
        callback(null, d);
      }
      const next = this[kQueue].shift();
      if (next) next();
    });
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kBuffered].length > 0) return this.#next();
    const res = call(binding.dirRead, 'scandir', this[kPath], undefined, this[kId], this[kOptions].bufferSize);
    this.#entries(res);
    return this.#next();
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kBusy]) {
      this[kQueue].push(() => this.close(callback));
      return;
    }
    this[kClosed] = true;
    binding.dirClose(this[kId], (err) => callback(err === undefined ? null : asyncError(err, 'closedir')));
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    this[kClosed] = true;
    call(binding.dirClose, 'closedir', undefined, undefined, this[kId]);
  }

  // An async iterator written out by hand (goja has no async generators):
  // entries until the end, then the directory closes.
  entries() {
    const dir = this;
    const finish = async () => {
      if (!dir[kClosed]) await dir.close();
      return { value: undefined, done: true };
    };
    return {
      async next() {
        if (dir[kClosed]) return { value: undefined, done: true };
        let d;
        try {
          d = await dir.read();
        } catch (e) {
          await finish().catch(() => {});
          throw e;
        }
        if (d === null) return finish();
        return { value: d, done: false };
      },
      return: finish,
      [Symbol.asyncIterator]() { return this; },
    };
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendir(path, (err, id) => {
    if (err !== undefined) return callback(asyncError(err, 'opendir', path));
    let dir;
    try {
      dir = new Dir(id, path, options);
    } catch (e) {
      binding.dirClose(id, {});
      return callback(e);
    }
    callback(null, dir);
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const id = call(binding.opendir, 'opendir', path, undefined, path);
  try {
    return new Dir(id, path, options);
  } catch (e) {
    binding.dirClose(id, {});
    throw e;
  }
}

module.exports = { Dir, opendir, opendirSync };
