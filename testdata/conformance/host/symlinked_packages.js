// Modules resolve to their real paths, as node's: a package behind a
// symlink (pnpm's node_modules layout) finds its dependencies where it
// really is, and one file reached through two links is one module.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'symlinked-')));
const write = (name, src) => { fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true }); fs.writeFileSync(path.join(dir, name), src); };
try {
  const store = 'node_modules/.pnpm/foo@1.0.0/node_modules';
  write(`${store}/bar/index.js`, "module.exports = { loads: (global.barLoads = (global.barLoads || 0) + 1) };\n");
  write(`${store}/foo/index.js`, "module.exports = { bar: require('bar'), file: __filename };\n");
  fs.symlinkSync(path.join(dir, store, 'foo'), path.join(dir, 'node_modules', 'foo'));
  fs.symlinkSync(path.join(dir, store, 'bar'), path.join(dir, 'node_modules', 'bar'));
  write('app/main.js', "const foo = require('foo');\nconst bar = require('bar');\n" +
    "module.exports = { same: foo.bar === bar, loads: global.barLoads, file: foo.file };\n");
  const out = require(path.join(dir, 'app', 'main.js'));
  console.log(out.same, out.loads, path.relative(dir, out.file));
  console.log(path.relative(dir, require.resolve(path.join(dir, 'node_modules', 'foo'))));
  // The link itself is not a second module.
  const viaLink = require(path.join(dir, 'node_modules', 'bar'));
  console.log(viaLink === require(path.join(dir, store, 'bar')), global.barLoads);
  console.log(Object.keys(require.cache).filter((k) => k.startsWith(dir)).map((k) => path.relative(dir, k)).sort());
} finally {
  fs.rmSync(dir, { recursive: true });
}
