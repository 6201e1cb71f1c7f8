// path: normalize/dirname/basename/extname/parse/format/join/relative/resolve over many odd inputs.
process.chdir('/');
const p = require('path');
console.log(require('path/posix') === p, require('node:path') === p);
const parts = ['', '/', '//', '.', '..', 'a', 'b.js', '.x', 'c.', '..d', 'e.f.g', '...'];
const inputs = new Set();
for (const x of parts) for (const y of parts) for (const z of ['', '/', 'h', '.', '..']) inputs.add(x + y + z);
for (const x of parts) for (const y of parts) { inputs.add(x + '/' + y); inputs.add('/' + x + '/' + y + '/'); }
const list = [...inputs];
const out = [];
const J = JSON.stringify;
for (const s of list) {
  out.push([J(s), J(p.normalize(s)), J(p.dirname(s)), J(p.basename(s)), J(p.extname(s)), J(p.isAbsolute(s)), J(p.parse(s)), J(p.basename(s, '.js')), J(p.basename(s, 'a')), J(p.format(p.parse(s)))].join(' '));
}
for (let i = 0; i < list.length; i += 7) {
  const a = list[i], b = list[(i * 13 + 5) % list.length];
  out.push([J(a), J(b), J(p.join(a, b)), J(p.relative(a || '/', b || '/')), J(p.resolve('/base/dir', a, b))].join(' '));
}
out.push(J(p.join()), J(p.resolve('/x', '')), J(p.relative('/a/b', '/a/b')), J(p.format({ name: 'x', ext: 'js' })), J(p.format({ root: '/', base: 'f' })), J(p.format({ dir: '/d', name: 'n', ext: '.e' })));
out.push(p.sep, p.delimiter, p.posix === p, typeof p.win32, p.win32.sep);
for (const bad of [1, null, undefined, {}]) {
  try { p.join('a', bad); } catch (e) { out.push(e.name + ' ' + e.code); }
  try { p.basename(bad); } catch (e) { out.push(e.name + ' ' + e.code); }
}
console.log(out.join('\n'));
