'use strict';
// The `zlib` builtin (gojanet): node's compression streams and one-shot
// forms, written from node's documentation and by comparing behaviour with
// node 20.
//
// Path: every Deflate/Inflate/Gzip/…/BrotliDecompress is a ZlibBase, a
// stream.Transform. Its _transform hands each chunk, with a flush kind, to
// a Go handle (internalBinding('zlib'), modules/zlib): handle.write runs the
// codec on the worker pool and calls back on the loop with
// [output, more, consumed, ended, message, code, errno]; output is pushed,
// `more` means the codec holds more output for this chunk (asked for again
// once the reader wants it, as node does when zlib fills its buffer). The
// Sync forms call handle.writeSync in a loop on the loop goroutine. flush()
// writes an empty chunk tagged with a flush kind (Z_SYNC_FLUSH,
// Z_FULL_FLUSH, ...) through the same path, so it is ordered with writes.
// The compressed bytes differ from zlib's (Go's compress/flate, andybalholm
// brotli) but decode anywhere, and everything zlib makes decodes here.

const { Transform, finished } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
  genericNodeError,
} = require('internal/errors');
const {
  checkRangesOrGetDefault,
  validateFiniteNumber,
  validateFunction,
  validateUint32,
} = require('internal/validators');
const { deprecate, types: { isArrayBufferView, isAnyArrayBuffer, isUint8Array } } = require('util');
const binding = internalBinding('zlib');

const kMaxLength = require('buffer').kMaxLength || 2 ** 32;

const constants = Object.create(null);
for (const [k, v] of Object.entries({
  Z_NO_FLUSH: 0,
  Z_PARTIAL_FLUSH: 1,
  Z_SYNC_FLUSH: 2,
  Z_FULL_FLUSH: 3,
  Z_FINISH: 4,
  Z_BLOCK: 5,
  Z_OK: 0,
  Z_STREAM_END: 1,
  Z_NEED_DICT: 2,
  Z_ERRNO: -1,
  Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4,
  Z_BUF_ERROR: -5,
  Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0,
  Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9,
  Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1,
  Z_HUFFMAN_ONLY: 2,
  Z_RLE: 3,
  Z_FIXED: 4,
  Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: 4880,
  DEFLATE: 1,
  INFLATE: 2,
  GZIP: 3,
  GUNZIP: 4,
  DEFLATERAW: 5,
  INFLATERAW: 6,
  UNZIP: 7,
  BROTLI_DECODE: 8,
  BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8,
  Z_MAX_WINDOWBITS: 15,
  Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64,
  Z_MAX_CHUNK: Infinity,
  Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1,
  Z_MAX_MEMLEVEL: 9,
  Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1,
  Z_MAX_LEVEL: 9,
  Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0,
  BROTLI_OPERATION_FLUSH: 1,
  BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0,
  BROTLI_MODE_GENERIC: 0,
  BROTLI_MODE_TEXT: 1,
  BROTLI_MODE_FONT: 2,
  BROTLI_DEFAULT_MODE: 0,
  BROTLI_PARAM_QUALITY: 1,
  BROTLI_MIN_QUALITY: 0,
  BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_PARAM_LGWIN: 2,
  BROTLI_MIN_WINDOW_BITS: 10,
  BROTLI_MAX_WINDOW_BITS: 24,
  BROTLI_LARGE_MAX_WINDOW_BITS: 30,
  BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_PARAM_LGBLOCK: 3,
  BROTLI_MIN_INPUT_BLOCK_BITS: 16,
  BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4,
  BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6,
  BROTLI_PARAM_NPOSTFIX: 7,
  BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0,
  BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
  BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0,
  BROTLI_DECODER_SUCCESS: 1,
  BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
  BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5,
  BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
  BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11,
  BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15,
  BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19,
  BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21,
  BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
  BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,})) {
  Object.defineProperty(constants, k, { value: v, enumerable: true, writable: false, configurable: false });
}

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION,
  Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH,
  BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
  BROTLI_PARAM_QUALITY, BROTLI_PARAM_LGWIN,
} = constants;

const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const key of Object.keys(codes)) codes[codes[key]] = key;

// Brotli decoder errors are named after brotli's constants:
// -14 → ERR__ERROR_FORMAT_PADDING_1.
const brotliErrorNames = {};
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI_DECODER_ERROR_')) {
    brotliErrorNames[constants[key]] = 'ERR_' + key.slice('BROTLI_DECODER'.length);
  }
}

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');
const kFed = Symbol('kFed');

function toBuffer(buffer) {
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  return buffer;
}

// One-shot with a callback: the stream, fed one buffer.
function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  buffer = toBuffer(buffer);
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  let buf;
  if (this.nread === 0) {
    buf = Buffer.alloc(0);
  } else {
    const bufs = this.buffers;
    buf = bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, this.nread);
  }
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer',
        ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
    }
  }
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

// The error a failed result describes; the stream is destroyed with it.
function resultError(self, r) {
  const errno = r[6];
  const code = r[5] || brotliErrorNames[errno] || 'ERR_ZLIB_ERROR';
  const error = genericNodeError(r[4], { errno, code });
  self[kError] = error;
  self.destroy(error);
  return error;
}

const FLUSH_BOUND = [
  [Z_NO_FLUSH, Z_BLOCK],
  [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA],
];

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const bound = (mode === BROTLI_ENCODE || mode === BROTLI_DECODE) ? FLUSH_BOUND[1] : FLUSH_BOUND[0];
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', bound[0], bound[1], flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
      bound[0], bound[1], finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
      1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts };
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }
  Reflect.apply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this[kFed] = 0;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  handle.onerror = onHandleError;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

// node's own handle contract, for packages that drive this._handle
// themselves (pngjs's synchronous inflate): handle.writeSync(flush, in,
// inOff, inLen, out, outOff, outLen) fills out (modules/zlib's
// nodeWriteSync) and leaves [availOut, availIn] in _writeState; they start
// from _outBuffer and _outOffset. Made when first read: nothing else
// uses them.
const kOwner = Symbol('kOwner');
const kWriteState = Symbol('kWriteState');
function ownDataProperty(name, make) {
  Object.defineProperty(ZlibBase.prototype, name, {
    configurable: true,
    enumerable: false,
    get() {
      const v = make(this);
      Object.defineProperty(this, name, { value: v, writable: true, configurable: true, enumerable: true });
      return v;
    },
    set(v) {
      Object.defineProperty(this, name, { value: v, writable: true, configurable: true, enumerable: true });
    },
  });
}
ownDataProperty('_outBuffer', (self) => Buffer.allocUnsafe(self._chunkSize));
ownDataProperty('_outOffset', () => 0);
Object.defineProperty(ZlibBase.prototype, '_writeState', {
  configurable: true,
  enumerable: false,
  get() {
    const state = this[kWriteState] ??= new Uint32Array(2);
    const h = this._handle;
    if (h) {
      const now = h.writeState();
      state[0] = now[0];
      state[1] = now[1];
    }
    return state;
  },
});
// handle.onerror(message, errno, code): an error in node's writeSync
// destroys the stream with node's error, as node's handle does.
function onHandleError(message, errno, code) {
  const self = this[kOwner];
  if (self === undefined) return;
  resultError(self, [undefined, false, 0, false, message, code, errno]);
}

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  enumerable: true,
  get: deprecate(function() { return this.bytesWritten; },
    'zlib.bytesRead is deprecated and will change its meaning in the ' +
    'future. Use zlib.bytesWritten instead.', 'DEP0108'),
  set: deprecate(function(value) { this.bytesWritten = value; },
    'Setting zlib.bytesRead is deprecated. ' +
    'This feature will be removed in the future.', 'DEP0108'),
});

ZlibBase.prototype.reset = function() {
  if (!this._handle) throw new Error('zlib binding closed');
  this[kFed] = 0;
  return this._handle.reset();
};

ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function(callback) {
  callback();
};

// Flush kinds from weakest to strongest (Z_BLOCK sits below
// Z_PARTIAL_FLUSH), to pick the stronger one for the last chunk.
const flushiness = [];
const kFlushFlagList = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
for (let i = 0; i < kFlushFlagList.length; i++) flushiness[kFlushFlagList[i]] = i;

function maxFlush(a, b) {
  return flushiness[a] > flushiness[b] ? a : b;
}

// Empty chunks that carry a flush kind through write(), so flushes keep
// their place among the writes.
const kFlushBuffers = [];
for (const flushFlag of kFlushFlagList) {
  kFlushBuffers[flushFlag] = Buffer.alloc(0);
  kFlushBuffers[flushFlag][kFlushFlag] = flushFlag;
}

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    let buf = kFlushBuffers[kind];
    if (buf === undefined) {
      buf = Buffer.alloc(0);
      buf[kFlushFlag] = kind;
    }
    this.write(buf, '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  _close(this);
  callback(err);
};

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also carries the finishing flush.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

function processChunkSync(self, chunk, flushFlag) {
  const handle = self._handle;
  let buffers = null;
  let nread = 0;
  let error;
  self.on('error', function onError(er) { error = er; });
  if (!handle) throw new Error('zlib binding closed');
  let input = chunk;
  self[kFed] += chunk.byteLength;
  for (;;) {
    const r = handle.writeSync(flushFlag, input, self._chunkSize);
    input = undefined;
    if (r.length > 4) throw resultError(self, r);
    if (error) throw error;
    const out = r[0];
    if (out !== undefined) {
      if (buffers === null) buffers = [out];
      else buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        _close(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }
    self.bytesWritten = r[2];
    if (!r[1]) break;
  }
  _close(self);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) return process.nextTick(cb);
  self[kFed] += chunk.byteLength;
  handle.write(flushFlag, chunk, self._chunkSize, (r) => processCallback(self, handle, flushFlag, cb, r));
}

function processCallback(self, handle, flushFlag, cb, r) {
  if (self.destroyed) {
    cb();
    return;
  }
  if (r.length > 4) {
    resultError(self, r);
    return;
  }
  self.bytesWritten = r[2];
  let full = false;
  if (r[0] !== undefined) full = !self.push(r[0]);
  if (self.destroyed) {
    cb();
    return;
  }
  if (r[1]) {
    // More output for this chunk: ask once the reader has room.
    const again = () => {
      if (self._handle !== handle) return cb();
      handle.write(flushFlag, undefined, self._chunkSize, (r2) => processCallback(self, handle, flushFlag, cb, r2));
    };
    if (!full) {
      again();
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        again();
        self._read(n);
      };
    }
    return;
  }
  if (r[3] && r[2] < self[kFed]) {
    // The compressed stream ended before its input did: the rest is not
    // part of it and the readable side ends here, as in node.
    self.push(null);
  }
  cb();
}

function _close(engine) {
  if (!engine._handle) return;
  engine._handle.close();
  engine._handle = null;
}

const zlibDefaultOpts = {
  flush: Z_NO_FLUSH,
  finishFlush: Z_FINISH,
  fullFlush: Z_FULL_FLUSH,
};

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // On the decompression side 0 means: the window the header names.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // 8 is valid for deflate but not for gzip.
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
        min, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level',
      Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel',
      Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy',
      Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
          ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
  }
  const handle = binding.create(mode, windowBits, level, memLevel, strategy, dictionary);
  Reflect.apply(ZlibBase, this, [opts, mode, handle, zlibDefaultOpts]);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// params() waits for a sync flush, so the new settings start at a byte
// boundary after everything written before.
function paramsAfterFlushCallback(level, strategy, callback) {
  if (!this._handle) throw new Error('zlib binding closed');
  this._handle.params(level, strategy);
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, paramsAfterFlushCallback.bind(this, level, strategy, callback));
  } else {
    process.nextTick(callback);
  }
};

function define(name, mode, fixWindow) {
  const ctor = {
    [name]: function(opts) {
      if (fixWindow && opts && opts.windowBits === 8) opts.windowBits = 9;
      if (!new.target && !(this instanceof ctor)) return new ctor(opts);
      Reflect.apply(Zlib, this, [opts, mode]);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Zlib.prototype);
  Object.setPrototypeOf(ctor, Zlib);
  return ctor;
}

const Deflate = define('Deflate', DEFLATE);
const Inflate = define('Inflate', INFLATE);
const Gzip = define('Gzip', GZIP);
const Gunzip = define('Gunzip', GUNZIP);
const DeflateRaw = define('DeflateRaw', DEFLATERAW, true);
const InflateRaw = define('InflateRaw', INFLATERAW);
const Unzip = define('Unzip', UNZIP);

function createConvenienceMethod(ctor, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new ctor(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

let kMaxBrotliParam = 0;
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI_PARAM_')) kMaxBrotliParam = Math.max(kMaxBrotliParam, constants[key]);
}

const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

function Brotli(opts, mode) {
  const params = [];
  if (opts && opts.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || params[key] !== undefined) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      }
      params[key] = +value;
    }
  }
  // brotli refuses values outside a parameter's range when it is set up;
  // the flags take only 0 or 1.
  const flags = mode === BROTLI_ENCODE ?
    [constants.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING, constants.BROTLI_PARAM_LARGE_WINDOW] :
    [constants.BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION, constants.BROTLI_DECODER_PARAM_LARGE_WINDOW];
  for (const key of flags) {
    if (params[key] !== undefined && params[key] !== 0 && params[key] !== 1) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  const handle = binding.createBrotli(mode, params[BROTLI_PARAM_QUALITY], params[BROTLI_PARAM_LGWIN]);
  Reflect.apply(ZlibBase, this, [opts, mode, handle, brotliDefaultOpts]);
}
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

function BrotliCompress(opts) {
  if (!new.target && !(this instanceof BrotliCompress)) return new BrotliCompress(opts);
  Reflect.apply(Brotli, this, [opts, BROTLI_ENCODE]);
}
Object.setPrototypeOf(BrotliCompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliCompress, Brotli);

function BrotliDecompress(opts) {
  if (!new.target && !(this instanceof BrotliDecompress)) return new BrotliDecompress(opts);
  Reflect.apply(Brotli, this, [opts, BROTLI_DECODE]);
}
Object.setPrototypeOf(BrotliDecompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliDecompress, Brotli);

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(data, value);
}

function createProperty(ctor) {
  return {
    configurable: true,
    enumerable: true,
    value: function(options) { return new ctor(options); },
  };
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  deflate: createConvenienceMethod(Deflate, false),
  deflateSync: createConvenienceMethod(Deflate, true),
  gzip: createConvenienceMethod(Gzip, false),
  gzipSync: createConvenienceMethod(Gzip, true),
  deflateRaw: createConvenienceMethod(DeflateRaw, false),
  deflateRawSync: createConvenienceMethod(DeflateRaw, true),
  unzip: createConvenienceMethod(Unzip, false),
  unzipSync: createConvenienceMethod(Unzip, true),
  inflate: createConvenienceMethod(Inflate, false),
  inflateSync: createConvenienceMethod(Inflate, true),
  gunzip: createConvenienceMethod(Gunzip, false),
  gunzipSync: createConvenienceMethod(Gunzip, true),
  inflateRaw: createConvenienceMethod(InflateRaw, false),
  inflateRawSync: createConvenienceMethod(InflateRaw, true),
  brotliCompress: createConvenienceMethod(BrotliCompress, false),
  brotliCompressSync: createConvenienceMethod(BrotliCompress, true),
  brotliDecompress: createConvenienceMethod(BrotliDecompress, false),
  brotliDecompressSync: createConvenienceMethod(BrotliDecompress, true),
};

Object.defineProperties(module.exports, {
  createDeflate: createProperty(Deflate),
  createInflate: createProperty(Inflate),
  createDeflateRaw: createProperty(DeflateRaw),
  createInflateRaw: createProperty(InflateRaw),
  createGzip: createProperty(Gzip),
  createGunzip: createProperty(Gunzip),
  createUnzip: createProperty(Unzip),
  createBrotliCompress: createProperty(BrotliCompress),
  createBrotliDecompress: createProperty(BrotliDecompress),
  constants: { configurable: false, enumerable: true, value: constants },
  codes: { enumerable: true, writable: false, value: Object.freeze(codes) },
});

// The legacy top-level names (deprecated in the docs, still there).
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, { enumerable: false, value: constants[key], writable: false });
}
