// require() of ES modules as node 20 gives them: the 'module.exports' export
// when there is one, a namespace with `__esModule: true` first when the
// module has a default export, string export names, keys in code unit order.
const f = require('./fixtures/esm_module_exports.mjs');
console.log(typeof f, f(), Object.keys(f));
const d = require('./fixtures/esm_default_named.mjs');
console.log(Object.keys(d), d.__esModule, d.default, d.x, Object.prototype.toString.call(d));
console.log(d === require('./fixtures/esm_default_named.mjs'));
const s = require('./fixtures/esm_string_names.mjs');
console.log(Object.keys(s), s['a-b'], s['c d']);
(async () => {
  const ns = await import('./fixtures/esm_default_named.mjs');
  console.log(Object.keys(ns), ns.default);
  const ns2 = await import('./fixtures/esm_module_exports.mjs');
  console.log(Object.keys(ns2), typeof ns2.default, ns2['module.exports'] === ns2.default);
})();
