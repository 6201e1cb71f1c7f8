// What an import finds when nothing matches: node's ERR_MODULE_NOT_FOUND
// naming the package, or the module (a path, or a file inside a package
// that is there) with its file URL; ERR_UNKNOWN_BUILTIN_MODULE for an
// unknown node: name. Static imports get the same as import().
import fs from 'fs';
import os from 'os';
import path from 'path';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-not-found-'));
const show = (e) => [e.name, e.code, e.message.replaceAll(dir, '<dir>').replaceAll(here, '<here>'),
  e.url && e.url.replaceAll(dir, '<dir>').replaceAll(here, '<here>'), Object.keys(e).join(),
  e.stack.split('\n')[0].replaceAll(dir, '<dir>').replaceAll(here, '<here>')];
try {
  fs.mkdirSync(path.join(dir, 'node_modules', 'pk'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules', 'pk', 'package.json'), '{"name":"pk"}');
  fs.writeFileSync(path.join(dir, 'node_modules', 'pk', 'index.js'), 'module.exports = 1;');
  for (const [i, spec] of ['nope', '@scope/nope', './nope.mjs', '../nope.mjs', '/nope/x.mjs', 'pk/sub', 'fs/x', 'node:nope'].entries()) {
    const file = path.join(dir, `static${i}.mjs`);
    fs.writeFileSync(file, `import x from '${spec}';\n`);
    for (const target of [spec.startsWith('.') ? path.join(dir, 'sub', spec) : spec, file]) {
      try {
        await import(target);
        console.log('imported', spec);
      } catch (e) {
        console.log(spec, ...show(e));
      }
    }
  }
  // An error from inside an imported module is not rewritten.
  fs.writeFileSync(path.join(dir, 'inner.mjs'), "import x from 'nope';\n");
  fs.writeFileSync(path.join(dir, 'outer.mjs'), "import './inner.mjs';\n");
  try { await import(path.join(dir, 'outer.mjs')); } catch (e) { console.log('nested', ...show(e)); }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
