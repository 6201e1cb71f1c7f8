// Completion of relative require() paths and of paths given to fs
// functions (allowBlockingCompletions), in a folder the script makes.
const repl = require('repl');
const stream = require('stream');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gj-repl-complete-'));
fs.mkdirSync(path.join(dir, 'lib', 'pkg.js'), { recursive: true });
fs.writeFileSync(path.join(dir, 'lib', 'pkg.js', 'index.js'), '');
fs.mkdirSync(path.join(dir, 'lib', 'empty'));
fs.writeFileSync(path.join(dir, 'lib', 'util.js'), '');
fs.writeFileSync(path.join(dir, 'lib', 'data.json'), '{}');
fs.writeFileSync(path.join(dir, 'lib', 'notes.txt'), '');
fs.writeFileSync(path.join(dir, 'lib', '.hidden'), '');
const cwd = process.cwd();
process.chdir(dir);

const r = repl.start({ input: new stream.PassThrough(), output: new stream.PassThrough(), terminal: false, allowBlockingCompletions: true });
const show = (line) => new Promise((resolve) => r.complete(line, (err, data) => {
  console.log(JSON.stringify(line), err, JSON.stringify([[...data[0]].filter(Boolean).sort(), data[1]]));
  resolve();
}));
(async () => {
  for (const line of ["require('.", 'require("..', "require('./", "require('./lib/u",
    "require('./lib/pkg", 'fs.readFileSync("./lib', 'fs.readFileSync("./lib/no', "fs.promises.readFile('./lib/.h",
    'fs.readFileSync("./missing/x']) {
    await show(line);
  }
  r.close();
  process.chdir(cwd);
  fs.rmSync(dir, { recursive: true });
})();
