package goja

import (
	"os"
	"strings"
	"testing"
)

// gojanet: numbers boxed through vm.boxes and typed-array element reads
// through vmGetIdx (gojanet_numbers.go) are the numbers they were: repeats
// that hit a cache slot, slots shared by ints and floats, -0, NaN, the
// int32/uint32/2^53 edges, overflow to float, every typed-array kind in and
// out of range and through a view, JSON and String of the results.
// testdata/gojanet_boxes.expected is node 20's output for the same script.
func TestGojanetBoxedNumbers(t *testing.T) {
	src, err := os.ReadFile("testdata/gojanet_boxes.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/gojanet_boxes.expected")
	if err != nil {
		t.Fatal(err)
	}
	for _, fused := range []bool{true, false} {
		noFusing = !fused
		r := New()
		v, err := r.RunString(string(src))
		noFusing = false
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Split(v.String(), "\n")
		exp := strings.Split(strings.TrimRight(string(want), "\n"), "\n")
		if len(got) != len(exp) {
			t.Fatalf("fused %v: %d lines, want %d", fused, len(got), len(exp))
		}
		for i := range exp {
			if got[i] != exp[i] {
				t.Errorf("fused %v, line %d:\n got %s\nwant %s", fused, i, got[i], exp[i])
			}
		}
	}
}

// A detached buffer's elements read undefined through the getElem path.
func TestGojanetBoxedDetached(t *testing.T) {
	r := New()
	buf := r.NewArrayBuffer(make([]byte, 16))
	r.Set("buf", buf)
	v, err := r.RunString(`var f = new Float64Array(buf); f[0] = 1.5; var u = new Uint8Array(buf); var before = [f[0], u[7]]; before`)
	if err != nil {
		t.Fatal(err)
	}
	if v.String() != "1.5,63" {
		t.Fatalf("before: %s", v)
	}
	buf.Detach()
	v, err = r.RunString(`[f[0], u[0], u[7], f.length].map(String).join()`)
	if err != nil {
		t.Fatal(err)
	}
	if v.String() != "undefined,undefined,undefined,0" {
		t.Fatalf("detached: %s", v)
	}
}

// The cache itself: a slot holds one number, a repeat returns the same box,
// and numbers that collide in a slot or differ only in sign or type (-0,
// NaN, an int and a float of the same low bits) come back as themselves.
func TestGojanetBoxCache(t *testing.T) {
	var c boxCache
	a := c.int(6000)
	if b := c.int(6000); b != a || int64(b.(valueInt)) != 6000 {
		t.Fatalf("repeat: %v", b)
	}
	if b := c.int(6000 + boxSlots); int64(b.(valueInt)) != 6000+boxSlots {
		t.Fatalf("collision: %v", b)
	}
	if b := c.int(6000); int64(b.(valueInt)) != 6000 {
		t.Fatalf("after collision: %v", b)
	}
	for _, f := range []float64{0.5, 1733390000000.25, -1733390000000.25, 6000, 1 << 53, 1 << 54} {
		for i := 0; i < 2; i++ {
			v := c.float(f)
			if v.ToFloat() != f {
				t.Fatalf("float %v: %v", f, v)
			}
			if _, isInt := v.(valueInt); isInt != (f == float64(int64(f)) && f <= maxInt) {
				t.Fatalf("float %v: %T", f, v)
			}
		}
	}
	if v := c.float(negZero()); !v.SameAs(_negativeZero) {
		t.Fatalf("-0: %v", v)
	}
	if v := c.float(nan()); !v.SameAs(_NaN) {
		t.Fatalf("NaN: %v", v)
	}
	if v := c.int(maxInt + 1); v.ToFloat() != maxInt+1 {
		t.Fatalf("past 2^53: %v", v)
	}
	if v := c.int(-1 << 60); v.ToFloat() != -(1 << 60) {
		t.Fatalf("-2^60: %v", v)
	}
}

func negZero() float64 { z := 0.0; return -z }
func nan() float64     { z := 0.0; return z / z }
