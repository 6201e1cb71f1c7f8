// ES modules importing CommonJS that sets __esModule: from a .mjs file and
// from a .js file in a "type": "module" package, node gives module.exports
// as the default import.
import whole from './fixtures/cjs_esmodule.cjs';
console.log('mjs:', typeof whole, whole.default);
await import('./fixtures/type_module/import_cjs.js');
