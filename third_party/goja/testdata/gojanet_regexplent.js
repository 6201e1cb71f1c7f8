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
if (typeof console !== 'undefined') console.log(out.join(' '));
out.join(' ');
