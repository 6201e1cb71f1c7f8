package goja

import "testing"

// gojanet: micro-benchmarks of calls, constructions and numbers (engineperf11).

// Plain calls of small functions: 100 per op.
func BenchmarkGojanetPlainCall(b *testing.B) {
	benchScript(b, `
	function add(a, b) { return a + b; }
	function noop(a) { }
	function run() { let n = 0; for (let i = 0; i < 50; i++) { n = add(n, i); noop(n); } return n; }`, "run")
}

// new of an ordinary function: 20 per op.
func BenchmarkGojanetNew(b *testing.B) {
	benchScript(b, `
	function P(a, b) { this.a = a; this.b = b; }
	function run() { let n = 0; for (let i = 0; i < 20; i++) { const p = new P(i, 1); n += p.a; } return n; }`, "run")
}

// fn.call, fn.apply and a bound function, as emit and Express do: 30 calls per op.
func BenchmarkGojanetCallApplyBound(b *testing.B) {
	benchScript(b, `
	function h(a, b) { return this.x + a + (b|0); }
	const o = {x: 1}; const bh = h.bind(o, 2);
	function run() { let n = 0; for (let i = 0; i < 10; i++) { n += h.call(o, i); n += h.apply(o, [i, 1]); n += bh(i); } return n; }`, "run")
}

// A sloppy function reading its arguments as Express's res.set does: 20 per op.
func BenchmarkGojanetSloppyArguments(b *testing.B) {
	benchScript(b, `
	function set(field, val) { if (arguments.length === 2) { return field.length + (val ? 1 : 0); } return arguments[0].length; }
	function run() { let n = 0; for (let i = 0; i < 10; i++) { n += set('Content-Type', 'x'); n += set('abc'); } return n; }`, "run")
}

// Integer arithmetic past the small-int cache (byte counts, clocks): 100 iterations.
func BenchmarkGojanetBigInts(b *testing.B) {
	benchScript(b, `
	const buf = new Uint32Array(4); buf[0] = 70000; buf[1] = 1000;
	function run() { let n = 1000, t = 1733390000000; for (let i = 0; i < 100; i++) { n = n + buf[i & 1] - 999; t = t + 1; if (n > 2147483647) n = 0; } return n + t; }`, "run")
}

// What node's modules box per request, 20 times: the loop clock read from the
// host's Float64Array and compared with a socket's last activity, a timeout
// computed again (`keepAliveTimeout + 1000`), a byte read from a Buffer
// (engineperf13, vm.boxes).
func BenchmarkGojanetBoxedNumbers(b *testing.B) {
	benchScript(b, `
	const shared = new Float64Array(2); shared[0] = 6083.41;
	const bytes = new Uint8Array(16); bytes[3] = 200;
	const sock = {last: 0, timeout: 5000};
	function run() { let n = 0; for (let i = 0; i < 20; i++) { sock.last = shared[0]; const ms = sock.timeout + 1000; n += ms + bytes[3] + (shared[0] - sock.last); } return n; }`, "run")
}

// Conditions comparing with a closure's constants and with literals, in if,
// && and ||, as node's modules test states and types: 80 comparisons per op
// (engineperf13, fLoadStashLexStrictEqJ and fLoadValStrictEqJ).
func BenchmarkGojanetCompareJumps(b *testing.B) {
	benchScript(b, `
	var run = (function () {
		const kA = 1, kB = 'b';
		function f(x, y) { let n = 0; if (x === kA) n++; if (y !== kB) n++; if (x === kA && y === kB) n++; if (x === 2 || y === 'c') n++; return n; }
		return function () { let n = 0; for (let i = 0; i < 10; i++) { n += f(1, 'b') + f(i, 'c'); } return n; };
	})();`, "run")
}
