'use strict';
// import() inside `new Function(...)`. Packages that must load ES modules
// from CommonJS hide import() from their compilers in a Function body —
// `new Function('p', 'return import(p)')` (real-require, which pino's
// transports load) — and goja's parser cannot parse import() at all (the
// loader has esbuild lower it in files). So the Function constructor scripts
// see is one in front of goja's: a body without import() goes straight to
// goja; one with it has each `import(` call the loader's import for
// scripts (internal/modules importFromScript: resolved from the file that
// made the function, a promise of the namespace), through a parameter of an outer
// function, so the function made still has its own `this` and arguments.

const NativeFunction = Function;
const importCall = /\bimport\s*\(/g;

// callerFile is the user file on the stack (the one calling new Function).
function callerFile(callStack) {
  for (const f of callStack()) {
    if (!f.native && typeof f.file === 'string' && f.file.startsWith('/')) return f.file;
  }
  return undefined;
}

function install(importFromScript, callStack) {
  function Function(...args) {
    // each argument converted once, in order, as V8's CreateDynamicFunction
    // (a template literal's ToString: a Symbol throws)
    for (let i = 0; i < args.length; i++) args[i] = `${args[i]}`;
    const body = args.length > 0 ? args[args.length - 1] : '';
    importCall.lastIndex = 0;
    if (!importCall.test(body)) {
      return new.target === undefined || new.target === Function ?
        Reflect.apply(NativeFunction, undefined, args) : Reflect.construct(NativeFunction, args, new.target);
    }
    // import() resolves from the file that made the function, as in node.
    const referrer = callerFile(callStack);
    const dynamicImport = (specifier) => {
      try {
        return Promise.resolve(importFromScript(specifier, referrer));
      } catch (err) {
        return Promise.reject(err);
      }
    };
    const params = args.slice(0, -1).join(',');
    // (a name the source does not use: node's function sees none of ours)
    let name = '__gojanet_dynamic_import';
    while (body.includes(name) || params.includes(name)) name += '_';
    const rewritten = body.replace(importCall, `${name}(`);
    const make = NativeFunction(name,
      `return function anonymous(${params}\n) {\n${rewritten}\n}`);
    return make(dynamicImport);
  }
  Object.defineProperty(Function, 'prototype', { value: NativeFunction.prototype, writable: false });
  Object.defineProperty(Function, 'length', { value: 1 });
  require('internal/es_builtins').setFunctionConstructor(Function); // Function.prototype.constructor
  Object.defineProperty(globalThis, 'Function', { value: Function, writable: true, configurable: true });
}

module.exports = { install };
