// "x is not a function" in an ES module names the callee as the script wrote
// it (imports, namespaces, default imports), not as the converted code has it.
import dflt, { notFn, obj } from './esm_callee_names_dep.mjs';
import * as ns from './esm_callee_names_dep.mjs';
const tries = [
  () => notFn(),
  () => obj.a.b(),
  () => obj.f().g(),
  () => ns.missing(),
  () => ns.obj.a.c(1, 2),
  () => dflt.nested.fn(),
  () => new notFn(),
  () => new ns.obj.a(),
  () => obj['a']['b'](),
  () => { const k = 'b'; return obj.a[k](); },
  () => [1].map(notFn),
];
for (const t of tries) {
  try { t(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
