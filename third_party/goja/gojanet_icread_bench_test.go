package goja

import "testing"

// Named reads through the inline caches' fast path (gojanet_ic.go fastGet):
// an own property, a prototype's method, a name absent from the chain, a
// function's own `prototype`; 100 of each per op.
func BenchmarkGojanetICReads(b *testing.B) {
	r := New()
	_, err := r.RunString(`
		var reads = (function () {
		function F() { this.a = 1; this.b = 2; }
		F.prototype.m = function () {};
		let o = new F();
		return function () {
			var s = 0, x;
			for (var i = 0; i < 100; i++) {
				s += o.a;
				x = o.m;
				x = o.missing;
				x = F.prototype;
			}
			return s;
		};
		})();`)
	if err != nil {
		b.Fatal(err)
	}
	reads, _ := AssertFunction(r.Get("reads"))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		reads(nil)
	}
}
