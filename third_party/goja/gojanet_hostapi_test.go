package goja

import (
	"reflect"
	"testing"
)

// Object.Set's fast path (gojanet_api.go setFast) must do what the generic
// path does: writable data properties get the value, anything else (frozen,
// read-only, setters, additions, non-ASCII names) behaves as before.
func TestGojanetHostAPISet(t *testing.T) {
	r := New()
	_, err := r.RunString(`
		var log = [];
		var o = {a: 1, b: true, 'é': 0};
		var ro = Object.defineProperty({x: 1}, 'y', {value: 2, writable: false, enumerable: true});
		var acc = {get z() { return 9; }, set z(v) { log.push(v); }};
		var frozen = Object.freeze({f: 1});`)
	if err != nil {
		t.Fatal(err)
	}
	o, ro, acc, frozen := r.Get("o").(*Object), r.Get("ro").(*Object), r.Get("acc").(*Object), r.Get("frozen").(*Object)
	for _, c := range []struct {
		name string
		v    interface{}
	}{{"a", 1000}, {"b", false}, {"a", 2.5}, {"é", "s"}, {"new", int64(7)}, {"a", "text"}} {
		if err := o.Set(c.name, c.v); err != nil {
			t.Fatal(err)
		}
	}
	if err := ro.Set("x", 5); err != nil {
		t.Fatal(err)
	}
	_ = ro.Set("y", 5) // (ignored, as goja's generic path does)
	if err := acc.Set("z", 3); err != nil {
		t.Fatal(err)
	}
	_ = frozen.Set("f", 3)
	got, err := r.RunString(`JSON.stringify([o, Object.keys(o), ro, log, frozen])`)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"a":"text","b":false,"é":"s","new":7},["a","b","é","new"],{"x":5,"y":2},[3],{"f":1}]`
	if got.String() != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

// AppendOwnKeys lists what GetOwnPropertyNames lists, in the same order,
// for objects in shape mode, dictionaries, arrays and proxies.
func TestGojanetHostAPIAppendOwnKeys(t *testing.T) {
	r := New()
	for _, src := range []string{
		`var h = Object.create(null); h['content-type'] = 1; h.b = 2; h`,
		`var d = {a: 1, b: 2, c: 3, 2: 'x', 1: 'y'}; delete d.b; d`,
		`Object.defineProperty({a: 1}, 'hidden', {value: 2})`,
		`[1, 2, 3]`,
		`new Proxy({p: 1, q: 2}, {})`,
		`({})`,
	} {
		v, err := r.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		o := v.(*Object)
		want := o.GetOwnPropertyNames()
		got := o.AppendOwnKeys([]string{"pre"})
		if !reflect.DeepEqual(got, append([]string{"pre"}, want...)) {
			t.Fatalf("%s: got %q, want pre + %q", src, got, want)
		}
	}
}

func TestGojanetHostAPINewArrayFromValues(t *testing.T) {
	r := New()
	a := r.NewArrayFromValues([]Value{r.IntValue(1), nil, r.IntValue(1 << 40), r.ToValue("s")})
	r.Set("a", a)
	got, err := r.RunString(`JSON.stringify(a) + ' ' + a.length + ' ' + (1 in a) + ' ' + typeof a[1]`)
	if err != nil {
		t.Fatal(err)
	}
	if want := `[1,null,1099511627776,"s"] 4 true undefined`; got.String() != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}
