package goja

import "testing"

// toReflectValue's store of a goja.Value (gojanet: through a *Value) into
// function parameters, variadic parameters and exported struct fields.
func TestReflectValueParams(t *testing.T) {
	r := New()
	var got []Value
	r.Set("f", func(a Value, o *Object, rest ...Value) int {
		got = append([]Value{a, o}, rest...)
		return len(rest)
	})
	v, err := r.RunString(`f(1, {x: 2}, "s", undefined, null)`)
	if err != nil || v.ToInteger() != 3 {
		t.Fatal(v, err)
	}
	if got[0].ToInteger() != 1 || got[1].(*Object).Get("x").ToInteger() != 2 || got[2].String() != "s" ||
		got[3] != _undefined || got[4] != _null {
		t.Fatal(got)
	}
	var s struct {
		V Value
		N int
	}
	if err := r.ExportTo(r.ToValue(map[string]interface{}{"V": "str", "N": 5}), &s); err != nil {
		t.Fatal(err)
	}
	if s.V.String() != "str" || s.N != 5 {
		t.Fatal(s)
	}
	var direct Value
	if err := r.ExportTo(r.ToValue(7), &direct); err != nil || direct.ToInteger() != 7 {
		t.Fatal(direct, err)
	}
}
