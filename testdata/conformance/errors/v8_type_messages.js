// TypeErrors in V8's words: reading or setting a property of undefined or
// null, calling or constructing what is not a function (the callee printed
// as V8 prints it), 'in' on a primitive, builtins' callbacks and getters.
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name, e.message); } };
let u, n = null;
t(() => u.x); t(() => n.x); t(() => null.x); t(() => undefined.x); t(() => u[0]); t(() => n['k']);
t(() => u.x.y); t(() => { 'use strict'; u.x++; }); t(() => delete n.x); t(() => 'x' in n);
t(() => { for (const k of null); }); t(() => n()); t(() => u.a.b.c);
const o = { a: { b: {} }, n: null, arr: [] }; const k = 'zz'; const five = 5;
t(() => u()); t(() => five()); t(() => o.f()); t(() => o.a.b.c()); t(() => o['g']()); t(() => o[k]()); t(() => o[0]());
t(() => o.arr[1]()); t(() => o.a['b']['c d']()); t(() => o?.f()); t(() => o.a?.b.c()); t(() => (0, o.f)()); t(() => (o.f)());
t(() => o.a.b.toString().x()); t(() => [].map(5)); t(() => new u()); t(() => new o.C()); t(() => new five()); t(() => new (o.a)());
t(() => this.f()); t(() => (() => 1)()()); t(() => `x`()); t(() => 'str'()); t(() => null()); t(() => (void 0)()); t(() => o.a.b[k + 1]());
t(() => o[Symbol.iterator]()); t(() => new o.a.b()); t(() => o.n.f()); t(() => (u || o.f)()); t(() => (function () {})()()); t(() => new new Function()()());
t(() => o.a   .  b());
t(() => o
  .f());
t(() => JSON.parse('1')());
t(() => o.a.b.c.d());
for (const m of ['map', 'filter', 'forEach', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap', 'reduce', 'reduceRight']) {
  t(() => [1][m](undefined)); t(() => [1][m](7));
  t(() => new Uint8Array(1)[m] && new Uint8Array(1)[m](7));
}
t(() => new Set([1]).forEach(7)); t(() => new Map([[1, 1]]).forEach(7)); t(() => Array.from([1], 7)); t(() => JSON.parse('1', 7)); t(() => 'a'.replace('a', 7));
t(() => Promise.resolve().then(7)); t(() => [1].sort(7)); t(() => Object.defineProperty({}, 'x', { get: 7 }));
t(() => { u.x = 1; }); t(() => { n.x = 1; }); t(() => { 'use strict'; n.y = 2; }); t(() => { u[Symbol('s')] = 1; });
t(() => { n[{}] = 1; }); t(() => { u[0] = 1; }); t(() => u.f()); t(() => n.f()); t(() => null[{}]); t(() => undefined[1.5]);
t(() => Object.defineProperty({}, 'x', { set: {} })); t(() => Object.defineProperty({}, 'x', { get: null }));
t(() => [1].map([1, 2])); t(() => new Set().forEach('s')); t(() => new Map().forEach(null)); t(() => new Set().forEach(Symbol('z')));
