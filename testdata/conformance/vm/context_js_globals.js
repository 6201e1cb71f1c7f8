// A context has every JavaScript global node's contexts have, Atomics,
// SharedArrayBuffer, WeakRef and FinalizationRegistry included (jsdom
// evaluates each name in its window's context).
const vm = require('vm');
const ctx = vm.createContext({});
for (const name of ['Atomics', 'SharedArrayBuffer', 'WeakRef', 'FinalizationRegistry', 'WebAssembly', 'Intl']) {
  console.log(name, vm.runInContext(`typeof ${name}`, ctx), vm.runInContext(`Object.getOwnPropertyNames(globalThis).includes('${name}')`, ctx));
}
console.log(vm.runInContext('new SharedArrayBuffer(8).byteLength', ctx));
console.log(vm.runInContext('const o = {}; new WeakRef(o).deref() === o', ctx));
console.log(vm.runInContext('typeof new FinalizationRegistry(() => {}).register', ctx));
