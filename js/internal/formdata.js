'use strict';
// FormData (the WHATWG class node 20 has as a global, from undici) and the
// two ways bodies carry it: encoded as multipart/form-data when a FormData
// is a fetch/Request/Response body (encodeMultipart), and read back by
// Body.formData() from multipart/form-data or
// application/x-www-form-urlencoded bytes (parseFormData).
//
// An entry list is an array of { name, value }: a value is a string or a
// File (a Blob appended is made a File named 'blob' or the given filename).
// Names and string values are USVStrings (lone surrogates become U+FFFD).

const { Buffer } = require('buffer');
const { inspect, formatWithOptions } = require('internal/util/inspect');

const entryLists = new WeakMap(); // FormData → its entry list
const iteratorStates = new WeakMap(); // iterator → { target, kind, index }

function toUSV(value) {
  return String(value).toWellFormed();
}

function requireArgs(method, count, given) {
  if (given < count) {
    const found = given === 0 ? '0' : `only ${given}`;
    throw new TypeError(`FormData.${method}: ${count} argument${count === 1 ? '' : 's'} required, but ${found} found.`);
  }
}

function entriesOf(self) {
  const entries = entryLists.get(self);
  if (entries === undefined) throw new TypeError('Illegal invocation');
  return entries;
}

// makeEntry: a Blob value becomes a File (named filename, else its own name
// if it is a File, else 'blob'); anything else a string.
function makeEntry(name, value, filename) {
  name = toUSV(name);
  if (value instanceof Blob) {
    const { File } = require('buffer');
    if (!(value instanceof File) || filename !== undefined) {
      const options = { type: value.type };
      if (value instanceof File) options.lastModified = value.lastModified;
      value = new File([value], filename !== undefined ? toUSV(filename) : value instanceof File ? value.name : 'blob', options);
    }
    return { name, value };
  }
  return { name, value: toUSV(value) };
}

class FormData {
  constructor(form) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
    entryLists.set(this, []);
  }

  append(name, value, filename = undefined) {
    const entries = entriesOf(this);
    requireArgs('append', 2, arguments.length);
    if (arguments.length === 3 && !(value instanceof Blob)) {
      throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    entries.push(makeEntry(name, value, filename));
  }

  delete(name) {
    const entries = entriesOf(this);
    requireArgs('delete', 1, arguments.length);
    name = toUSV(name);
    entryLists.set(this, entries.filter((e) => e.name !== name));
  }

  get(name) {
    const entries = entriesOf(this);
    requireArgs('get', 1, arguments.length);
    name = toUSV(name);
    const entry = entries.find((e) => e.name === name);
    return entry === undefined ? null : entry.value;
  }

  getAll(name) {
    const entries = entriesOf(this);
    requireArgs('getAll', 1, arguments.length);
    name = toUSV(name);
    return entries.filter((e) => e.name === name).map((e) => e.value);
  }

  has(name) {
    const entries = entriesOf(this);
    requireArgs('has', 1, arguments.length);
    name = toUSV(name);
    return entries.some((e) => e.name === name);
  }

  // set replaces the first entry of the name and drops the others.
  set(name, value, filename = undefined) {
    const entries = entriesOf(this);
    requireArgs('set', 2, arguments.length);
    if (arguments.length === 3 && !(value instanceof Blob)) {
      throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    const entry = makeEntry(name, value, filename);
    const at = entries.findIndex((e) => e.name === entry.name);
    if (at === -1) {
      entries.push(entry);
      return;
    }
    const kept = entries.filter((e, i) => i <= at || e.name !== entry.name);
    kept[at] = entry;
    entryLists.set(this, kept);
  }

  keys() {
    entriesOf(this);
    return makeIterator(this, 'key');
  }

  values() {
    entriesOf(this);
    return makeIterator(this, 'value');
  }

  entries() {
    entriesOf(this);
    return makeIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    entriesOf(this);
    requireArgs('forEach', 1, arguments.length);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  // node shows the entries by name, a repeated name as an array.
  [inspect.custom](depth, options) {
    const byName = { __proto__: null };
    for (const { name, value } of entriesOf(this)) {
      if (!(name in byName)) byName[name] = value;
      else if (Array.isArray(byName[name])) byName[name].push(value);
      else byName[name] = [byName[name], value];
    }
    const opts = { ...options };
    if (opts.depth === undefined) opts.depth = depth;
    const text = formatWithOptions(opts, byName);
    return `FormData ${text.slice(text.indexOf(']') + 2)}`;
  }
}

Object.defineProperty(FormData.prototype, Symbol.iterator, {
  value: FormData.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });

// The iterator reads the list live, by position, as WebIDL's do.
const iteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    value: function next() {
      const state = iteratorStates.get(this);
      if (state === undefined) throw new TypeError('Illegal invocation');
      const entries = entryLists.get(state.target);
      if (state.index >= entries.length) return { value: undefined, done: true };
      const { name, value } = entries[state.index++];
      if (state.kind === 'key') return { value: name, done: false };
      if (state.kind === 'value') return { value, done: false };
      return { value: [name, value], done: false };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'FormData Iterator', configurable: true },
});

function makeIterator(target, kind) {
  const it = Object.create(iteratorPrototype);
  iteratorStates.set(it, { target, kind, index: 0 });
  return it;
}

// The multipart encoding of an entry list, as undici writes it: a boundary
// of 11 random digits; names and filenames with \n, \r and " escaped;
// string values with line breaks normalized to CRLF.
function escapeName(s) {
  return s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function encodeMultipart(formData) {
  const boundary = `----formdata-undici-0${`${Math.floor(Math.random() * 1e11)}`.padStart(11, '0')}`;
  const parts = [];
  const pending = [];
  for (const { name, value } of entriesOf(formData)) {
    if (typeof value === 'string') {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"\r\n\r\n` +
        `${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"; ` +
        `filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      const at = parts.push(null) - 1;
      pending.push(value.arrayBuffer().then((ab) => { parts[at] = Buffer.from(ab); }));
      parts.push(Buffer.from('\r\n'));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    type: `multipart/form-data; boundary=${boundary}`,
    bytes: Promise.all(pending).then(() => Buffer.concat(parts)),
  };
}

// parseFormData reads a body's bytes back into a FormData, as
// Body.formData(): multipart/form-data (a boundary required, no preamble)
// or application/x-www-form-urlencoded.
function parseFormData(buf, contentType) {
  const essence = (contentType || '').split(';')[0].trim().toLowerCase();
  const fd = new FormData();
  if (essence === 'application/x-www-form-urlencoded') {
    for (const [name, value] of new URLSearchParams(buf.toString('utf8'))) fd.append(name, value);
    return fd;
  }
  if (essence !== 'multipart/form-data') {
    throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  }
  const m = /;\s*boundary\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(contentType);
  const boundary = m && (m[1] !== undefined ? m[1] : m[2]);
  if (!boundary) throw failed();
  const delimiter = Buffer.from(`--${boundary}`);
  if (buf.indexOf(delimiter) !== 0) throw failed();
  let pos = delimiter.length;
  for (;;) {
    if (buf[pos] === 0x2d && buf[pos + 1] === 0x2d) return fd; // the closing delimiter
    if (buf[pos] !== 0x0d || buf[pos + 1] !== 0x0a) throw failed();
    pos += 2;
    const headEnd = buf.indexOf('\r\n\r\n', pos);
    if (headEnd === -1) throw failed();
    const headers = buf.toString('utf8', pos, headEnd).split('\r\n');
    const next = buf.indexOf(Buffer.from(`\r\n--${boundary}`), headEnd + 4);
    if (next === -1) throw failed();
    const content = buf.subarray(headEnd + 4, next);
    let name = null;
    let filename;
    let type = 'text/plain';
    for (const line of headers) {
      const colon = line.indexOf(':');
      if (colon === -1) throw failed();
      const field = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (field === 'content-disposition') {
        if (!/^form-data\s*(;|$)/i.test(value)) throw failed();
        name = dispositionParam(value, 'name');
        filename = dispositionParam(value, 'filename');
      } else if (field === 'content-type') {
        type = value;
      }
    }
    if (name === null || name === undefined) throw failed();
    if (filename !== undefined) {
      const { File } = require('buffer');
      fd.append(name, new File([content], filename, { type }));
    } else {
      fd.append(name, content.toString('utf8'));
    }
    pos = next + 2 + delimiter.length;
  }
}

// dispositionParam reads name="..." (percent-escaped quotes and line breaks
// decoded) or name=token from a Content-Disposition value.
function dispositionParam(value, param) {
  const re = new RegExp(`;\\s*${param}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i');
  const m = re.exec(value);
  if (m === null) return undefined;
  const raw = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
  return raw.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
}

function failed() {
  return new TypeError('Failed to parse body as FormData.');
}

function isFormData(value) {
  return entryLists.has(value);
}

module.exports = { FormData, encodeMultipart, parseFormData, isFormData };
