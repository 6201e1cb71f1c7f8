'use strict';
// path.posix and path.win32 on paths built from the pieces where their scans
// differ (separators, dots, drive letters, UNC and namespace roots, device
// names), with a fixed pseudo-random sequence, plus both flavours' shapes.
const path = require('path');
// relative() and toNamespacedPath() read the cwd: make it the same wherever the test runs.
process.chdir('/');
const pieces = ['/', '\\', '.', '..', 'a', 'b', 'C:', 'c:', ':', '//', '\\\\', 'x.y', '.z',
  'srv', ' ', '?', 'UNC', 'con', 'NUL', 'lpt1', '//?/', '\\\\.\\'];
let seed = 12345;
function next(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
function sample() {
  let n = next(6);
  let s = '';
  while (n--) s += pieces[next(pieces.length)];
  return s;
}
const out = [];
for (let k = 0; k < 150; k++) {
  const a = sample();
  const b = sample();
  for (const name of ['posix', 'win32']) {
    const p = path[name];
    const r = [
      p.normalize(a), p.isAbsolute(a), p.join(a, b), p.relative(a, b), p.dirname(a),
      p.basename(a), p.basename(a, b), p.extname(a), p.parse(a), p.toNamespacedPath(a),
      p.format({ root: a, dir: b, base: 'f' }), p.format({ root: a, name: b, ext: 'e' }),
    ];
    if (!a.includes('C:') && !a.includes('c:') && !b.includes('C:') && !b.includes('c:')) {
      // resolve reads the cwd only through relative inputs; keep it out.
      r.push(p.resolve('/r', a, b));
    }
    out.push(`${name} ${JSON.stringify(a)} ${JSON.stringify(b)} ${JSON.stringify(r)}`);
  }
}
console.log(out.join('\n'));
console.log(path === path.posix, path.win32 === require('path/win32'), path.posix === require('path/posix'));
console.log(path.win32.sep, path.win32.delimiter, path.sep, path.delimiter, path._makeLong === path.toNamespacedPath);
for (const f of ['join', 'normalize', 'basename', 'dirname', 'extname', 'parse', 'isAbsolute', 'relative']) {
  for (const name of ['posix', 'win32']) {
    try {
      path[name][f](null);
      console.log(name, f, 'no throw');
    } catch (e) {
      console.log(name, f, e.name, e.code, e.message);
    }
  }
}
try {
  path.format(null);
} catch (e) {
  console.log(e.code, e.message);
}
console.log(path.win32.toNamespacedPath(null), path.win32.toNamespacedPath(''), path.toNamespacedPath(5));
