// package.json "exports" and "imports" resolve with node's conditions: an ES
// module's imports and import() match "import", require() matches
// "require"; in a conditions object the first key that matches wins, in the
// object's own order ("default" matches always).
import { createRequire } from 'node:module';
import * as got from './fixtures/cond_imports.mjs';
const require = createRequire(new URL('./fixtures/x.js', import.meta.url));
console.log('import:', got.main, '|', got.importOnly, '|', got.order, '|', got.first, '|', got.hash);
console.log('require:', require('cond-pkg'), '|', require('cond-pkg/first-wins'), '|', require('cond-pkg/which-require'));
try {
  require('cond-pkg/import-only');
} catch (e) {
  console.log(e.code);
}
const [a, b] = await got.dynamic();
console.log('import():', a.default, '|', b.default);
