'use strict';
const util = require('util');
function f() {}
const o = (x) => console.log(util.inspect(x));
o(f.bind(null));
o(class A extends null {});
o(Object.defineProperty(function g() {}, 'name', { value: 42 }));
o(Object.defineProperty(function g() {}, 'name', { value: '' }));
o(Object.setPrototypeOf(function h() {}, null));
o(async function* agen() {} === undefined ? 1 : 2);
o({ method() {}, async am() {}, *gm() {}, ['computed' + 1]() {}, [Symbol('s')]() {}, get g() { return 1; } });
o(Math.max);
o(Function.prototype.call);
o(new Function('a', 'return a'));
o(class { static x = 1; });
o(class B { static [Symbol.toStringTag] = 'T'; });
o(Object.assign(function named() {}, { [Symbol.toStringTag]: 'Tagged' }));
const methods = { async am() {}, m() {}, *g() {} };
console.log(util.types.isAsyncFunction(methods.am), util.types.isAsyncFunction(methods.m), util.types.isGeneratorFunction(methods.g), util.types.isAsyncFunction(async () => {}), util.types.isAsyncFunction(function asyncish() {}));
