'use strict';
// Blob and File (require('buffer').Blob/File, also globals), from the File
// API as node 20 has them: a Blob holds an immutable copy of its parts'
// bytes (strings as UTF-8, `endings: 'native'` turning \r\n into \n); slice
// shares them. text/arrayBuffer/bytes answer with promises. stream() is
// left out: gojanet has no web streams yet.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const disallowedTypeCharacters = /[^\u0020-\u007E]/;
const state = new WeakMap(); // Blob -> { bytes: Uint8Array, type: string }

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

function partBytes(source, endings) {
  if (state.has(source)) return state.get(source).bytes;
  const tag = Object.prototype.toString.call(source);
  if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') {
    return new Uint8Array(source.slice(0));
  }
  if (ArrayBuffer.isView(source)) {
    return new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
  }
  let str = `${source}`;
  if (endings === 'native') str = str.replace(/\n|\r\n/g, '\n');
  return Buffer.from(str, 'utf8');
}

function blobState(blob, name = 'Blob') {
  const st = blob !== null && (typeof blob === 'object' || typeof blob === 'function') ? state.get(blob) : undefined;
  if (st === undefined) throw new ERR_INVALID_THIS(name);
  return st;
}

function createBlob(bytes, type) {
  const blob = Object.create(Blob.prototype);
  state.set(blob, { bytes, type });
  return blob;
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const b = partBytes(source, endings);
      parts.push(b);
      length += b.length;
    }
    const bytes = new Uint8Array(length);
    let off = 0;
    for (const p of parts) {
      bytes.set(p, off);
      off += p.length;
    }
    state.set(this, { bytes, type: normalizeType(type) });
  }

  get size() { return blobState(this).bytes.length; }

  get type() { return blobState(this).type; }

  slice(start = 0, end = undefined, contentType = '') {
    const { bytes } = blobState(this);
    const length = bytes.length;
    if (end === undefined) end = length;
    start = start < 0 ? Math.max(length + start, 0) : Math.min(start, length);
    end = end < 0 ? Math.max(length + end, 0) : Math.min(end, length);
    const span = Math.max(end - start, 0);
    return createBlob(bytes.subarray(start, start + span), normalizeType(contentType));
  }

  text() {
    let st;
    try {
      st = blobState(this);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(Buffer.from(st.bytes.buffer, st.bytes.byteOffset, st.bytes.length).toString('utf8'));
  }

  arrayBuffer() {
    let st;
    try {
      st = blobState(this);
    } catch (err) {
      return Promise.reject(err);
    }
    const { bytes } = st;
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }

  bytes() {
    return this.arrayBuffer().then((ab) => new Uint8Array(ab));
  }

  // stream() is a byte stream of the blob's contents, in 64 KiB chunks.
  stream() {
    const { bytes } = blobState(this);
    let at = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(c) {
        if (at >= bytes.length) {
          c.close();
          return;
        }
        const n = Math.min(65536, bytes.length - at);
        c.enqueue(Uint8Array.prototype.slice.call(bytes, at, at + n)); // a copy: enqueue detaches its memory
        at += n;
      },
    });
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    if (typeof inspect !== 'function') inspect = require('internal/util/inspect').inspect;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
for (const name of ['size', 'type', 'slice', 'text', 'arrayBuffer', 'bytes']) {
  Object.defineProperty(Blob.prototype, name, { enumerable: true });
}

const fileState = new WeakMap(); // File -> { name, lastModified }

function fileOf(file) {
  const st = file !== null && typeof file === 'object' ? fileState.get(file) : undefined;
  if (st === undefined) throw new ERR_INVALID_THIS('File');
  return st;
}

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    fileState.set(this, { name: `${fileName}`.toWellFormed ? `${fileName}`.toWellFormed() : `${fileName}`, lastModified });
  }

  get name() { return fileOf(this).name; }

  get lastModified() { return fileOf(this).lastModified; }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    if (typeof inspect !== 'function') inspect = require('internal/util/inspect').inspect;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({ size: this.size, type: this.type, name: this.name, lastModified: this.lastModified }, opts)}`;
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });
for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { enumerable: true });
}

module.exports = { Blob, File };
