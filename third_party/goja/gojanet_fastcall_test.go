package goja

import "testing"

// gojanet: fn.call, fn.apply and Reflect.apply run in the caller's interpreter
// loop (gojanet_fastcall.go) with every semantics of the native path: this
// coercion, arguments, new.target, holes, array-likes and Proxies, the errors,
// the targets that take the native path (want is node 20's output).
func TestFastCallSemantics(t *testing.T) {
	const script = `const out = [];
function sloppy() { return typeof this + ':' + (this === globalThis) + ':' + arguments.length + ':' + Array.prototype.join.call(arguments, ','); }
function strict() { 'use strict'; return String(this) + ':' + arguments.length + ':' + [...arguments].join(',') + ':' + (new.target === undefined); }
const arrow = (...a) => typeof this + ':' + a.join(',');
const obj = { m(a, b) { return this.tag + a + b; }, tag: 'T' };
class K { constructor() { this.x = 1; } meth(a) { return this.x + a; } }
for (const [name, f] of [['sloppy', sloppy], ['strict', strict], ['arrow', arrow]]) {
  out.push(name + ' call() ' + f.call());
  out.push(name + ' call(null) ' + f.call(null));
  out.push(name + ' call(1,2,3) ' + f.call(1, 2, 3));
  out.push(name + ' call("s",[1]) ' + f.call('s', [1]));
  out.push(name + ' apply() ' + f.apply());
  out.push(name + ' apply(u, null) ' + f.apply(undefined, null));
  out.push(name + ' apply(1, [2,,4]) ' + f.apply(1, [2, , 4]));
  out.push(name + ' apply(1, {length:2,0:"a",1:"b"}) ' + f.apply(1, {length: 2, 0: 'a', 1: 'b'}));
  out.push(name + ' Reflect.apply(f, 5, [6,7]) ' + Reflect.apply(f, 5, [6, 7]));
  out.push(name + ' Reflect.apply(f, 5, []) ' + Reflect.apply(f, 5, []));
  out.push(name + ' call many ' + f.call(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20));
}
out.push('method ' + obj.m.call({tag: 'U'}, 1, 2) + ' ' + obj.m.apply(obj, [3, 4]) + ' ' + Reflect.apply(obj.m, {tag: 'R'}, ['x']));
out.push('class method ' + K.prototype.meth.call(new K(), 41));
function tryIt(label, fn) { try { out.push(label + ' -> ' + fn()); } catch (e) { out.push(label + ' throws ' + e.constructor.name); } }
tryIt('class ctor via call', () => K.call({}));
tryIt('Reflect.apply no args', () => Reflect.apply(sloppy));
tryIt('Reflect.apply 2 args', () => Reflect.apply(sloppy, 1));
tryIt('Reflect.apply non-callable', () => Reflect.apply({}, 1, []));
tryIt('Reflect.apply bad list', () => Reflect.apply(sloppy, 1, 5));
tryIt('apply bad list', () => sloppy.apply(1, 5));
tryIt('call on non-callable', () => Function.prototype.call.call({}, 1));
tryIt('apply getter throws', () => sloppy.apply(1, {get length() { throw new RangeError('len'); }}));
tryIt('apply proxy', () => sloppy.apply(1, new Proxy([7, 8], {})));
tryIt('thrown through call', () => { try { (function () { throw new TypeError('inner'); }).call(1); } catch (e) { return 'caught ' + e.message; } });
tryIt('nested', () => sloppy.call.call(strict, 'a', 'b', 'c'));
tryIt('apply of call', () => Function.prototype.call.apply(strict, ['p', 'q', 'r']));
tryIt('Reflect.apply of apply', () => Reflect.apply(Function.prototype.apply, strict, ['z', ['y']]));
tryIt('bound via call', () => sloppy.bind('b', 1).call('ignored', 2));
tryIt('native via call', () => Math.max.call(null, 1, 5, 3) + ',' + Array.prototype.slice.call([1, 2, 3], 1));
tryIt('generator via call', () => [...(function* (a) { yield this; yield a; }).call('g', 'h')].join());
tryIt('async via call', () => typeof (async function () {}).call(1).then);
let depth = 0;
function rec(n) { depth++; return n === 0 ? 0 : 1 + rec.call(this, n - 1) + Reflect.apply(rec, this, [0]); }
tryIt('recursion', () => rec(500) + ':' + depth);
function counter() { return this.n++; }
const ctr = {n: 0};
for (let i = 0; i < 1000; i++) counter.call(ctr);
out.push('loop ' + ctr.n);
tryIt('frames', () => {
  function thrower() { throw new Error('f'); }
  function viaCall() { thrower.call(null); }
  try { viaCall(); } catch (e) { return e.stack.split('\n').slice(1, 3).map(l => l.trim().split(' ')[1]).join(','); }
});
out.join('\n');
`
	const want = `sloppy call() object:true:0:
sloppy call(null) object:true:0:
sloppy call(1,2,3) object:false:2:2,3
sloppy call("s",[1]) object:false:1:1
sloppy apply() object:true:0:
sloppy apply(u, null) object:true:0:
sloppy apply(1, [2,,4]) object:false:3:2,,4
sloppy apply(1, {length:2,0:"a",1:"b"}) object:false:2:a,b
sloppy Reflect.apply(f, 5, [6,7]) object:false:2:6,7
sloppy Reflect.apply(f, 5, []) object:false:0:
sloppy call many object:false:20:1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20
strict call() undefined:0::true
strict call(null) null:0::true
strict call(1,2,3) 1:2:2,3:true
strict call("s",[1]) s:1:1:true
strict apply() undefined:0::true
strict apply(u, null) undefined:0::true
strict apply(1, [2,,4]) 1:3:2,,4:true
strict apply(1, {length:2,0:"a",1:"b"}) 1:2:a,b:true
strict Reflect.apply(f, 5, [6,7]) 5:2:6,7:true
strict Reflect.apply(f, 5, []) 5:0::true
strict call many 0:20:1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20:true
arrow call() object:
arrow call(null) object:
arrow call(1,2,3) object:2,3
arrow call("s",[1]) object:1
arrow apply() object:
arrow apply(u, null) object:
arrow apply(1, [2,,4]) object:2,,4
arrow apply(1, {length:2,0:"a",1:"b"}) object:a,b
arrow Reflect.apply(f, 5, [6,7]) object:6,7
arrow Reflect.apply(f, 5, []) object:
arrow call many object:1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20
method U12 T34 Rxundefined
class method 42
class ctor via call throws TypeError
Reflect.apply no args throws TypeError
Reflect.apply 2 args throws TypeError
Reflect.apply non-callable throws TypeError
Reflect.apply bad list throws TypeError
apply bad list throws TypeError
call on non-callable throws TypeError
apply getter throws throws RangeError
apply proxy -> object:false:2:7,8
thrown through call -> caught inner
nested -> a:2:b,c:true
apply of call -> p:2:q,r:true
Reflect.apply of apply -> z:1:y:true
bound via call -> object:false:2:1,2
native via call -> 5,2,3
generator via call -> g,h
async via call -> function
recursion -> 500:1001
loop 1000
frames -> thrower,viaCall`
	v, err := New().RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}
