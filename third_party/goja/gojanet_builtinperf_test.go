package goja

import (
	"strings"
	"testing"
)

// gojanet: the built-ins' fast paths (gojanet_builtinperf.go) against the
// general paths' answers; expected output from node v20.
func TestGojanetBuiltinFastPaths(t *testing.T) {
	const script = `const out = [];
function show(v) { return JSON.stringify(v, (k, x) => x === undefined ? '<u>' : x); }
// split
out.push(show(['GET', 'UTF-8', 'GET', 'ETag', 'Content-Type', 'UTF-8', 'GET', 'É', 'Ab'.repeat(20)].map(s => s.toLowerCase() + s.toUpperCase())));
out.push(show(['text/html'.split(';'), 'a;b;;c;'.split(';'), ';'.split(';'), ''.split(';'), 'a;b;c'.split(';', 2), 'a;b;c'.split(';', 0),
  'abc'.split(';', 1), 'a::b::c'.split('::'), 'a::b::c'.split('::', 5), 'aéb;c'.split(';'), 'a;b'.split(), 'ab'.split(''),
  'a1b1c'.split(1), 'a;b'.split(';', -1), 'a;b;c'.split(';', 4294967297)]));
let calls = [];
const sepObj = { toString() { calls.push('sep'); return ';'; } };
out.push(show(['a;b'.split(sepObj, 0), calls]));
// sort
const st = [['b', 'a', 'c'], ['B', 'a', 'é', 'A', 'ab', ''], ['x'], [], ['b', 1, 'a'], ['b', undefined, 'a'], ['z', 'y', 'x', 'w', 'v', 'u', 't', 's', 'r', 'q', 'p', 'o', 'n', 'm', 'l', 'k', 'j', 'i', 'h', 'g', 'f', 'e', 'd', 'c', 'b', 'a'], ['\ud83d\ude00', '\uffff', 'a']];
out.push(show(st.map(a => a.sort())));
const holes = ['b', , 'a']; holes.sort(); out.push(show([holes.length, 1 in holes, 2 in holes, holes[0], holes[1]]));
const fr = Object.freeze(['b', 'a']); try { fr.sort(); out.push('nothrow'); } catch (e) { out.push(e.constructor.name); }
const fr1 = Object.freeze(['a', 'b']); try { fr1.sort(); out.push('nothrow'); } catch (e) { out.push(e.constructor.name); }
const ne = Object.preventExtensions(['b', 'a']); ne.sort(); out.push(show(ne));
class MyArr extends Array {} const ma = MyArr.from(['b', 'a']); out.push(show([ma.sort(), ma instanceof MyArr]));
// Object.keys
const o1 = Object.create(null); o1['charset'] = 'utf-8';
const o2 = { a: 1, b: 2 }; Object.defineProperty(o2, 'hidden', { value: 1, enumerable: false }); o2.c = 3; o2[Symbol('s')] = 1;
const o3 = { x: 1, y: 2 }; delete o3.x;
const o4 = { b: 1, 2: 1, a: 1, 1: 1 };
const o5 = { get g() { return 1; }, v: 2 };
out.push(show([Object.keys(o1), Object.keys(o2), Object.keys(o3), Object.keys(o4), Object.keys(o5), Object.keys('ab'), Object.keys([1, 2]), Object.keys(function f(a) {}), Object.keys(new Proxy({ p: 1 }, {}))]));
// String
out.push(show([String(0), String(12), String(1023), String(1024), String(-1), String(-0), String(1.5), String('s'), String(), String(null), String(Symbol('q')), String(2 ** 31)]));
// exec
const m1 = /^\/?$/i.exec('/'); out.push(show([m1, m1.index, m1.input, m1.groups, Object.keys(m1), m1.length]));
const re = /(a)(b)?(c)(d)(e)(f)/; const m2 = re.exec('xacdef'); out.push(show([m2, m2.index, Object.keys(m2)]));
const m3 = /(a)/.exec('ba'); out.push(show([m3, m3.groups, Object.keys(m3)]));
const g = /; *([a-z]+) *= *([a-z0-9-]+) */g; g.lastIndex = 9; const ms = []; let mm; while ((mm = g.exec('text/html; charset=utf-8; q=1'))) ms.push([mm[1], mm[2], mm.index, g.lastIndex]); out.push(show(ms));
const md = /a(b)/d.exec('xab'); out.push(show([md.indices, Object.keys(md)]));
m1.push('z'); m1.extra = 1; out.push(show([m1, m1.length]));
const rr = /(b)(c)?/; const rs = []; for (let i = 0; i < 4; i++) { const r = rr.exec('abx'); if (i === 1) { r.extra = i; delete r.index; } if (i === 2) Object.defineProperty(r, 'input', { value: 'q', enumerable: false }); rs.push([Object.keys(r), r.index, r.input, r.length, r.groups, Object.getOwnPropertyNames(r)]); }
out.push(show(rs));
Object.defineProperty(Array.prototype, 'index', { set(v) { throw new Error('setter'); }, configurable: true }); out.push(show([rr.exec('b').index, rr.exec('xb').index])); delete Array.prototype.index;
// bind
function logerror(a, b) { return [this && this.tag, a, b]; }
const self = { tag: 't' };
const b1 = logerror.bind(self), b2 = logerror.bind(self, 1), b3 = b2.bind(null, 2);
out.push(show([b1.name, b1.length, b2.length, b3.name, b3.length, b1(5, 6), b3(), Object.getOwnPropertyNames(b1), typeof b1.prototype]));
function Ctor(x) { this.x = x; } const BC = Ctor.bind(null, 7); const inst = new BC(); out.push(show([inst.x, inst instanceof Ctor, inst instanceof BC]));
const arrow = () => 1; const ba = arrow.bind(null); try { new ba(); out.push('nothrow'); } catch (e) { out.push(e.constructor.name); }
const meth = { m() { return this; } }.m; const bm = meth.bind(5); try { new bm(); out.push('nothrow'); } catch (e) { out.push(e.constructor.name); }
out.push(show([typeof bm(), ba()]));
class K { constructor(v) { this.v = v; } } const BK = K.bind(null, 3); out.push(show([new BK().v, new BK() instanceof K]));
try { BK(); out.push('nothrow'); } catch (e) { out.push(e.constructor.name); }
const bn = Math.max.bind(null, 3); out.push(show([bn(1, 9), bn.name, bn.length]));
const bd = Date.bind(null, 2020, 1); out.push(show([new bd(3).getMonth()]));
const pf = new Proxy(function (a) { return a * 2; }, {}); const bp = pf.bind(null, 4); out.push(show([bp(), bp.name]));
const nt = function () { return new.target === undefined; }; const bnt = nt.bind(null); out.push(show([bnt(), Reflect.construct(bnt, []) instanceof nt]));
try { Function.prototype.bind.call({}, null); out.push('nothrow'); } catch (e) { out.push(e.constructor.name); }
const af = async function () { return 1; }.bind(null); out.push(show([typeof af().then]));
// Map/Set with string keys
const mp = new Map([['content-type', 1], ['etag', 2]]); for (let i = 0; i < 20; i++) mp.set('k' + i, i);
out.push(show([mp.get('etag'), mp.get('k19'), mp.get('nope'), mp.has('k' + 3), mp.get('content-' + 'type'), new Map([['é', 1]]).get('é')]));
const small = new Map([['a', 1], [1, 2], ['1', 3]]); out.push(show([small.get('a'), small.get(1), small.get('1'), small.get('b')]));
mp.delete('etag'); out.push(show([mp.get('etag'), mp.size]));
out.push(show([(12).toString(16), (-255).toString(16), (0).toString(2), (1023).toString(), (123456789012).toString(36), (2**53).toString(16), (-0).toString(16), (1.5).toString(16), (255).toString(), (-7).toString(10), new Number(12).toString(16), (4294967295).toString(36), (2**52 + 0.5).toString(16), (1e21).toString(16), (-(2**53)).toString(16), (2**53 - 1).toString(7), (12.0000001).toString(16), (-0.0).toString(2), (3e-7).toString(10), (1e300).toString(36).length, (0.5).toString(3)]));
out.join('\n');
`
	const expected = `["getGET","utf-8UTF-8","getGET","etagETAG","content-typeCONTENT-TYPE","utf-8UTF-8","getGET","éÉ","ababababababababababababababababababababABABABABABABABABABABABABABABABABABABABAB"]
[["text/html"],["a","b","","c",""],["",""],[""],["a","b"],[],["abc"],["a","b","c"],["a","b","c"],["aéb","c"],["a;b"],["a","b"],["a","b","c"],["a","b"],["a"]]
[[],["sep"]]
[["a","b","c"],["","A","B","a","ab","é"],["x"],[],[1,"a","b"],["a","b","<u>"],["a","b","c","d","e","f","g","h","i","j","k","l","m","n","o","p","q","r","s","t","u","v","w","x","y","z"],["a","😀","￿"]]
[3,true,false,"a","b"]
TypeError
TypeError
["a","b"]
[["a","b"],true]
[["charset"],["a","b","c"],["y"],["1","2","b","a"],["g","v"],["0","1"],["0","1"],[],["p"]]
["0","12","1023","1024","-1","0","1.5","s","","null","Symbol(q)","2147483648"]
[["/"],0,"/","<u>",["0","index","input","groups"],1]
[["acdef","a","<u>","c","d","e","f"],1,["0","1","2","3","4","5","6","index","input","groups"]]
[["a","a"],"<u>",["0","1","index","input","groups"]]
[["charset","utf-8",9,24],["q","1",24,29]]
[[[1,3],[2,3]],["0","1","index","input","groups","indices"]]
[["/","z"],2]
[[["0","1","2","index","input","groups"],1,"abx",3,"<u>",["0","1","2","length","index","input","groups"]],[["0","1","2","input","groups","extra"],"<u>","abx",3,"<u>",["0","1","2","length","input","groups","extra"]],[["0","1","2","index","groups"],1,"q",3,"<u>",["0","1","2","length","index","input","groups"]],[["0","1","2","index","input","groups"],1,"abx",3,"<u>",["0","1","2","length","index","input","groups"]]]
[0,1]
["bound logerror",2,1,"bound bound logerror",0,["t",5,6],["t",1,2],["length","name"],"undefined"]
[7,true,true]
TypeError
TypeError
["object",1]
[3,true]
TypeError
[9,"bound max",1]
[1]
[8,"bound "]
[true,true]
TypeError
["function"]
[2,19,"<u>",true,1,1]
[1,2,3,"<u>"]
["<u>",21]
["c","-ff","0","1023","1kpqzg2c","20000000000000","0","1.8","255","-7","c","1z141z3","10000000000000","3635c9adc5dea00000","-20000000000000","5350140446150306053","c.000001ad7f298","0","3e-7",193,"0.1111111111111111111111111111111112"]`
	v, err := New().RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(v.String(), "\n")
	want := strings.Split(expected, "\n")
	n := len(got)
	if len(want) > n {
		n = len(want)
	}
	for i := 0; i < n; i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("line %d:\n got %s\nwant %s", i+1, g, w)
		}
	}
}

// gojanet: a regular expression literal is a new object per evaluation with
// its own lastIndex; bound functions called from Go and constructed (their
// method values made on first use). Expected values are node v20's.
func TestGojanetRegexpLiteralBoundLazy(t *testing.T) {
	const script = `const out = [];
function lit() { return /a(b)?/g; }
const r1 = lit(), r2 = lit();
r1.lastIndex = 2;
out.push(JSON.stringify([r1 === r2, r1.lastIndex, r2.lastIndex, Object.getOwnPropertyNames(r1), Object.getPrototypeOf(r1) === RegExp.prototype, r1.source, r1.flags]));
const d = Object.getOwnPropertyDescriptor(r2, 'lastIndex'); out.push(JSON.stringify(d));
r2.x = 1; r2.y = 2; out.push(JSON.stringify([Object.keys(r2), r2.exec('xab')[0], r2.lastIndex, r1.exec('xaab').index, r1.lastIndex]));
function u() { return /\u{1F600}|é+/u; } out.push(JSON.stringify([u().test('éé'), u().exec('x😀')[0], u() !== u()]));
function sticky() { return /b/y; } const s1 = sticky(); s1.lastIndex = 1; out.push(JSON.stringify([s1.test('ab'), s1.lastIndex, sticky().test('ab')]));
function look() { return /(?<=a)b/; } out.push(JSON.stringify([look().exec('ab').index, 'xab'.replace(look(), 'Q')]));
function f(a, b) { return [this && this.k, a, b, new.target === undefined]; }
const bf = f.bind({ k: 1 }, 2);
out.push(JSON.stringify([[3].map(bf), Reflect.apply(bf, null, [4]), new bf(5) instanceof f, typeof bf]));
const ba = (() => 1).bind(null); try { new ba(); out.push('nothrow'); } catch (e) { out.push(e.constructor.name); }
const bn = parseInt.bind(null); out.push(JSON.stringify([['10', '11'].map(bn), Reflect.construct.length]));
try { Reflect.construct(bn, ['1']); out.push('nothrow'); } catch (e) { out.push(e.constructor.name); }
out.join('\n');
`
	const expected = `[false,2,0,["lastIndex"],true,"a(b)?","g"]
{"value":0,"writable":true,"enumerable":false,"configurable":false}
[["x","y"],"ab",3,2,4]
[true,"😀",true]
[true,2,false]
[1,"xaQ"]
[[[1,2,3,true]],[1,2,4,true],false,"function"]
TypeError
[[10,null],2]
TypeError`
	v, err := New().RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != expected {
		t.Errorf("got\n%s\nwant\n%s", got, expected)
	}
}

// gojanet: String.prototype.replace calls the built-in RegExp
// [Symbol.replace] directly only when that is what it read. Expected values
// are node v20's.
func TestGojanetReplaceDirect(t *testing.T) {
	const script = `const out = [];
out.push(JSON.stringify(['html'.replace(/^.*[\.\/\\]/, ''), 'a/b.html'.replace(/^.*[\.\/\\]/, ''), 'aXbX'.replace(/X/g, '$&$&'), 'ab'.replace(/(a)/, (m, p, i, s) => p + i + s)]));
const re = /b/; re[Symbol.replace] = function (s, v) { return 'own:' + s + v; }; out.push('abc'.replace(re, '!'));
const orig = RegExp.prototype[Symbol.replace];
RegExp.prototype[Symbol.replace] = function (s, v) { return 'proto:' + s + v; }; out.push('abc'.replace(/b/, '!'));
RegExp.prototype[Symbol.replace] = orig; out.push('abc'.replace(/b/, '!'));
class R extends RegExp {} out.push('abc'.replace(new R('b'), '?'));
const g = /a/g; g.lastIndex = 3; out.push(JSON.stringify(['aaa'.replace(g, 'b'), g.lastIndex]));
const y = /a/y; y.lastIndex = 1; out.push(JSON.stringify(['baa'.replace(y, 'c'), y.lastIndex]));
out.push('abc'.replace({ [Symbol.replace]: (s, v) => 'obj:' + s + v }, 1));
out.join('\n');
`
	const expected = `["html","html","aXXbXX","a0abb"]
own:abc!
proto:abc!
a!c
a?c
["bbb",0]
["bca",2]
obj:abc1`
	v, err := New().RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != expected {
		t.Errorf("got\n%s\nwant\n%s", got, expected)
	}
}

// gojanet: one-character strings and one-digit numbers come from a table.
// Expected values are node v20's.
func TestGojanetOneCharStrings(t *testing.T) {
	const script = `const s = '/a~\x7f', u = 'é/';
JSON.stringify([s[0], s[3] === '\x7f', s.charAt(1), s.slice(2, 3), s.substring(1, 2), u[1], u[0], (12).toString(16), (35).toString(36), (0).toString(2), (1).toString(2), (2).toString(2), (-3).toString(16), (9).toString(10), s[0] === '/', s[0] + s[1], [...'ab'], 'x'.split('')]);`
	const expected = `["/",true,"a","~","a","/","é","c","z","0","1","10","-3","9",true,"/a",["a","b"],["x"]]`
	v, err := New().RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != expected {
		t.Errorf("got\n%s\nwant\n%s", got, expected)
	}
}
