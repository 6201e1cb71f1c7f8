'use strict';
// process.config: read-only, frozen all the way down (node's config.gypi view).
const d = Object.getOwnPropertyDescriptor(process, 'config');
console.log(d.writable, d.enumerable, d.configurable, Object.isFrozen(process.config), Object.isFrozen(process.config.variables));
for (const f of [() => { process.config.variables = 42; }, () => { process.config.variables.x = 1; }, () => { process.config = {}; }])
  try { f(); console.log('no error'); } catch (e) { console.log(e.name); }
console.log(typeof process.config.variables, process.config.variables.node_module_version === Number(process.versions.modules));
console.log(JSON.parse(JSON.stringify(process.config)).variables.v8_enable_i18n_support);
Object.defineProperty(process, 'config', { value: { mine: true } });
console.log(process.config);
