package goja

import "testing"

// gojanet: benchmarks of what gojanet's workloads do most (see README.gojanet.md).

func benchScript(b *testing.B, setup, fn string) {
	r := New()
	if _, err := r.RunString(setup); err != nil {
		b.Fatal(err)
	}
	f, ok := AssertFunction(r.Get(fn))
	if !ok {
		b.Fatal("not a function")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := f(nil); err != nil {
			b.Fatal(err)
		}
	}
}

// Objects of a few properties made and read, as stream states and option bags are.
func BenchmarkGojanetSmallObjects(b *testing.B) {
	benchScript(b, `
	function State(hwm) { this.highWaterMark = hwm; this.length = 0; this.ended = false; this.flowing = null; this.pipes = []; this.buffer = null; }
	State.prototype.objectMode = false; State.prototype.sync = true;
	function run() {
		let n = 0;
		for (let i = 0; i < 100; i++) {
			const s = new State(i);
			const o = {a: i, b: 2, c: 3};
			s.length += o.a + o.b + o.c;
			if (!s.objectMode && s.sync && !s.ended) n += s.length + s.highWaterMark;
		}
		return n;
	}`, "run")
}

// Reads and writes on an object of 20 properties (past the linear range).
func BenchmarkGojanetLargeObject(b *testing.B) {
	benchScript(b, `
	const big = {};
	for (let i = 0; i < 20; i++) big['p' + i] = i;
	function run() {
		let n = 0;
		for (let i = 0; i < 100; i++) { n += big.p3 + big.p17 + big.p19; big.p5 = i; if (big.missing === undefined) n++; }
		return n;
	}`, "run")
}

// Method calls through a prototype chain of three (misses on the instance and the first prototype).
func BenchmarkGojanetProtoMethod(b *testing.B) {
	benchScript(b, `
	class A { m() { return 1; } }
	class B extends A { n() { return 2; } }
	class C extends B { constructor() { super(); this.x = 1; this.y = 2; this.z = 3; this.w = 4; this.v = 5; this.u = 6; this.t = 7; } }
	const c = new C();
	function run() { let n = 0; for (let i = 0; i < 100; i++) n += c.m() + c.n() + c.x; return n; }`, "run")
}

// A function called from Go, as the loop calls callbacks.
func BenchmarkGojanetCallFromGo(b *testing.B) {
	benchScript(b, `
	function g(a, b) { return a + b; }
	function run() { let n = 0; for (let i = 0; i < 10; i++) n = g(n, i); return n; }`, "run")
}

// Array pushes of one and three elements onto fresh arrays (stream buffers,
// header lists), and reads of the global `undefined`, as node's modules do.
func BenchmarkGojanetArrayPush(b *testing.B) {
	benchScript(b, `
	function run() {
		let n = 0;
		for (let i = 0; i < 20; i++) {
			const a = [];
			a.push(i); a.push(i, 'k', 'v');
			if (a[0] !== undefined) n += a.length;
		}
		return n;
	}`, "run")
}

// A Go function of goja.Value parameters called from JS (reflection): 100 calls.
func BenchmarkGojanetReflectCall(b *testing.B) {
	r := New()
	r.Set("goFn", func(a, b Value, o *Object, n int) int { return n + 1 })
	if _, err := r.RunString(`function run() { let n = 0; const o = {}; for (let i = 0; i < 100; i++) n = goFn(i, "x", o, n); return n; }`); err != nil {
		b.Fatal(err)
	}
	f, _ := AssertFunction(r.Get("run"))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := f(nil); err != nil {
			b.Fatal(err)
		}
	}
}

// Symbol-keyed state as node keeps it (kState reads, kX additions in a
// constructor of a deep class chain) and instanceof through four prototypes.
func BenchmarkGojanetSymbolKeys(b *testing.B) {
	benchScript(b, `
	const kState = Symbol('kState'), kHandle = Symbol('kHandle'), kCapture = Symbol('kCapture');
	class E { constructor() { this._events = null; this[kCapture] = false; } }
	class S extends E { constructor() { super(); this.readable = true; this[kState] = 1; } }
	class T extends S { constructor() { super(); this.writable = true; this[kHandle] = null; } }
	class U extends T {}
	function run() {
		let n = 0;
		for (let i = 0; i < 100; i++) {
			const u = new U();
			n += u[kState] + (u[kCapture] ? 1 : 0) + (u instanceof E ? 1 : 0);
			u[kState] = i;
		}
		return n;
	}`, "run")
}

// Reads of built-ins, whose holders are template objects (dictionaries):
// String.prototype's methods on a string, Object.prototype's through a plain
// object, a constructor's statics, and globals from code in a scope with
// eval (loadDynamic), as node's and Express's code reads them per request.
func BenchmarkGojanetBuiltinReads(b *testing.B) {
	benchScript(b, `
	var run = (function () {
		eval('');
		return function () {
			let n = 0;
			const s = 'text/html', o = {a: 1};
			for (let i = 0; i < 100; i++) {
				if (s.indexOf('/') > 0) n++;
				if (o.hasOwnProperty('a')) n++;
				if (Array.isArray(o)) n++;
				if (typeof Object.keys === 'function' && typeof Buffer === 'undefined') n++;
			}
			return n;
		};
	})();`, "run")
}

// Reads and calls of globals from a module's functions (no eval around):
// loadGlobal, loadGlobalRef (typeof), loadGlobalCallee (gojanet_globals.go).
func BenchmarkGojanetGlobalReads(b *testing.B) {
	benchScript(b, `
	var run = (function (exports, require) {
		'use strict';
		return function () {
			let n = 0;
			for (let i = 0; i < 100; i++) {
				if (Array.isArray(exports)) n++;
				if (typeof Object.keys === 'function' && typeof Buffer === 'undefined') n++;
				if (String(i) !== undefined) n++;
				if (Math.max(i, 5) > 10) n++;
			}
			return n;
		};
	})({}, null);`, "run")
}
