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

// NewDataObject makes what assigning the names one by one to {} makes, and
// declines (nil) a repeated name, an index or a name Object.prototype has;
// DenseArrayValues reads plain arrays only.
func TestGojanetHostAPIDataObject(t *testing.T) {
	r := New()
	if _, err := r.RunString(`Object.prototype.inherited = 1; var dense = ['a', 1], holes = [1, , 3], acc = [1];
		Object.defineProperty(acc, 0, {get() { return 2; }}); var short = new Array(3); var obj = {0: 'x', length: 1};`); err != nil {
		t.Fatal(err)
	}
	o := r.NewDataObject([]string{"b", "a", "é", "c"}, []Value{r.ToValue("x"), r.ToValue(1), r.ToValue("y"), nil})
	r.Set("o", o)
	got, err := r.RunString(`JSON.stringify([Object.keys(o), o.b, o.a, o['é'], 'c' in o, o.c, Object.getPrototypeOf(o) === Object.prototype,
		Object.getOwnPropertyDescriptor(o, 'a')])`)
	if err != nil {
		t.Fatal(err)
	}
	if want := `[["b","a","é","c"],"x",1,"y",true,null,true,{"value":1,"writable":true,"enumerable":true,"configurable":true}]`; got.String() != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	for _, names := range [][]string{{"a", "a"}, {"a", "1"}, {"constructor"}, {"__proto__"}, {"inherited"}, {"toString"}} {
		if o := r.NewDataObject(names, make([]Value, len(names))); o != nil {
			t.Errorf("%q: made an object", names)
		}
	}
	if vals, ok := r.Get("dense").(*Object).DenseArrayValues(); !ok || len(vals) != 2 || vals[0].String() != "a" {
		t.Errorf("dense: %v %v", vals, ok)
	}
	for _, name := range []string{"holes", "acc", "short", "obj"} {
		if _, ok := r.Get(name).(*Object).DenseArrayValues(); ok {
			t.Errorf("%s: ok", name)
		}
	}
}

// NewDataObjectCached makes what NewDataObject makes, with the last shape
// for the same names (the objects are independent), and checks the names
// again once Object.prototype gained one of them.
func TestGojanetHostAPIDataObjectCached(t *testing.T) {
	r := New()
	var l DataObjectLayout
	names := []string{"host", "user-agent", "accept"}
	a := r.NewDataObjectCached(&l, names, []Value{r.ToValue("h1"), r.ToValue("u1"), nil})
	b := r.NewDataObjectCached(&l, names, []Value{r.ToValue("h2"), r.ToValue("u2"), r.ToValue("x")})
	if a == nil || b == nil || l.sh == nil {
		t.Fatalf("%v %v %v", a, b, l.sh)
	}
	if b.self.(*baseObject).values.sh != a.self.(*baseObject).values.sh {
		t.Errorf("not the same shape")
	}
	c := r.NewDataObjectCached(&l, []string{"host", "accept"}, []Value{r.ToValue("h3"), r.ToValue("a3")})
	r.Set("a", a)
	r.Set("b", b)
	r.Set("c", c)
	got, err := r.RunString(`b.extra = 1; a.host = 'H';
		JSON.stringify([a, b, c, Object.keys(b), Object.getPrototypeOf(b) === Object.prototype,
			Object.getOwnPropertyDescriptor(b, 'accept'), 'accept' in a, a.accept])`)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"host":"H","user-agent":"u1"},{"host":"h2","user-agent":"u2","accept":"x","extra":1},{"host":"h3","accept":"a3"},` +
		`["host","user-agent","accept","extra"],true,{"value":"x","writable":true,"enumerable":true,"configurable":true},true,null]`
	if got.String() != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	names = []string{"host", "accept"}
	if o := r.NewDataObjectCached(&l, names, []Value{nil, nil}); o == nil {
		t.Fatal("no object")
	}
	if _, err := r.RunString(`Object.defineProperty(Object.prototype, 'accept', {set(v) {}, configurable: true})`); err != nil {
		t.Fatal(err)
	}
	if o := r.NewDataObjectCached(&l, names, []Value{nil, nil}); o != nil {
		t.Errorf("made an object with a name Object.prototype has")
	}
}

// AppendOwnDataValues lists what AppendOwnKeys and Get give for a plain
// object of data properties, and declines (false, nothing appended) an
// accessor, a property with other attributes, a dictionary and an array.
func TestGojanetHostAPIAppendOwnDataValues(t *testing.T) {
	r := New()
	if _, err := r.RunString(`var plain = {__proto__: null, b: 'x', a: 1}; plain.c = [1]; plain.a = 2;
		var acc = {a: 1, get b() { return 2; }}; var ro = {a: 1}; Object.defineProperty(ro, 'b', {value: 2, enumerable: true});
		var dict = {}; for (let i = 0; i < 200; i++) dict['k' + i] = i; var arr = [1, 2];`); err != nil {
		t.Fatal(err)
	}
	plain := r.Get("plain").(*Object)
	names, values, ok := plain.AppendOwnDataValues([]string{"pre"}, []Value{_null})
	want := plain.AppendOwnKeys([]string{"pre"})
	if !ok || len(names) != len(want) || len(values) != len(want) {
		t.Fatalf("plain: %v %v %v, want names %v", names, values, ok, want)
	}
	for i := 1; i < len(want); i++ {
		if names[i] != want[i] || !values[i].SameAs(plain.Get(want[i])) {
			t.Errorf("plain %d: %s=%v, want %s=%v", i, names[i], values[i], want[i], plain.Get(want[i]))
		}
	}
	for _, name := range []string{"acc", "ro", "dict", "arr"} {
		if names, values, ok := r.Get(name).(*Object).AppendOwnDataValues([]string{"pre"}, nil); ok || len(names) != 1 || len(values) != 0 {
			t.Errorf("%s: %v %v %v", name, names, values, ok)
		}
	}
}
