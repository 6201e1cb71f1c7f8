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
