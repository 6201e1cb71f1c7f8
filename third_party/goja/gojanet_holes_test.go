package goja

import "testing"

// A hole reads as undefined wherever a builtin hands an element on: to a
// callback (a native one such as Boolean took a Go nil and panicked), into
// a new array, a map or an object.
func TestHolesReadAsUndefined(t *testing.T) {
	const script = `
	const h = [, 1];
	const r = [
		h.find(Boolean), h.findIndex(Boolean), h.findLast(Number.isNaN), h.findLastIndex(Boolean),
		Array.from(h, Boolean).join(), Uint8Array.from(h, Boolean).join(), Float64Array.from({ length: 2, 1: 3 }, Number).join(),
		h.toReversed()[1], h.toSorted()[1], h.with(1, 2)[0], [, 5].pop(), [, 5].shift(),
		[...new Map([[, 1]])][0][0], [...new Map([[2, ,]])][0][1], Object.keys(Object.fromEntries([[, 1]]))[0],
		new WeakMap([[{}, ,]]) instanceof WeakMap,
	];
	r.map(String).join('|');
	`
	vm := New()
	v, err := vm.RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	const want = "1|1|undefined|1|false,true|0,1|NaN,3|undefined|undefined|undefined|5|undefined|undefined|undefined|undefined|true"
	if got := v.String(); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}
