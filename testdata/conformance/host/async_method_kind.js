// Async methods (object literals' and classes', static and computed) are
// AsyncFunctions as in node: their constructor, util.types and inspect; a
// method named async is not one. (aedes checks
// persistence.setup.constructor.name === 'AsyncFunction'.)
const util = require('util');
class C {
  async m() {}
  static async s() {}
  async ['k' + 1]() {}
  async() {}
  plain() {}
}
const o = { async m() {}, async() {}, plain() {}, *gen() {} };
const AsyncFunction = (async () => {}).constructor;
for (const [name, f] of Object.entries({
  'C#m': C.prototype.m, 'C.s': C.s, 'C#k1': C.prototype.k1, 'C#async': C.prototype.async, 'C#plain': C.prototype.plain,
  'o.m': o.m, 'o.async': o.async, 'o.plain': o.plain, 'o.gen': o.gen,
})) {
  console.log(name, util.types.isAsyncFunction(f), util.inspect(f), f.constructor.name,
    f.constructor === AsyncFunction, f instanceof AsyncFunction, Object.prototype.toString.call(f));
}
console.log((function () {}).constructor === Function, Function.prototype.constructor === Function);
function F() {}
F.constructor = 42;
console.log(F.constructor, Object.keys(F), (function () {}).constructor === Function);
console.log(typeof new Function('return 1'), new Function('return 7')());
