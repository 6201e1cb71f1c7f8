// Completion of import() specifiers (relative paths and packages, files with
// their extensions, builtins with and without node:), and of members of
// literals and computed members, as node 20.20 offers them.
const stream = require('stream');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gj-repl-import-'));
fs.mkdirSync(path.join(dir, 'lib', 'pkg.js'), { recursive: true });
fs.writeFileSync(path.join(dir, 'lib', 'pkg.js', 'index.mjs'), '');
fs.mkdirSync(path.join(dir, 'lib', 'empty'));
fs.mkdirSync(path.join(dir, 'node_modules', 'leftpad-1.2.0'), { recursive: true });
fs.mkdirSync(path.join(dir, 'node_modules', 'nice'), { recursive: true });
fs.writeFileSync(path.join(dir, 'node_modules', 'nice', 'package.json'), '{}');
for (const f of ['util.js', 'data.json', 'notes.txt', 'Makefile', 'mod.mjs', 'x.cjs', 'a.j']) {
  fs.writeFileSync(path.join(dir, 'lib', f), '');
}
const cwd = process.cwd();
process.chdir(dir);
// The REPL module reads its node_modules folders from the cwd it loads in.
const repl = require('repl');

const r = repl.start({ input: new stream.PassThrough(), output: new stream.PassThrough(), terminal: false, allowBlockingCompletions: true });
globalThis.obj = { a: { b: 1 }, arr: [{ q: 1 }] };
const show = (line, all) => new Promise((resolve) => r.complete(line, (err, data) => {
  const list = all ? data[0] : [...data[0]].filter((s) => Boolean(s) && !require('module').builtinModules.includes(s.replace(/^node:/, '')));
  console.log(JSON.stringify(line), err, JSON.stringify([list, data[1]]));
  resolve();
}));
(async () => {
  for (const line of ["import('.", 'import("..', "import('./", "import('./lib/", "import(`./lib/m", "import('./lib/pkg",
    "import('./lib/x.cjs'", "import('ni", "import(' n", "import('left"]) {
    await show(line);
  }
  await show("import('net", true);
  for (const line of ['``.a', "''.a", '"".a', '("").a', '[].a', '{}.a', '[1,2].le', '(1).toF', 'x[0].',
    'obj.a.', 'obj["a"].', 'obj.arr[0].', 'obj?.a?.', 'Math.ma', '1.', 'undefined.']) {
    await show(line, true);
  }
  process.chdir(cwd);
  fs.rmSync(dir, { recursive: true });
  r.close();
})();
