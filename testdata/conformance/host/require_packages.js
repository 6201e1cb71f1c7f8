// node_modules resolution: main, exports (conditions, subpaths, patterns), scopes, nesting.
for (const line of require('./fixtures/packages')) console.log(line);
const { createRequire } = require('module');
const req = createRequire(__dirname + '/fixtures/anything.js');
console.log(req('simple-pkg').name, req('exp-pkg') === require('./fixtures/packages') ? 'same' : 'different');
const req2 = createRequire(require('url').pathToFileURL(__dirname + '/fixtures/x.js'));
console.log(req2('@scope/pkg'));
console.log(req.resolve('exp-pkg/feature').slice(__dirname.length + 1));
