// The flush option of writeFile/appendFile (sync, callback, promises):
// validated as a boolean; when true, the module's own fsync/fsyncSync is
// called (so a patched one sees it) before the file is closed.
const fs = require('fs');
const dir = fs.mkdtempSync(require('path').join(require('os').tmpdir(), 'gojanet-flush-'));
const f = dir + '/f.txt';
for (const v of ['true', 0, null, false]) {
  try { fs.writeFileSync(f, 'x', { flush: v }); console.log('ok sync', v); } catch (e) { console.log(e.code, e.message); }
  try { fs.appendFileSync(f, 'x', { flush: v }); console.log('ok append', v); } catch (e) { console.log(e.code, e.message); }
  try { fs.writeFile(f, 'x', { flush: v }, () => {}); console.log('ok cb', v); } catch (e) { console.log(e.code, e.message); }
}
setTimeout(() => {
  const orig = fs.fsyncSync; let n = 0;
  fs.fsyncSync = function(fd) { n++; return orig.apply(this, arguments); };
  fs.writeFileSync(f, 'y', { flush: true });
  fs.appendFileSync(f, 'y', { flush: true });
  console.log('fsyncSync calls', n, fs.readFileSync(f, 'utf8'));
  fs.fsyncSync = orig;
  const o2 = fs.fsync; let m = 0;
  fs.fsync = function(fd, cb) { m++; return o2.apply(this, arguments); };
  fs.writeFile(f, 'z', { flush: true }, (e) => {
    fs.appendFile(f, 'z', { flush: true }, (e2) => {
      console.log('fsync calls', m, e, e2, fs.readFileSync(f, 'utf8'));
      fs.fsync = o2;
      fs.promises.writeFile(f, 'p', { flush: 1 }).catch((e) => {
        console.log('promise', e.code);
        return fs.promises.writeFile(f, 'p', { flush: true });
      }).then(() => fs.promises.appendFile(f, ['q', 'r'].values(), { flush: true })).then(() => { console.log('promise ok', fs.readFileSync(f, 'utf8')); fs.rmSync(dir, { recursive: true }); });
    });
  });
}, 100);
