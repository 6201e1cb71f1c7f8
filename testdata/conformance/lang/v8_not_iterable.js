'use strict';
// V8's wording of 'not iterable' TypeErrors: the source named as V8's CallPrinter
// prints it (for-of, array spread), else the value's type (builtins, patterns).

function t(f,s){try{f(); console.log(s, "=> ok")}catch(e){console.log(s, "=>", e.message)}}
const o = {p: {q: 1}}, a = 1, k = 'p', n = null; let u; function f() { return 1; }
t(()=>{ for (const x of o); }, String.raw`for (const x of o);`);
t(()=>{ for (const x of o.p); }, String.raw`for (const x of o.p);`);
t(()=>{ for (const x of o.p.q); }, String.raw`for (const x of o.p.q);`);
t(()=>{ for (const x of o[k]); }, String.raw`for (const x of o[k]);`);
t(()=>{ for (const x of o['p']); }, String.raw`for (const x of o['p']);`);
t(()=>{ for (const x of o[0]); }, String.raw`for (const x of o[0]);`);
t(()=>{ for (const x of f()); }, String.raw`for (const x of f());`);
t(()=>{ for (const x of o.p.valueOf()); }, String.raw`for (const x of o.p.valueOf());`);
t(()=>{ for (const x of new Object()); }, String.raw`for (const x of new Object());`);
t(()=>{ for (const x of {a: 1, b: a}); }, String.raw`for (const x of {a: 1, b: a});`);
t(()=>{ for (const x of [1, 'x', a, null, undefined, [2], o.p, true, 1.5, -1, {}]) ; }, String.raw`for (const x of [1, 'x', a, null, undefined, [2], o.p, true, 1.5, -1, {}]) ;`);
t(()=>{ for (const x of 'abc'.length); }, String.raw`for (const x of 'abc'.length);`);
t(()=>{ for (const x of 1.50); }, String.raw`for (const x of 1.50);`);
t(()=>{ for (const x of -1); }, String.raw`for (const x of -1);`);
t(()=>{ for (const x of !a); }, String.raw`for (const x of !a);`);
t(()=>{ for (const x of a + 1); }, String.raw`for (const x of a + 1);`);
t(()=>{ for (const x of (a, o)); }, String.raw`for (const x of (a, o));`);
t(()=>{ for (const x of u); }, String.raw`for (const x of u);`);
t(()=>{ for (const x of n); }, String.raw`for (const x of n);`);
t(()=>{ for (const x of undefined); }, String.raw`for (const x of undefined);`);
t(()=>{ for (const x of true); }, String.raw`for (const x of true);`);
t(()=>{ for (const x of 10n); }, String.raw`for (const x of 10n);`);
t(()=>{ for (const x of /re/g); }, String.raw`for (const x of /re/g);`);
t(()=>{ for (const x of (() => 1)); }, String.raw`for (const x of (() => 1));`);
t(()=>{ for (const x of o?.p); }, String.raw`for (const x of o?.p);`);
t(()=>{ const [x] = o.p; }, String.raw`const [x] = o.p;`);
t(()=>{ let x; [x] = o; }, String.raw`let x; [x] = o;`);
t(()=>{ (function([x]){})(o); }, String.raw`(function([x]){})(o);`);
t(()=>{ (([x]) => x)(o); }, String.raw`(([x]) => x)(o);`);
t(()=>{ [...o]; }, String.raw`[...o];`);
t(()=>{ [...o.p]; }, String.raw`[...o.p];`);
t(()=>{ [1, ...u]; }, String.raw`[1, ...u];`);
t(()=>{ f(...o); }, String.raw`f(...o);`);
t(()=>{ new f(...o); }, String.raw`new f(...o);`);
t(()=>{ new Set(5) }, 'set5');
t(()=>{ new Map({}) }, 'map{}');
t(()=>{ new WeakSet(true) }, 'wsettrue');
t(()=>{ Object.fromEntries(5) }, 'fromEntries5');
t(()=>{ new Set(Symbol('q')) }, 'setsym');
t(()=>{ new Set({[Symbol.iterator]: 1}) }, 'setbadmethod');
t(()=>{ for (const x of {[Symbol.iterator]: 1}); }, 'forbadmethod');
Promise.all(undefined).catch(e=>console.log('pall', e.message));
Promise.all(5).catch(e=>console.log('pall5', e.message));
Promise.all({}).catch(e=>console.log('pall{}', e.message));
// with the array iterator removed (the REPL's own error path survives it)
const AIP = Object.getPrototypeOf([][Symbol.iterator]());
const savedIter = Array.prototype[Symbol.iterator];
const savedNext = AIP.next;
delete Array.prototype[Symbol.iterator];
delete AIP.next;
let caught;
try { for (const x of [3, 2, 1]); } catch (e) { caught = e; }
const text = require('util').inspect(caught);
Array.prototype[Symbol.iterator] = savedIter;
AIP.next = savedNext;
console.log(text.split('\n')[0]);
