package goja

import (
	"sync"
	"testing"
)

// gojanet: inline caches (gojanet_ic.go) give the generic path's answers
// when prototypes gain, lose and shadow names, change prototype, get
// accessors or read-only properties, and when objects are frozen or not
// extensible. want is node 20's output for the same script.
func TestInlineCacheSemantics(t *testing.T) {
	const script = `var out = [];
function log() { out.push(Array.prototype.join.call(arguments, ' ')); }
function get(o) { return o.x; }
function call(o) { return o.m(); }
function put(o, v) { o.x = v; return o; }
function putS(o, v) { 'use strict'; o.x = v; return o; }
var P = {m: function () { return 'P'; }};
var o1 = Object.create(P); o1.a = 1;
var r = [];
for (var i = 0; i < 3; i++) r.push(get(o1), call(o1));
P.x = 'px';                           // a prototype gains the name
r.push(get(o1));
var Q = Object.create(P); var o2 = Object.create(Q); o2.a = 1;
r.push(call(o2), get(o2));
Q.m = function () { return 'Q'; };     // an intermediate gains it
r.push(call(o2));
Q.x = 'qx'; r.push(get(o2));
delete Q.x; r.push(get(o2));
delete P.x; r.push(get(o2), get(o1));
Object.setPrototypeOf(Q, {m: function () { return 'R'; }});
delete Q.m;
r.push(call(o2), String(get(o2)));
log(r.join());
// getters on the prototype, own accessors, attribute changes after caching
var G = {get x() { return 'g' + this.a; }};
var g1 = Object.create(G); g1.a = 1; var g2 = Object.create(G); g2.a = 2;
r = [get(g1), get(g2), get(g1)];
Object.defineProperty(G, 'x', {get: function () { return 'h' + this.a; }});
r.push(get(g1));
var own = {a: 1, x: 2};
r.push(get(own), get(own));
Object.defineProperty(own, 'x', {get: function () { return 'acc'; }});
r.push(get(own));
log(r.join());
// writes: own slots, additions, read-only and setters on the chain
r = [];
var w1 = {a: 1, x: 0}, w2 = {a: 1, x: 0};
put(w1, 1); put(w2, 2); put(w1, 3);
r.push(w1.x, w2.x);
Object.freeze(w2); put(w2, 9); r.push(w2.x);
try { putS(w2, 9); } catch (e) { r.push(e.constructor.name); }
Object.defineProperty(w1, 'x', {writable: false}); put(w1, 7); r.push(w1.x);
var S = {}; var s1 = Object.create(S); s1.a = 1; var s2 = Object.create(S); s2.a = 1; var s3 = Object.create(S); s3.a = 1;
put(s1, 1); put(s2, 2);
r.push(Object.keys(s1).join(), s1.x, s2.x);
var seen = [];
Object.defineProperty(S, 'x', {set: function (v) { seen.push(v); }, get: function () { return 'S'; }, configurable: true});
put(s3, 3);
r.push(Object.keys(s3).join(), s3.x, seen.join());
delete S.x; Object.defineProperty(S, 'x', {value: 'ro', writable: false});
var s4 = Object.create(S); s4.a = 1; put(s4, 4);
r.push(Object.keys(s4).join(), s4.x);
try { putS(s4, 5); } catch (e) { r.push(e.constructor.name); }
var ne = Object.create(null); ne.a = 1; var ne2 = Object.create(null); ne2.a = 1;
put(ne, 1); Object.preventExtensions(ne2); put(ne2, 2);
r.push(ne.x, ne2.x, Object.keys(ne2).join());
log(r.join());
// a miss, then the name appears on Object.prototype, then it goes
r = [];
var plain = {a: 1};
r.push(get(plain), get(plain));
Object.prototype.x = 'op';
r.push(get(plain));
delete Object.prototype.x;
r.push(get(plain));
// methods of classes through several levels, and one shadowing later
class A { m() { return 'A'; } }
class B extends A {}
class C extends B { constructor() { super(); this.c = 1; } }
var cs = [new C(), new C()];
r.push(call(cs[0]), call(cs[1]));
B.prototype.m = function () { return 'B'; };
r.push(call(cs[0]));
cs[1].m = function () { return 'own'; };
r.push(call(cs[0]), call(cs[1]));
try { call({a: 1}); } catch (e) { r.push(e.constructor.name); }
log(r.join());
out.join('\n');
`
	const want = `,P,,P,,P,px,P,px,Q,qx,px,,,R,undefined
g1,g2,g1,h1,2,2,acc
3,2,2,TypeError,3,a,x,1,2,a,S,3,a,ro,TypeError,1,,a
,,op,,A,A,B,B,own,TypeError`
	vm := New()
	v, err := vm.RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// gojanet: reads cached through function objects and Function.prototype
// (fn.call, Express's router whose prototype is a function), reads and
// writes on receivers with no property yet (a Map, a Set, a RegExp, a new
// instance: keyed on their prototype's root shape), RegExp.prototype, and
// an object past 64 properties. want is node 20's output.
func TestInlineCacheHolders(t *testing.T) {
	const script = `var out = [];
function log() { out.push(Array.prototype.join.call(arguments, ' ')); }
function get(o) { return o.x; }
function m(o) { return o.m; }
function callIt(f) { return f.call(null, 1); }
function put(o, v) { o.x = v; return o; }
function putS(o, v) { 'use strict'; o.x = v; return o; }
var r = [];
// Function.prototype holders: call and bind, then replaced and shadowed
function f1(a) { return 'f1' + a; }
var f2 = (a) => 'f2' + a;
var nf = Math.max;
for (var i = 0; i < 3; i++) r.push(callIt(f1), callIt(f2), typeof m(nf));
var origCall = Function.prototype.call;
Function.prototype.call = function () { return 'patched'; };
r.push(callIt(f1), callIt(f2));
Function.prototype.call = origCall;
r.push(callIt(f1));
f1.call = function () { return 'own'; };
r.push(callIt(f1), callIt(f2));
log(r.join());
// a function as a prototype (Express: setPrototypeOf(router, proto) with proto a function)
r = [];
var proto = function () {};
proto.m = 'pm';
var router = function () {};
Object.setPrototypeOf(router, proto);
for (var i = 0; i < 3; i++) r.push(m(router));
proto.m = 'pm2'; r.push(m(router));
delete proto.m; r.push(String(m(router)));
Function.prototype.m = 'fpm'; r.push(m(router));
proto.m = 'pm3'; r.push(m(router));
router.m = 'own'; r.push(m(router));
delete Function.prototype.m;
var plainf = function () {}; r.push(String(m(plainf)));
var g = function () {}; Object.setPrototypeOf(g, proto); r.push(m(g));
var pg = function () {}; var ch = Object.create(pg); r.push(typeof get(ch));
r.push(typeof ch.prototype, typeof ch.prototype);
log(r.join());
// empty receivers: Map, Set, a RegExp, plain objects with no property yet
r = [];
var mp = new Map([[1, 'a']]), st = new Set([1]);
function mget(o) { return o.get(1); }
function shas(o) { return o.has(1); }
for (var i = 0; i < 3; i++) r.push(mget(mp), shas(st));
var origGet = Map.prototype.get;
Map.prototype.get = function () { return 'pg'; };
r.push(mget(mp));
Map.prototype.get = origGet;
mp.get = function () { return 'own'; };
r.push(mget(mp), mget(new Map([[1, 'b']])));
var re = /a/;
function t(o) { return o.test('a'); }
for (var i = 0; i < 3; i++) r.push(t(re));
var origTest = RegExp.prototype.test;
RegExp.prototype.test = function () { return 'rt'; };
r.push(t(re), t(/b/));
RegExp.prototype.test = origTest;
r.push(t(re));
var E = {x: 'ex'};
var e1 = Object.create(E), e2 = Object.create(E), e3 = Object.create(null);
for (var i = 0; i < 3; i++) r.push(get(e1), String(get(e3)));
E.x = 'ex2'; r.push(get(e2));
e1.y = 1; r.push(get(e1));
e2.x = 'own'; r.push(get(e2), get(Object.create(E)));
log(r.join());
// writes into empty objects: additions, then a setter or a read-only name appears
r = [];
function C() {}
var seen = [];
for (var i = 0; i < 3; i++) { var c = new C(); put(c, i); r.push(Object.keys(c).join() + c.x); }
Object.defineProperty(C.prototype, 'x', {set: function (v) { seen.push(v); }, get: function () { return 'cx'; }, configurable: true});
var c2 = new C(); put(c2, 7); r.push(Object.keys(c2).length, c2.x, seen.join());
delete C.prototype.x;
Object.defineProperty(C.prototype, 'x', {value: 'ro', writable: false, configurable: true});
var c3 = new C(); put(c3, 8); r.push(Object.keys(c3).length, c3.x);
try { putS(new C(), 9); } catch (e) { r.push(e.constructor.name); }
delete C.prototype.x;
var c4 = new C(); Object.preventExtensions(c4); put(c4, 1); r.push(Object.keys(c4).length);
var n1 = Object.create(null); put(n1, 5); r.push(n1.x);
log(r.join());
// an object past 64 properties keeps its own reads and writes right
r = [];
var big = {};
for (var i = 0; i < 100; i++) big['p' + i] = i;
function gp(o) { return o.p70 + o.p5; }
for (var i = 0; i < 3; i++) r.push(gp(big));
big.p70 = 1; r.push(gp(big));
delete big.p5; r.push(gp(big));
r.push(Object.keys(big).length, Object.keys(big)[99]);
log(r.join());
out.join('\n');
`
	const want = `f11,f21,undefined,f11,f21,undefined,f11,f21,undefined,patched,patched,f11,own,f21
pm,pm,pm,pm2,undefined,fpm,pm3,own,undefined,pm3,undefined,object,object
a,true,a,true,a,true,pg,own,b,true,true,true,rt,rt,true,ex,undefined,ex,undefined,ex,undefined,ex2,ex2,own,ex2
x0,x1,x2,0,cx,7,0,ro,TypeError,0,5
75,75,75,6,NaN,99,`
	vm := New()
	v, err := vm.RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// One compiled program run by several runtimes at once, each on its own
// goroutine (as gojanet's embedded modules are): every runtime gets its own
// answers (run with -race).
func TestInlineCacheSharedProgram(t *testing.T) {
	prg := MustCompile("ic.js", `
	function Point(x, y) { this.x = x; this.y = y; }
	Point.prototype.sum = function () { return this.x + this.y; };
	function run(tag, n) {
		var total = 0, o;
		for (var i = 0; i < n; i++) {
			o = new Point(i, tag);
			o.y = o.y + 1;
			total += o.sum() + (o.missing === undefined ? 0 : 1000);
			if (i === n / 2) Point.prototype.extra = tag;
		}
		return total + ':' + o.extra;
	}
	run;
	`, false)
	const workers, n = 4, 2000
	var wg sync.WaitGroup
	errs := make(chan string, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(tag int) {
			defer wg.Done()
			vm := New()
			fn, err := vm.RunProgram(prg)
			if err != nil {
				errs <- err.Error()
				return
			}
			run, _ := AssertFunction(fn)
			for rep := 0; rep < 5; rep++ {
				res, err := run(nil, vm.ToValue(tag), vm.ToValue(n))
				if err != nil {
					errs <- err.Error()
					return
				}
				// sum over i of (i + tag + 1)
				want := vm.ToValue(n*(n-1)/2+n*(tag+1)).String() + ":" + vm.ToValue(tag).String()
				if res.String() != want {
					errs <- res.String() + " want " + want
					return
				}
			}
		}(w + 1)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// gojanet: writes whose name a prototype holds (propIC.setPastProto): a
// setter up the chain is called with the receiver, a writable data property
// gives the receiver its own; the holder's property replaced, made
// read-only, turned into a getter or deleted, an intermediate gaining the
// name, a non-extensible receiver, a changed prototype. want is node 20's
// output for the same script.
func TestInlineCacheSetPastPrototype(t *testing.T) {
	const script = `var out = [];
function log() { out.push(Array.prototype.join.call(arguments, ' ')); }
function put(o, v) { o.x = v; return o; }
function putS(o, v) { 'use strict'; o.x = v; return o; }
function mk(p) { var o = Object.create(p); o.a = 1; return o; }
var r = [];
// a setter two levels up, called with the receiver, cached
var seen = [];
var H = {set x(v) { seen.push(this.a + ':' + v); }, get x() { return 'H'; }};
var M = Object.create(H);
var objs = [mk(M), mk(M), mk(M)];
for (var i = 0; i < 3; i++) objs.forEach(function (o, j) { o.a = j; put(o, i); });
r.push(seen.join(), Object.keys(objs[0]).join(), objs[0].x);
// the intermediate gains its own setter, then a data property
Object.defineProperty(M, 'x', {set: function (v) { seen.push('M' + v); }, configurable: true});
seen = []; put(objs[0], 5); r.push(seen.join());
delete M.x; seen = []; put(objs[1], 6); r.push(seen.join());
M.x = 'mx'; seen = []; put(objs[2], 7); r.push(seen.join(), Object.keys(objs[2]).join(), objs[2].x, M.x);
// the holder's setter replaced, removed (getter only), deleted
var H2 = {set x(v) { seen.push('a' + v); }};
var t = [mk(H2), mk(H2)];
seen = []; put(t[0], 1); put(t[1], 2);
Object.defineProperty(H2, 'x', {set: function (v) { seen.push('b' + v); }});
put(t[0], 3);
Object.defineProperty(H2, 'x', {set: undefined, get: function () { return 'g'; }});
put(t[1], 4);
try { putS(t[1], 5); } catch (e) { r.push(e.constructor.name + ': ' + e.message); }
r.push(seen.join(), Object.keys(t[1]).join(), t[1].x);
// a data property on the prototype: the receiver gets its own
var D = {x: 'd', y: 1};
var d = [mk(D), mk(D), mk(D), mk(D)];
put(d[0], 1); put(d[1], 2);
r.push(Object.keys(d[0]).join(), d[0].x, d[1].x, D.x);
Object.defineProperty(D, 'x', {writable: false});
put(d[2], 3);
try { putS(d[2], 3); } catch (e) { r.push(e.constructor.name); } // V8 adds "of object '#<Object>'"
r.push(Object.keys(d[2]).join(), d[2].x);
Object.defineProperty(D, 'x', {writable: true, enumerable: false});
put(d[3], 4); r.push(Object.keys(d[3]).join(), d[3].x);
delete D.x; var d5 = mk(D); put(d5, 5); r.push(Object.keys(d5).join(), d5.x);
// a non-extensible receiver
var D2 = {x: 0}; var n = [mk(D2), mk(D2)];
put(n[0], 1); Object.preventExtensions(n[1]); put(n[1], 2);
try { putS(n[1], 2); } catch (e) { r.push(e.constructor.name + ': ' + e.message); }
r.push(n[0].x, n[1].x, Object.keys(n[1]).join());
// the receiver's prototype changes to another with the setter
var H3 = {set x(v) { seen.push('h3' + v); }};
var sw = mk(H2); seen = [];
Object.defineProperty(H2, 'x', {set: function (v) { seen.push('h2' + v); }});
put(sw, 1); Object.setPrototypeOf(sw, H3); put(sw, 2); r.push(seen.join());
// classes: a setter on the base class's prototype
class A { set x(v) { this._x = v * 2; } get x() { return this._x; } }
class B extends A { constructor() { super(); this.b = 1; } }
var bs = [new B(), new B()]; put(bs[0], 1); put(bs[1], 2); put(bs[0], 3);
r.push(bs[0].x, bs[1].x, Object.keys(bs[0]).join());
log(r.join('|'));
out.join('\n');
`
	const want = `0:0,1:0,2:0,0:1,1:1,2:1,0:2,1:2,2:2|a|H|M5|1:6|2:7|a|H|H|TypeError: Cannot set property x of #<Object> which has only a getter|a1,a2,b3|a|g|a,x|1|2|d|TypeError|a|d|a,x|4|a,x|5|TypeError: Cannot add property x, object is not extensible|1|0|a|h21,h32|6|4|b,_x`
	vm := New()
	v, err := vm.RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}
