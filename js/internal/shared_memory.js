'use strict';
// SharedArrayBuffer and Atomics, which goja lacks and packages reach for at
// load (webidl-conversions reads SharedArrayBuffer.prototype; "sleep"
// helpers call Atomics.wait). A SharedArrayBuffer here is an ArrayBuffer
// subclass with SharedArrayBuffer's name, brand and methods (views over it
// alias it as usual; it is instanceof ArrayBuffer, which V8's is not), and
// Atomics' operations are the plain reads and writes they reduce to on one
// thread. Posted to a worker (worker_threads), its memory is shared with the
// worker's runtime (adopt); Atomics on it are then done in Go, atomic across
// the runtimes, and Atomics.wait blocks until another runtime's notify, its
// timeout or the runtime's stop.

const host = internalBinding('host');
// node's --trace-atomics-wait: each Atomics.wait's start and end on stderr.
const traceWait = require('internal/cli_options').cliFlag('trace-atomics-wait', false);

const shared = new WeakSet();
const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;

function brand(v, name) {
  if (!shared.has(v)) {
    throw new TypeError(`Method SharedArrayBuffer.prototype.${name} called on incompatible receiver ${typeof v === 'object' && v !== null ? '#<' + (v.constructor && v.constructor.name || 'Object') + '>' : String(v)}`);
  }
}

class SharedArrayBuffer extends ArrayBuffer {
  constructor(length = 0) {
    super(length);
    shared.add(this);
  }

  get byteLength() {
    brand(this, 'byteLength');
    return abByteLength.call(this);
  }

  get growable() {
    brand(this, 'growable');
    return false;
  }

  get maxByteLength() {
    brand(this, 'maxByteLength');
    return abByteLength.call(this);
  }

  slice(start, end) {
    brand(this, 'slice');
    const len = abByteLength.call(this);
    let from = start === undefined ? 0 : Math.trunc(Number(start)) || 0;
    let to = end === undefined ? len : Math.trunc(Number(end)) || 0;
    if (from < 0) from = Math.max(len + from, 0); else from = Math.min(from, len);
    if (to < 0) to = Math.max(len + to, 0); else to = Math.min(to, len);
    const out = new SharedArrayBuffer(Math.max(to - from, 0));
    new Uint8Array(out).set(new Uint8Array(this, from, Math.max(to - from, 0)));
    return out;
  }

  static get [Symbol.species]() { return this; }
}
Object.defineProperty(SharedArrayBuffer.prototype, Symbol.toStringTag, { value: 'SharedArrayBuffer', configurable: true });

function isSharedArrayBuffer(v) { return shared.has(v); }

const integerArrays = ['Int8Array', 'Uint8Array', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'BigInt64Array', 'BigUint64Array'];

function typedArrayName(ta) {
  return ArrayBuffer.isView(ta) && !(ta instanceof DataView) ? Object.prototype.toString.call(ta).slice(8, -1) : '';
}

function validate(ta, waitable) {
  const name = typedArrayName(ta);
  const ok = waitable ? name === 'Int32Array' || name === 'BigInt64Array' : integerArrays.includes(name);
  if (!ok) throw new TypeError('[object Array] is not an integer shared typed array.');
}

function index(ta, i) {
  const n = Number(i);
  const idx = Number.isNaN(n) ? 0 : Math.trunc(n);
  if (idx < 0 || idx >= ta.length || n !== n && i !== undefined) throw new RangeError('Invalid atomic access index');
  return idx;
}

function coerce(ta, v) {
  return typedArrayName(ta).startsWith('Big') ? BigInt(v) : Number(v);
}

// Shared memory goes through Go (modules/worker/atomics.go), where the
// operations are atomic across the runtimes sharing it; a plain
// ArrayBuffer's typed array is this runtime's alone: plain reads and writes.
let messaging;
function go() {
  if (messaging === undefined) messaging = internalBinding('messaging');
  return messaging;
}
function sharedTarget(ta) {
  return isSharedArrayBuffer(ta.buffer);
}
const widths = { Int8Array: 1, Uint8Array: 1, Int16Array: 2, Uint16Array: 2, Int32Array: 4, Uint32Array: 4,
  BigInt64Array: 8, BigUint64Array: 8 };
// The element's unsigned bit pattern, as Go takes it.
function toBits(ta, v) {
  const size = widths[typedArrayName(ta)];
  if (size === 8) return BigInt.asUintN(64, v).toString();
  const n = Number.isFinite(v) ? Math.trunc(v) : 0;
  const m = 2 ** (8 * size);
  return ((n % m) + m) % m;
}
function fromBits(ta, bits) {
  const name = typedArrayName(ta);
  const size = widths[name];
  if (size === 8) return name === 'BigInt64Array' ? BigInt.asIntN(64, BigInt(bits)) : BigInt(bits);
  const signed = name.startsWith('Int');
  return signed && bits >= 2 ** (8 * size - 1) ? bits - 2 ** (8 * size) : bits;
}
function atomic(ta, idx, op, a, b) {
  const size = widths[typedArrayName(ta)];
  const bits = go().atomic(ta.buffer, ta.byteOffset + idx * size, size, op,
    a === undefined ? undefined : toBits(ta, a), b === undefined ? undefined : toBits(ta, b));
  return fromBits(ta, bits);
}

function rmw(op, name) {
  return function (ta, i, v) {
    validate(ta);
    const idx = index(ta, i);
    const val = coerce(ta, v);
    if (sharedTarget(ta)) return atomic(ta, idx, name, val);
    const old = ta[idx];
    ta[idx] = op(old, val);
    return old;
  };
}

const Atomics = {
  add: rmw((a, b) => a + b, 'add'),
  and: rmw((a, b) => a & b, 'and'),
  compareExchange(ta, i, expected, replacement) {
    validate(ta);
    const idx = index(ta, i);
    const exp = coerce(ta, expected);
    const rep = coerce(ta, replacement);
    if (sharedTarget(ta)) return atomic(ta, idx, 'compareExchange', exp, rep);
    const old = ta[idx];
    // Compare as the array stores the expected value.
    const probe = new ta.constructor(1);
    probe[0] = exp;
    if (old === probe[0]) ta[idx] = rep;
    return old;
  },
  exchange: rmw((a, b) => b, 'exchange'),
  isLockFree(size) { return size === 1 || size === 2 || size === 4 || size === 8; },
  load(ta, i) {
    validate(ta);
    const idx = index(ta, i);
    if (sharedTarget(ta)) return atomic(ta, idx, 'load');
    return ta[idx];
  },
  notify(ta, i, count) {
    validate(ta, true);
    const idx = index(ta, i);
    let c = count === undefined ? Infinity : Math.max(Math.trunc(Number(count)) || 0, 0);
    if (!sharedTarget(ta)) return 0; // nobody can be waiting on unshared memory
    if (c === Infinity) c = -1;
    return go().notify(ta.buffer, ta.byteOffset + idx * widths[typedArrayName(ta)], c);
  },
  or: rmw((a, b) => a | b, 'or'),
  store(ta, i, v) {
    validate(ta);
    const idx = index(ta, i);
    const val = coerce(ta, v);
    const result = typeof val === 'bigint' ? val : (Object.is(val, -0) ? 0 : Math.trunc(val) || 0);
    if (sharedTarget(ta)) {
      atomic(ta, idx, 'store', val);
      return result;
    }
    ta[idx] = val;
    return result;
  },
  sub: rmw((a, b) => a - b, 'sub'),
  wait(ta, i, value, timeout) {
    const w = waitArgs(ta, i, value, timeout);
    return host.atomicsWait(ta.buffer, w.offset, w.size, w.bits, w.ms, traceWait);
  },
  waitAsync(ta, i, value, timeout) {
    const w = waitArgs(ta, i, value, timeout);
    let resolve;
    const promise = new Promise((res) => { resolve = res; });
    const now = host.atomicsWaitAsync(ta.buffer, w.offset, w.size, w.bits, w.ms, resolve);
    if (now !== '') return { async: false, value: now };
    return { async: true, value: promise };
  },
  xor: rmw((a, b) => a ^ b, 'xor'),
};
// wait and waitAsync check and convert their arguments alike (in this
// order, as V8): where the waiter sleeps and on which value.
function waitArgs(ta, i, value, timeout) {
  validate(ta, true);
  if (!isSharedArrayBuffer(ta.buffer)) throw new TypeError('[object Array] is not a shared typed array.');
  const idx = index(ta, i);
  const v = coerce(ta, value);
  let ms = timeout === undefined ? Infinity : Number(timeout);
  if (Number.isNaN(ms)) ms = Infinity;
  const size = widths[typedArrayName(ta)];
  return { offset: ta.byteOffset + idx * size, size, bits: toBits(ta, v), ms: Math.max(ms, 0) };
}

Object.defineProperty(Atomics, Symbol.toStringTag, { value: 'Atomics', configurable: true });
for (const name of Object.keys(Atomics)) Object.defineProperty(Atomics, name, { enumerable: false });

// adopt makes an ArrayBuffer over memory another runtime shares (a
// SharedArrayBuffer received in a message) a SharedArrayBuffer here.
function adopt(ab) {
  Object.setPrototypeOf(ab, SharedArrayBuffer.prototype);
  shared.add(ab);
  return ab;
}

module.exports = { SharedArrayBuffer, Atomics, isSharedArrayBuffer, adopt };
