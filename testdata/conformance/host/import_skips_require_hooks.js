// require.extensions hooks see what require() loads, never what an import
// loads as an ES module (.mjs, or .js under "type": "module"): node's ES
// module loader does not consult them. A CommonJS file an import loads
// still goes through them.
const Module = require('module');
const plain = Module._extensions['.js'];
const seen = [];
Module._extensions['.js'] = function (module, filename) {
  seen.push('.js hook: ' + require('path').basename(filename));
  return plain(module, filename);
};
Object.defineProperty(Module._extensions, '.mjs', {
  value(module, filename) {
    seen.push('.mjs hook: ' + require('path').basename(filename));
    return plain(module, filename);
  },
  writable: true,
  configurable: true,
});
(async () => {
  const esm = await import('./fixtures/import_hooks/esm.mjs');
  console.log('esm.mjs', esm.value);
  const scoped = await import('./fixtures/import_hooks/scope/typed.js');
  console.log('typed.js', scoped.value);
  const cjs = await import('./fixtures/import_hooks/plain.cjs.js');
  console.log('plain.cjs.js', cjs.default.value);
  console.log(seen);
})();
