var out = [];
function log() { out.push(Array.prototype.join.call(arguments, ' ')); }
function A() {} A.prototype.who = function () { return 'A' + this.x; }; A.prototype.k = 'ka';
function B() {} B.prototype.who = function () { return 'B' + this.y; }; B.prototype.k = 'kb';
var sym = Symbol('s');
function make(i) { var o = {x: i, y: -i}; o[sym] = i * 10; o.z = 'z' + i; return o; }
function read(o) { return [o.who(), o.k, o.x, o.y, o.z, o[sym], Object.keys(o).join(), Object.getOwnPropertySymbols(o).length].join('|'); }
var protos = [A.prototype, B.prototype, A.prototype, null, B.prototype];
for (var i = 0; i < 10; i++) {
  var o = make(i);
  var p = protos[i % protos.length];
  Object.setPrototypeOf(o, p);
  if (p === null) { log(i, 'null', Object.getPrototypeOf(o), o.x, o.k, Object.keys(o).join()); continue; }
  log(i, read(o));
}
// the cached transition's target prototype changes afterwards
var c1 = make(1); Object.setPrototypeOf(c1, A.prototype); log('before', read(c1));
A.prototype.k = 'ka2';
Object.defineProperty(A.prototype, 'w', { set: function (v) { this._w = v * 2; }, get: function () { return this._w; }, configurable: true });
var c2 = make(2); Object.setPrototypeOf(c2, A.prototype); c2.w = 21; log('after', read(c2), c2.w, c2._w, Object.keys(c2).join());
delete A.prototype.k; log('deleted', c1.k, c2.k);
// __proto__ assignment, as setPrototypeOf
var d = make(3); d.__proto__ = B.prototype; log('__proto__', read(d));
var e = make(4); e.__proto__ = B.prototype; e.q = 1; log('__proto__2', read(e));
// back and forth on one object
var f = make(5);
for (var j = 0; j < 4; j++) { Object.setPrototypeOf(f, j % 2 ? A.prototype : B.prototype); log('flip', j, read(f)); }
// cycles, non-extensible, frozen
var g = Object.create(make(6)); var gp = Object.getPrototypeOf(g);
try { Object.setPrototypeOf(gp, g); } catch (err) { log(err.constructor.name); }
var h = make(7); Object.preventExtensions(h);
try { Object.setPrototypeOf(h, A.prototype); } catch (err) { log(err.constructor.name); }
var h2 = make(8); Object.freeze(h2);
try { Object.setPrototypeOf(h2, B.prototype); } catch (err) { log(err.constructor.name); }
log(Object.getPrototypeOf(h) === Object.prototype, Object.getPrototypeOf(h2) === Object.prototype);
// a prototype (watched by caches) changing its own prototype
var base1 = { hi: function () { return 'base1'; } }, base2 = { hi: function () { return 'base2'; } };
var mid = make(9); Object.setPrototypeOf(mid, base1);
var kid = Object.create(mid); kid.own = 1;
function hi(o) { return o.hi(); }
log('mid', hi(kid), hi(kid));
Object.setPrototypeOf(mid, base2); log('mid2', hi(kid), kid.x, kid.z);
var mid2 = make(9); Object.setPrototypeOf(mid2, base1); var kid2 = Object.create(mid2); log('mid3', hi(kid2), hi(kid));
// a proxy as the new prototype
var px = new Proxy({}, { get: function (t, k, r) { return typeof k === 'string' ? 'px:' + k : undefined; } });
var pp = make(10); Object.setPrototypeOf(pp, px); log('proxy', pp.x, pp.nope, pp.z);
var pp2 = make(11); Object.setPrototypeOf(pp2, px); log('proxy2', pp2.x, pp2.nope);
// a dictionary-mode object (after a delete)
var dd = make(12); delete dd.y; Object.setPrototypeOf(dd, A.prototype); log('dict', read(dd));
// for-in order across the change
var fi = make(13); Object.setPrototypeOf(fi, B.prototype); var ks = []; for (var kk in fi) ks.push(kk); log('forin', ks.join());
// class instances moved to another class's prototype
class C1 { constructor() { this.a = 1; this.b = 2; } m() { return 'C1' + this.a; } }
class C2 { m() { return 'C2' + this.b; } get g() { return this.a + this.b; } }
for (var n = 0; n < 3; n++) { var ci = new C1(); Object.setPrototypeOf(ci, C2.prototype); log('class', ci.m(), ci.g, ci instanceof C2, ci instanceof C1); }
out.join('\n');
