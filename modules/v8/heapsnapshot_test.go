package v8

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestRootsFromHostile: the binding is reachable from scripts; what is not
// the host's array of pairs is a TypeError (never a Go panic or a slice
// sized by a script's length), and an array's holes are skipped.
func TestRootsFromHostile(t *testing.T) {
	vm := goja.New()
	for _, c := range []struct {
		src   string
		roots int // -1: a TypeError
	}{
		{`({})`, -1}, {`({length: 1e12})`, -1}, {`({length: -5})`, -1},
		{`a = []; a.length = 2 ** 32 - 1; a`, -1},
		{`[, 1, 'b']`, 0}, {`['a', 1, 'b']`, 1}, {`['a', 1, 'b', 2]`, 2},
	} {
		v, err := vm.RunString(c.src)
		if err != nil {
			t.Fatal(err)
		}
		var roots []goja.HeapRoot
		ex := vm.Try(func() { roots = rootsFrom(vm, v) })
		if c.roots < 0 {
			if ex == nil || !strings.HasPrefix(ex.Value().String(), "TypeError:") {
				t.Errorf("%s: %v, want a TypeError", c.src, ex)
			}
			continue
		}
		if ex != nil || len(roots) != c.roots {
			t.Errorf("%s: %d roots, %v; want %d", c.src, len(roots), ex, c.roots)
		}
	}
}
