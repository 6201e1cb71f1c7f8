'use strict';
// goja has no async generators: esbuild lowers `async function*` to a plain
// function returning an object of its own (see runtime/loader.go), so the
// intrinsics that code reaches through one are missing. whatwg-url (which
// mongodb loads) takes %AsyncIteratorPrototype% this way:
//
//   Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype)
//
// For a lowered function, Object.getPrototypeOf(fn) is Function.prototype;
// giving that a non-enumerable `prototype` — an %AsyncGeneratorPrototype%
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
  Object.defineProperty(Function.prototype, 'prototype', {
    value: AsyncGeneratorPrototype, writable: true, enumerable: false, configurable: true,
  });
}

module.exports = { install };
