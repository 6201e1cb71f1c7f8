'use strict';
// Stack frames named as V8 names them: the receiver's type and the property
// a function was called through, constructors, getters, builtins, module
// top level; columns of calls. Paths are shown relative to this file and
// frames of node's internals are left out (they differ by runtime).
const EventEmitter = require('events');

function frames(stack) {
  return stack.split('\n').slice(1)
    .filter((l) => !l.includes('node:'))
    .map((l) => l.split(__filename).join('FILE'))
    .join('\n');
}
function show(label, f) {
  try {
    f();
  } catch (e) {
    console.log(`${label}\n${frames(e.stack)}`);
  }
}

const o = { get x() { throw new Error(); }, m() { throw new Error(); } };
show('getter', () => o.x);
show('method', () => o.m());
const alias = { q: o.m };
show('method under another name', () => alias.q());
class A {
  constructor(fail) { if (fail) throw new Error(); }
  get z() { throw new Error(); }
  static s() { throw new Error(); }
  m() { throw new Error(); }
}
show('class getter', () => new A().z);
show('static method', () => A.s());
show('class method', () => new A().m());
show('constructor', () => new A(true));
show('getter called on another object', () => Reflect.get(A.prototype, 'z', {}));
function F() { throw new Error(); }
show('function constructor', () => new F());
show('builtin', () => [1].forEach(function () { throw new Error(); }));
show('builtin JSON', () => JSON.parse('{'));
show('receiver with toStringTag', () => ({ [Symbol.toStringTag]: 'Tag', f() { throw new Error(); } }).f());
show('map receiver', () => [1].forEach(function () { throw new Error(); }, new Map()));
show('primitive receiver', () => { (function () { throw new Error(); }).call(5); });
show('nested call column', () => { const a = { b: { c() { throw new Error(); } } }; a.b.c(); });
show('bracket call column', () => { const a = { b: { c() { throw new Error(); } } }; a['b']['c'](); });

const ee = new EventEmitter();
ee.on('fn', function () { console.log(`listener\n${frames(new Error().stack)}`); });
ee.on('arrow', () => { console.log(`arrow listener\n${frames(new Error().stack)}`); });
ee.emit('fn');
ee.emit('arrow');

function g() { return new.target === undefined ? 'call' : 'new'; }
function H() { this.how = g(); }
console.log('new.target in a call from a constructor:', new H().how);

// CallSite objects
Error.prepareStackTrace = (err, sites) => sites.slice(0, 2).map((c) => [
  c.getTypeName(), c.getFunctionName(), c.getMethodName(), c.isToplevel(), c.isConstructor(), String(c).split(__filename).join('FILE'),
].join('|')).join('\n');
for (const f of [() => o.m(), () => new A(true), () => JSON.parse('{')]) {
  try { f(); } catch (e) { console.log(e.stack); }
}
Error.prepareStackTrace = undefined;

async function inner() { await null; throw new Error('async'); }
async function outer() { await inner(); }
outer().catch((e) => console.log(`async\n${frames(e.stack)}`));
