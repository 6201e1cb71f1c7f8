// Reads whose holder is a function or RegExp.prototype, own `length` of
// functions and arrays at one site, and prototype entries at a site that
// has stopped taking in shapes after the epoch changes (gojanet_ic.go
// fastGet, getStr). The script's value is the output.
var out = [];
function log() { out.push(Array.prototype.slice.call(arguments).join(' ')); }

class A { static s() { return 'A.s'; } }
A.v = 1;
class B extends A {}
class C extends B {}
function sv(f) { return f.v; }
function ss(f) { return f.s; }
for (var i = 0; i < 3; i++) log('static', sv(B), sv(C), ss(B)(), ss(C)());
A.v = 2; log('static changed', sv(B), sv(C));
Object.defineProperty(A, 'v', { get() { return 'getter ' + (this === C); }, configurable: true });
log('static getter', sv(B), sv(C));
delete A.v; log('static deleted', sv(B), sv(C));
B.v = 'own'; log('static shadowed', sv(B), sv(C));

function F(a, b) {}
F.x = 'fx';
var viaF = Object.create(F);
function rx(o) { return o.x; }
for (var i = 0; i < 3; i++) log('fn holder', rx(viaF), rx(Object.create(viaF)), typeof viaF.call);
F.x = 'fx2'; log('fn holder changed', rx(viaF));

var re = /a+/g;
function test(r, s) { return r.test(s); }
function exec(r, s) { var m = r.exec(s); return m && m[0]; }
for (var i = 0; i < 3; i++) log('regexp', test(re, 'xaa'), exec(/b+/, 'abbb'), re.lastIndex);
var saved = RegExp.prototype.test;
RegExp.prototype.test = function (s) { return 'patched ' + s; };
log('regexp patched', test(re, 'q'), test(/x/, 'y'));
RegExp.prototype.test = saved;
log('regexp restored', test(/x/, 'x'));

function len(o) { return o.length; }
var arr = [1, 2];
for (var i = 0; i < 3; i++) { arr.push(i); log('length', len(F), len(arr), len(function (a) {}), len({ length: 'plain' }), len('str'), len(arr)); }
function onlyArrays(a) { return a.length; }
for (var i = 0; i < 3; i++) { arr.pop(); log('arrays', onlyArrays(arr), onlyArrays([]), onlyArrays(new Array(7))); }
var fl = function (a, b, c) {};
Object.defineProperty(fl, 'length', { value: 'redefined' });
log('fn length', len(fl), len(F));

// one site, more shapes than it takes in, reading through two prototypes
function P() {}
P.prototype.m = function () { return 'm'; };
function Q() {}
Q.prototype = Object.create(P.prototype);
function rm(o) { return o.m; }
function ra(o) { return o.absentName; }
var objs = [];
for (var i = 0; i < 24; i++) { var q = new Q(); q['k' + i] = i; objs.push(q); }
for (var round = 0; round < 3; round++) {
  var ms = 0, abs = 0;
  for (var j = 0; j < objs.length; j++) { if (typeof rm(objs[j]) === 'function') ms++; if (ra(objs[j]) === undefined) abs++; }
  log('mega', round, ms, abs);
  Q.prototype['bump' + round] = round; // a watched prototype gains a property
}
P.prototype.absentName = 'now present';
P.prototype.m = 'm value';
var got = [];
for (var j = 0; j < objs.length; j += 5) got.push(rm(objs[j]), ra(objs[j]));
log('mega after', got.join(','));

// object literals through putProp's cache: duplicate names, an accessor
// then a value, __proto__, spreads before, more names than shape mode takes
function lit(i, x) {
  var base = { p: 0 };
  var a = { a: i, b: x, c: 'c' };
  var d = { a: 1, b: 2, a: 3 };
  var g = { get a() { return 'getter'; }, a: 'value', b: i };
  var p = { __proto__: base, q: i, r: 2 };
  var s = { ...a, z: 26, a: 'over' };
  var e = {};
  var m = { a: i, ['b' + (i % 2)]: x, c: 3 };
  return [JSON.stringify(a), JSON.stringify(d), JSON.stringify(g), JSON.stringify(Object.getOwnPropertyDescriptor(g, 'a')),
    p.p, Object.keys(p).join(''), JSON.stringify(s), JSON.stringify(e), JSON.stringify(m), Object.keys(m).join('')].join(' ');
}
for (var i = 0; i < 4; i++) log('literal', lit(i, i * 2));
var src = '({' + Array.from({ length: 140 }, function (_, i) { return 'k' + i + ': ' + i; }).join(', ') + '})';
var bigs = [0, 1, 2].map(function () { return eval(src); });
log('big literal', bigs.map(function (o) { return Object.keys(o).length + ':' + o.k0 + ':' + o.k139; }).join(' '));
out.join('\n');
