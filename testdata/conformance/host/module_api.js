// The module builtin's loader API as packages use it: children of cached
// modules, createRequire's inputs, the global folders (NODE_PATH, _initPaths),
// _resolveLookupPaths, _stat and the module ABI in process.config.
const Module = require('module');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'module-api-'));
const write = (name, src) => { fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true }); fs.writeFileSync(path.join(dir, name), src); };
try {
  write('b.js', 'module.exports = module.children.length;\n');
  write('a.js', "require('util'); const b = require('./b'); require('./b');\nmodule.exports = module.children.map((m) => require('path').basename(m.id));\n");
  const b = require(path.join(dir, 'b'));
  console.log('children', b, require(path.join(dir, 'a')));

  // createRequire: a path, a file URL (string or object), a directory.
  write('lib/x.js', "module.exports = 'x';\n");
  console.log(Module.createRequire(path.join(dir, 'lib', 'any.js'))('./x'),
    Module.createRequire(require('url').pathToFileURL(path.join(dir, 'lib', 'any.js')))('./x'),
    Module.createRequire(require('url').pathToFileURL(path.join(dir, 'lib', 'any.js')).href)('./x'),
    Module.createRequire(path.join(dir, 'lib') + '/')('./x'));
  for (const bad of ['https://example.com/x.js', '../', {}, 1, null]) {
    try {
      Module.createRequire(bad);
      console.log('accepted', bad);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }

  // NODE_PATH's folders are searched after node_modules.
  write('np/pkg/index.js', "module.exports = 'from NODE_PATH';\n");
  process.env.NODE_PATH = ['', path.join(dir, 'nowhere'), path.join(dir, 'np')].join(path.delimiter);
  Module._initPaths();
  console.log(Module.globalPaths.slice(0, 2).map((p) => path.relative(dir, p)), Module.globalPaths.length,
    Module.globalPaths.includes(path.join(os.homedir(), '.node_modules')));
  console.log(require('pkg'));
  try { require('no-such-pkg-anywhere'); } catch (e) { console.log(e.code); }

  console.log(Module._resolveLookupPaths('./x'), Module._resolveLookupPaths('fs'),
    Module._resolveLookupPaths('./x', module)[0] === __dirname,
    Module._resolveLookupPaths('pkg', module)[0] === module.paths[0]);
  console.log(Module._stat(dir), Module._stat(path.join(dir, 'a.js')), Module._stat(path.join(dir, 'missing')));
  console.log(typeof process.config.variables.node_module_version,
    process.config.variables.node_module_version === Number(process.versions.modules));

  // A module required again while it loads: its unfinished exports warn on
  // a missing property, not on Object.prototype's or __esModule.
  process.on('warning', (w) => console.log('warning:', w.message));
  write('cycle/a.js', "exports.x = 1;\nrequire('./b');\n");
  write('cycle/b.js', "const a = require('./a');\nconsole.log('cycle', a.x, a.missing, a.__esModule, typeof a.hasOwnProperty, Object.getPrototypeOf(a) === Object.prototype);\n");
  const a = require(path.join(dir, 'cycle', 'a'));
  console.log('after load', Object.getPrototypeOf(a) === Object.prototype, a.missing);

  // The loader defines what it sets: setters on Object.prototype never run.
  for (const key of ['exports', 'main', 'cache', 'extensions']) {
    Object.defineProperty(Object.prototype, key, {
      __proto__: null, configurable: true, enumerable: false,
      get() { console.log('get', key); }, set() { console.log('set', key); },
    });
  }
  write('plain.js', "module.exports = 'plain';\n");
  console.log(require(path.join(dir, 'plain')));
  for (const key of ['exports', 'main', 'cache', 'extensions']) delete Object.prototype[key];

  // An unparseable package.json: JSON.parse's SyntaxError naming the file.
  write('broken/package.json', '{\n  "main": "a" "b"\n}\n');
  try {
    require(path.join(dir, 'broken'));
  } catch (e) {
    console.log(e.name, e.message.replace(dir, '<dir>'), e.path === path.join(dir, 'broken', 'package.json'));
  }

  // import() of a URL object: the specifier is its string.
  write('m.mjs', "export const m = 'from a URL';\n");
  import(require('url').pathToFileURL(path.join(dir, 'm.mjs'))).then((ns) => console.log(ns.m))
    .finally(() => fs.rmSync(dir, { recursive: true }));
} catch (e) {
  fs.rmSync(dir, { recursive: true });
  throw e;
}
