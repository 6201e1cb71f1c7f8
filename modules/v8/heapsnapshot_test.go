package v8

import (
	"testing"

	"github.com/dop251/goja"
)

// rootsFrom takes what the host's list holds: an object without a length,
// with a hostile one, or with holes gives no Go panic.
func TestRootsFromHostile(t *testing.T) {
	vm := goja.New()
	for _, src := range []string{`({})`, `({length: 1e12})`, `({length: -5})`, `[, 1, 'b']`, `['a', 1, 'b']`} {
		v, err := vm.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		roots := rootsFrom(vm, v)
		if len(roots) > 1 {
			t.Fatalf("%s: %d roots", src, len(roots))
		}
	}
}
