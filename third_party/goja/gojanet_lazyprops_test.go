package goja

import "testing"

func TestLazyGetterDescriptors(t *testing.T) {
	r := New()
	get, err := r.RunString(`(function () {
		let made = 0;
		const get = function () { made++; Object.defineProperty(this, 'lazy', { value: 7, writable: true, configurable: true }); return 7; };
		Object.defineProperty(globalThis, 'lazy', { get, configurable: true });
		Object.defineProperty(globalThis, 'plain', { get() { return 1; }, configurable: true });
		globalThis.made = () => made;
		return get;
	})()`)
	if err != nil {
		t.Fatal(err)
	}
	r.MarkLazyGetter(get.(*Object))
	v, err := r.RunString(`[
		JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'lazy')),
		'get' in Object.getOwnPropertyDescriptor(globalThis, 'plain'),
		JSON.stringify(Reflect.getOwnPropertyDescriptor(globalThis, 'lazy')),
		Object.getOwnPropertyDescriptors(globalThis).lazy.value,
		made(),
	].join(' ')`)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"value":7,"writable":true,"enumerable":false,"configurable":true} true {"value":7,"writable":true,"enumerable":false,"configurable":true} 7 1`
	if v.String() != want {
		t.Fatalf("got %s, want %s", v, want)
	}
}

func TestDescribedOtherwise(t *testing.T) {
	r := New()
	v, err := r.RunString(`const o = { plain: 1 };
		let t = 'a';
		Object.defineProperty(o, 'title', { get() { return t; }, set(v) { t = v; }, enumerable: true, configurable: true });
		Object.defineProperty(o, 'data', { value: 2, writable: true, configurable: true });
		const acc = { get() { return o.data; }, set(v) { o.data = v; } };
		[o, Object.getOwnPropertyDescriptor(o, 'title').get, acc.get, acc.set]`)
	if err != nil {
		t.Fatal(err)
	}
	a := v.(*Object)
	o := a.Get("0").(*Object)
	r.MarkNativeDataGetter(a.Get("1").(*Object))
	r.DescribeAsAccessor(o, "data", a.Get("2").(*Object), a.Get("3").(*Object))
	v, err = r.RunString(`o.title = 'b';
		const d = Object.getOwnPropertyDescriptor(o, 'data');
		d.set(5);
		[JSON.stringify(Object.getOwnPropertyDescriptor(o, 'title')), typeof d.get, d.get(), o.data,
		 JSON.stringify(Reflect.getOwnPropertyDescriptor(o, 'plain'))].join(' ')`)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"value":"b","writable":true,"enumerable":true,"configurable":true} function 5 5 {"value":1,"writable":true,"enumerable":true,"configurable":true}`
	if v.String() != want {
		t.Fatalf("got %s, want %s", v, want)
	}
}

// A script's definition of a described property applies to the accessor
// (a partial one keeps the other function), whose get and set keep their
// own value from then on; a Proxy describes the property as the target does.
func TestDescribedAccessorDefined(t *testing.T) {
	r := New()
	o := r.NewObject()
	o.Set("data", 1)
	get := r.ToValue(func(FunctionCall) Value { return r.AccessorViewGet(o, "data") }).(*Object)
	set := r.ToValue(func(c FunctionCall) Value { r.AccessorViewSet(o, "data", c.Argument(0)); return _undefined }).(*Object)
	r.DescribeAsAccessor(o, "data", get, set)
	r.Set("o", o)
	v, err := r.RunString(`const d = Object.getOwnPropertyDescriptor(o, 'data');
		const viaProxy = typeof Object.getOwnPropertyDescriptor(new Proxy(o, {}), 'data').set;
		o.data = 2;
		const before = d.get();
		Reflect.defineProperty(o, 'data', { get() { return 'mine'; } });
		const after = Object.getOwnPropertyDescriptor(o, 'data');
		o.data = 3; // (d.set: the accessor's own value)
		[viaProxy, before, after.set === d.set, o.data, d.get(), delete o.data, d.get(), 'data' in o].join(' ')`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "function 2 true mine 3 true 3 false"; v.String() != want {
		t.Fatalf("got %s, want %s", v, want)
	}
}

// A view the host gave no functions (nil) is made an accessor without them.
func TestDescribedAccessorNil(t *testing.T) {
	r := New()
	o := r.NewObject()
	o.Set("data", 1)
	r.DescribeAsAccessor(o, "data", nil, nil)
	r.Set("o", o)
	v, err := r.RunString(`Object.defineProperty(o, 'data', { enumerable: false });
		const d = Object.getOwnPropertyDescriptor(o, 'data');
		[typeof d.get, typeof d.set, d.enumerable].join(' ')`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "undefined undefined false"; v.String() != want {
		t.Fatalf("got %s, want %s", v, want)
	}
}
