package goja

import "testing"

// gojanet: Array.prototype.push's fast path (gojanet_array.go) and the
// global `undefined` shortcut (gojanet_calls.go ownGlobalObject) give the
// generic path's answers: holes, frozen and sealed arrays, read-only length,
// index setters and read-only indices added to Array.prototype and
// Object.prototype after the fast path ran, another prototype, proxies,
// subclasses, and `undefined` rebound by a local or an eval. want is node
// 20's output for the same script.
func TestArrayPushFastPath(t *testing.T) {
	const script = `
var out = [];
function t(name, f) { try { out.push(name + ': ' + JSON.stringify(f())); } catch (e) { out.push(name + ' threw ' + e.constructor.name); } }
t('basic', function () { var a = [1]; var n = a.push(2, 3, 4); return [n, a]; });
t('empty', function () { var a = []; return [a.push(), a.length]; });
t('holes', function () { var a = [1, , 3]; a.push(4); return [a.length, 1 in a, a]; });
t('length-grown', function () { var a = [1]; a.length = 5; a.push(9); return [a.length, a[5], 4 in a]; });
t('frozen', function () { var a = Object.freeze([1]); return a.push(2); });
t('sealed', function () { var a = Object.seal([1]); return a.push(2); });
t('nonwritable-length', function () { var a = [1]; Object.defineProperty(a, 'length', {writable: false}); return a.push(2); });
t('warm', function () { var a = []; for (var i = 0; i < 5; i++) a.push(i); return a; });
t('proto-setter', function () { var log = []; Object.defineProperty(Array.prototype, '2', {set: function (v) { log.push('set ' + v); }, configurable: true}); var a = [0, 1]; var n = a.push('x', 'y'); delete Array.prototype[2]; return [n, a.length, 2 in a, a[3], log]; });
t('after-delete', function () { var a = [0, 1]; a.push('x', 'y'); return a; });
t('proto-assigned', function () { Array.prototype[1] = 'p'; var a = [0]; a.push(5); var own = Object.getOwnPropertyNames(a); delete Array.prototype[1]; return [a.length, own]; });
t('objproto-readonly', function () { Object.defineProperty(Object.prototype, '1', {value: 'ro', writable: false, configurable: true}); var a = [0]; var r; try { r = a.push(5); } catch (e) { r = e.constructor.name; } delete Object.prototype[1]; return [r, a.length, Object.getOwnPropertyNames(a)]; });
t('objproto-setter', function () { var seen = []; Object.defineProperty(Object.prototype, '3', {set: function (v) { seen.push(v); }, configurable: true}); var a = [0, 1, 2]; a.push('a', 'b'); delete Object.prototype[3]; return [a.length, seen, 3 in a]; });
t('setproto', function () { var p = Object.create(Array.prototype); Object.defineProperty(p, '1', {set: function (v) { this.seen = v; }}); var a = [0]; Object.setPrototypeOf(a, p); a.push(7); return [a.length, a.seen, Object.keys(a)]; });
t('generic', function () { var o = {length: 2}; return [Array.prototype.push.call(o, 'a'), o]; });
t('big', function () { var a = []; for (var i = 0; i < 10000; i++) a.push(i, i); return [a.length, a[19999]]; });
t('sparse', function () { var a = []; a[5000] = 1; a.push(2); return [a.length, a[5001], Object.keys(a).length]; });
t('proxy', function () { var log = []; var p = new Proxy([1], {set: function (t, k, v) { log.push(String(k)); t[k] = v; return true; }}); p.push(2); return log; });
t('subclass', function () { class A extends Array {} var a = new A(); a.push(1, 2); return [a.length, a instanceof A]; });
t('undefined', function () { var u = undefined; var r = [u === undefined, typeof undefined, (function () { var undefined = 3; return undefined; })()]; r.push((function () { eval('var undefined = 4'); return undefined; })()); return r; });
out.join('\n');
`
	const want = `basic: [4,[1,2,3,4]]
empty: [0,0]
holes: [4,false,[1,null,3,4]]
length-grown: [6,9,false]
frozen threw TypeError
sealed threw TypeError
nonwritable-length threw TypeError
warm: [0,1,2,3,4]
proto-setter: [4,4,false,"y",["set x"]]
after-delete: [0,1,"x","y"]
proto-assigned: [2,["0","1","length"]]
objproto-readonly: ["TypeError",1,["0","length"]]
objproto-setter: [5,["a"],false]
setproto: [2,7,["0","seen"]]
generic: [3,{"2":"a","length":3}]
big: [20000,9999]
sparse: [5002,2,2]
proxy: ["1","length"]
subclass: [2,true]
undefined: [true,"undefined",3,4]`
	vm := New()
	v, err := vm.RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// A new array takes its "length" shape from the prototype's root (array.go
// init): arrays share it, with length in the one slot, and an array whose
// prototype's root first grew another name (an object made from
// Array.prototype) still gets "length" first, as by the usual transition.
func TestArrayInitLengthShape(t *testing.T) {
	vm := New()
	v, err := vm.RunString(`
	var a1 = [], a2 = [1, 2], a3 = new Array(3);
	var o = Object.create(Array.prototype); o.x = 1;
	function Sub() {} Sub.prototype = Object.create(Array.prototype);
	var s = Object.create(Sub.prototype); s.y = 2;
	var a4 = Reflect.construct(Array, [2], Sub);
	var a5 = [7]; a5.z = 1;
	JSON.stringify([a1.length, a2.length, a3.length, Object.getOwnPropertyNames(a2), Object.getOwnPropertyNames(o),
	  a4.length, a4 instanceof Sub, Object.getOwnPropertyNames(a4), Object.getOwnPropertyNames(a5), [].concat(a2, [3]).length]);
	`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), `[0,2,3,["0","1","length"],["x"],2,true,["length"],["0","length","z"],3]`; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	get := func(n string) *arrayObject { return vm.Get(n).(*Object).self.(*arrayObject) }
	a1, a2, a3 := get("a1"), get("a2"), get("a3")
	sh := a1.baseObject.values.sh
	if sh == nil || a2.baseObject.values.sh != sh || a3.baseObject.values.sh != sh || len(sh.names) != 1 || sh.names[0] != "length" {
		t.Fatalf("arrays' shapes: %p %p %p", sh, a2.baseObject.values.sh, a3.baseObject.values.sh)
	}
	if len(a1.baseObject.values.v) != 1 || a1.baseObject.values.v[0] != &a1.lengthProp {
		t.Fatal("length slot")
	}
	a4 := get("a4")
	if s := a4.baseObject.values.sh; s == nil || len(s.names) != 1 || s.names[0] != "length" || a4.baseObject.values.v[0] != &a4.lengthProp {
		t.Fatal("a4's length shape")
	}
}
