'use strict';
// goja has no async generators: esbuild lowers `async function*` to a plain
// function returning an object of its own (see runtime/loader.go), so the
// intrinsics that code reaches through one are missing. whatwg-url (which
// mongodb and jsdom load) takes %AsyncIteratorPrototype% this way:
//
//   Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype)
//
// A lowered function's real prototype is Function.prototype. The engine
// reports the %AsyncGeneratorFunction.prototype% made here instead, to
// Object.getPrototypeOf, Reflect.getPrototypeOf and __proto__, for functions
// whose body is esbuild's lowering (goja's gojanet_asyncgen.go); its
// `prototype` is an %AsyncGeneratorPrototype% whose prototype is an
// %AsyncIteratorPrototype%, so the idiom yields what it yields in node.
// Function.prototype itself keeps node's shape (no `prototype`: code that
// walks a class's constructors up while each has one stops there).

let functionPrototype = null;

function install(host) {
  const AsyncIteratorPrototype = {};
  Object.defineProperty(AsyncIteratorPrototype, Symbol.asyncIterator, {
    value: { [Symbol.asyncIterator]() { return this; } }[Symbol.asyncIterator],
    writable: true, configurable: true,
  });
  const AsyncGeneratorPrototype = Object.create(AsyncIteratorPrototype);
  Object.defineProperty(AsyncGeneratorPrototype, Symbol.toStringTag, { value: 'AsyncGenerator', configurable: true });
  const AsyncGeneratorFunctionPrototype = Object.create(Function.prototype);
  Object.defineProperty(AsyncGeneratorFunctionPrototype, 'prototype', { value: AsyncGeneratorPrototype, configurable: true });
  Object.defineProperty(AsyncGeneratorFunctionPrototype, Symbol.toStringTag, { value: 'AsyncGeneratorFunction', configurable: true });
  Object.defineProperty(AsyncGeneratorPrototype, 'constructor', { value: AsyncGeneratorFunctionPrototype, configurable: true });
  host.setAsyncGeneratorFunctionPrototype(AsyncGeneratorFunctionPrototype);
  functionPrototype = AsyncGeneratorFunctionPrototype;
}

// what Object.getPrototypeOf says of a lowered async function* once
// installed (null before)
const asyncGeneratorFunctionPrototype = () => functionPrototype;

module.exports = { install, asyncGeneratorFunctionPrototype };
