package goja

import "testing"

// gojanet: bound functions entered in the caller's loop (gojanet_fastcall.go),
// accessors and instanceof without method values (gojanet_calls.go), keys of
// obj[k] kept as they are (toPropertyKey), slot reservation of plain objects
// and arrays' own length slot (gojanet_shape.go, array.go): every semantics
// of the paths they replace (want is node 20's output, vm.runInNewContext).
func TestPerf3Semantics(t *testing.T) {
	const script = `const out = [];
function sloppy() { return typeof this + ':' + (this === globalThis) + ':' + arguments.length + ':' + Array.prototype.join.call(arguments, ','); }
function strict() { 'use strict'; return String(this) + ':' + arguments.length + ':' + [...arguments].join(',') + ':' + (new.target === undefined); }
const arrow = (...a) => typeof this + ':' + a.join(',');
for (const [name, f] of [['sloppy', sloppy], ['strict', strict], ['arrow', arrow]]) {
  out.push(name + ' bind() ' + f.bind()());
  out.push(name + ' bind(null)(1) ' + f.bind(null)(1));
  out.push(name + ' bind(1,2)(3,4) ' + f.bind(1, 2)(3, 4));
  out.push(name + ' bind(1,2).bind(5,6)(7) ' + f.bind(1, 2).bind(5, 6)(7));
  out.push(name + ' many ' + f.bind(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)(11, 12, 13, 14, 15, 16, 17, 18, 19, 20));
}
const obj = { m(a) { return this.tag + a; }, tag: 'T' };
out.push('method ' + obj.m.bind({tag: 'U'})(1));
class K { constructor(v) { this.v = v; } }
function tryIt(label, fn) { try { out.push(label + ' -> ' + fn()); } catch (e) { out.push(label + ' throws ' + e.constructor.name); } }
tryIt('class ctor bound', () => K.bind(null, 5)());
tryIt('new bound class', () => new (K.bind(null, 5))().v);
function F(a, b) { this.s = a + b; }
tryIt('new bound', () => { const o = new (F.bind({}, 'x'))('y'); return o.s + (o instanceof F); });
tryIt('native bound', () => Math.max.bind(null, 3)(1, 9));
tryIt('generator bound', () => [...(function* (a) { yield this; yield a; }).bind('g', 'h')()].join());
tryIt('async bound', () => typeof (async function () {}).bind(1)().then);
let depth = 0;
function rec(n) { depth++; return n === 0 ? 0 : 1 + recB(n - 1); }
const recB = rec.bind(null);
tryIt('recursion', () => rec(500) + ':' + depth);
tryIt('frames', () => {
  function thrower() { throw new Error('f'); }
  const tb = thrower.bind(null, 1);
  function viaBound() { tb(); }
  try { viaBound(); } catch (e) { return e.stack.split('\n').slice(1, 3).map(l => l.trim().split(' ')[1]).join(','); }
});
// accessors: getters and setters of each kind of function
const acc = {
  _v: 1,
  get a() { return this._v; }, set a(v) { this._v = v * 2; },
};
Object.defineProperty(acc, 'b', { get: () => 'arrow', set: (v) => { acc._w = v; } });
Object.defineProperty(acc, 'c', { get: function () { return 'fn' + this._v; } });
Object.defineProperty(acc, 'd', { get: Object.prototype.toString });
Object.defineProperty(acc, 'e', { get: sloppy.bind('bb', 'x') });
acc.a = 5; acc.b = 7;
out.push('accessors ' + [acc.a, acc.b, acc._w, acc.c, acc.d, acc.e].join('|'));
class P { #x = 3; get x() { return this.#x; } set x(v) { this.#x = v; } }
const p = new P(); p.x = 9;
out.push('class accessor ' + p.x);
// instanceof
class A {} class B extends A {}
function G() {}
out.push('instanceof ' + [new B() instanceof A, new A() instanceof B, {} instanceof G, Object.create(G.prototype) instanceof G, [] instanceof Array, (() => 1) instanceof Function].join());
const custom = { [Symbol.hasInstance](v) { return v === 1; } };
out.push('custom hasInstance ' + (1 instanceof custom) + (2 instanceof custom));
class H { static [Symbol.hasInstance](v) { return 'yes'; } }
out.push('static hasInstance ' + ({} instanceof H));
const bf = G.bind(null);
out.push('bound instanceof ' + (new G() instanceof bf));
tryIt('instanceof non-callable', () => ({} instanceof {}));
tryIt('instanceof bad prototype', () => { function Q() {} Q.prototype = 1; return {} instanceof Q; });
tryIt('explicit hasInstance call', () => Function.prototype[Symbol.hasInstance].call(G, new G()) + ',' + Function.prototype[Symbol.hasInstance].call({}, 1));
tryIt('shadowed hasInstance', () => { function S() {} Object.defineProperty(S, Symbol.hasInstance, { value: () => true }); return 5 instanceof S; });
tryIt('proxy ctor', () => { const PX = new Proxy(G, {}); return (new G() instanceof PX) + ',' + (new PX() instanceof G); });
// keys: strings, numbers, symbols through [] access
const ko = {};
const s = Symbol('s');
for (const k of ['a', 'é', 1, 1.5, -0, s, 'length', '01', true, null, undefined, {toString() { return 'ts'; }}]) ko[k] = String(typeof k);
out.push('keys ' + Reflect.ownKeys(ko).map(String).join(',') + ' ' + ko['1'] + ko[1] + ko['ts'] + ko[s]);
const arr = [1, 2, 3]; arr['1'] = 'x'; arr[5] = 'y';
out.push('array keys ' + arr.join() + ' ' + arr.length + ' ' + arr['length']);
// many objects of one constructor (slot reservation) and of mixed shapes
function Big(i) { for (let j = 0; j < 20; j++) this['p' + j] = i + j; }
let sum = 0;
for (let i = 0; i < 50; i++) { const b = new Big(i); sum += b.p19; if (i % 7 === 0) { delete b.p3; b.q = 1; } }
const mixed = [];
for (let i = 0; i < 50; i++) { const m = {first: i}; for (let j = 0; j < i % 10; j++) m['k' + j] = j; mixed.push(m); }
out.push('objects ' + sum + ' ' + mixed.map(m => Object.keys(m).length).join(''));
const arrs = [];
for (let i = 0; i < 5; i++) { const a = [i]; if (i % 2) a.extra = i; arrs.push(a); }
out.push('arrays ' + arrs.map(a => Object.keys(a).join('/')).join(' ') + ' ' + JSON.stringify(arrs));
out.join('\n');
`
	const want = `sloppy bind() object:true:0:
sloppy bind(null)(1) object:true:1:1
sloppy bind(1,2)(3,4) object:false:3:2,3,4
sloppy bind(1,2).bind(5,6)(7) object:false:3:2,6,7
sloppy many object:false:20:1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20
strict bind() undefined:0::true
strict bind(null)(1) null:1:1:true
strict bind(1,2)(3,4) 1:3:2,3,4:true
strict bind(1,2).bind(5,6)(7) 1:3:2,6,7:true
strict many 0:20:1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20:true
arrow bind() object:
arrow bind(null)(1) object:1
arrow bind(1,2)(3,4) object:2,3,4
arrow bind(1,2).bind(5,6)(7) object:2,6,7
arrow many object:1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20
method U1
class ctor bound throws TypeError
new bound class -> 5
new bound -> xytrue
native bound -> 9
generator bound -> g,h
async bound -> function
recursion -> 500:501
frames -> thrower,viaBound
accessors 10|arrow|7|fn10|[object Object]|object:false:1:x
class accessor 9
instanceof true,false,false,true,true,true
custom hasInstance truefalse
static hasInstance true
bound instanceof true
instanceof non-callable throws TypeError
instanceof bad prototype throws TypeError
explicit hasInstance call -> true,false
shadowed hasInstance -> true
proxy ctor -> true,true
keys 0,1,a,é,1.5,length,01,true,null,undefined,ts,Symbol(s) numbernumberobjectsymbol
array keys 1,x,3,,,y 6 6
objects 2175 1234567891012345678910123456789101234567891012345678910
arrays 0 0/extra 0 0/extra 0 [[0],[1],[2],[3],[4]]`
	v, err := New().RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

// gojanet: reads through the inline caches from arrays, functions of each
// kind and class constructors (readReceiver), an array's length read
// directly, while their prototypes gain and lose properties (want is node
// 20's output, vm.runInNewContext).
func TestPerf3ReadReceivers(t *testing.T) {
	const script = `const out2 = [];
function readAll(list, name) { const r = []; for (const o of list) r.push(String(o[name] === undefined ? 'u' : (typeof o[name] === 'function' ? 'f:' + o[name].name : o[name]))); return r.join(','); }
const rdBody = "return [o.length, o.name, o.extra, o.push, o.hasOwnProperty, o.custom, o.prototype].map(x => typeof x === 'function' ? 'f' : String(x)).join('/');";
const rdMega = new Function('o', rdBody);
const rdOwn = new Map();
function rd(o) { let f = rdOwn.get(o); if (!f) { f = new Function('o', rdBody); rdOwn.set(o, f); } const a = f(o), b = rdMega(o); return a === b ? a : a + '!=' + b; }
const arrA = [1, 2, 3]; const arrB = []; arrB.extra = 'e';
function fnA(a, b) {} fnA.extra = 'fe';
const arrowA = (x) => x; const nat = Math.max;
class CA { static sm() {} } CA.extra = 'ce';
const objA = { m() {} };
const list = [arrA, arrB, fnA, arrowA, nat, CA, objA.m];
for (let i = 0; i < 3; i++) out2.push('round' + i + ' ' + list.map(rd).join(' | '));
Array.prototype.custom = 'AP';
out2.push('after Array.prototype.custom ' + list.map(rd).join(' | '));
Function.prototype.custom = 'FP';
out2.push('after Function.prototype.custom ' + list.map(rd).join(' | '));
Object.prototype.extra = 'OP';
out2.push('after Object.prototype.extra ' + list.map(rd).join(' | '));
delete Array.prototype.custom; delete Function.prototype.custom; delete Object.prototype.extra;
out2.push('after deletes ' + list.map(rd).join(' | '));
arrA.length = 1; arrA.push(9, 8);
Object.defineProperty(fnA, 'name', { value: 'renamed' });
Object.defineProperty(arrowA, 'extra', { get() { return 'getter:' + typeof this; } });
out2.push('after changes ' + list.map(rd).join(' | '));
Object.setPrototypeOf(arrB, { push: 'notfn' });
out2.push('after setPrototypeOf ' + rd(arrB));
const big = []; for (let i = 0; i < 30; i++) big.push(i); big.length = 5;
out2.push('arr length ' + big.length + ' ' + [].length + ' ' + new Array(7).length + ' ' + Array.prototype.length);
function Ctor() {} out2.push('proto ' + (typeof Ctor.prototype) + (Ctor.prototype.constructor === Ctor) + (typeof CA.prototype) + (typeof arrowA.prototype));
out2.join('\n');
`
	const want = `round0 3/undefined/undefined/f/f/undefined/undefined | 0/undefined/e/f/f/undefined/undefined | 2/fnA/fe/undefined/f/undefined/[object Object] | 1/arrowA/undefined/undefined/f/undefined/undefined | 2/max/undefined/undefined/f/undefined/undefined | 0/CA/ce/undefined/f/undefined/[object Object] | 0/m/undefined/undefined/f/undefined/undefined
round1 3/undefined/undefined/f/f/undefined/undefined | 0/undefined/e/f/f/undefined/undefined | 2/fnA/fe/undefined/f/undefined/[object Object] | 1/arrowA/undefined/undefined/f/undefined/undefined | 2/max/undefined/undefined/f/undefined/undefined | 0/CA/ce/undefined/f/undefined/[object Object] | 0/m/undefined/undefined/f/undefined/undefined
round2 3/undefined/undefined/f/f/undefined/undefined | 0/undefined/e/f/f/undefined/undefined | 2/fnA/fe/undefined/f/undefined/[object Object] | 1/arrowA/undefined/undefined/f/undefined/undefined | 2/max/undefined/undefined/f/undefined/undefined | 0/CA/ce/undefined/f/undefined/[object Object] | 0/m/undefined/undefined/f/undefined/undefined
after Array.prototype.custom 3/undefined/undefined/f/f/AP/undefined | 0/undefined/e/f/f/AP/undefined | 2/fnA/fe/undefined/f/undefined/[object Object] | 1/arrowA/undefined/undefined/f/undefined/undefined | 2/max/undefined/undefined/f/undefined/undefined | 0/CA/ce/undefined/f/undefined/[object Object] | 0/m/undefined/undefined/f/undefined/undefined
after Function.prototype.custom 3/undefined/undefined/f/f/AP/undefined | 0/undefined/e/f/f/AP/undefined | 2/fnA/fe/undefined/f/FP/[object Object] | 1/arrowA/undefined/undefined/f/FP/undefined | 2/max/undefined/undefined/f/FP/undefined | 0/CA/ce/undefined/f/FP/[object Object] | 0/m/undefined/undefined/f/FP/undefined
after Object.prototype.extra 3/undefined/OP/f/f/AP/undefined | 0/undefined/e/f/f/AP/undefined | 2/fnA/fe/undefined/f/FP/[object Object] | 1/arrowA/OP/undefined/f/FP/undefined | 2/max/OP/undefined/f/FP/undefined | 0/CA/ce/undefined/f/FP/[object Object] | 0/m/OP/undefined/f/FP/undefined
after deletes 3/undefined/undefined/f/f/undefined/undefined | 0/undefined/e/f/f/undefined/undefined | 2/fnA/fe/undefined/f/undefined/[object Object] | 1/arrowA/undefined/undefined/f/undefined/undefined | 2/max/undefined/undefined/f/undefined/undefined | 0/CA/ce/undefined/f/undefined/[object Object] | 0/m/undefined/undefined/f/undefined/undefined
after changes 3/undefined/undefined/f/f/undefined/undefined | 0/undefined/e/f/f/undefined/undefined | 2/renamed/fe/undefined/f/undefined/[object Object] | 1/arrowA/getter:function/undefined/f/undefined/undefined | 2/max/undefined/undefined/f/undefined/undefined | 0/CA/ce/undefined/f/undefined/[object Object] | 0/m/undefined/undefined/f/undefined/undefined
after setPrototypeOf 0/undefined/e/notfn/f/undefined/undefined
arr length 5 0 7 0
proto objecttrueobjectundefined`
	v, err := New().RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

// gojanet: orderedMap without a hash table up to smallMapMax entries (Map,
// Set, symbol-keyed properties): SameValueZero keys, deletion while
// iterating, clear, the move to a table (want is node 20's output).
func TestPerf3SmallMaps(t *testing.T) {
	const script = `const out3 = [];
const o1 = {}, o2 = [], s1 = Symbol('a');
const keys = [1, '1', NaN, -0, 0, o1, o2, s1, true, null, undefined, 1.5, 'x', 2 ** 60, -(2 ** 60), 'y', 10, 11, 12];
for (const n of [3, 8, 9, 10, keys.length]) {
  const m = new Map(), s = new Set();
  for (const k of keys.slice(0, n)) { m.set(k, typeof k); s.add(k); }
  out3.push(n + ' size ' + m.size + '/' + s.size + ' get ' + [m.get(NaN), m.get(0), m.get(-0), m.get('1'), m.get(o1), m.get({}), m.get(2 ** 60)].join() + ' has ' + [s.has(NaN), s.has(-0), s.has(o2), s.has(s1), s.has(Symbol('a'))].join());
  const seen = [];
  for (const [k] of m) { seen.push(String(typeof k === 'symbol' ? 'sym' : k)); if (seen.length === 2) { m.delete(keys[2]); m.delete(keys[0]); m.set('late', 1); } }
  out3.push('  iter ' + seen.join(','));
  m.clear(); m.set('after', 1); m.set(NaN, 2);
  out3.push('  cleared ' + [...m.keys()].map(String).join(','));
  for (const k of keys) s.delete(k);
  s.add(7);
  out3.push('  set left ' + [...s].join(','));
}
const syms = Array.from({length: 12}, (_, i) => Symbol('s' + i));
const so = {};
syms.forEach((y, i) => { so[y] = i; });
delete so[syms[3]]; so[syms[3]] = 'again';
out3.push('symbol props ' + Object.getOwnPropertySymbols(so).map(y => y.description + '=' + so[y]).join(','));
out3.join('\n');
`
	const want = `3 size 3/3 get number,,,string,,, has true,false,false,false,false
  iter 1,1,late
  cleared after,NaN
  set left 7
8 size 7/7 get number,number,number,string,object,, has true,true,true,true,false
  iter 1,1,0,[object Object],,sym,late
  cleared after,NaN
  set left 7
9 size 8/8 get number,number,number,string,object,, has true,true,true,true,false
  iter 1,1,0,[object Object],,sym,true,late
  cleared after,NaN
  set left 7
10 size 9/9 get number,number,number,string,object,, has true,true,true,true,false
  iter 1,1,0,[object Object],,sym,true,null,late
  cleared after,NaN
  set left 7
19 size 18/18 get number,number,number,string,object,,number has true,true,true,true,false
  iter 1,1,0,[object Object],,sym,true,null,undefined,1.5,x,1152921504606847000,-1152921504606847000,y,10,11,12,late
  cleared after,NaN
  set left 7
symbol props s0=0,s1=1,s2=2,s4=4,s5=5,s6=6,s7=7,s8=8,s9=9,s10=10,s11=11,s3=again`
	v, err := New().RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}
