// module.exports vs exports, `this` at module scope, module metadata.
const replaced = require('./fixtures/exports_replaced');
console.log(typeof replaced, replaced(), replaced.lost, replaced.alsoLost);
const t = require('./fixtures/exports_this');
console.log(t.viaThis, t.sameObject);
const meta = require('./fixtures/nested/meta');
console.log(meta.file, meta.dir, meta.idIsFilename, meta.parentIsSet, meta.paths0);
console.log(module.id, module.loaded, typeof module.exports, module.filename === __filename);
console.log(module.children.length, module.children.map((m) => m.id.split('/').pop()).join(','));
console.log(this === module.exports, typeof require, typeof require.resolve, typeof require.cache);
setImmediate(() => console.log('main loaded later:', module.loaded));
