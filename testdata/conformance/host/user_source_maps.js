// A sourceMappingURL in a user's file maps nothing unless source maps are
// enabled (--enable-source-maps, process.setSourceMapsEnabled(true)), as in
// node: err.stack names the file that ran. (gojanet applied every file's
// own map.) Maps of gojanet's own transforms are not visible here.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'usm-'));
function write(name) {
  fs.writeFileSync(path.join(dir, name + '.js'),
    '"use strict";\nmodule.exports = function f() {\n  throw new Error("x");\n};\n//# sourceMappingURL=' + name + '.js.map\n');
  fs.writeFileSync(path.join(dir, name + '.js.map'),
    JSON.stringify({ version: 3, file: name + '.js', sources: ['src/' + name + '.ts'], names: [], mappings: 'AAAA;AACA;EACE,MAAM;AACR;AACA' }));
}
function frame(name) {
  try {
    require(path.join(dir, name + '.js'))();
  } catch (e) {
    const line = e.stack.split('\n')[1];
    return line.slice(line.indexOf('(') + 1 + dir.length + 1, -1);
  }
}
write('plain');
console.log(frame('plain'));
// a file whose map is missing or broken loads as any other
fs.writeFileSync(path.join(dir, 'missing.js'), 'module.exports = 1;\n//# sourceMappingURL=nowhere.js.map\n');
fs.writeFileSync(path.join(dir, 'broken.js'), 'module.exports = 2;\n//# sourceMappingURL=broken.js.map\n');
fs.writeFileSync(path.join(dir, 'broken.js.map'), '{not json');
console.log(require(path.join(dir, 'missing.js')), require(path.join(dir, 'broken.js')));
process.setSourceMapsEnabled(true);
write('mapped');
console.log(frame('mapped'));
fs.rmSync(dir, { recursive: true });
