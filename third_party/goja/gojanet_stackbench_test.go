package goja

import "testing"

// BenchmarkNewError measures what an error costs to make (its stack is
// recorded, not formatted), 6 frames deep with V8's limit of 10 frames.
func BenchmarkNewError(b *testing.B) {
	r := New()
	_, err := r.RunString(`
		Error.stackTraceLimit = 10;
		function d(n) { return n === 0 ? new Error('x') : d(n - 1); }
		function mk() { return d(5); }
	`)
	if err != nil {
		b.Fatal(err)
	}
	mk, _ := AssertFunction(r.Get("mk"))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := mk(nil); err != nil {
			b.Fatal(err)
		}
	}
}
