// require.cache is keyed by resolved filename; deleting an entry re-runs the module.
const file = require.resolve('./fixtures/math');
console.log(file in require.cache);
const first = require('./fixtures/math');
console.log(file in require.cache, require.cache[file].exports === first, require.cache[file].loaded);
delete require.cache[file];
const second = require('./fixtures/math');
console.log(first === second, globalThis.mathLoads);
require.cache[file].exports = { injected: true };
console.log(require('./fixtures/math').injected);
console.log(require.cache[__filename] === module, require.main === module);
const jsonFile = require.resolve('./fixtures/data.json');
require('./fixtures/data.json');
console.log(jsonFile in require.cache, require.cache[jsonFile].exports.name);
console.log(Object.keys(require.cache).every((k) => k.startsWith('/')));
console.log('events' in require.cache, 'node:events' in require.cache);
