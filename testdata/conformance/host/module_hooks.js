// What packages patch on the CommonJS loader: Module.wrap/wrapper (a patched
// wrapper compiles files through Module.wrap), require.extensions taking part
// in resolution, _findPath, _preloadModules, a failed child leaving its
// parent's children, process.dlopen's answers for files the dynamic loader
// refuses, and Module's own keys.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gojanet-module-hooks-'));
const file = (name, text) => { fs.writeFileSync(path.join(dir, name), text); return path.join(dir, name); };
const rel = (p) => (typeof p === 'string' ? path.relative(dir, p) : p);
const attempt = (fn) => { try { return fn(); } catch (e) { return `${e.name} ${e.code} ${e.message.split('\n')[0].replace(dir, '<dir>')}`; } };

(async () => {
try {
  // (register, ESM loader hooks, and the SourceMap class are not in gojanet.)
  console.log(Object.keys(Module).filter((k) => k !== 'register' && k !== 'SourceMap').join());
  for (const k of ['wrap', 'wrapper']) {
    const d = Object.getOwnPropertyDescriptor(Module, k);
    console.log(k, typeof d.get, typeof d.set, d.enumerable, d.configurable);
  }

  // The wrapper's entries changed in place.
  file('counted.js', 'module.exports = global.wrapCount;');
  global.wrapCount = 0;
  const original0 = Module.wrapper[0];
  Module.wrapper[0] += 'global.wrapCount++;';
  console.log('in place', require(path.join(dir, 'counted.js')), global.wrapCount);
  Module.wrapper[0] = original0;

  // Module.wrap replaced: it sees the file's text.
  const originalWrap = Module.wrap;
  Module.wrap = (script) => originalWrap(`const seen = ${JSON.stringify(script.length)};${script}\nmodule.exports.seen = seen;`);
  file('wrapped.js', 'module.exports = { own: 1 };');
  console.log('wrap', JSON.stringify(require(path.join(dir, 'wrapped.js'))));
  Module.wrap = originalWrap;

  // _compile goes through the wrapper too.
  const m = new Module(path.join(dir, 'virtual.js'), null);
  m._compile('module.exports = typeof __filename + typeof require;', path.join(dir, 'virtual.js'));
  console.log('_compile', m.exports);

  // require.extensions in resolution: after .js, .json and .node, in order.
  file('data.foo.bar', 'ignored');
  file('.bar', 'ignored');
  require.extensions['.bar'] = (mod, filename) => { mod.exports = `.bar ${rel(filename)}`; };
  require.extensions['.foo.bar'] = (mod, filename) => { mod.exports = `.foo.bar ${rel(filename)}`; };
  console.log(require(path.join(dir, 'data')));
  delete require.cache[path.join(dir, 'data.foo.bar')];
  console.log(require(path.join(dir, 'data.foo')));
  delete require.cache[path.join(dir, 'data.foo.bar')];
  console.log(attempt(() => require(path.join(dir, '.bar'))));
  delete require.extensions['.bar'];
  delete require.extensions['.foo.bar'];
  Module._pathCache = { __proto__: null }; // node's cache of resolutions
  console.log(attempt(() => require(path.join(dir, 'data'))));

  // _findPath(request, paths, isMain).
  console.log(rel(Module._findPath('./counted', [dir])), Module._findPath('nothing', [dir]),
    rel(Module._findPath(path.join(dir, 'wrapped'))));

  // _preloadModules: a parent of its own, resolving from the working directory.
  file('pre.js', 'module.exports = [module.parent.id, module.parent.filename, module.parent.paths[0] === require("path").join(process.cwd(), "node_modules")];');
  const cwd = process.cwd();
  process.chdir(dir);
  Module._preloadModules(['./pre.js']);
  process.chdir(cwd);
  console.log(require.cache[path.join(dir, 'pre.js')].exports, Module._preloadModules('x'));

  // A module that throws while loading is no child of its parent.
  file('throws.js', 'throw new Error("no");');
  const before = module.children.length;
  console.log(attempt(() => require(path.join(dir, 'throws.js'))), module.children.length - before);

  // A folder whose package.json's "main" names nothing: its index, with
  // DEP0128 once (the second require finds the module without resolving).
  fs.mkdirSync(path.join(dir, 'badmain'));
  file('badmain/package.json', '{"main": "nowhere.js"}');
  file('badmain/index.js', 'module.exports = "index";');
  process.on('warning', (w) => console.log('warning', w.code, w.message.replace(dir, '<dir>')));
  console.log(require(path.join(dir, 'badmain')), require(path.join(dir, 'badmain')));
  await new Promise((resolve) => setImmediate(resolve));

  // .node files: the dynamic loader's answers.
  file('short.node', 'abc');
  file('text.node', 'x'.repeat(100));
  fs.writeFileSync(path.join(dir, 'elf32.node'), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]), Buffer.alloc(80)]));
  fs.mkdirSync(path.join(dir, 'folder.node'));
  for (const f of ['short.node', 'text.node', 'elf32.node', 'missing.node']) {
    console.log(attempt(() => require(path.join(dir, f))));
  }
  console.log(attempt(() => process.dlopen({ exports: {} }, path.join(dir, 'folder.node'))));
  console.log(attempt(() => process.dlopen({ exports: {} }, path.join(dir, 'text.node'), 0)));
  console.log(attempt(() => process.dlopen({ exports: {} })), attempt(() => process.dlopen(null, 'x')));
  // A .node file beats an extension registered later.
  require.extensions['.later'] = (mod) => { mod.exports = 'later'; };
  file('both.later', '');
  file('both.node', 'abc');
  console.log(attempt(() => require(path.join(dir, 'both'))));
  delete require.extensions['.later'];
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
})();
