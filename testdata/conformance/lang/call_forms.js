'use strict';
// Every way a call gets its callee and receiver: plain, method, computed,
// global, closure, optional, super, private, tagged template, spread,
// call/apply/bind/Reflect, proxies, natives calling back, constructors,
// generators and async functions; `this`, arguments and stack frames.
const out = [];
const log = (...a) => out.push(a.map(String).join(' '));
function who() { return this === undefined ? 'undef' : typeof this === 'object' ? (this.tag || 'obj') : String(this); }
const o = { tag: 'o', who, nested: { tag: 'n', who }, [Symbol.for('s')]: who };
log('plain', who());
log('method', o.who(), o.nested.who(), o['who'](), o[Symbol.for('s')]());
let k = 'who';
log('computed', o[k](), (0, o.who)(), (o.who)());
log('optional', o.who?.(), o.none?.(), o?.who(), o.nested?.who(), (o?.who)(), String(o.none?.x()));
const nul = null;
log('optional nullish', nul?.who(), nul?.a.b.c(), String((() => { try { (nul?.who)(); } catch (e) { return e.constructor.name; } })()));
try { o.none(); } catch (e) { log('not a function', e.message); }
try { o[k + 'x'](); } catch (e) { log('not a function', e.message); }
try { (0, o.none)(); } catch (e) { log('not a function', e.message); }
try { nul.who(); } catch (e) { log('null receiver', e.message); }
log('call/apply/bind', who.call('c'), who.apply({ tag: 'a' }, []), who.bind({ tag: 'b' })(), who.call(), who.apply());
log('reflect', Reflect.apply(who, { tag: 'r' }, []), Reflect.construct(function F(a) { this.a = a; }, [7]).a);
function args() { return Array.prototype.slice.call(arguments, 1).join() + '|' + arguments.length; }
log('args', args(1, 2, 3), args(), args.apply(null, [4, 5]), args(...[6, 7, 8]), o.who(...[]));
function mapped(a) { arguments[0] = 9; return a + ':' + (typeof arguments.callee); }
log('mapped', (function (a) { arguments[0] = 9; return a; })(1));
function sloppyArgs() { return Function.prototype.apply.call(args, this, arguments); }
log('apply arguments', sloppyArgs(1, 2));
function fwd() { return args.apply(this, arguments); }
log('apply arguments 2', fwd(3, 4, 5));
function sl() { return [].slice.call(arguments, 1, 2).join(); }
log('slice.call', sl('a', 'b', 'c'));
const bound = function (a, b) { return who.call(this) + a + b; }.bind({ tag: 'bb' }, 'x');
log('bound', bound('y'), new ((function F(a) { this.v = a; }).bind(null, 3))().v);
const px = new Proxy(who, { apply(t, th, a) { return 'proxy:' + t.call(th) + a.length; } });
log('proxy', px(1), o.px = px, o.px(1, 2));
log('natives', [1, 2].map(function (x) { return who.call(this) + x; }, { tag: 'm' }).join(), [3].map(x => x * 2)[0],
  'a-b'.replace(/-/, '+'), 'a-b'.replace(/-/g, (m) => '[' + m + ']'), /b/.test('abc'), JSON.stringify({ a: 1 }, (k, v) => v));
class A {
  #p() { return 'private:' + this.tag; }
  static s() { return 'static:' + this.name; }
  constructor() { this.tag = 'A'; }
  m() { return 'A.m:' + this.tag; }
  callP() { return this.#p(); }
  field = this.m();
  ['comp' + 'uted']() { return 'computed:' + this.tag; }
}
class B extends A {
  constructor() { super(); this.tag = 'B'; }
  m() { return 'B.m>' + super.m() + '>' + super['m']() + '>' + (() => super.m())(); }
  static s() { return 'B>' + super.s(); }
}
const b = new B();
log('classes', b.m(), b.callP(), A.s(), B.s(), b.field, b.computed());
try { A(); } catch (e) { log('class call', e.message); }
function tag(strs, ...vals) { return who.call(this) + ':' + strs.raw.join('_') + vals.join(); }
log('tagged', tag`a${1}b${2}`, o.tg = tag, o.tg`x${3}`);
function* gen(a) { yield who.call(this); yield a; }
log('generator', [...gen.call({ tag: 'g' }, 5)].join(), (o.gen = gen, o.gen(6)).next().value);
async function af(a) { await null; return who.call(this) + a; }
const P = [af.call({ tag: 'af' }, 1), o.af = af, o.af(2), (async () => who())()];
log('new', new (class { constructor(a, b) { this.s = a + b; } })(1, 2).s, new Date(0).getTime(), new Map([[1, 2]]).get(1));
function Ctor(a) { this.a = a; return undefined; }
function CtorObj() { return { obj: 1 }; }
log('ctor results', new Ctor(4).a, new CtorObj().obj, new Ctor().a);
const ev = eval;
var gv = 'global-ish';
log('eval', eval('1 + 1'), ev('typeof gv'), (0, eval)('2 * 3'));
log('getter callee', { get f() { return who; }, tag: 'gt' }.f());
const objWithCall = { tag: 'oc', f() { return [who.call(this), this === objWithCall].join(); } };
log('self', objWithCall.f(), [objWithCall][0].f());
let arr = [who]; arr.tag = 'arr';
log('array element', arr[0]());
const sym = Symbol('m');
const os = { [sym]() { return 'sym:' + who.call(this); }, tag: 'os' };
log('symbol method', os[sym]());
log('string methods', 'abc'.toUpperCase(), 'abc'.at(-1), (5).toFixed(1), true.toString(), 'x'.concat('y', 'z'));
function rec(n) { return n === 0 ? 0 : 1 + rec(n - 1); }
log('recursion', rec(100));
function thrower() { throw new Error('boom'); }
function viaMap() { return [1].map(function inner() { thrower(); }); }
try { viaMap(); } catch (e) { log('stack', e.stack.split('\n').slice(0, 4).map(l => l.replace(/\(.*[\\/]/, '(').replace(/:\d+:\d+\)/, ')')).join(' / ')); }
const objm = { meth() { return new Error('m').stack.split('\n')[1].trim().split(' (')[0]; } };
log('frame name', objm.meth(), (function named() { return new Error('x').stack.split('\n')[1].trim().split(' (')[0]; })());
function Cls() { this.s = new Error('c').stack.split('\n')[1].trim().split(' (')[0]; }
log('ctor frame', new Cls().s);
Promise.all(P.filter(p => p instanceof Promise)).then(v => { log('async', v.join()); console.log(out.join('\n')); });
