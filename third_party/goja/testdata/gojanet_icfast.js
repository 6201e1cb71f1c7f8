var out = [];
function p() { out[out.length] = Array.prototype.join.call(arguments, ' '); }
// own reads and writes at one site, then the property changes under it
function rd(o) { return o.x; }
function wr(o, v) { o.x = v; return o.x; }
function wrs(o, v) { 'use strict'; o.x = v; return o.x; }
var a = { x: 1, y: 2 };
for (var i = 0; i < 5; i++) { rd(a); wr(a, i); }
p('plain', rd(a), wr(a, 7), wrs(a, 8));
Object.defineProperty(a, 'x', { get: function () { return 'getter'; }, set: function (v) { p('setter', v); }, configurable: true });
p('accessor', rd(a), wr(a, 9), wrs(a, 10));
var b = { x: 1, y: 2 };
for (var i = 0; i < 5; i++) { rd(b); wr(b, i); }
Object.defineProperty(b, 'x', { writable: false });
p('readonly', rd(b), wr(b, 11));
try { wrs(b, 12); } catch (e) { p('strict', e.constructor.name); }
var c = { x: 1, y: 2 };
for (var i = 0; i < 5; i++) { rd(c); wr(c, i); }
Object.freeze(c);
p('frozen', rd(c), wr(c, 13));
var d = { x: 1, y: 2 };
for (var i = 0; i < 5; i++) { rd(d); wr(d, i); }
delete d.y;
p('deleted', rd(d), wr(d, 14), JSON.stringify(d));
Object.defineProperty(d, 'x', { enumerable: false });
p('nonenum', rd(d), wr(d, 15), JSON.stringify(d), Object.keys(d).length);
// many shapes at one site, the newest first
var shapes = [];
for (var i = 0; i < 8; i++) { var o = {}; o['k' + i] = i; o.x = 'x' + i; shapes.push(o); }
for (var r = 0; r < 3; r++) for (var i = 0; i < 8; i++) { rd(shapes[i]); wr(shapes[i], 'w' + i + r); }
p('poly', shapes.map(rd).join());
// class methods (non-enumerable) and prototype reads
class K { m() { return 'm'; } get g() { return 'g'; } }
var k = new K();
function km(o) { return o.m; }
for (var i = 0; i < 3; i++) km(k);
p('class', typeof km(k), k.g);
K.prototype.m = 5;
p('class after', km(k));
// array elements
function el(arr, i) { return arr[i]; }
var arr = [1, , 3];
p('arr', el(arr, 0), el(arr, 1), el(arr, 2), el(arr, 3), el(arr, -1), el(arr, 4294967295));
Array.prototype[1] = 'proto1'; Array.prototype[3] = 'proto3';
p('arr proto', el(arr, 1), el(arr, 3));
delete Array.prototype[1]; delete Array.prototype[3];
Object.defineProperty(arr, 0, { get: function () { return 'elget'; } });
p('arr getter', el(arr, 0), el(arr, 2));
var sparse = []; sparse[100000] = 's';
p('sparse', el(sparse, 100000), el(sparse, 5));
p('args', (function () { return el(arguments, 1); })('a', 'b'));
p('str', el('abc', 1), el('abc', 5));
// string-keyed reads
function key(o, k) { return o[k]; }
var q = { a: 1, b: 2 };
var names = ['a', 'b', 'c', 'toString', '__proto__', 'hasOwnProperty', '0', 'constructor'];
p('keys', names.map(function (n) { var v = key(q, n); return typeof v === 'function' ? 'fn:' + v.name : String(v === Object.prototype ? 'Object.prototype' : v); }).join());
var q2 = Object.create({ inherited: 'i', get acc() { return 'acc:' + this.a; } }); q2.a = 'A';
p('inherited', key(q2, 'inherited'), key(q2, 'acc'), key(q2, 'missing'));
Object.getPrototypeOf(q2).inherited = 'changed';
p('changed', key(q2, 'inherited'));
Object.setPrototypeOf(q2, { inherited: 'newproto' });
p('newproto', key(q2, 'inherited'), key(q2, 'acc'));
Object.prototype.late = 'late';
p('late', key(q, 'late'), key(q2, 'late'), key({}, 'late'));
delete Object.prototype.late;
p('late gone', key(q, 'late'), key(q2, 'late'));
var nul = Object.create(null); nul.z = 'z';
p('null proto', key(nul, 'z'), key(nul, 'toString'));
var dict = { a: 1 }; for (var i = 0; i < 200; i++) dict['p' + i] = i; delete dict.p3;
p('dict', key(dict, 'a'), key(dict, 'p199'), key(dict, 'p3'));
var pr = new Proxy({}, { get: function (t, n) { return 'proxy:' + String(n); } });
p('proxy', key(pr, 'foo'), key(new Map(), 'size'), key([1, 2], 'length'), key(function f(a, b) {}, 'length'));
var u = { 'ü': 'u' }; p('unicode', key(u, 'ü'));
// methods found on built-in prototypes (template objects) at warm sites
function hop(o) { return o.hasOwnProperty; }
function pushOf(a) { return a.push; }
function callOf(f) { return f.call; }
function toStr(o) { return o.toString; }
var plainO = { a: 1 }, arrA = [1], fnF = function () {};
for (var i = 0; i < 4; i++) { hop(plainO); pushOf(arrA); callOf(fnF); toStr(plainO); }
// a property of a built-in prototype deleted under a warm site: another
// one takes its place in the dictionary
Array.prototype.zz1 = 'z1'; Array.prototype.zz2 = 'z2';
function rz(a) { return a.zz1; }
for (var i = 0; i < 4; i++) rz(arrA);
p('swap before', rz(arrA));
delete Array.prototype.zz1;
p('swap', rz(arrA), arrA.zz2);
delete Array.prototype.zz2;
p('builtin', hop(plainO) === Object.prototype.hasOwnProperty, pushOf(arrA) === Array.prototype.push, callOf(fnF) === Function.prototype.call);
var savedHop = Object.prototype.hasOwnProperty;
Object.prototype.hasOwnProperty = 'replaced';
p('replaced', hop(plainO));
delete Object.prototype.hasOwnProperty;
p('deleted', hop(plainO), toStr(plainO) === Object.prototype.toString);
Object.defineProperty(Object.prototype, 'hasOwnProperty', { get: function () { return 'getter:' + (this === plainO); }, configurable: true });
p('getter', hop(plainO));
Object.defineProperty(Object.prototype, 'hasOwnProperty', { value: savedHop, writable: true, configurable: true, enumerable: false });
p('restored', hop(plainO) === savedHop);
for (var i = 0; i < 30; i++) Object.defineProperty(Object.prototype, 'extra' + i, { value: i, configurable: true });
p('grown', hop(plainO) === savedHop, toStr(plainO) === Object.prototype.toString, plainO.extra29);
for (var i = 0; i < 30; i++) delete Object.prototype['extra' + i];
var savedPush = Array.prototype.push;
delete Array.prototype.push;
p('no push', pushOf(arrA));
Array.prototype.push = savedPush;
p('push back', pushOf(arrA) === savedPush);
plainO.hasOwnProperty = 'own';
p('own now', hop(plainO));
out.join("\n");
