'use strict';
// goja has no async generators: esbuild lowers `async function*` to a plain
// function returning an object of its own (see runtime/loader.go), so the
// intrinsics that code reaches through one are missing. whatwg-url (which
// mongodb loads) takes %AsyncIteratorPrototype% this way:
//
//   Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype)
//
// For a lowered function, Object.getPrototypeOf(fn) is Function.prototype;
// giving that a non-enumerable `prototype` accessor — an %AsyncGeneratorPrototype%
// whose prototype is an %AsyncIteratorPrototype% — makes the idiom yield
// what it yields in node. (Function.prototype has no `prototype` in node;
// nothing else is known to look.)

function install() {
  const AsyncIteratorPrototype = {};
  Object.defineProperty(AsyncIteratorPrototype, Symbol.asyncIterator, {
    value: { [Symbol.asyncIterator]() { return this; } }[Symbol.asyncIterator],
    writable: true, configurable: true,
  });
  const AsyncGeneratorPrototype = Object.create(AsyncIteratorPrototype);
  Object.defineProperty(AsyncGeneratorPrototype, Symbol.toStringTag, { value: 'AsyncGenerator', configurable: true });
  // An accessor, so only the idiom sees it: read on Function.prototype
  // itself it is the intrinsic; read through a function that has no
  // prototype of its own (an arrow, a method, a builtin) it is undefined,
  // as in node, and assigning one gives that function its own.
  Object.defineProperty(Function.prototype, 'prototype', {
    get() { return this === Function.prototype ? AsyncGeneratorPrototype : undefined; },
    set(value) {
      Object.defineProperty(this, 'prototype', { value, writable: true, enumerable: false, configurable: true });
    },
    enumerable: false, configurable: true,
  });
}

module.exports = { install };
