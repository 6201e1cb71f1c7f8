// An ES module may export a name __esModule of its own (import-in-the-middle
// re-exports every name of a CommonJS module, __esModule included).
import * as ns from './fixtures/esm_own_esmodule.mjs';
import d, { __esModule } from './fixtures/esm_own_esmodule.mjs';
console.log(ns.__esModule, ns.a, Object.keys(ns), d, __esModule);
const again = await import('./fixtures/esm_own_esmodule.mjs');
console.log(again === ns, again.__esModule);
