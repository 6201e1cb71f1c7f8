// codeGeneration.strings, dynamic import() in vm code, and a timeout that
// stops main-runtime code a context calls.
const vm = require('vm');

const c = vm.createContext({}, { codeGeneration: { strings: false } });
for (const s of ['eval("1")', 'new Function("return 1")', '(function () {}).constructor("1")',
  'eval.name + " " + Function.name', '(() => {}) instanceof Function', '[1, 2].map((x) => x * 2)']) {
  try {
    console.log(s, '->', vm.runInContext(s, c));
  } catch (e) {
    console.log(s, '->', e.name, e.message);
  }
}
console.log(vm.runInNewContext('eval("1 + 1")'));

// codeGeneration.wasm: false
const wasmBytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
const w = vm.createContext({ wasmBytes }, { codeGeneration: { wasm: false } });
try {
  vm.runInContext('new WebAssembly.Module(wasmBytes)', w);
} catch (e) {
  console.log(e.name, e.message, e instanceof vm.runInContext('WebAssembly.CompileError', w));
}
console.log(vm.runInContext('WebAssembly.validate(wasmBytes)', w));
console.log(vm.runInNewContext('new WebAssembly.Module(wasmBytes) instanceof WebAssembly.Module', { wasmBytes }));

// Strict and sloppy assignments to a read-only global.
const ro = vm.createContext();
vm.runInContext('Object.defineProperty(this, "x", { value: 42 })', ro);
console.log(vm.runInContext('x = 0; x', ro));
try {
  vm.runInContext('"use strict"; x = 0', ro);
} catch (e) {
  console.log(e.name, e.message);
}

function spin() {
  const start = Date.now();
  while (Date.now() - start < 3000);
  return 'escaped';
}
try {
  vm.runInNewContext('spin()', { spin }, { timeout: 50 });
} catch (e) {
  console.log(e.code);
}
try {
  vm.runInNewContext('Promise.resolve().then(() => spin())', { spin }, { timeout: 50, microtaskMode: 'afterEvaluate' });
} catch (e) {
  console.log(e.code);
}

async function main() {
  for (const [code, options] of [
    ['import("fs")', undefined],
    ['import("fs")', { importModuleDynamically() {} }],
    ['import("path")', { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }],
  ]) {
    try {
      const ns = await vm.runInThisContext(code, options);
      console.log('imported', typeof ns.join, typeof ns.default);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  try {
    await vm.compileFunction('return import("fs")')();
  } catch (e) {
    console.log(e.code);
  }
  try {
    await vm.runInNewContext('import("fs")');
  } catch (e) {
    console.log(e.code);
  }
  console.log(vm.runInThisContext('"import(" + 1 + ")"'));
}
main();
