// gojanet_latestash_test.go: functions whose stash is made after their
// leading statements (gojanet_latestash.go) and functions like them whose
// stash comes first; the expected output is node 20's.
'use strict';
var result = (function () {
  var out = [];
  // debug's disabled logger: the stash is made after the first statement
  var prevTime = 5;
  function createDebug(ns) {
    function debug() {
      if (!debug.enabled) return 'off';
      var self = debug;
      var args = new Array(arguments.length);
      for (var i = 0; i < args.length; i++) args[i] = arguments[i];
      var index = 0;
      args[0] = String(args[0]).replace(/%([a-z])/g, function (m, f) { index++; return String(args[index]) + self.namespace; });
      return args[0] + prevTime;
    }
    debug.namespace = ns;
    debug.enabled = false;
    return debug;
  }
  var d = createDebug('x');
  out.push(d('a %s', 1));
  d.enabled = true;
  out.push(d('a %s b %s', 1, 2));
  // outer reads and writes at two levels before the stash; closures after
  function level0() {
    var a = 1, b = 'b';
    function level1(p) {
      if (p === undefined) return;
      var s = p + a;
      a = a + 1;
      b += s;
      if (p > 10) return 'big ' + s + b;
      var late = s * 2;
      return function () { return [late, a, b, p].join(','); };
    }
    return level1;
  }
  var l1 = level0();
  out.push(l1(20), l1(1)(), l1(2)(), l1(30));
  // declared functions made at the same point
  function withFuncs(x, done) {
    var t = x.q;
    if (!t) return done('fast');
    var n = 0;
    function inner() { n++; return t + n; }
    function again() { return inner() + inner(); }
    return again();
  }
  out.push(withFuncs({}, function (s) { return s; }), withFuncs({q: 3}));
  // an arrow and a method
  var outerV = 7;
  const arrow = (p) => { const q = p + outerV; if (q > 50) return q; let w = q * 3; return () => w + q + outerV; };
  out.push(arrow(100), arrow(1)());
  var obj = {
    v: 2,
    m(k) { var base = this.v + k; if (base > 9) return base; var c = base; return [1, 2].map(function (x) { return x + c; }).join('/'); }
  };
  out.push(obj.m(20), obj.m(1));
  // `this` captured: the stash comes first
  function thisUser() { var v = this.v; if (!v) return 0; var c = 1; return (() => this.v + c)(); }
  out.push(thisUser.call({v: 0}), thisUser.call({v: 4}));
  // the leading statements throw, call themselves, call closures
  function thrower(o) { var v = o.p.q; if (v === 0) return null; var z = 1; return function () { return v + z; }; }
  try { thrower({}); } catch (e) { out.push(e instanceof TypeError); }
  out.push(thrower({p: {q: 4}})());
  function rec(n) { var m = n > 0 ? rec(n - 1) : 'bottom'; if (n === 3) out.push('rec ' + m); if (n < 0) return m; var k = n; return function () { return k + m; }; }
  out.push(typeof rec(3), rec(2)());
  // a loop right after the leading statements
  function loopy(list) {
    if (!list) return 0;
    var total = 0;
    var len = list.length;
    for (var i = 0; i < len; i++) { var v = list[i]; total += (function () { return v; })(); }
    return total;
  }
  out.push(loopy([1, 2, 3]));
  function whileAfter(n) {
    var k = n;
    if (k < 0) return k;
    var j = 0;
    while (j < k) { j++; }
    var f = function () { return j; };
    return f();
  }
  out.push(whileAfter(4));
  // sloppy code with `with` around: dynamic reads before the stash
  var wo = { wv: 'with' };
  var sloppy = new Function('wo', "with (wo) { return function (x) { var r = wv + x; if (x === 0) return r; var c = r; return function () { return c + wv; }; }; }")(wo);
  out.push(sloppy(0), sloppy(1)());
  // a named function expression reading its own name first
  var named = function self(n) { var s = self.length + n; if (n < 0) return s; var k = s; return function () { return k; }; };
  out.push(named(-1), named(2)());
  // a generator and an async function are left alone
  function* gen(x) { var y = x + 1; yield y; var z = y; yield (function () { return z; })(); }
  out.push([...gen(1)].join());
  // a loop whose body is the first statement that needs the stash
  function loopFirst(n) {
    var a = n;
    if (a < 0) throw new Error('neg');
    var b = a + 1;
    do { var c = b; b--; } while (b > a);
    return (function () { return c; })();
  }
  out.push(loopFirst(2));
  // the stash's variable read by a closure made in a later call
  function counter(start) {
    var step = start > 10 ? 2 : 1;
    if (start < 0) return null;
    var label = 'c' + step;
    var count = start;
    return { inc: function () { count += step; return label + ':' + count; } };
  }
  var c1 = counter(1), c2 = counter(20);
  out.push(c1.inc(), c1.inc(), c2.inc());
  // arguments and vars in the stash, used before it is made: Express's
  // router.process_params
  function pp(layer, called, req, res, done) {
    var params = this.params;
    var keys = layer.keys;
    if (!keys || keys.length === 0) {
      return done();
    }
    var i = 0;
    var name;
    function param(err) {
      if (err) return done(err);
      if (i >= keys.length) return done();
      name = keys[i++];
      called[name] = req[name] + (params[name] || '');
      return paramCallback();
    }
    function paramCallback() { return param(); }
    return param();
  }
  var ctx = { params: { a: '!' } }, called = {};
  out.push(pp.call(ctx, {}, called, {}, {}, function () { return 'fast ' + arguments.length; }));
  out.push(pp.call(ctx, { keys: ['a', 'b'] }, called, { a: 1, b: 2 }, {}, function (e) { return 'done ' + e + ' ' + JSON.stringify(called); }));
  // fewer and more arguments than parameters; arguments and stack locals
  // written before the stash, locals read after the frame moves
  function mix(a, b, c) {
    var local = a + 1;
    if (local < 0) return [];
    b = b === undefined ? 'nob' : b;
    var cap = local * 2;
    local += 10;
    var hoist;
    { let blockOnly = local + 1; hoist = blockOnly; }
    return [local, hoist, function () { return [a, b, c, cap].join(':'); }];
  }
  var m1 = mix(1), m2 = mix(2, 'B', 'C', 'extra', 'more');
  out.push(m1[0] + ' ' + m1[1] + ' ' + m1[2](), m2[0] + ' ' + m2[1] + ' ' + m2[2]());
  // a var captured later, written twice before the stash; the closure sees
  // the last value, and a later call gets a stash of its own
  function twice(x) {
    var v = x;
    v = v + '+';
    if (v === '+') return null;
    var w = v.length;
    return function (y) { v += y; return v + w; };
  }
  var t1 = twice('a'), t2 = twice('bb');
  out.push(t1('1'), t1('2'), t2('3'));
  // a throw between the vars' writes and the stash
  function throwsFirst(o) {
    var seen = o.a;
    if (seen === 0) return null;
    var deep = o.b.c;
    return function () { return seen + deep; };
  }
  try { throwsFirst({ a: 1 }); } catch (e) { out.push(e.constructor.name); }
  out.push(throwsFirst({ a: 1, b: { c: 2 } })());
  // the stash's arguments seen by a closure made before a recursive call
  function recArgs(n, acc) {
    var next = n - 1;
    if (n === 0) return acc;
    var f = function () { return n + acc; };
    return recArgs(next, acc + f());
  }
  out.push(recArgs(4, ''));
  // class methods, accessors, a private method, a static one, object
  // literal accessors and methods
  class A {
    constructor(v) { this.v = v; }
    m(x) { var y = x + this.v; if (y > 100) return 'big'; var z = y; return () => z + 1; }
    get g() { var t = this.v; if (!t) return 0; var q = t * 2; return (function () { return q; })(); }
    static s(x) { var k = x; if (k < 0) return -1; var c = k; return [1].map(function () { return c; })[0]; }
    #p(x) { var k = x; if (k < 0) return -1; var c = k; return (() => c * 3)(); }
    callP(x) { return this.#p(x); }
  }
  var a = new A(5);
  out.push([a.m(1)(), a.m(200), a.g, A.s(4), A.s(-2), a.callP(2)].join());
  var lit = {
    get gg() { var t = 3; if (!t) return 0; var q = t * 2; return (function () { return q; })(); },
    set ss(v) { var t = v; if (!t) return; var q = t * 2; this.r = (function () { return q; })(); },
    mm(x) { var t = x; if (!t) return 0; var q = t; return (() => q)(); },
  };
  lit.ss = 4;
  out.push([lit.gg, lit.r, lit.mm(9), lit.mm(0)].join());
  return out.join('\n');
})();
if (typeof console !== 'undefined') console.log(result);
result;
