// ES modules see none of CommonJS's names (require, module, exports,
// __filename, __dirname) and a top-level `this` of undefined. A
// ReferenceError for one of them that ends an ES module graph's evaluation
// gets node's words ("in ES module scope", and for a .js file in a
// "type": "module" package which package.json makes it one); one the
// module catches keeps V8's.
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname, this);
console.log(typeof globalThis.require, typeof globalThis.module);
try {
  require('fs');
} catch (e) {
  console.log('caught:', e.name, e.message);
}
try {
  exports.x = 1;
} catch (e) {
  console.log('caught:', e.name, e.message);
}
const inner = () => typeof module;
console.log('arrow:', inner());
function f() { return this; }
console.log('function this:', f());

for (const file of ['uses_require.js', 'assigns_exports.js', 'late_dirname.js', 'plain.mjs']) {
  try {
    await import(`./fixtures/esm_scope/${file}`);
    console.log(file, 'loaded');
  } catch (e) {
    console.log(file, e.name);
    console.log(e.message.replaceAll(import.meta.dirname ?? new URL('.', import.meta.url).pathname.slice(0, -1), '<dir>'));
    console.log(e.stack.split('\n')[0].length === `${e.name}: ${e.message}`.split('\n')[0].length);
  }
}
// A second import of a failed module rejects with the same error, worded once.
try {
  await import('./fixtures/esm_scope/uses_require.js');
} catch (e) {
  console.log('again:', e.message.split('\n')[0]);
}
const own = await import('./fixtures/esm_scope/own_names.js');
console.log(own.pkgType, own.names);
const branch = await import('./fixtures/esm_scope/branch.js');
console.log(branch.kind, branch.hasRequire);
// CommonJS keeps its names.
const cjs = await import('./fixtures/cjs_for_esm.js');
console.log(typeof cjs.default);
