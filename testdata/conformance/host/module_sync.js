// node 20.19+ loads ES modules with require(), and matches the
// "module-sync" exports condition for both require() and import, before
// or after "import"/"require" as the package orders them. Errors the
// resolver makes are node's (their constructor is the base class; import()
// names the importer), and process.features says require(esm) is on.
const path = require('path');
const fixtures = path.join(__dirname, 'fixtures');
const req = require('module').createRequire(path.join(fixtures, 'x.js'));
const show = (v) => (v && typeof v === 'object' ? v.default : v);
console.log('require ./sync:', show(req('cond-pkg/sync')));
console.log('require ./sync-first:', show(req('cond-pkg/sync-first')));
console.log('require_module:', process.features.require_module, 'inspector is boolean:', typeof process.features.inspector);
const strip = (s) => s.split(fixtures).join('<fixtures>').split(__dirname).join('<dir>');
try {
  req('only-subpaths');
} catch (e) {
  console.log('require:', e.code, e.constructor === Error, e.constructor.name, strip(String(e)));
}
try {
  req('only-subpaths/y');
} catch (e) {
  console.log('require subpath:', e.code, strip(e.message));
}
(async () => {
  const a = await import(path.join(fixtures, 'sync_import.mjs'));
  console.log('import ./sync:', a.sync, '| ./sync-first:', a.first);
  for (const spec of ['only-subpaths', 'only-subpaths/y']) {
    try {
      await a.tryImport(spec);
    } catch (e) {
      console.log('import():', e.code, e.constructor === Error, strip(e.message));
    }
  }
  try {
    Buffer.alloc(-1);
  } catch (e) {
    console.log('builtin error:', e.constructor === RangeError, e.constructor.name, e instanceof RangeError);
  }
})();
