// `import * as ns` is the module's namespace object: the same object that
// import() gives, printed as node prints it, with live bindings.
import * as ns from './esm_ns/lib.mjs';
import { bump } from './esm_ns/lib.mjs';
console.log(ns);
console.log(Object.prototype.toString.call(ns), Object.getPrototypeOf(ns));
bump();
console.log('live:', ns.counter);
const dyn = await import('./esm_ns/lib.mjs');
console.log('same object:', dyn === ns);
console.log(Object.keys(ns));
