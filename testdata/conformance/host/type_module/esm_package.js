// "type": "module" makes .js files ES modules: strict, top-level await, imports.
import hello, { ready } from './lib.js';
console.log(hello(), ready);
console.log('this is', this);
try { leaked = 1; } catch (e) { console.log(e.name); }
const v = await new Promise((r) => setTimeout(() => r('awaited'), 1));
console.log(v, import.meta.url.endsWith('/type_module/esm_package.js'));
