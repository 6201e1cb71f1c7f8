// Calls whose callee is found at run time (with, sloppy direct eval) and
// the receiver each gives; optional calls that short-circuit.
const out = [];
const log = (...a) => out.push(a.map(String).join(' '));
function who() { return this === globalThis ? 'global' : this === undefined ? 'undef' : (this.tag || typeof this); }
const o = { tag: 'with-o', who, inner: { tag: 'inner', who } };
with (o) {
  log('with', who(), inner.who(), typeof toString === 'function');
}
function viaEval(src) { eval(src); return who(); }
log('eval var', viaEval('var who = function () { return "evald:" + (this === globalThis); }'));
function evalLet() {
  eval('');
  try { f(); } catch (e) { log('tdz', e.constructor.name, e.message); }
  let f = () => 'ok';
  return f();
}
log('after tdz', evalLet());
function evalArgs(a) { eval(''); return [a, who(), (function () { return who(); })()].join(); }
log('eval frame', evalArgs(1));
function mixedStack() { var g = who; eval(''); return g(); }
log('mixed stack', mixedStack());
function mixedWith(p) { with (p) { return who() + '/' + String(typeof nope === 'undefined'); } }
log('with param', mixedWith({ tag: 'p', who }), mixedWith({}));
const nul = null, und = undefined;
log('optional', nul?.x(), und?.x.y(), o.nope?.(), o.inner?.who(), String(delete nul?.x()), String(delete o.nope?.()));
try { (nul?.x)(); } catch (e) { log('paren optional', e.constructor.name); }
try { (o?.nope)(); } catch (e) { log('paren optional 2', e.constructor.name); }
log('paren optional method', (o?.who)(), (o.inner?.who)());
try { (o.nope?.())(); } catch (e) { log('paren optional call', e.constructor.name); }
const sloppy = function () { return typeof this + ':' + (this === globalThis); };
log('sloppy this', sloppy(), sloppy.call(5), sloppy.call(null), [1].map(sloppy)[0]);
function outer() { return (() => who.call(this))(); }
log('arrow this', outer.call({ tag: 'arrow' }));
log('args callee', (function f() { return arguments.callee === f; })());
console.log(out.join('\n'));
