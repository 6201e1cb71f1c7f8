package runtime_test

import (
	"path/filepath"
	"testing"
	"time"
)

// A read on one socket that a request handler of another runs (the handle's
// onread, nested in that socket's read after its response ended and its
// whole write's tick was held) leaves the held tick to the socket it belongs
// to: the first response finishes after the nested read, and neither
// socket's pendingcb is left off. (node cannot express this: its onread
// ignores its arguments.)
func TestHTTPNestedReadKeepsHeldTick(t *testing.T) {
	script, err := filepath.Abs("testdata/http_nested_read.js")
	if err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runGojanet(t, script, 30*time.Second)
	want := "request /w on s2\n/w finish\nrequest /a on s1\nrequest /b on s2\nafter onread\n" +
		"/a finish\ntick after /a\n/b finish\npendingcb s1 0 s2 0\n"
	if code != 0 || out != want {
		t.Fatalf("exit %d, stdout:\n%s\nwant:\n%s\nstderr: %s", code, out, want, stderr)
	}
}
