package goja

import "testing"

// gojanet: numbers handed on without boxing (gojanet_numbers.go) convert as
// before: integer edges, floats, -0, NaN, typed-array writes (node 20's values).
func TestGojanetNumberConversions(t *testing.T) {
	const SCRIPT = `
	var big = [255, 256, 70000, 2147483647, 2147483648, 4294967295, 4294967296, 4294967297, -2147483649, 9007199254740991, 9007199254740993, -1, 1733390000000];
	assert(compareArray(big.map(function (x) { return x | 0; }), [255, 256, 70000, 2147483647, -2147483648, -1, 0, 1, 2147483647, -1, 0, -1, -1776787584]));
	assert(compareArray(big.map(function (x) { return x >>> 0; }), [255, 256, 70000, 2147483647, 2147483648, 4294967295, 0, 1, 2147483647, 4294967295, 0, 4294967295, 2518179712]));
	assert(compareArray([1.5, -1.5, 2147483648.5, NaN, Infinity, -Infinity, -0, 1e21].map(function (x) { return x | 0; }), [1, -1, -2147483648, 0, 0, 0, 0, -559939584]));
	assert(compareArray([Math.pow(2, 63), Math.pow(2, 64) + 16384, -1e21, -(Math.pow(2, 64) + 16384)].map(function (x) { return x | 0; }), [0, 16384, 559939584, -16384]));
	assert(compareArray([Math.pow(2, 63), Math.pow(2, 64) + 16384, -1e21].map(function (x) { return x >>> 0; }), [0, 16384, 559939584]));
	var u16 = new Uint16Array(2); u16[0] = 1e21; u16[1] = -1e21;
	assert(compareArray(Array.from(u16), [0, 0]));
	assert(Object.is(+(-0), -0));
	assert(Object.is(+NaN, NaN));
	assert.sameValue(+'12', 12);
	assert.sameValue(+1000000, 1000000);
	assert.sameValue(+1.25, 1.25);
	var u8 = new Uint8Array(4); u8[0] = 300; u8[1] = -1; u8[2] = 1.9; u8[3] = NaN;
	assert(compareArray(Array.from(u8), [44, 255, 1, 0]));
	var c8 = new Uint8ClampedArray(4); c8[0] = 300; c8[1] = -5; c8[2] = 1.5; c8[3] = 2.5;
	assert(compareArray(Array.from(c8), [255, 0, 2, 2]));
	var i16 = new Int16Array(2); i16[0] = 40000; i16[1] = -40000;
	assert(compareArray(Array.from(i16), [-25536, 25536]));
	var u32 = new Uint32Array(3); u32[0] = 4294967297; u32[1] = -1; u32[2] = 70000;
	assert(compareArray(Array.from(u32), [1, 4294967295, 70000]));
	var f64 = new Float64Array(3); f64[0] = -0; f64[1] = 1733390000000; f64[2] = 0.1;
	assert(Object.is(f64[0], -0));
	assert.sameValue(f64[1], 1733390000000);
	assert.sameValue(f64[2], 0.1);
	var n = 1000, tt = 1733390000000;
	for (var i = 0; i < 10; i++) { n = n + u32[2] - 999; tt = tt + 1; }
	assert.sameValue(n, 691010);
	assert.sameValue(tt, 1733390000010);
	assert.sameValue(9007199254740991 + 2, 9007199254740992);
	assert.sameValue(2147483647 + 1, 2147483648);
	assert.sameValue("abc".charCodeAt(1) << 20, 102760448);
	`
	testScriptWithTestLib(SCRIPT, _undefined, t)
}
