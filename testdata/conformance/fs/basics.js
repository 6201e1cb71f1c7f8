const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fst-'));
fs.writeFileSync(dir + '/a.txt', 'hello');
console.log(fs.readFileSync(dir + '/a.txt', 'utf8'));
console.log(fs.readFileSync(dir + '/a.txt'));
fs.appendFileSync(dir + '/a.txt', ' world');
console.log(fs.readFileSync(dir + '/a.txt', 'utf8'));
const st = fs.statSync(dir + '/a.txt');
console.log(st.size, st.isFile(), st.isDirectory(), typeof st.mtimeMs, st.mtime instanceof Date);
console.log(fs.statSync(dir + '/a.txt', { bigint: true }).size);
console.log(fs.readdirSync(dir));
fs.mkdirSync(dir + '/x/y/z', { recursive: true });
console.log(fs.mkdirSync(dir + '/q/r', { recursive: true }) === dir + '/q');
console.log(fs.readdirSync(dir, { withFileTypes: true }).map((d) => [d.name, d.isDirectory()]));
console.log(fs.readdirSync(dir, { recursive: true }));
try { fs.readFileSync(dir + '/nope') } catch (e) { console.log(e.message.replace(dir, 'DIR'), e.code, e.errno, e.syscall) }
try { fs.rmSync(dir + '/x') } catch (e) { console.log(e.message.replace(dir, 'DIR'), e.code) }
const fd = fs.openSync(dir + '/b.txt', 'w+');
fs.writeSync(fd, 'abcdef');
const buf = Buffer.alloc(3);
console.log(fs.readSync(fd, buf, 0, 3, 1), buf.toString());
fs.closeSync(fd);
console.log(fs.existsSync(dir + '/b.txt'), fs.existsSync(dir + '/zz'));
fs.readFile(dir + '/b.txt', 'utf8', (err, d) => {
  console.log('cb', err, d);
  fs.stat(dir + '/nope', (err) => {
    console.log('stat err', err.code, err.message.replace(dir, 'DIR'));
    fs.rmSync(dir, { recursive: true });
    console.log(fs.existsSync(dir));
  });
});
