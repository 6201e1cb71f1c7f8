package goja

import (
	"os"
	"strings"
	"testing"
)

// gojanet: the leaf builtins (gojanet_leafcall.go) on and off their
// frameless path give the same results, errors and frames (a builtin that
// calls an argument's toString is still on the stack). The expected output
// is node 20's for the same script (names() there reads new Error().stack).
func TestGojanetLeafCalls(t *testing.T) {
	src, err := os.ReadFile("testdata/gojanet_leafcall.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/gojanet_leafcall.expected")
	if err != nil {
		t.Fatal(err)
	}
	prg := MustCompile("gojanet_leafcall.js", string(src), false)
	for run := 0; run < 2; run++ {
		r := New()
		r.SetV8StackFrames(true)
		r.Set("names", func(FunctionCall) Value {
			var names []string
			for _, f := range r.CaptureCallStack(0, nil) {
				if len(names) < 2 {
					names = append(names, f.V8Name())
				}
			}
			return r.ToValue(strings.Join(names, ","))
		})
		v, err := r.RunProgram(prg)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := v.String(), strings.TrimRight(string(want), "\n"); got != want {
			gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
			for i := range wl {
				if i >= len(gl) || gl[i] != wl[i] {
					g := "<none>"
					if i < len(gl) {
						g = gl[i]
					}
					t.Fatalf("run %d, line %d:\n got %s\nwant %s", run, i+1, g, wl[i])
				}
			}
			t.Fatalf("run %d: got %d lines, want %d", run, len(gl), len(wl))
		}
	}
}
