'use strict';
// process.env as node's host object: symbol keys and values throw a
// TypeError, symbols are never in it, the empty name is not stored, values
// become strings, and it is no Proxy to util or structuredClone.
const util = require('util');
const s = Symbol('s');
const attempts = {
  'set symbol key': () => { process.env[s] = 1; },
  'set symbol value': () => { process.env.GJ_SYM = s; },
  'define symbol key': () => Object.defineProperty(process.env, s, { value: 1, configurable: true, writable: true, enumerable: true }),
  'define accessor': () => Object.defineProperty(process.env, 'GJ_ACC', { get() { return 1; } }),
  'define read-only': () => Object.defineProperty(process.env, 'GJ_RO', { value: 1 }),
};
for (const [name, f] of Object.entries(attempts)) {
  try {
    f();
    console.log(name, 'did not throw');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
console.log('symbol get/in/delete:', process.env[s], s in process.env, delete process.env[s]);
console.log('toString:', Object.prototype.toString.call(process.env), process.env[Symbol.toStringTag]);
console.log('own symbols:', Object.getOwnPropertySymbols(process.env));
process.env[''] = 'x';
console.log('empty name:', process.env[''], '' in process.env, Object.keys(process.env).includes(''));
process.env.GJ_NUM = 42;
process.env.GJ_OBJ = { toString() { return 'from toString'; } };
console.log('coerced:', process.env.GJ_NUM, process.env.GJ_OBJ);
console.log('isProxy:', util.types.isProxy(process.env));
const clone = structuredClone(process.env);
console.log('clone:', clone.GJ_NUM, Object.keys(clone).length === Object.keys(process.env).length,
  Object.getPrototypeOf(clone) === Object.prototype);
console.log('inspect:', util.inspect(process.env).includes("GJ_NUM: '42'"));
console.log('inherited:', process.env.hasOwnProperty === Object.prototype.hasOwnProperty, 'hasOwnProperty' in process.env,
  Object.hasOwn(process.env, 'hasOwnProperty'));
process.env.hasOwnProperty = 'shadowed';
console.log('own now:', Object.hasOwn(process.env, 'hasOwnProperty'), process.env.hasOwnProperty);
delete process.env.hasOwnProperty;
console.log('delete missing:', delete process.env.GJ_NOT_THERE);
