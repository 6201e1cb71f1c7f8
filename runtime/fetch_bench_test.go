package runtime_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gojanet/gojanet/runtime"
)

// BenchmarkFetchText is one keep-alive fetch() and text() of a small body
// from a Go server: the whole client side of fetch (request, headers,
// the body stream, text). Per-fetch cost is best taken under callgrind at
// two -benchtime counts and subtracted (runtime start-up is in both).
func BenchmarkFetchText(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, "Hello World\n")
	}))
	defer srv.Close()
	var stderr strings.Builder
	rt, err := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: &stderr})
	if err != nil {
		b.Fatal(err)
	}
	var got string
	rt.Set("N", b.N)
	rt.Set("TARGET", srv.URL+"/")
	rt.Set("report", func(s string) { got = s })
	b.ReportAllocs()
	b.ResetTimer()
	_, err = rt.RunScript(context.Background(), "fetch.js", `(async () => {
  let last = '';
  for (let i = 0; i < N; i++) last = await (await fetch(TARGET)).text();
  report(last);
})();`)
	b.StopTimer()
	if err != nil {
		b.Fatal(err)
	}
	if got != "Hello World\n" {
		b.Fatalf("got %q; stderr %s", got, stderr.String())
	}
}
