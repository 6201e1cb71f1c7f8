// fill, indexOf/lastIndexOf/includes (encodings, byteOffset rules, numbers,
// buffers), compare/equals/copy with ranges, swap16/32/64, concat — values
// and node's errors.
'use strict';
const r = (label, f) => {
  try {
    const v = f();
    console.log(label, Buffer.isBuffer(v) ? v.toString('hex') : v);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
const fills = [
  [1], [257], [-1], [1.5], ['a'], ['ab'], ['é'], ['é', 'latin1'], ['\u0222aa', 'utf8'], ['abc', 'ucs2'],
  ['616', 'hex'], ['zz', 'hex'], ['', 'utf8'], ['YWJj', 'base64'], ['x', 1], ['x', 1, 3], ['x', 1, 3, 'latin1'],
  ['x', 'bogus'], ['x', 1, 'bogus'], ['x', 1, 3, 5], [Buffer.from([1, 2, 3])], [new Uint8Array(0)], [true],
  [{ valueOf() { return 3; } }], [0, -1], [0, 0, 9], [0, 5, 2], [0, 1.5], [0, 'x', 2], [null], [[1]],
];
for (const args of fills) r(`fill(${JSON.stringify(args)})`, () => Buffer.alloc(6, 0xee).fill(...args));
const h = Buffer.from('abcdef\u00e9 abc\u00e9');
const needles = ['abc', 'c', '', 'zzz', 'é', 'bc', 99, 0x163, -157, Buffer.from('ab'), Buffer.alloc(0),
  new Uint8Array([0x63, 0x64])];
const offs = [undefined, 0, 1, 3, -3, -100, 100, NaN, '1', 'latin1', null, 2 ** 40, -(2 ** 40), 1.7];
for (const n of needles) {
  for (const o of offs) {
    const ln = Buffer.isBuffer(n) || n instanceof Uint8Array ? `<${n.toString('hex')}>` : JSON.stringify(n);
    r(`indexOf(${ln}, ${String(o)})`, () => `${h.indexOf(n, o)} ${h.lastIndexOf(n, o)} ${h.includes(n, o)}`);
  }
}
const u = Buffer.from('abcab\u00e9', 'ucs2');
for (const [n, o, e] of [['b', 0, 'ucs2'], ['ab', 1, 'ucs2'], ['ab', -1, 'utf16le'], ['é', undefined, 'ucs2'],
  ['b', 0, 'utf8'], ['YWI=', 0, 'base64'], ['6100', 0, 'hex'], [Buffer.from('b\0', 'latin1'), 0, 'ucs2'],
  ['a', 0, 'nope'], [Buffer.from('a'), 0, 'nope'], [{}, 0, 'utf8'], [undefined, 0, undefined]]) {
  r(`ucs2 indexOf(${JSON.stringify(n)}, ${o}, ${e})`, () => `${u.indexOf(n, o, e)} ${u.lastIndexOf(n, o, e)}`);
}
r('indexOf on non-buffer', () => Buffer.prototype.indexOf.call({}, 'a'));
const a = Buffer.from([1, 2, 3, 4]);
const b = Buffer.from([1, 2, 4]);
r('compare', () => `${Buffer.compare(a, b)} ${Buffer.compare(b, a)} ${Buffer.compare(a, a)} ${a.compare(b)}`);
r('compare bad', () => Buffer.compare(a, 'x'));
r('compare bad1', () => Buffer.compare([], a));
r('compare u8', () => Buffer.compare(new Uint8Array([1]), a));
for (const args of [[0, 2], [0, 2, 0, 2], [2, 3, 1, 2], [1], [undefined, undefined, 2], [0, 5], [-1], [1.5],
  ['1'], [0, 3, 3, 3], [5, 4], [5, 6, 0, 1], [0, 0], [0, 1, 0, 5], [0, 3, 4, 4]]) {
  r(`compare(${JSON.stringify(args)})`, () => a.compare(b, ...args));
}
r('compare target', () => a.compare('x'));
r('equals', () => `${a.equals(b)} ${a.equals(Buffer.from([1, 2, 3, 4]))} ${a.equals(new Uint8Array([1, 2, 3, 4]))}`);
r('equals bad', () => a.equals('x'));
for (const args of [[], [1], [1, 1], [0, 2, 3], [0, 0, 10], [-1], [0, -1], [0, 5], [0, 0, -1], [10], ['1'],
  [NaN, NaN, NaN], [1.5, 0.5], [0, 3, 1], [2 ** 60], [Infinity], [-Infinity], [0, 2 ** 60], [0, 0, 2 ** 60],
  [0, 0, Infinity], [0, -Infinity], [0, 0, 'x'], [0, 1.5, 3.7], [-0.5], [0, -0.5], [0, 0, -0.5], [1e300], [-1e300]]) {
  const t = Buffer.alloc(5, 0xee);
  r(`copy(${JSON.stringify(args)})`, () => `${a.copy(t, ...args)} ${t.toString('hex')}`);
}
r('copy bad target', () => a.copy('x'));
r('copy to u8', () => { const t = new Uint8Array(3); return `${a.copy(t)} ${Array.from(t)}`; });
const ov = Buffer.from('0123456789');
ov.copy(ov, 2, 0, 6);
console.log('overlap', ov.toString());
for (const n of [16, 32, 64]) {
  for (const len of [0, 2, 4, 8, 16, 3, 130, 256]) {
    const sb = Buffer.alloc(len);
    for (let i = 0; i < len; i++) sb[i] = i;
    r(`swap${n}(${len})`, () => sb[`swap${n}`]().subarray(0, 16));
  }
}
r('concat', () => Buffer.concat([a, b]));
r('concat len', () => Buffer.concat([a, b], 3));
r('concat longer', () => Buffer.concat([a, b], 10));
r('concat empty', () => Buffer.concat([]));
r('concat u8', () => Buffer.concat([new Uint8Array([9]), a]));
r('concat bad', () => Buffer.concat([a, 'x']));
r('concat not array', () => Buffer.concat('x'));
r('concat bad len', () => Buffer.concat([a], -1));
r('concat len str', () => Buffer.concat([a], '2'));
r('concat instance', () => Buffer.concat([a]) instanceof Buffer);
