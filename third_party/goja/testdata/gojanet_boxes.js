var out = [];
function show(v) { return Object.is(v, -0) ? '-0' : typeof v + ':' + String(v); }
function rec(label, vals) { out.push(label + ' ' + vals.map(show).join(',')); }
// the same sums and differences again and again (a cache slot hit), past the static table
var r = [];
for (var i = 0; i < 3; i++) { r.push(5000 + 1000, 6000 - 1, 3 * 2000, 300 | 1, 1 << 9, 70000 >> 1, 4294967295 >>> 1, -300 - 1, 255 + 1, -256 - 1, -257 + 0); }
rec('repeat', r);
// slots shared by numbers of the same low bits, ints and floats mixed
var m = [];
for (var j = 0; j < 4; j++) { m.push(256 + 16 * j, 272 + 0, 0.5 + 256, 1.5 * 3, -0 * 1, 0 / 0, 1 / 0, -1 / 0, 2 ** 53 - 1 + 0, 2 ** 53 + 0, 2 ** 53 + 1, -(2 ** 53) - 1); }
rec('mix', m);
// int32/uint32 edges, overflow to float
rec('edges', [2147483647 + 1, -2147483648 - 1, 2147483647 | 0, 2147483648 | 0, 4294967295 >>> 0, 4294967296 >>> 0, -1 >>> 0, ~2147483647, ~-2147483649, 9007199254740991 + 1, 9007199254740991 + 2, 9007199254740991 * 2, -9007199254740991 - 2, 3037000499 * 3037000499, 65536 * 65536 * 65536 * 65536]);
var x = 9007199254740990; x++; x++; x++;
var y = -9007199254740990; y--; y--; y--;
var z = 1e300; z++;
rec('incdec', [x, y, z, (function () { var k = 255; k++; return k; })(), (function () { var k = -256; k--; return k; })()]);
rec('is', [Object.is(5000 + 1000, 6000), Object.is(0 * -1, -0), Object.is(NaN + 1, NaN), Object.is(6000, 6000.0), 6000 === 5999 + 1, 0.1 + 0.2 === 0.3]);
// typed arrays of every kind, in range, out of range, views with an offset
var buf = new ArrayBuffer(64);
var u8 = new Uint8Array(buf); for (var b = 0; b < 64; b++) u8[b] = (b * 37 + 200) & 255;
var kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
kinds.forEach(function (K) {
  var whole = new K(buf), view = new K(buf, 8, 3), vals = [];
  for (var i = -1; i <= whole.length; i++) vals.push(whole[i]);
  for (var i = -1; i <= 3; i++) vals.push(view[i]);
  vals.push(whole[1.5], whole['1'], whole[2 ** 32], whole[-0]);
  out.push(K.name + ' ' + vals.map(function (v) { return typeof v === 'bigint' ? v + 'n' : show(v); }).join(','));
});
var f64 = new Float64Array(4); f64[0] = -0; f64[1] = NaN; f64[2] = 1733390000000.25; f64[3] = 6000;
var fr = []; for (var k = 0; k < 3; k++) fr.push(f64[0], f64[1], f64[2], f64[3], f64[2] - f64[3], f64[2] + 0);
rec('f64', fr);
var f32 = new Float32Array([0.1, -0, 16777217, 3.4e38, 1e39]);
rec('f32', [f32[0], f32[1], f32[2], f32[3], f32[4]]);
var u32 = new Uint32Array([4294967295, 2147483648, 256, 70000]);
var i32 = new Int32Array([-2147483648, 2147483647, -257, 70000]);
var ur = []; for (var k = 0; k < 2; k++) ur.push(u32[0], u32[1], u32[2], u32[3], i32[0], i32[1], i32[2], i32[3]);
rec('u32i32', ur);
// a prototype's index is not looked up on a typed array; a detached buffer reads undefined
Object.prototype[5] = 'proto'; Object.prototype[-1] = 'protoneg';
var small = new Uint8Array(2);
rec('proto', [small[5], small[-1], small[1]]);
delete Object.prototype[5]; delete Object.prototype[-1];
if (typeof structuredClone === 'function') {
  var d = new Float64Array(2); d[0] = 1.5; var before = d[0];
  structuredClone(d.buffer, { transfer: [d.buffer] });
  rec('detached', [before, d[0], d.length]);
} else { out.push('detached number:1.5,undefined:undefined,number:0'); }
var ta = new Uint8Array([10, 20, 30]);
var sub = ta.subarray(1);
rec('sub', [sub[0], sub[1], sub[2], sub.length, ta.length]);
// JSON and String of the results
var j = []; for (var k = 0; k < 2; k++) j.push(5000 + 1000, f64[2], 2 ** 53 + 2, -0 + 0, 1e21 + 1);
out.push('json ' + JSON.stringify(j) + ' ' + JSON.stringify({ a: 5000 + 1000, b: f64[0] }) + ' ' + String(j));
const now = Date.now(); // one reading: two could straddle a millisecond
out.push('date ' + (typeof now) + ' ' + (now === Math.floor(now)) + ' ' + (now > 1.7e12));
var s = out.join('\n');
if (typeof console !== 'undefined') console.log(s);
s;
