package goja

import "testing"

// gojanet: one kind of call per sub-benchmark, 100 calls per op, for
// callgrind's per-call counts (engineperf15, README.gojanet.md "Call
// frames"); "loop" is the same loop with no call, to subtract.
func BenchmarkGojanetCallKinds(b *testing.B) {
	const setup = `
	function f(a, b) { return a; }
	const o = { m(x) { return x; } };
	const clo = (function () { let k = 1; return function (x) { return x + k; }; })();
	function st(x) { const g = () => x; return x; }
	function lo(a) { let x = a + 1; const y = x * 2; let z = y - x; return z; }
	function fwd() { return f.apply(this, arguments); }
	function sl() { return Array.prototype.slice.call(arguments); }
	const arr = [];
	const hk = { a: 1 };
	`
	kinds := []struct{ name, body string }{
		{"loop", `n = i;`},
		{"block", `{ const x = i + 1; n = x; }`},
		{"plain", `n = f(i, 1);`},
		{"method", `n = o.m(i);`},
		{"closure", `n = clo(i);`},
		{"stash", `n = st(i);`},
		{"locals", `n = lo(i);`},
		{"push", `arr.push(i); if (arr.length > 50) arr.length = 0;`},
		{"isArray", `n = Array.isArray(arr);`},
		{"mathMax", `n = Math.max(i, 5);`},
		{"hasOwn", `n = hk.hasOwnProperty('a');`},
		{"fnCall", `n = f.call(o, i);`},
		{"fnApplyArgs", `n = fwd(i, 1);`},
		{"sliceArgs", `n = sl(i, 1);`},
	}
	for _, k := range kinds {
		b.Run(k.name, func(b *testing.B) {
			benchScript(b, setup+`function run() { let n = 0; for (let i = 0; i < 100; i++) { `+k.body+` } return n; }`, "run")
		})
	}
	b.Run("fromGo", func(b *testing.B) {
		r := New()
		if _, err := r.RunString(`function g(a) { return a; }`); err != nil {
			b.Fatal(err)
		}
		g, _ := AssertFunction(r.Get("g"))
		a := r.ToValue(1)
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			for j := 0; j < 100; j++ {
				if _, err := g(nil, a); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
