package goja

import "testing"

// gojanet: V8's message for an assignment to an accessor without a setter,
// with the receiver rendered as V8 does, and no getter run while rendering.
func TestSetterMissingMessage(t *testing.T) {
	const script = `
	'use strict';
	class Foo { get a() { return 1; } }
	const tagged = Object.defineProperty({ toString() { return 'x'; } }, 'x', { get() {} });
	tagged[Symbol.toStringTag] = 'Tagged';
	let touched = false;
	const trap = Object.defineProperty({}, 'x', { get() {} });
	Object.defineProperty(trap, 'constructor', { get() { touched = true; return Foo; } });
	const cases = [
		[Object.defineProperty({}, 'x', { get() {} }), 'x'],
		[new Foo(), 'a'],
		[Object.defineProperty([], 'x', { get() {} }), 'x'],
		[Object.defineProperty(function f() {}, 'x', { get() {} }), 'x'],
		[Object.defineProperty(Object.create(null), 'x', { get() {} }), 'x'],
		[tagged, 'x'],
		[trap, 'x'],
		[Object.create(Object.defineProperty({}, 'z', { get() {} })), 'z'],
		[Object.defineProperty({}, 0, { get() {} }), 0],
	];
	const out = [];
	for (const [o, k] of cases) {
		try { o[k] = 1; out.push('no throw'); } catch (e) { out.push(e.message); }
	}
	out.push(String(touched));
	out.join('\n');
	`
	want := "Cannot set property x of #<Object> which has only a getter\n" +
		"Cannot set property a of #<Foo> which has only a getter\n" +
		"Cannot set property x of [object Array] which has only a getter\n" +
		"Cannot set property x of function f() {} which has only a getter\n" +
		"Cannot set property x of [object Object] which has only a getter\n" +
		"Cannot set property x of [object Tagged] which has only a getter\n" +
		"Cannot set property x of [object Object] which has only a getter\n" +
		"Cannot set property z of #<Object> which has only a getter\n" +
		"Cannot set property 0 of #<Object> which has only a getter\n" +
		"false"
	v, err := New().RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
