const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
console.log(typeof AsyncIteratorPrototype[Symbol.asyncIterator], AsyncIteratorPrototype[Symbol.asyncIterator].call(5));
const AGF = Object.getPrototypeOf(async function* () {});
console.log(Object.prototype.toString.call(AGF), AGF === Object.getPrototypeOf(async function* named(a, b) { yield a; }));
console.log(Reflect.getPrototypeOf(async function* () {}) === AGF, (async function* () {}).__proto__ === AGF);
const o = { async *m() { yield 1; } };
class C { async *n() {} static async *s() {} }
console.log(Object.getPrototypeOf(o.m) === AGF, Object.getPrototypeOf(C.prototype.n) === AGF, Object.getPrototypeOf(C.s) === AGF);
console.log(Object.getPrototypeOf(AGF) === Function.prototype, Object.prototype.toString.call(AGF.prototype));
console.log(Function.prototype.prototype, 'prototype' in Function.prototype, Object.getOwnPropertyNames(Function.prototype).includes('prototype'));
console.log(Object.getPrototypeOf(function () { return 1; }) === Function.prototype, Object.getPrototypeOf(() => 1) === Function.prototype);
function getNativeClass(C) { let P = Object.getPrototypeOf(C); while (typeof P === 'function' && P.prototype) { C = P; P = Object.getPrototypeOf(C); } return C; }
console.log(getNativeClass(Response) === Response, getNativeClass(class extends Response {}) === Response);
const arrow = () => 1; arrow.prototype = 5; console.log(arrow.prototype);
(async () => { for await (const x of o.m()) console.log("yielded", x); })();
