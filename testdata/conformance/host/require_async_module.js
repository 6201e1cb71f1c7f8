// require() of an ES module whose graph has top-level await (in the module
// or one it imports, a `for await` at the top too) is node's
// ERR_REQUIRE_ASYNC_MODULE, thrown before anything in the graph runs, and
// again after an import() ran it. Awaits inside functions do not count.
const path = require('path');
const dir = path.join(__dirname, 'fixtures', 'tla');
const strip = (s) => s.split(dir).join('<tla>').split(__dirname).join('<dir>');
const attempt = (file) => {
  try {
    const m = require(path.join(dir, file));
    console.log('loaded', file, Object.keys(m));
  } catch (e) {
    console.log(file, e.code, e.constructor.name, JSON.stringify(strip(e.message)));
  }
};
['tla.mjs', 'dep.mjs', 'forawait.mjs', 'nested.mjs'].forEach(attempt);
import(path.join(dir, 'dep.mjs')).then((m) => {
  console.log('import()', m.q);
  attempt('dep.mjs');
  attempt('tla.mjs');
});
