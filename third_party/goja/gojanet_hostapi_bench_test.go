package goja

import "testing"

// The object API the host's modules call per request (modules/net's write
// request, modules/http_parser's results and head): allocations and cost
// per call, `go test -bench GojanetHostAPI -benchmem`.

func BenchmarkGojanetHostAPISetNumberBool(b *testing.B) {
	r := New()
	req := r.NewObject()
	req.Set("async", false)
	req.Set("bytes", 1000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		req.Set("async", i&1 == 0)
		req.Set("bytes", 1000+i&1)
	}
}

func BenchmarkGojanetHostAPIOwnKeys(b *testing.B) {
	r := New()
	v, err := r.RunString(`var h = Object.create(null); h['content-type'] = ['Content-Type', 'text/plain']; h`)
	if err != nil {
		b.Fatal(err)
	}
	h := v.(*Object)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, k := range h.GetOwnPropertyNames() {
			_ = h.Get(k)
		}
	}
}

func BenchmarkGojanetHostAPINewArray(b *testing.B) {
	r := New()
	items := []interface{}{0, 12, 1, nil, 1, "GET", "/", 1, 1}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.NewArray(items...)
	}
}

func BenchmarkGojanetHostAPIAppendOwnKeys(b *testing.B) {
	r := New()
	v, err := r.RunString(`var h = Object.create(null); h['content-type'] = ['Content-Type', 'text/plain']; h`)
	if err != nil {
		b.Fatal(err)
	}
	h := v.(*Object)
	var keys []string
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		keys = h.AppendOwnKeys(keys[:0])
		for _, k := range keys {
			_ = h.Get(k)
		}
	}
}

func BenchmarkGojanetHostAPINewArrayFromValues(b *testing.B) {
	r := New()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.NewArrayFromValues([]Value{r.ToValue(0), r.ToValue(12), r.ToValue(1), nil, r.ToValue(1), r.ToValue("GET"), r.ToValue("/"), r.ToValue(1), r.ToValue(1)})
	}
}
