// APIs node 20.x added: process.availableMemory, process.sourceMapsEnabled, node:sea.
const m = process.availableMemory();
console.log(typeof m, m > 0, Number.isInteger(m), process.availableMemory.name, process.availableMemory.length);
console.log(Object.getOwnPropertyDescriptor(process, 'availableMemory').enumerable);
console.log(process.sourceMapsEnabled, Object.getOwnPropertyDescriptor(process, 'sourceMapsEnabled').enumerable,
  typeof Object.getOwnPropertyDescriptor(process, 'sourceMapsEnabled').get, Object.getOwnPropertyDescriptor(process, 'sourceMapsEnabled').set);
process.setSourceMapsEnabled(true);
console.log(process.sourceMapsEnabled);
process.setSourceMapsEnabled(false);
console.log(process.sourceMapsEnabled);
const sea = require('node:sea');
console.log(Object.keys(sea), sea.isSea());
for (const f of ['getAsset', 'getRawAsset', 'getAssetAsBlob']) {
  for (const key of ['x', 1]) {
    try { sea[f](key); } catch (e) { console.log(f, e.name, e.code, e.message); }
  }
}
try { require('sea'); } catch (e) { console.log(e.code); }
const mod = require('module');
console.log(mod.builtinModules.includes('sea'), mod.isBuiltin('node:sea'), mod.isBuiltin('sea'));
