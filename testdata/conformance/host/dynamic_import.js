// import() from CommonJS (goja cannot parse it; the loader lowers it): ES
// modules, CommonJS, builtins, and ERR_MODULE_NOT_FOUND for missing ones.
(async () => {
  const esm = await import('./fixtures/esm_lib.mjs');
  console.log(esm.answer, typeof esm.default, esm.greet('import()'));
  const cjs = await import('./fixtures/cjs_for_esm.js');
  console.log(cjs.default.fromCjs, cjs.named);
  const ev = await import('node:events');
  console.log(typeof ev.default, ev.default === require('events'), typeof ev.once);
  const rel = (m) => m.split(__dirname).join('.');
  try { await import('./fixtures/missing.mjs'); } catch (e) { console.log(e.code, rel(e.message)); }
  try { await import('no-such-package/sub'); } catch (e) { console.log(e.code, rel(e.message)); }
  console.log(await import('./fixtures/esm_lib.mjs') === esm ? 'same namespace' : 'new namespace object');
})();
