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
