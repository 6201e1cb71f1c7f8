// fs.cpSync, fs.cp and fs.promises.cp: copies, options and node's errors.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-'));
process.chdir(root);
fs.mkdirSync('a/sub/deep', { recursive: true });
fs.writeFileSync('a/f.txt', 'hi');
fs.writeFileSync('a/sub/g.txt', 'g');
fs.writeFileSync('a/sub/deep/h.txt', 'h');
fs.symlinkSync('f.txt', 'a/link');
// modes set here, not left to the umask
fs.chmodSync('a/f.txt', 0o644);
fs.chmodSync('a/sub/deep/h.txt', 0o640);
fs.chmodSync('a/sub/g.txt', 0o444);
const tree = (d) => fs.readdirSync(d, { recursive: true }).sort().map((n) => {
  const p = path.join(d, n);
  const st = fs.lstatSync(p);
  return st.isSymbolicLink() ? `${n}->${fs.readlinkSync(p)}` : st.isDirectory() ? `${n}/` : `${n}:${fs.readFileSync(p, 'utf8')}:${(st.mode & 0o777).toString(8)}`;
}).join(' ').split(root).join('<root>');
const show = (e) => console.log(e.name, e.code, String(e.message).split(root).join('<root>'), e.syscall, e.errno);
const attempt = (f) => { try { f(); console.log('ok'); } catch (e) { show(e); } };

attempt(() => fs.cpSync('a', 'b'));
attempt(() => fs.cpSync('a', 'a', { recursive: true }));
attempt(() => fs.cpSync('a', 'a/sub/x', { recursive: true }));
attempt(() => fs.cpSync('a', 'a/f.txt', { recursive: true }));
attempt(() => fs.cpSync('a/f.txt', 'a/sub', {}));
attempt(() => fs.cpSync('a/f.txt', 'a/sub/g.txt', { force: false, errorOnExist: true }));
attempt(() => fs.cpSync('nope', 'x'));
attempt(() => fs.cpSync('a', 'c', { recursive: 1 }));
attempt(() => fs.cpSync('a', 'c', { mode: 9 }));
attempt(() => fs.cpSync('a', 'c', { mode: 1.5 }));
attempt(() => fs.cpSync('a', 'c', { filter: 1 }));
attempt(() => fs.cpSync('a', 'c', { dereference: true, verbatimSymlinks: true }));
attempt(() => fs.cpSync('a', 'c', { recursive: true, filter: () => Promise.resolve(true) }));
attempt(() => fs.cpSync(5, 'c'));
attempt(() => fs.cpSync('a', 'c', 5));
attempt(() => fs.cp('a', 'c', 5));

const seen = [];
fs.cpSync('a', 'x/y', { recursive: true, filter: (s, d) => { seen.push(`${s}>${d}`); return s !== path.join('a', 'sub', 'deep'); } });
console.log(seen.sort().join(' '));
console.log(tree('x'));
fs.cpSync('a', 'v', { recursive: true, verbatimSymlinks: true });
console.log(tree('v'));
fs.writeFileSync('a/f.txt', 'changed');
fs.cpSync('a/f.txt', 'v/f.txt', { force: false });
console.log(fs.readFileSync('v/f.txt', 'utf8'));
fs.cpSync('a/f.txt', 'v/f.txt');
console.log(fs.readFileSync('v/f.txt', 'utf8'));
fs.cpSync('a', 'u', { recursive: true, dereference: true });
console.log(tree('u'));
fs.utimesSync('a/f.txt', 1000, 2000);
fs.cpSync('a/f.txt', 't.txt', { preserveTimestamps: true });
console.log(fs.statSync('t.txt').mtimeMs);
attempt(() => fs.cpSync(Buffer.from('a/f.txt'), 'buf.txt'));
fs.cpSync('a/f.txt', new URL('file://' + path.join(root, 'url.txt')));
console.log(fs.readFileSync('url.txt', 'utf8'));

fs.cp('a', 'w', { recursive: true }, (err) => {
  console.log('cb', err, tree('w'));
  fs.promises.cp('a', 'w2', { recursive: true, filter: async (s) => !s.endsWith('g.txt') }).then(() => {
    console.log('promise', tree('w2'));
    return fs.promises.cp('a', 'w3');
  }).catch(show).then(() => fs.promises.cp(5, 'w3')).catch(show).then(() => {
    fs.cp('nope', 'w4', (e) => {
      show(e);
      fs.cp('a', 'a/sub', { recursive: true }, (e2) => {
        show(e2);
        fs.rmSync(root, { recursive: true, force: true });
      });
    });
  });
});
