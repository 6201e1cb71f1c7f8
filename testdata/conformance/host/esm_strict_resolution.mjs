// An ES module's imports name files in full, as node's ESM resolver wants:
// a directory or a path without its extension fails with node's errors
// (ERR_UNSUPPORTED_DIR_IMPORT, ERR_MODULE_NOT_FOUND) and its hint at what
// require() would have found; import() from CommonJS resolves the same way;
// require() keeps its extensions and directory indexes.
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const here = new URL('.', import.meta.url).pathname;
const show = (e) => [e.name, e.code, e.message.replaceAll(here, '<here>/'), (e.url || '').replace('file://' + here, '<here>/')].join(' | ');

for (const spec of ['./fixtures/dir_with_index', './fixtures/dir_with_index/', './fixtures/cjs_for_esm',
  './fixtures/data', './fixtures/nothing_here', './fixtures/cjs_for_esm.js']) {
  try {
    const ns = await import(spec);
    console.log(spec, 'imported', typeof ns.default);
  } catch (e) {
    console.log(spec, show(e));
  }
}
console.log('require', typeof require('./fixtures/dir_with_index'), typeof require('./fixtures/cjs_for_esm'));
const cjs = require('./fixtures/cjs_import_strict.cjs');
await cjs.run(show);
