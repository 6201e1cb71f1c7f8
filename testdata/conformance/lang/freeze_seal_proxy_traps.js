'use strict';
// Object.freeze / Object.seal on a Proxy: the handler's traps in order
// (preventExtensions first), and a throwing ownKeys after the object has
// already become non-extensible.
function logged(target, log) {
  return new Proxy(target, new Proxy({}, {
    get(t, k) { log.push(k); return undefined; },
  }));
}
for (const op of ['freeze', 'seal']) {
  const log = [];
  const p = logged({ a: 1, b: 2 }, log);
  Object[op](p);
  console.log(op, log.join(','));
  console.log(op, 'frozen', Object.isFrozen(p), 'sealed', Object.isSealed(p));
}
for (const op of ['freeze', 'seal']) {
  const log = [];
  const target = { a: 1 };
  const p = new Proxy(target, {
    preventExtensions(t) { log.push('preventExtensions'); return Reflect.preventExtensions(t); },
    ownKeys() { log.push('ownKeys'); throw new Error('boom'); },
  });
  try {
    Object[op](p);
    console.log(op, 'no throw');
  } catch (e) {
    console.log(op, 'thrown', e.message, log.join(','), 'extensible', Object.isExtensible(target));
  }
}
// A plain object and a function proxy still freeze.
const fp = new Proxy(function f() {}, {});
Object.freeze(fp);
console.log('function proxy frozen', Object.isFrozen(fp));
console.log('globalThis extensible', Object.isExtensible(globalThis));
