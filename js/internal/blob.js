'use strict';
// Blob and File (require('buffer').Blob/File, also globals), from the File
// API as node 20 has them: a Blob holds an immutable copy of its parts'
// bytes (strings as UTF-8, `endings: 'native'` turning \r\n into \n); slice
// shares them. text/arrayBuffer/bytes answer with promises, stream() is a
// byte ReadableStream.
//
// A file-backed Blob (fs.openAsBlob) holds segments instead: ranges of a
// file, read when the Blob is (off the loop, through fs.promises), and
// bytes of the memory Blobs it was made with. The file's size and mtime at
// open are kept; a read that finds them changed (or the file gone) fails
// with a NotReadableError DOMException, as node's. Such Blobs are not
// cloneable; memory Blobs clone as Blobs (postMessage, structuredClone).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { Buffer } = require('buffer');
const { validateDictionary } = require('internal/validators');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const disallowedTypeCharacters = /[^\u0020-\u007E]/;
const state = new WeakMap(); // Blob -> { bytes: Uint8Array, type: string }

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

// partOf: what a Blob part contributes, { bytes, segments, size } (a Blob's
// own state for a Blob).
function partOf(source, endings) {
  if (state.has(source)) return state.get(source);
  const bytes = partBytes(source, endings);
  return { bytes, segments: undefined, size: bytes.length };
}

function partBytes(source, endings) {
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
  state.set(blob, { bytes, segments: undefined, size: bytes.length, type });
  return blob;
}

// A file-backed Blob's state: segments are { bytes } or { file, start, end }
// with file { path, size, mtimeNs } as found at open.
function createSegmentedBlob(segments, type) {
  let size = 0;
  for (const seg of segments) size += seg.bytes !== undefined ? seg.bytes.length : seg.end - seg.start;
  const blob = Object.create(Blob.prototype);
  state.set(blob, { bytes: undefined, segments, size, type });
  return blob;
}

function segmentsOf(st) {
  return st.segments !== undefined ? st.segments : [{ bytes: st.bytes }];
}

function notReadable() {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException('The blob could not be read', 'NotReadableError');
}

// readFileSegment reads [start, end) of a file-backed segment once the open
// file is still the one the Blob was made from. As node's, the file is
// opened and checked synchronously and read off the loop.
function readFileSegment(seg, start, end) {
  const fs = require('fs');
  let fd;
  try {
    fd = fs.openSync(seg.file.path, 'r');
    const st = fs.fstatSync(fd, { bigint: true });
    if (st.size !== BigInt(seg.file.size) || st.mtimeNs !== seg.file.mtimeNs) throw notReadable();
  } catch {
    if (fd !== undefined) fs.closeSync(fd);
    return Promise.reject(notReadable());
  }
  const out = Buffer.allocUnsafeSlow(end - start);
  return new Promise((resolve, reject) => {
    const readMore = (got) => {
      if (got === out.length) {
        fs.closeSync(fd);
        resolve(out);
        return;
      }
      fs.read(fd, out, got, out.length - got, start + got, (err, n) => {
        if (err || n === 0) {
          fs.closeSync(fd);
          reject(notReadable());
          return;
        }
        readMore(got + n);
      });
    };
    readMore(0);
  });
}

// readAll: a Blob's bytes, read from its files when it has some.
function readAll(st) {
  if (st.segments === undefined) return Promise.resolve(st.bytes);
  const reads = [];
  for (const seg of st.segments) {
    if (seg.bytes !== undefined) reads.push(seg.bytes);
    else if (seg.end === seg.start) reads.push(readFileSegment(seg, seg.start, seg.start)); // checked all the same
    else reads.push(readFileSegment(seg, seg.start, seg.end));
  }
  return Promise.all(reads).then((parts) => {
    const bytes = new Uint8Array(st.size);
    let off = 0;
    for (const p of parts) {
      bytes.set(p, off);
      off += p.length;
    }
    return bytes;
  });
}

// createFileBlob: fs.openAsBlob's Blob over the file as it is now.
function createFileBlob(path, size, mtimeNs, type) {
  const blob = createSegmentedBlob([{ file: { path, size, mtimeNs }, start: 0, end: size }], type);
  state.get(blob).uncloneable = true; // node's rule: this Blob, not its slices or Blobs made of it
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
    let segmented = false;
    for (const source of sources) {
      const part = partOf(source, endings);
      if (part.segments !== undefined) segmented = true;
      parts.push(part);
      length += part.size;
    }
    type = normalizeType(type);
    if (segmented) {
      // Memory parts are copied, file parts kept as ranges.
      const segments = [];
      for (const p of parts) {
        if (p.segments !== undefined) segments.push(...p.segments);
        else segments.push({ bytes: p.bytes });
      }
      const st = state.get(createSegmentedBlob(segments, type));
      state.set(this, st);
      return;
    }
    const bytes = new Uint8Array(length);
    let off = 0;
    for (const p of parts) {
      bytes.set(p.bytes, off);
      off += p.size;
    }
    state.set(this, { bytes, segments: undefined, size: length, type });
  }

  get size() { return blobState(this).size; }

  get type() { return blobState(this).type; }

  slice(start = 0, end = undefined, contentType = '') {
    const st = blobState(this);
    const length = st.size;
    if (end === undefined) end = length;
    start = start < 0 ? Math.max(length + start, 0) : Math.min(start, length);
    end = end < 0 ? Math.max(length + end, 0) : Math.min(end, length);
    const span = Math.max(end - start, 0);
    if (st.segments === undefined) return createBlob(st.bytes.subarray(start, start + span), normalizeType(contentType));
    // The segments that overlap [start, start + span), cut to it.
    const out = [];
    let at = 0;
    for (const seg of st.segments) {
      const len = seg.bytes !== undefined ? seg.bytes.length : seg.end - seg.start;
      const from = Math.max(start - at, 0);
      const to = Math.min(start + span - at, len);
      if (to > from) {
        out.push(seg.bytes !== undefined ? { bytes: seg.bytes.subarray(from, to) } :
          { file: seg.file, start: seg.start + from, end: seg.start + to });
      }
      at += len;
    }
    if (out.length === 0 && st.segments.length > 0 && st.segments[0].file !== undefined) {
      out.push({ file: st.segments[0].file, start: 0, end: 0 }); // still checked when read
    }
    return createSegmentedBlob(out, normalizeType(contentType));
  }

  text() {
    let st;
    try {
      st = blobState(this);
    } catch (err) {
      return Promise.reject(err);
    }
    return readAll(st).then((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
  }

  arrayBuffer() {
    let st;
    try {
      st = blobState(this);
    } catch (err) {
      return Promise.reject(err);
    }
    return readAll(st).then((bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }

  bytes() {
    return this.arrayBuffer().then((ab) => new Uint8Array(ab));
  }

  // stream() is a byte stream of the blob's contents, in chunks of at most
  // 64 KiB; a file segment is checked before each of its chunks is read.
  stream() {
    const segments = segmentsOf(blobState(this));
    let index = 0;
    let at = 0; // within segments[index]
    return new ReadableStream({
      type: 'bytes',
      pull(c) {
        for (;;) {
          if (index >= segments.length) {
            c.close();
            return undefined;
          }
          const seg = segments[index];
          const len = seg.bytes !== undefined ? seg.bytes.length : seg.end - seg.start;
          if (at < len || (len === 0 && seg.file !== undefined && at === 0)) break;
          index++;
          at = 0;
        }
        const seg = segments[index];
        const len = seg.bytes !== undefined ? seg.bytes.length : seg.end - seg.start;
        const n = Math.min(65536, len - at);
        if (seg.bytes !== undefined) {
          c.enqueue(Uint8Array.prototype.slice.call(seg.bytes, at, at + n)); // a copy: enqueue detaches its memory
          at += n;
          return undefined;
        }
        const from = seg.start + at;
        return readFileSegment(seg, from, from + n).then((chunk) => {
          if (n === 0) {
            index++;
            at = 0;
            return;
          }
          at += n;
          c.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
        });
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

// postMessage/structuredClone clone a Blob as a Blob (a File too, as in
// node 20), its file segments still read when the clone is; the Blob
// fs.openAsBlob returned is refused, as node's.
const { kClone, kDeserialize } = require('internal/worker/js_transferable');
Blob.prototype[kClone] = function() {
  const st = blobState(this);
  if (st.uncloneable) {
    throw new (require('internal/errors').codes.ERR_INVALID_STATE).TypeError('File-backed Blobs are not cloneable');
  }
  const data = st.segments === undefined ? { bytes: st.bytes, type: st.type } : { segments: st.segments, type: st.type };
  return { data, deserializeInfo: 'internal/blob:ClonedBlob' };
};

// What a cloned Blob is made as before it is filled; it then is a Blob.
class ClonedBlob {
  [kDeserialize]({ bytes, segments, type }) {
    state.set(this, segments === undefined ? { bytes, segments: undefined, size: bytes.length, type } :
      state.get(createSegmentedBlob(segments, type)));
    Object.setPrototypeOf(this, Blob.prototype);
  }
}

module.exports = { Blob, File, ClonedBlob, createFileBlob };
