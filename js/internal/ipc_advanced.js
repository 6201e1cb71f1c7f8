'use strict';
// fork()'s `serialization: 'advanced'`: messages in V8's structured-clone
// wire format (V8's ValueSerializer, version 15 as node 20 writes it), each
// framed by its length (4 bytes, big-endian), so a gojanet process and a
// node process can talk either way. Written from V8's format description
// (src/objects/value-serializer.cc's tags) and checked against node's bytes.
//
// What it carries: undefined, null, booleans, numbers (Smi as zigzag
// varints, others as doubles), BigInts, strings (Latin-1 one byte per
// char, else UTF-16 aligned to 2), plain objects and arrays (dense, holes
// kept), Map, Set, Date, RegExp, ArrayBuffer, the Error classes (name,
// message, stack, cause), boxed primitives, and any object graph with
// shared and circular references. Typed arrays, DataViews and Buffers go
// as node's host objects (view tag 0, a type index, the bytes), as node's
// child_process serializer writes them. Functions and symbols cannot be
// cloned: an Error, as node's serializer throws.

const { Buffer } = require('buffer');

const kVersion = 15;

// node's order of view types for its host objects (index 10: Buffer).
const viewTypes = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array,
];

const errorTags = {
  EvalError: 0x45, RangeError: 0x52, ReferenceError: 0x46, SyntaxError: 0x53, TypeError: 0x54, URIError: 0x55,
};
const errorByTag = {
  0x45: EvalError, 0x52: RangeError, 0x46: ReferenceError, 0x53: SyntaxError, 0x54: TypeError, 0x55: URIError,
};

// V8's DataCloneError, as node's serializer makes it: a plain Error.
function dataCloneError(value) {
  let text;
  try {
    text = typeof value === 'symbol' ? value.toString() : String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return new Error(`${text} could not be cloned.`);
}

class Writer {
  constructor() {
    this.buf = Buffer.allocUnsafe(64);
    this.len = 0;
    this.ids = new Map();
    this.nextId = 0;
  }

  reserve(n) {
    if (this.len + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + n));
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }

  byte(b) {
    this.reserve(1);
    this.buf[this.len++] = b;
  }

  varint(n) {
    // n is a non-negative integer below 2^53.
    this.reserve(10);
    while (n >= 0x80) {
      this.buf[this.len++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.len++] = n;
  }

  double(d) {
    this.reserve(8);
    this.buf.writeDoubleLE(d, this.len);
    this.len += 8;
  }

  raw(bytes) {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }

  string(s) {
    let oneByte = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0xff) {
        oneByte = false;
        break;
      }
    }
    if (oneByte) {
      this.byte(0x22); // '"'
      this.varint(s.length);
      this.reserve(s.length);
      this.len += this.buf.latin1Write(s, this.len);
      return;
    }
    const bytes = s.length * 2;
    // The UTF-16 data starts at an even offset: pad before the tag.
    if ((this.len + 1 + varintSize(bytes)) & 1) this.byte(0x00);
    this.byte(0x63); // 'c'
    this.varint(bytes);
    this.reserve(bytes);
    this.len += this.buf.ucs2Write(s, this.len);
  }

  value(v) {
    switch (typeof v) {
      case 'undefined': this.byte(0x5f); return; // '_'
      case 'boolean': this.byte(v ? 0x54 : 0x46); return; // 'T' 'F'
      case 'number': this.number(v); return;
      case 'bigint': this.byte(0x5a); this.bigint(v); return; // 'Z'
      case 'string': this.string(v); return;
      case 'symbol':
      case 'function':
        throw dataCloneError(v);
    }
    if (v === null) {
      this.byte(0x30); // '0'
      return;
    }
    const id = this.ids.get(v);
    if (id !== undefined) {
      this.byte(0x5e); // '^'
      this.varint(id);
      return;
    }
    this.ids.set(v, this.nextId++);
    this.object(v);
  }

  number(v) {
    // V8 writes small integers (Smis: 31 bits) as zigzag varints.
    if (Number.isInteger(v) && v >= -0x40000000 && v < 0x40000000 && !Object.is(v, -0)) {
      this.byte(0x49); // 'I'
      this.varint(v >= 0 ? v * 2 : -v * 2 - 1);
      return;
    }
    this.byte(0x4e); // 'N'
    this.double(v);
  }

  bigint(v) {
    const negative = v < 0n;
    let mag = negative ? -v : v;
    const digits = [];
    while (mag > 0n) {
      digits.push(mag & 0xffffffffffffffffn);
      mag >>= 64n;
    }
    const bytes = digits.length * 8;
    this.varint(bytes * 2 + (negative ? 1 : 0));
    this.reserve(bytes);
    for (const d of digits) {
      this.buf.writeBigUInt64LE(d, this.len);
      this.len += 8;
    }
  }

  object(v) {
    if (ArrayBuffer.isView(v)) {
      // node's host object: view tag 0, the type's index, the bytes.
      this.byte(0x5c); // '\\'
      this.varint(0);
      let index = v.constructor === Buffer || Buffer.isBuffer(v) ? 10 : viewTypes.indexOf(v.constructor);
      if (index < 0) {
        index = viewTypes.findIndex((T) => T !== Buffer && v instanceof T);
        if (index < 0) index = 1;
      }
      this.varint(index);
      this.varint(v.byteLength);
      this.raw(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
      return;
    }
    if (Array.isArray(v)) {
      this.byte(0x41); // 'A': dense
      this.varint(v.length);
      for (let i = 0; i < v.length; i++) {
        if (!Object.prototype.hasOwnProperty.call(v, i)) this.byte(0x2d); // '-': a hole
        else this.value(v[i]);
      }
      let n = 0;
      for (const key of Object.keys(v)) {
        if (isIndex(key) && Number(key) < v.length) continue;
        this.key(key);
        this.value(v[key]);
        n++;
      }
      this.byte(0x24); // '$'
      this.varint(n);
      this.varint(v.length);
      return;
    }
    if (v instanceof Date) {
      this.byte(0x44); // 'D'
      this.double(v.getTime());
      return;
    }
    if (v instanceof RegExp) {
      this.byte(0x52); // 'R'
      this.string(v.source);
      let flags = 0;
      for (const [c, bit] of [['g', 1], ['i', 2], ['m', 4], ['y', 8], ['u', 16], ['s', 32], ['d', 128], ['v', 256]]) {
        if (v.flags.includes(c)) flags |= bit;
      }
      this.varint(flags);
      return;
    }
    if (v instanceof Map) {
      this.byte(0x3b); // ';'
      let n = 0;
      for (const [k, val] of v) {
        this.value(k);
        this.value(val);
        n += 2;
      }
      this.byte(0x3a); // ':'
      this.varint(n);
      return;
    }
    if (v instanceof Set) {
      this.byte(0x27); // "'"
      let n = 0;
      for (const k of v) {
        this.value(k);
        n++;
      }
      this.byte(0x2c); // ','
      this.varint(n);
      return;
    }
    if (v instanceof ArrayBuffer) {
      this.byte(0x42); // 'B'
      this.varint(v.byteLength);
      this.raw(new Uint8Array(v));
      return;
    }
    if (v instanceof Error) {
      this.error(v);
      return;
    }
    if (v instanceof Boolean) {
      this.byte(v.valueOf() ? 0x79 : 0x78); // 'y' 'x'
      return;
    }
    if (v instanceof Number) {
      this.byte(0x6e); // 'n'
      this.double(v.valueOf());
      return;
    }
    if (v instanceof String) {
      this.byte(0x73); // 's'
      this.string(v.valueOf());
      return;
    }
    if (typeof BigInt === 'function' && v instanceof BigInt) {
      this.byte(0x7a); // 'z'
      this.bigint(v.valueOf());
      return;
    }
    if (v instanceof Promise || v instanceof WeakMap || v instanceof WeakSet) throw dataCloneError(v);
    this.byte(0x6f); // 'o'
    let n = 0;
    for (const key of Object.keys(v)) {
      this.key(key);
      this.value(v[key]);
      n++;
    }
    this.byte(0x7b); // '{'
    this.varint(n);
  }

  // Array-index keys are written as numbers, as V8 does.
  key(k) {
    if (isIndex(k) && Number(k) < 0x40000000) this.number(Number(k));
    else this.string(k);
  }

  error(e) {
    this.byte(0x72); // 'r'
    let name;
    try {
      name = String(e.name);
    } catch {
      name = 'Error';
    }
    if (errorTags[name] !== undefined) this.varint(errorTags[name]);
    const message = Object.getOwnPropertyDescriptor(e, 'message');
    if (message && 'value' in message) {
      this.varint(0x6d); // 'm'
      this.string(String(message.value));
    }
    const stack = e.stack;
    if (typeof stack === 'string') {
      this.varint(0x73); // 's'
      this.string(stack);
    }
    const cause = Object.getOwnPropertyDescriptor(e, 'cause');
    if (cause && 'value' in cause) {
      this.varint(0x63); // 'c'
      this.value(cause.value);
    }
    this.varint(0x2e); // '.'
  }
}

function isIndex(key) {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;
}

function varintSize(n) {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    size++;
  }
  return size;
}

// serialize(message) → a Buffer: the length, V8's header, the value.
function serialize(message) {
  const w = new Writer();
  w.reserve(4);
  w.len = 4;
  w.byte(0xff);
  w.varint(kVersion);
  w.value(message);
  const out = w.buf.subarray(0, w.len);
  out.writeUInt32BE(w.len - 4, 0);
  return out;
}

class Reader {
  constructor(buf) {
    this.buf = buf;
    this.pos = 0;
    this.objects = [];
  }

  fail() {
    throw new Error('Unable to deserialize cloned data.');
  }

  byte() {
    if (this.pos >= this.buf.length) this.fail();
    return this.buf[this.pos++];
  }

  varint() {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
      if (scale > 2 ** 63) this.fail();
    }
  }

  double() {
    if (this.pos + 8 > this.buf.length) this.fail();
    const d = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    return d;
  }

  bytes(n) {
    if (this.pos + n > this.buf.length) this.fail();
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  header() {
    if (this.byte() !== 0xff) this.fail();
    this.version = this.varint();
    if (this.version > kVersion || this.version < 13) this.fail();
  }

  // tag skips padding, as V8's ReadTag does.
  tag() {
    let t;
    do {
      t = this.byte();
    } while (t === 0x00);
    return t;
  }

  value() {
    return this.valueWithTag(this.tag());
  }

  keep(v) {
    this.objects.push(v);
    return v;
  }

  valueWithTag(t) {
    switch (t) {
      case 0x5f: return undefined; // '_'
      case 0x30: return null; // '0'
      case 0x54: return true; // 'T'
      case 0x46: return false; // 'F'
      case 0x49: { // 'I'
        const z = this.varint();
        return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      }
      case 0x55: return this.varint(); // 'U'
      case 0x4e: return this.double(); // 'N'
      case 0x5a: return this.bigint(); // 'Z'
      case 0x53: return this.bytes(this.varint()).toString('utf8'); // 'S'
      case 0x22: return this.bytes(this.varint()).toString('latin1'); // '"'
      case 0x63: return this.bytes(this.varint()).toString('utf16le'); // 'c'
      case 0x5e: { // '^'
        const id = this.varint();
        if (id >= this.objects.length) this.fail();
        return this.objects[id];
      }
      case 0x6f: { // 'o'
        const o = this.keep({});
        this.properties(o, 0x7b);
        return o;
      }
      case 0x41: { // 'A': dense
        const len = this.varint();
        const a = this.keep(new Array(len));
        for (let i = 0; i < len; i++) {
          const et = this.tag();
          if (et === 0x2d) continue; // a hole
          a[i] = this.valueWithTag(et);
        }
        this.properties(a, 0x24);
        this.varint(); // length again
        return a;
      }
      case 0x61: { // 'a': sparse
        const len = this.varint();
        const a = this.keep(new Array(len));
        this.properties(a, 0x40);
        this.varint();
        return a;
      }
      case 0x44: return this.keep(new Date(this.double())); // 'D'
      case 0x79: return this.keep(Object(true)); // 'y'
      case 0x78: return this.keep(Object(false)); // 'x'
      case 0x6e: return this.keep(Object(this.double())); // 'n'
      case 0x7a: return this.keep(Object(this.bigint())); // 'z'
      case 0x73: return this.keep(Object(this.value())); // 's'
      case 0x52: { // 'R'
        const slot = this.objects.length;
        this.objects.push(undefined);
        const source = this.value();
        const bits = this.varint();
        let flags = '';
        for (const [c, bit] of [['d', 128], ['g', 1], ['i', 2], ['m', 4], ['s', 32], ['u', 16], ['v', 256], ['y', 8]]) {
          if (bits & bit) flags += c;
        }
        const re = new RegExp(source, flags);
        this.objects[slot] = re;
        return re;
      }
      case 0x3b: { // ';'
        const m = this.keep(new Map());
        for (;;) {
          const kt = this.tag();
          if (kt === 0x3a) break;
          const k = this.valueWithTag(kt);
          m.set(k, this.value());
        }
        this.varint();
        return m;
      }
      case 0x27: { // "'"
        const s = this.keep(new Set());
        for (;;) {
          const kt = this.tag();
          if (kt === 0x2c) break;
          s.add(this.valueWithTag(kt));
        }
        this.varint();
        return s;
      }
      case 0x42: { // 'B'
        const bytes = this.bytes(this.varint());
        const ab = new ArrayBuffer(bytes.length);
        new Uint8Array(ab).set(bytes);
        this.keep(ab);
        // A view of it may follow ('V'), as V8 writes typed arrays itself.
        if (this.pos < this.buf.length && this.buf[this.pos] === 0x56) {
          this.pos++;
          return this.view(ab);
        }
        return ab;
      }
      case 0x72: return this.error(); // 'r'
      case 0x5c: return this.host(); // '\\'
    }
    this.fail();
  }

  view(ab) {
    const sub = this.byte();
    const offset = this.varint();
    const length = this.varint();
    if (this.version >= 14) this.varint(); // flags
    const types = { 0x62: Int8Array, 0x42: Uint8Array, 0x43: Uint8ClampedArray, 0x77: Int16Array,
      0x57: Uint16Array, 0x64: Int32Array, 0x44: Uint32Array, 0x66: Float32Array, 0x46: Float64Array,
      0x71: BigInt64Array, 0x51: BigUint64Array, 0x3f: DataView };
    const T = types[sub];
    if (T === undefined) this.fail();
    const v = T === DataView ? new DataView(ab, offset, length) : new T(ab, offset, length / T.BYTES_PER_ELEMENT);
    return this.keep(v);
  }

  host() {
    const slot = this.objects.length;
    this.objects.push(undefined);
    if (this.varint() !== 0) {
      // node's non-view host object: a plain copy follows.
      const v = this.value();
      this.objects[slot] = v;
      return v;
    }
    const T = viewTypes[this.varint()];
    const length = this.varint();
    if (T === undefined) this.fail();
    const bytes = this.bytes(length);
    const copy = Buffer.from(bytes); // an own, aligned copy
    let v;
    if (T === Buffer) v = copy;
    else if (T === DataView) v = new DataView(copy.buffer, copy.byteOffset, length);
    else {
      const ab = new ArrayBuffer(length);
      new Uint8Array(ab).set(copy);
      v = new T(ab, 0, length / T.BYTES_PER_ELEMENT);
    }
    this.objects[slot] = v;
    return v;
  }

  properties(o, end) {
    for (;;) {
      const kt = this.tag();
      if (kt === end) break;
      const k = this.valueWithTag(kt);
      o[k] = this.value();
    }
    this.varint();
  }

  bigint() {
    const bits = this.varint();
    const bytes = this.bytes(Math.floor(bits / 2));
    let v = 0n;
    for (let i = bytes.length - 8; i >= 0; i -= 8) v = (v << 64n) | bytes.readBigUInt64LE(i);
    return bits % 2 ? -v : v;
  }

  error() {
    const slot = this.objects.length;
    this.objects.push(undefined);
    let Ctor = Error;
    let message;
    let stack;
    let cause;
    let hasCause = false;
    for (;;) {
      const t = this.varint();
      if (t === 0x2e) break;
      if (errorByTag[t]) Ctor = errorByTag[t];
      else if (t === 0x6d) message = this.value();
      else if (t === 0x73) stack = this.value();
      else if (t === 0x63) {
        hasCause = true;
        cause = this.value();
      } else this.fail();
    }
    const e = message === undefined ? new Ctor() : new Ctor(message);
    if (stack !== undefined) {
      Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
    } else {
      delete e.stack;
    }
    if (hasCause) Object.defineProperty(e, 'cause', { value: cause, writable: true, configurable: true, enumerable: false });
    this.objects[slot] = e;
    return e;
  }
}

// deserialize(body) reads one message (without its length prefix).
function deserialize(body) {
  const r = new Reader(body);
  r.header();
  return r.value();
}

// Framer collects a channel's bytes into whole messages.
class Framer {
  constructor() {
    this.chunks = [];
    this.size = 0;
  }

  // push(chunk) → the messages completed by chunk.
  push(chunk) {
    const out = [];
    if (chunk.length === 0) return out;
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size >= 4) {
      let head = this.chunks[0];
      if (head.length < 4) {
        head = Buffer.concat(this.chunks, this.size);
        this.chunks = [head];
      }
      const full = head.readUInt32BE(0) + 4;
      if (this.size < full) break;
      const all = this.chunks.length === 1 ? head : Buffer.concat(this.chunks, this.size);
      out.push(all.subarray(4, full));
      const rest = all.subarray(full);
      this.chunks = rest.length ? [rest] : [];
      this.size = rest.length;
    }
    return out;
  }
}

module.exports = { serialize, deserialize, Framer };
