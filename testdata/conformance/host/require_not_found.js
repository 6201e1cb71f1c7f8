// Missing modules throw MODULE_NOT_FOUND with node's message and require stack.
const rel = (s) => s.split(__dirname + '/').join('');
try {
  require('./fixtures/missing');
} catch (e) {
  console.log(e.code, e instanceof Error, e.name);
  console.log(rel(e.message));
  console.log(e.requireStack.map(rel).join(','));
}
try {
  require('./fixtures/nested/requires_missing')();
} catch (e) {
  console.log(e.code);
  console.log(rel(e.message));
}
try {
  require('not-a-package-anywhere/sub');
} catch (e) {
  console.log(e.code, rel(e.message.split('\n')[0]));
}
try { require(''); } catch (e) { console.log(e.code); }
try { require(42); } catch (e) { console.log(e.code); }
try { require.resolve('./nope'); } catch (e) { console.log('resolve:', e.code); }
