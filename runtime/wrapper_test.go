package runtime

import "testing"

// The module wrappers share the first line with the code they wrap: every
// head must be as wide as wrapperHead (host.wrapperWidth, stack.go).
func TestWrapperHeadsAsWide(t *testing.T) {
	for name, head := range map[string]string{"esm": esmWrapperHead, "cjs": cjsWrapperHead} {
		if len(head) != len(wrapperHead) {
			t.Errorf("%s wrapper head is %d bytes wide, wrapperHead %d", name, len(head), len(wrapperHead))
		}
	}
}
