package goja

import (
	"os"
	"strconv"
	"testing"
)

func TestZZHttpperf16(t *testing.T) {
	src := os.Getenv("ZZ_SRC")
	if src == "" {
		t.Skip()
	}
	n, _ := strconv.Atoi(os.Getenv("ZZ_N"))
	vm := New()
	v, err := vm.RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := AssertFunction(v)
	if _, err := f(Undefined(), vm.ToValue(n)); err != nil {
		t.Fatal(err)
	}
}
