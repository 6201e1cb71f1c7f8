'use strict';
// A CommonJS file whose own text ends in the comment gojanet's conversion
// uses to record its names' prefix still gets node's five wrapper
// parameters: plain (this file), converted for its class fields, with and
// without a trailing newline, and given to vm's compileFunction.
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');

const mark = '\n//@gojanet-names __gojanet_';
console.log('self', arguments.length);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'names-mark-'));
const sources = {
  'plain.js': 'module.exports = arguments.length;' + mark,
  'plain_nl.js': 'module.exports = arguments.length;' + mark + '\n',
  'fields.js': 'class A { x = 1; }\nmodule.exports = [arguments.length, new A().x];' + mark,
  'other.js': 'module.exports = [arguments.length, typeof __gojanet_import];' + '\n//@gojanet-names __gojanAB_',
};
try {
  for (const [name, src] of Object.entries(sources)) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, src);
    console.log(name, JSON.stringify(require(file)));
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
const fn = vm.compileFunction('return arguments.length;' + mark, ['a']);
console.log('compileFunction', fn.length, fn(1, 2, 3));
//@gojanet-names __gojanet_
