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
