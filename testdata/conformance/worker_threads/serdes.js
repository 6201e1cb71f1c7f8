'use strict';
// v8.serialize writes V8's wire format byte for byte; deserialize and
// structuredClone round-trip every cloneable type; what cannot be cloned
// throws node's errors.
const v8 = require('v8');
const hex = (v) => v8.serialize(v).toString('hex');
const sparse = [1, , 3];
const withProp = [1];
withProp.x = 2;
const circular = { name: 'c' };
circular.self = circular;
const ab = new ArrayBuffer(4);
const values = [
  1, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 1.5, -0, NaN, Infinity, 10n, -(2n ** 64n), 0n,
  '', 'ab', 'é', '€', 'a€', 'x'.repeat(200), null, undefined, true, false,
  { a: 1, 1: 2, b: 'x' }, [1, 2], [1, 1.5], sparse, new Array(3), [1, 'a'], withProp, [[1], [2]],
  new Date(0), /a/gimsuy, /x/, new Map([[1, 2], ['k', { v: true }]]), new Set([1, 'two']),
  Buffer.from('ab'), new Uint16Array([1, 2]), new ArrayBuffer(2), new DataView(new ArrayBuffer(2)),
  Object(1), Object('x'), Object(true), Object(false), Object(1n), circular,
  new Float32Array(1), new BigInt64Array([5n]), new Uint8ClampedArray(1), new Int8Array(1),
  new Float64Array([0.5]), new Int16Array(1), new Int32Array([-7]), new Uint32Array([7]), new BigUint64Array(1),
  { nested: { deeper: [{ x: [new Map()] }] } }, Object.create(null),
];
for (const v of values) console.log(hex(v));

// Errors: the stack differs by engine, the rest does not.
for (const e of [new TypeError('m'), new RangeError('r'), new Error('x', { cause: 1 }), new SyntaxError('s')]) {
  const h = hex(e);
  console.log(h.slice(0, h.indexOf('73', 8)));
  const back = v8.deserialize(v8.serialize(e));
  console.log(back instanceof Error, back.constructor.name, back.message, back.cause, typeof back.stack);
}

// Serializer without host objects: views go as 'V' after their buffer.
const ser = new v8.Serializer();
ser.writeHeader();
ser.writeValue([new Uint8Array(ab, 1, 2), new Uint16Array(ab), new DataView(ab)]);
ser.writeUint32(5);
ser.writeUint64(1, 2);
ser.writeDouble(1.5);
ser.writeRawBytes(Buffer.from('z'));
const buf = ser.releaseBuffer();
console.log(buf.toString('hex'));
const des = new v8.Deserializer(buf);
console.log(des.readHeader(), des.getWireFormatVersion());
const views = des.readValue();
console.log(views.map((v) => v.constructor.name), views[0].buffer === views[1].buffer);
console.log(des.readUint32(), des.readUint64(), des.readDouble(), des.readRawBytes(1).toString());

// Round trips.
const sample = {
  a: [1, { b: new Map([[1, new Set([2])]]) }], d: new Date(5), r: /x/g, u: Buffer.from('hi'),
  f: new Float64Array([1.5]), s: 'str€', n: null, big: 123n, neg: -5, arr: [, 1],
};
const util = require('util');
console.log(util.inspect(v8.deserialize(v8.serialize(sample)), { depth: 5 }));
console.log(util.inspect(structuredClone(sample), { depth: 5 }));
const cc = structuredClone(circular);
console.log(cc.self === cc, cc !== circular);
const shared = { x: 1 };
const two = structuredClone([shared, shared]);
console.log(two[0] === two[1]);

// Transfer: the original is detached.
const t = new ArrayBuffer(8);
new Uint8Array(t)[0] = 9;
const moved = structuredClone(t, { transfer: [t] });
console.log(t.byteLength, moved.byteLength, new Uint8Array(moved)[0]);

// What cannot be cloned.
const show = (f) => {
  try {
    f();
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.constructor.name, e.code, e.message);
  }
};
show(() => structuredClone(() => 1));
show(() => structuredClone({ a: Symbol('q') }));
show(() => structuredClone(new WeakMap()));
show(() => structuredClone(Promise.resolve()));
show(() => structuredClone());
show(() => v8.serialize(function named() {}));
show(() => v8.serialize(Symbol('s')));
show(() => structuredClone(1, { transfer: 5 }));
show(() => structuredClone(t, { transfer: [t] }));
show(() => new v8.Deserializer(Buffer.from([0xff, 0x20])).readHeader());
show(() => new v8.Deserializer('x'));
show(() => v8.deserialize(Buffer.from([0xff, 0x0f, 0x6f])));

// A RegExp without flags writes a 0 byte, which is not padding; errors come
// back as real errors; a large view round-trips quickly.
console.log(structuredClone(/a/), v8.deserialize(v8.serialize([/b/, 'c'])));
const back = v8.deserialize(v8.serialize(new RangeError('r')));
console.log(Object.prototype.toString.call(back), back instanceof RangeError, Object.getOwnPropertyNames(back));
const big = new Uint8Array(8 * 1024 * 1024).fill(7);
const t0 = Date.now();
const copy = v8.deserialize(v8.serialize(big));
console.log(copy.length, copy[123], Date.now() - t0 < 2000);
