var out = []; var outPush = Array.prototype.push;
var join = Array.prototype.join, fcall = Function.prototype.call;
function log() { out[out.length] = fcall.call(join, arguments, ' '); }
function rd(o) { return o.m; }            // one read site for every kind of receiver
function call(o) { return o.m(); }
// string primitives and objects inheriting from String.prototype at one site
function up(s) { return s.toUpperCase(); }
function len(s) { return s.length; }
function sl(s) { return s.slice(1); }
var sobj = Object.create(String.prototype);
for (var i = 0; i < 3; i++) log('str', up('ab' + i), len('abc'), len('\u00e9t\u00e9'), sl('xyz'), sl('\ud83d\ude00a').length);
log('sobj', len(sobj), typeof sobj.slice, len(new String('four')));
var origUp = String.prototype.toUpperCase;
String.prototype.toUpperCase = function () { return 'patched:' + this; };
log('patched', up('q'), up('r'));
delete String.prototype.toUpperCase;
try { up('q'); } catch (e) { log('deleted', e.constructor.name); }
Object.defineProperty(String.prototype, 'toUpperCase', { get: function () { var s = this; return function () { return 'getter:' + typeof s + ':' + s; }; }, configurable: true });
log('getter', up('w'));
Object.defineProperty(String.prototype, 'toUpperCase', { value: origUp, writable: true, configurable: true, enumerable: false });
log('restored', up('abc'));
delete String.prototype.trimEnd; // moves another name into its index
log('swap', sl('hello'), up('x'), typeof ''.trimEnd, ''.padStart.length);
String.prototype.trimEnd = function () { return 'te'; }; log('readd', ' a '.trimEnd());
function strict() { 'use strict'; Object.defineProperty(String.prototype, 'who', { get: function () { return typeof this; }, configurable: true }); return 'x'.who; }
function who(s) { return s.who; }
log('recv', strict(), who('y'), who('z'));
// Array.prototype (a large dictionary) methods through the cache
function push(a, v) { return a.push(v); }
var arr = [];
for (var i = 0; i < 3; i++) push(arr, i);
var origPush = Array.prototype.push;
Array.prototype.push = function (v) { return 'mypush' + v; };
log('arrpush', push(arr, 9), arr.length);
delete Array.prototype.push;
log('arrpush gone', typeof arr.push);
Array.prototype.push = origPush; log('arrpush back', push(arr, 5), arr.join());
// an array and a plain object of one shape reading length and a method at one site
function lenOf(o) { return o.length; }
function idx(o) { return o.index; }
var a1 = /b(c)/.exec('abc'), p1 = Object.create(Array.prototype); p1.index = 7; p1.input = 'p';
var a2 = [1, 2, 3]; a2.index = 1; a2.input = 'q';
log('arrshape', lenOf(p1), lenOf(a1), lenOf(a2), lenOf(p1), idx(a1), idx(p1), lenOf(a2));
var p3 = Object.create(Array.prototype); p3.length = 'own'; p3.index = 0; p3.input = 'i';
function lenOf2(o) { return o.length; }
log('arrshape own', lenOf2(p3), lenOf2(p3), lenOf2(a2), lenOf2(p3), lenOf2([9]));
// functions: a lazily made prototype, call/bind from Function.prototype
function F() {} function G() {}
var fp = Object.create(Function.prototype);
function protoOf(o) { return o.prototype; }
log('fnproto', protoOf(fp), typeof protoOf(F), protoOf(F) === F.prototype, typeof protoOf(G), protoOf(function () {}) !== undefined);
// a plain object with an ordinary function's first shape (length, name): the
// function's lazily made prototype is not "absent" for it
var fake = Object.create(Function.prototype);
Object.defineProperty(fake, 'length', { value: 0, configurable: true });
Object.defineProperty(fake, 'name', { value: 'fake', configurable: true });
function protoOf2(o) { return o.prototype; }
function H() {}
log('fnproto2', protoOf2(fake), protoOf2(fake), typeof protoOf2(H), protoOf2(H) === H.prototype, Object.getOwnPropertyNames(fake).join());
function callOf(f) { return f.call; }
log('fncall', callOf(F) === Function.prototype.call, callOf(Math.max) === Function.prototype.call, callOf(fp) === Function.prototype.call);
var origCall = Function.prototype.call;
Function.prototype.call = function () { return 'mycall'; };
var patched = [callOf(F)(), callOf(Math.max)(), Math.max.call(null, 1, 2)];
Function.prototype.call = origCall;
log('fncall patched', patched.join());
log('fncall back', Math.max.call(null, 1, 2), (function (a) { return this.v + a; }).call({v: 1}, 2));
F.own = 1; log('fn own', rd(F), F.own, (function () {}).name, (() => 1).length);
class K { static s() { return 'static'; } m() { return 'Km'; } }
class L extends K { }
function sOf(c) { return c.s(); }
log('class', sOf(K), sOf(L), call(new L()), call(new K()));
// Map, Set, RegExp receivers, methods replaced and shadowed
function mget(m) { return m.get('k'); }
var mp = new Map([['k', 'v']]);
log('map', mget(mp), mget(mp));
var origGet = Map.prototype.get;
Map.prototype.get = function () { return 'mine'; }; log('map patched', mget(mp));
Map.prototype.get = origGet;
mp.get = function () { return 'own'; }; log('map own', mget(mp), mget(new Map([['k', 1]])));
class MyMap extends Map { get(k) { return 'sub:' + super.get(k); } }
log('map sub', mget(new MyMap([['k', 2]])), mget(new Map([['k', 3]])));
function has(s) { return s.has(1); }
var st = new Set([1]); log('set', has(st), has(new Set()));
Object.defineProperty(Set.prototype, 'has', { get: function () { return function () { return 'gotten'; }; }, configurable: true });
log('set getter', has(st));
function rtest(r) { return r.test('abc'); }
var re = /b/; log('re', rtest(re), rtest(/z/));
RegExp.prototype.test = function () { return 'retest'; }; log('re patched', rtest(re));
// depth one: a holder losing, redefining and regaining its name
function P() {} P.prototype.m = function () { return 'P.m'; };
var pi = new P(), pj = new P();
log('depth1', call(pi), call(pj), rd(pi) === P.prototype.m);
P.prototype.m = function () { return 'P.m2'; }; log('depth1 set', call(pi));
Object.defineProperty(P.prototype, 'm', { get: function () { return function () { return 'P.getter'; }; }, configurable: true });
log('depth1 getter', call(pi));
delete P.prototype.m; log('depth1 deleted', rd(pi));
P.prototype.m = function () { return 'P.m3'; }; log('depth1 again', call(pi));
pi.m = function () { return 'own'; }; log('depth1 own', call(pi), call(pj));
Object.setPrototypeOf(pj, { m: function () { return 'other'; } }); log('depth1 proto', call(pj));
// depth two and more (the epoch): a middle prototype gains the name
function Q() {} Q.prototype = Object.create(P.prototype);
var qi = new Q(); log('depth2', call(qi));
Q.prototype.m = function () { return 'Q.m'; }; log('depth2 shadow', call(qi));
delete Q.prototype.m; log('depth2 unshadow', call(qi));
// absent names on functions and arrays at a site shared with objects
function nope(o) { return o.nope; }
log('absent', nope({}), nope(F), nope([]), nope(new Map()));
Object.prototype.nope = 'op'; log('absent now', nope({}), nope(F), nope([]), nope(new Map()), nope('s'));
delete Object.prototype.nope;
out.join('\n');
