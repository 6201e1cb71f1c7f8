package goja

import "testing"

// gojanet (engineperf40): reads of a host object's (DynamicObject's)
// names go to its own Get first and then to its prototype through the
// site's cache (propIC.dynamicGet): the same answers as the uncached
// path, as the prototype changes, through getters (with the host object
// as `this`), a proxy or another host object as the prototype, and own
// names that appear later.
func TestDynamicObjectProtoReads(t *testing.T) {
	vm := New()
	own := &testDynObject{r: vm, m: map[string]Value{}}
	o := vm.NewDynamicObject(own)
	vm.Set("o", o)
	vm.Set("o2", vm.NewDynamicObject(&testDynObject{r: vm, m: map[string]Value{"x": vm.ToValue("own2")}}))
	v, err := vm.RunString(`
	const P = { m() { return 'm:' + (this === o); }, get g() { return 'g:' + (this === o); }, x: 'px' };
	Object.setPrototypeOf(o, P);
	function read(h) { return [h.m(), h.g, h.x, h.absent, typeof h.toString].join(); }
	const r = [];
	for (let i = 0; i < 10; i++) {
		if (i === 2) P.x = 'px2';
		if (i === 3) o.x = 'ownx';
		if (i === 4) delete o.x;
		if (i === 5) Object.defineProperty(P, 'x', { get() { return 'gx'; }, configurable: true });
		if (i === 6) Object.setPrototypeOf(o, { m() { return 'q'; }, get g() { return 'qg'; } });
		if (i === 7) Object.setPrototypeOf(o, new Proxy(P, { get(t, k, rc) { return k === 'x' ? 'proxied' : Reflect.get(t, k, rc); } }));
		if (i === 8) Object.setPrototypeOf(o, o2);
		if (i === 9) Object.setPrototypeOf(o, null);
		try { r.push(read(o)); } catch (e) { r.push(e.message); }
	}
	r.join('|');
	`)
	if err != nil {
		t.Fatal(err)
	}
	want := "m:true,g:true,px,,function|m:true,g:true,px,,function|m:true,g:true,px2,,function|" +
		"m:true,g:true,ownx,,function|m:true,g:true,px2,,function|m:true,g:true,gx,,function|" +
		"q,qg,,,function|m:true,g:true,proxied,,function|h.m is not a function|h.m is not a function"
	if got := v.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// gojanet (connperf7): a host object's first write of a name it lacks asks
// its prototype chain through the site's cache (propIC.dynamicSet); a
// setter or a read-only property added to the chain later (the prototype,
// one further up, Object.prototype, a new prototype) is honoured as by the
// uncached path, strict and sloppy.
func TestDynamicObjectFirstWrites(t *testing.T) {
	vm := New()
	vm.Set("mk", func(call FunctionCall) Value {
		o := vm.NewDynamicObject(&testDynObject{r: vm, m: map[string]Value{}})
		o.SetPrototype(call.Argument(0).ToObject(vm))
		return o
	})
	v, err := vm.RunString(`
	const Q = {}; const P = Object.create(Q);
	const R = { set a(v) { log.push('R.set ' + v); } };
	const log = [];
	function strict(h, v) { 'use strict'; h.a = v; }
	function sloppy(h, v) { h.a = v; }
	for (let i = 0; i < 12; i++) {
		if (i === 2) Object.defineProperty(P, 'a', { set(v) { log.push('P.set ' + v); }, configurable: true });
		if (i === 3) delete P.a;
		if (i === 4) Object.defineProperty(Q, 'a', { value: 'ro', writable: false, configurable: true });
		if (i === 5) delete Q.a;
		if (i === 6) Object.defineProperty(Object.prototype, 'a', { set(v) { log.push('O.set ' + v); }, configurable: true });
		if (i === 7) delete Object.prototype.a;
		if (i === 8) Object.setPrototypeOf(P, R);
		if (i === 9) Object.setPrototypeOf(P, Q);
		if (i === 10) Q.a = 'data';
		const h1 = mk(P), h2 = mk(P);
		let r;
		try { strict(h1, i); r = 's:' + Object.keys(h1).join(); } catch (e) { r = 's:' + e.constructor.name; }
		sloppy(h2, i);
		log.push(i + ' ' + r + ' p:' + Object.keys(h2).join() + ' ' + h1.a + ' ' + h2.a);
	}
	log.join('|');
	`)
	if err != nil {
		t.Fatal(err)
	}
	want := "0 s:a p:a 0 0|1 s:a p:a 1 1|P.set 2|P.set 2|2 s: p: undefined undefined|3 s:a p:a 3 3|" +
		"4 s:TypeError p: ro ro|5 s:a p:a 5 5|O.set 6|O.set 6|6 s: p: undefined undefined|7 s:a p:a 7 7|" +
		"R.set 8|R.set 8|8 s: p: undefined undefined|9 s:a p:a 9 9|10 s:a p:a 10 10|11 s:a p:a 11 11"
	if got := v.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
