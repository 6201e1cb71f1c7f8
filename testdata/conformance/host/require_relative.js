// require of relative files: extension lookup, .json, directory index and package.json main.
const rel = (p) => p.slice(__dirname.length + 1);
const math = require('./fixtures/math');
console.log(math.add(2, 3), math.loadedDuringLoad, math.count);
console.log(require('./fixtures/math.js') === math, globalThis.mathLoads);
const data = require('./fixtures/data.json');
console.log(data.name, data.list.length, data.nested.ok, require('./fixtures/data') === data);
console.log(require('./fixtures/dir_with_index'));
console.log(require('./fixtures/dir_with_pkg'));
console.log(require('./fixtures/dir_with_pkg/') === require('./fixtures/dir_with_pkg'));
console.log(rel(require.resolve('./fixtures/math')));
console.log(rel(require.resolve('./fixtures/dir_with_pkg')));
console.log(rel(require.resolve('./fixtures/dir_with_index')));
console.log(rel(require.resolve('./fixtures/data.json')));
console.log(require(__dirname + '/fixtures/math') === math);
console.log(require('../host/fixtures/math') === math);
