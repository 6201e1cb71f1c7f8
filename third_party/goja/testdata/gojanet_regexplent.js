// gojanet_regexplent_test.go: regexp literals tested in place
// (gojanet_regexplent.go) behave as new objects would; the expected output
// is node 20's.
var out = [];
function look(t) { return /^text\/|^application\/(javascript|json)/.test(t) ? 'UTF-8' : 'no'; }
out.push(look('text/html'), look('image/png'), look('application/json'));
// the object stays unseen: lastIndex, identity through a replaced test
var seen = [];
function lit(s) { return /a/.test(s); }
out.push(lit('a'), lit('b'));
var orig = RegExp.prototype.test;
RegExp.prototype.test = function (s) { seen.push(this); this.lastIndex = 5; this.extra = 1; return orig.call(this, s); };
out.push(lit('a'), lit('c'));
out.push(seen.length, seen[0] === seen[1], seen[0].lastIndex, seen[0].extra);
RegExp.prototype.test = orig;
out.push(lit('a'), lit('zz'));
// a getter
Object.defineProperty(RegExp.prototype, 'test', { configurable: true, get: function () { seen.push(this); return orig; } });
out.push(lit('a'), seen.length, seen[2] === seen[3]);
Object.defineProperty(RegExp.prototype, 'test', { configurable: true, writable: true, value: orig });
// g and y flags keep lastIndex
function glob(s) { var r = /a/g; return [r.test(s), r.lastIndex]; }
out.push(glob('xa').join(), glob('xa').join());
function g2(s) { return /a/g.test(s); }
out.push(g2('a'), g2('a'));
// exec, an argument whose toString changes things
function ex(s) { return /(b)/.test(s); }
out.push(ex({ toString() { RegExp.prototype.test = orig; return 'abc'; } }));
// recursion through the argument's toString
function rec(n) { return /x/.test({ toString() { return n > 0 ? String(rec(n - 1)) + 'x' : 'y'; } }); }
out.push(rec(3));
// a sticky one
function st(s) { return /a/y.test(s); }
out.push(st('ba'), st('ab'));
// the literal as a value is a new object each time
function val() { return /q/; }
out.push(val() === val());
// s.replace(/re/, 'str'): the literal is never seen unless something
// replaced on the way could see it
function ext(path) { return path.replace(/^.*[\.\/\\]/, '').toLowerCase(); }
out.push(ext('a/b/c.HTML'), ext('x.Js'), ext('plain'));
var got = [];
var objRecv = { replace: function (re, s) { got.push(re); return 'own'; } };
out.push(ext(objRecv), ext(objRecv), got[0] === got[1], got[0] instanceof RegExp);
var sr = String.prototype.replace;
String.prototype.replace = function (re, s) { got.push(re); return 'patched'; };
out.push(ext('a.b'), ext('c.d'), got[2] === got[3]);
String.prototype.replace = sr;
var symRep = RegExp.prototype[Symbol.replace];
RegExp.prototype[Symbol.replace] = function (s, r) { got.push(this); return symRep.call(this, s, r); };
out.push(ext('q.RS'), ext('t.UV'), got[4] === got[5], got[4].lastIndex);
RegExp.prototype[Symbol.replace] = symRep;
var ex0 = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) { got.push(this); this.mark = 1; return ex0.call(this, s); };
out.push(ext('m.NO'), ext('n.OP'), got[6] === got[7], got[6].mark);
RegExp.prototype.exec = ex0;
out.push(ext('back.OK'), got.length);
try { ext(5); } catch (e) { out.push(e.constructor.name); }
function repG(s) { return s.replace(/a/g, 'b'); }
out.push(repG('aXa'), repG('aa'));
if (typeof console !== 'undefined') console.log(out.join(' '));
out.join(' ');
