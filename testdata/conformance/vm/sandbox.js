// Contexts: own intrinsics, the sandbox's properties as globals, and
// declarations and assignments written back to the sandbox.
const vm = require('vm');

const sandbox = { a: 1, list: [1, 2] };
const ctx = vm.createContext(sandbox);
console.log(vm.isContext(ctx), vm.isContext({}), ctx === sandbox);
console.log(vm.runInContext('var x = a + 1; function f() { return x * 10 } let y = 2; z = 3; this.w = 4; typeof process', ctx));
console.log(Object.keys(sandbox), sandbox.x, sandbox.z, sandbox.w, sandbox.f());
console.log(Object.getOwnPropertyDescriptor(sandbox, 'x'));
console.log(vm.runInContext('y + x', ctx), 'y' in sandbox);
sandbox.a = 100;
console.log(vm.runInContext('a', ctx));
console.log(vm.runInNewContext('Array') !== Array, vm.runInNewContext('[1, 2]') instanceof Array);
console.log(Array.isArray(vm.runInNewContext('[1, 2]')), vm.runInNewContext('[1, 2]'));
console.log(vm.runInNewContext('({ a: { b: [1, "two", null] } })'));
console.log(vm.runInContext('list.push(3); list', ctx) === sandbox.list, sandbox.list);
console.log(vm.runInContext('this', ctx) === sandbox, vm.runInContext('globalThis', ctx) === sandbox);
console.log(vm.runInNewContext('typeof Object + typeof JSON + typeof require'));
global.hello = 5;
vm.runInNewContext('hello = 2');
console.log(global.hello);
delete global.hello;

// Functions cross both ways.
const out = [];
vm.runInNewContext('log("in context", 1 + 1)', { log: (...args) => out.push(args.join(' ')) });
console.log(out);
const adder = vm.runInNewContext('(function (n) { return function (m) { return n + m } })');
console.log(adder(2)(3), typeof adder);
const C = vm.runInNewContext('class C { constructor(v) { this.v = v } get double() { return this.v * 2 } }; C');
const c = new C(21);
console.log(c.v, c.double, c instanceof C);

// Getters and non-configurable properties of the sandbox.
const sb2 = {};
Object.defineProperty(sb2, 'ro', { value: 1, enumerable: true });
Object.defineProperty(sb2, 'getter', { get() { return 'got'; } });
vm.createContext(sb2);
console.log(vm.runInContext('[ro, getter, Object.getOwnPropertyDescriptor(this, "ro").writable]', sb2));
console.log(vm.runInContext('ro = 2; ro', sb2));
console.log(vm.runInContext('delete getter', sb2));

// Symbols and Object.keys of the global.
const sym = Symbol('s');
const sb3 = vm.createContext({ [sym]: 'symbol value', k: 1 });
console.log(vm.runInContext('Object.keys(this)', sb3), vm.runInContext('(s) => this[s]', sb3)(sym));

// A context runs later calls against its own global.
const sb4 = vm.createContext({ n: 1 });
const getN = vm.runInContext('(function () { return n })', sb4);
sb4.n = 2;
console.log(getN());

// Errors thrown in a context are that context's.
try {
  vm.runInNewContext('null.x');
} catch (e) {
  console.log(e instanceof TypeError, e.name, require('util').types.isNativeError(e));
}
try {
  vm.runInNewContext('throw 42');
} catch (e) {
  console.log(e);
}

// V8's console (prints nothing without an inspector) and ArrayBuffers
// across contexts.
console.log(vm.runInNewContext('console.log("not printed"); typeof console.log'));
const ab = vm.runInNewContext('new Uint8Array([1, 2, 3]).buffer');
console.log(Buffer.byteLength(ab), require('util').types.isAnyArrayBuffer(ab), new Uint8Array(ab)[2]);
console.log(vm.runInNewContext('b.toString("hex") + " " + b.length', { b: Buffer.from('hi') }));
