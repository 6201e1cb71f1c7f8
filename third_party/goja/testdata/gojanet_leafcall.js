// Leaf builtins (gojanet_leafcall.go) on and off their frameless path: the
// same results, errors (their kind: some of goja's messages differ from V8's, as before) and frames. names() gives the two innermost frames'
// names (V8's), below its own.
var out = [];
function show(v) {
  return JSON.stringify(v, function (k, x) {
    if (x === undefined) return '<u>';
    if (typeof x === 'bigint') return x + 'n';
    if (typeof x === 'symbol') return x.toString();
    if (x !== x) return 'NaN';
    return x;
  });
}
function attempt(f) {
  try { return show(f()); } catch (e) { return e.constructor.name; }
}
var fr = '';
function obj(v) { return { toString: function () { fr = names(); return v; }, valueOf: function () { fr = names(); return v; } }; }
function plain(v) { return { toString: function () { return v; } }; }
function p(label, f) { fr = ''; out.push(label + ' ' + attempt(f) + (fr ? ' [' + fr + ']' : '')); }
var m = new Map([['a', 1], [1, 'one'], [NaN, 'nan'], [0, 'zero']]);
var s = new Set(['a', 1, -0]);
for (var i = 0; i < 3; i++) {
  p('map.get', function () { return [m.get('a'), m.get(1), m.get(NaN), m.get(-0), m.get(), m.get('zz')]; });
  p('map.has', function () { return [m.has('a'), m.has(2), m.has(NaN), m.has()]; });
  p('set.has', function () { return [s.has('a'), s.has(0), s.has(2), s.has()]; });
  p('map.get.call', function () { return Map.prototype.get.call({}, 1); });
  p('map.has.call', function () { return Map.prototype.has.call(s, 1); });
  p('set.has.call', function () { return Set.prototype.has.call(m, 1); });
  p('map.get.prim', function () { return Map.prototype.get.call('x', 1); });
  p('str', function () { return ['AbC'.toLowerCase(), 'aBc'.toUpperCase(), '  x '.trim(), 'abc'.charCodeAt(1), 'abc'.charCodeAt(9), 'abc'.charAt(), 'abc'.codePointAt('1'),
    'abcabc'.indexOf('c'), 'abcabc'.indexOf('c', 3), 'abcabc'.lastIndexOf('b'), 'abc'.includes('b'), 'abc'.startsWith('a'), 'abc'.endsWith('c', 2),
    'abcdef'.slice(1, -1), 'abcdef'.substring(4, 1), 'abc'.slice(), 'aé'.toUpperCase(), 'x1'.indexOf(1), 'null'.indexOf(null), 'true'.includes(true), 'abc'.slice(1.7), 'abc'.substring(NaN, undefined)]; });
  p('str.objarg', function () { return 'abcabc'.indexOf(obj('c')); });
  p('str.objpos', function () { return 'abc'.charCodeAt(obj(2)); });
  p('str.symarg', function () { return 'abc'.indexOf(Symbol('q')); });
  p('str.bigarg', function () { return 'abc'.charAt(1n); });
  p('str.regexp', function () { return 'abc'.startsWith(/a/); });
  p('str.objthis', function () { return String.prototype.toLowerCase.call(plain('QQ')); });
  p('str.boxed', function () { return String.prototype.toUpperCase.call(new String('qq')); });
  p('str.nullthis', function () { return String.prototype.trim.call(null); });
  p('str.numthis', function () { return String.prototype.indexOf.call(12345, '3'); });
  p('isArray', function () { return [Array.isArray([]), Array.isArray({}), Array.isArray(), Array.isArray('a'), Array.isArray(new Proxy([], {}))]; });
  var rp = Proxy.revocable([], {}); rp.revoke();
  p('isArray.revoked', function () { return Array.isArray(rp.proxy); });
  p('String', function () { return [String(), String(1), String(1.5), String(null), String(undefined), String(true), String(Symbol('d')), String(10n), String('s')]; });
  p('String.obj', function () { return String(obj('o')); });
  p('Boolean', function () { return [Boolean(), Boolean(0), Boolean('a'), Boolean({}), Boolean(0n), Boolean(Symbol())]; });
  p('Date.now', function () { return typeof Date.now(); });
  p('create', function () { var o = Object.create({ q: 1 }); var n = Object.create(null); return [o.q, Object.getPrototypeOf(n), Object.keys(o)]; });
  p('create.props', function () { return Object.create({}, { a: { get: function () { return 5; }, enumerable: true } }).a; });
  p('create.bad', function () { return Object.create(1); });
  p('create.none', function () { return Object.create(); });
  p('push', function () { var a = [1]; return [a.push(2, 3), a.push(), a]; });
  p('push.frozen', function () { var a = Object.freeze([1]); return a.push(2); });
  p('push.obj', function () { var o = { length: 1 }; return [Array.prototype.push.call(o, 'x'), o]; });
  var re = /b(c)?/g, rs = /x/y, rp = /a/;
  p('regexp', function () { re.lastIndex = 0; return [/a/.test('xa'), rp.test(1), rp.exec('ba'), re.exec('abcabc'), re.lastIndex, re.test('abcabc'), re.lastIndex, re.test('abcabc'), re.lastIndex, rs.test('x'), rs.lastIndex, rs.test('x'), /undefined/.test(), /null/.exec(null)]; });
  p('regexp.objarg', function () { return rp.test(obj('a')); });
  p('regexp.objlast', function () { var r = /a/g; r.lastIndex = obj(1); return [r.exec('aa').index, r.lastIndex]; });
  p('regexp.strlast', function () { var r = /a/g; r.lastIndex = '1'; return [r.exec('aa').index, r.lastIndex]; });
  p('regexp.frozen', function () { var r = Object.freeze(/a/g); return r.test('a'); });
  p('regexp.readonly', function () { var r = /a/; Object.defineProperty(r, 'lastIndex', { writable: false }); return [r.test('a'), r.exec('ba').index]; });
  p('regexp.other', function () { return RegExp.prototype.test.call({}, 'a'); });
  p('regexp.sym', function () { return rp.test(Symbol()); });
  var po = { a: 1 }, sk = Symbol('k'); po[sk] = 2;
  var hop = Object.prototype.hasOwnProperty, ots = Object.prototype.toString;
  p('hasOwn', function () { return [po.hasOwnProperty('a'), po.hasOwnProperty('b'), po.hasOwnProperty(sk), po.hasOwnProperty(), hop.call(po, 'a'), hop.call(po, 1), hop.call([1], 0), hop.call('ab', 1), hop.call(po)]; });
  p('hasOwn.objkey', function () { return hop.call(po, obj('a')); });
  p('hasOwn.null', function () { return hop.call(null, 'a'); });
  p('hasOwn.undef', function () { return hop.call(); });
  p('hasOwn.proxy', function () { var seen = 0; return [hop.call(new Proxy({}, { getOwnPropertyDescriptor: function () { seen++; } }), 'a'), seen]; });
  p('keys', function () { return [Object.keys(po), Object.keys({}), Object.keys([7, 8]), Object.keys('ab'), Object.keys(1)]; });
  p('keys.none', function () { return Object.keys(); });
  p('keys.null', function () { return Object.keys(null); });
  p('keys.proxy', function () { return Object.keys(new Proxy({ z: 1 }, { ownKeys: function () { fr = names(); return ['z']; } })); });
  p('numstr', function () { return [(255).toString(), (255).toString(16), (1.5).toString(2), (-7).toString(36), NaN.toString(), (1e21).toString(), (3).toString(undefined), Number.prototype.toString.call(5, 8)]; });
  p('numstr.radix', function () { return (5).toString(1); });
  p('numstr.radix37', function () { return (5).toString(37); });
  p('numstr.objradix', function () { return (5).toString(obj(2)); });
  p('numstr.strradix', function () { return (5).toString('2'); });
  p('numstr.this', function () { return Number.prototype.toString.call('5'); });
  p('numstr.boxed', function () { return Number.prototype.toString.call(new Number(6), 2); });
  p('objstr', function () { return [ots.call(undefined), ots.call(null), ots.call(), ots.call([]), ots.call(1), ots.call(/x/), ({}).toString()]; });
  p('objstr.tag', function () { return ots.call({ get [Symbol.toStringTag]() { fr = names(); return 'T'; } }); });
  p('isView', function () { return [ArrayBuffer.isView(new Uint8Array(1)), ArrayBuffer.isView(new DataView(new ArrayBuffer(1))), ArrayBuffer.isView([]), ArrayBuffer.isView(), ArrayBuffer.isView(new Proxy(new Uint8Array(1), {}))]; });
  p('split', function () { return ['a,b,c'.split(','), 'abc'.split(''), 'abc'.split(), 'a,b,c'.split(',', 2), 'a1b1c'.split(1), 'anullb'.split(null), 'a,b'.split(',', -1), 'a,b'.split(',', 0), 'é,x'.split(','), 'xundefinedy'.split(), 'xundefinedy'.split(undefined, 1), 'xundefinedy'.split(undefined, 0)]; });
  p('split.objsep', function () { return 'a,b'.split(obj(',')); });
  p('split.regexp', function () { return 'a1b2c'.split(/\d/); });
  p('split.symsep', function () { return 'a'.split(Symbol()); });
  p('split.nullthis', function () { return String.prototype.split.call(null, ','); });
  p('call.leaf', function () { return [Map.prototype.get.call(m, 'a'), String.prototype.toLowerCase.call('QQ'), Array.prototype.push.call([1], 2), Array.isArray.call(null, []), hop.call(po, 'a', 'extra')]; });
  p('call.leaf.bad', function () { return String.prototype.trim.call(undefined); });
  p('call.leaf.objarg', function () { return String.prototype.indexOf.call('abc', obj('c')); });
  p('push.setter', function () { var a = [1]; Object.defineProperty(a, 1, { set: function (v) { out.push('setter ' + v); }, configurable: true }); return [a.push(9), a.length]; });
}
// a Map replaced under a warm site, a subclass, a string primitive's methods replaced
class M2 extends Map { get(k) { return 'sub:' + super.get(k); } }
var m2 = new M2([[1, 2]]);
p('subclass', function () { return [m2.get(1), Map.prototype.get.call(m2, 1)]; });
var saved = String.prototype.toLowerCase;
String.prototype.toLowerCase = function () { return 'replaced:' + this; };
p('replaced', function () { return 'ABC'.toLowerCase(); });
String.prototype.toLowerCase = saved;
p('restored', function () { return 'ABC'.toLowerCase(); });
out.join('\n');
