// toString with encodings and ranges, write with offset/length/encoding,
// byteLength, isEncoding, toJSON, the encoding-named slice/write methods,
// lenient decoders, invalid UTF-8 (one U+FFFD per maximal invalid subpart).
'use strict';
const r = (label, f) => {
  try {
    const v = f();
    console.log(label, Buffer.isBuffer(v) ? v.toString('hex') : JSON.stringify(v));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
const encs = ['utf8', 'utf-8', 'UTF8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2',
  'ucs-2', 'utf16le', 'utf-16le', 'Hex', 'bogus', '', undefined, null, 5];
const b = Buffer.from([0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0x41, 0x80, 0xfb]);
for (const e of encs) r(`toString(${String(e)})`, () => b.toString(e));
const ranges = [[0], [1, 3], [-1, 2], [3, 1], [0, 100], [NaN, 2], ['1', '3'], [1.9, 3.1], [null, 3], [3, null],
  [undefined, 4], [100], [2 ** 40], [0, -1], [{}, []]];
for (const rg of ranges) r(`toString(utf8, ${JSON.stringify(rg)})`, () => b.toString('utf8', ...rg));
r('toString(bogus, 3, 1)', () => b.toString('bogus', 3, 1));
const bad = [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82],
  [0xf0, 0x9f, 0x98], [0xf0, 0x9f, 0x41], [0x80, 0x80, 0x80], [0xc3], [0xfe, 0xff]];
for (const x of bad) r(`utf8 ${Buffer.from(x).toString('hex')}`, () => Buffer.from(x).toString().split('').map((c) => c.charCodeAt(0).toString(16)));
const strs = ['héllo', '€', '😀', '\ud800', 'a\udc00b', '', 'abc', 'zz', 'YW Jj', 'YW=Jj', 'YW-_', 'ab\u0100'];
for (const s of strs) {
  for (const e of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'ucs2']) {
    r(`from(${JSON.stringify(s)}, ${e})`, () => Buffer.from(s, e));
    r(`byteLength(${JSON.stringify(s)}, ${e})`, () => Buffer.byteLength(s, e));
  }
}
r('byteLength buf', () => Buffer.byteLength(Buffer.alloc(3)));
r('byteLength ab', () => Buffer.byteLength(new ArrayBuffer(7)));
r('byteLength dv', () => Buffer.byteLength(new DataView(new ArrayBuffer(9), 1)));
r('byteLength u16', () => Buffer.byteLength(new Uint16Array(3)));
r('byteLength num', () => Buffer.byteLength(5));
r('byteLength bad enc', () => Buffer.byteLength('abc', 'bogus'));
for (const e of encs) r(`isEncoding(${String(e)})`, () => Buffer.isEncoding(e));
const writes = [['abc'], ['abc', 1], ['abc', 1, 1], ['abc', 'latin1'], ['abc', 1, 'hex'], ['616263', 0, 'hex'],
  ['61zz63', 'hex'], ['€€', 1], ['€€', 0, 4], ['abc', 0, 3, 'ucs2'], ['abc', 1, 'ucs2'], ['YWJj', 'base64'],
  ['abc', 6], ['abc', 7], ['abc', -1], ['abc', 1.5], ['abc', 0, -1], ['abc', 0, 10], ['abc', 'bogus'],
  ['abc', 0, 2, 'bogus'], [5], [5, 0], ['abc', '1'], ['abc', 0, 2, 'ascii'], ['€', 0, 2, 'utf8'], ['é', 'latin1'],
  ['abc', null], ['abc', 0, null]];
for (const w of writes) {
  const t = Buffer.alloc(6);
  r(`write(${JSON.stringify(w)})`, () => `${t.write(...w)} ${t.toString('hex')}`);
}
for (const m of ['asciiSlice', 'base64Slice', 'base64urlSlice', 'latin1Slice', 'hexSlice', 'ucs2Slice', 'utf8Slice']) {
  r(`${m}()`, () => b[m]());
  r(`${m}(1, 4)`, () => b[m](1, 4));
  r(`${m}(4, 1)`, () => b[m](4, 1));
  r(`${m}(0, 99)`, () => b[m](0, 99));
}
for (const m of ['asciiWrite', 'base64Write', 'base64urlWrite', 'latin1Write', 'hexWrite', 'ucs2Write', 'utf8Write']) {
  const t = Buffer.alloc(6);
  r(`${m}`, () => `${t[m]('6162636465', 1, 3)} ${t.toString('hex')}`);
  r(`${m} past`, () => t[m]('ab', 7));
  r(`${m} nonstring`, () => t[m](1));
}
r('toJSON', () => Buffer.from([1, 2, 255]).toJSON());
r('toJSON empty', () => Buffer.alloc(0).toJSON());
r('JSON.stringify', () => JSON.stringify({ b: Buffer.from('hi') }));
r('roundtrip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi')))).toString());
r('toLocaleString', () => Buffer.from('x').toLocaleString());
r('parent/offset', () => { const s = Buffer.from('abcdef').subarray(2); return [s.parent === s.buffer, s.offset === s.byteOffset]; });
r('parent non-buffer', () => Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').get.call(new Uint8Array(1)));
const big = Buffer.alloc(100000, 'xyz€');
r('big utf8 len', () => big.toString().length);
r('big base64 len', () => big.toString('base64').length);
r('big roundtrip', () => Buffer.from(big.toString('hex'), 'hex').equals(big));
