// import() in a CommonJS file gives node's namespace of a CommonJS module:
// the names its lexer finds, and module.exports as default even where
// __esModule is set (esbuild's own interop would give exports.default).
import('./fixtures/cjs_esmodule.cjs').then((ns) => {
  console.log(Object.keys(ns), typeof ns.default, ns.default === require('./fixtures/cjs_esmodule.cjs'));
  return import('./fixtures/cjs_named/literal.js');
}).then((ns) => {
  console.log(Object.keys(ns));
});
