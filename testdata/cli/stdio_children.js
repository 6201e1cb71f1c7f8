// What a child of the runtime sees of its own stdio and command line, each
// compared with node's: -pe (node's alias for --print --eval),
// process.openStdin(), fs.realpath of /dev/stdin when stdin is a pipe
// (node's JS realpath returns the link's text, /proc/<pid>/fd/pipe:[N]),
// process.stdout on a file (not readable), and writeFileSync past
// RLIMIT_FSIZE (EFBIG on 'write', without a path; SIGXFSZ does not kill).
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const run = (args, opts) => spawnSync(process.execPath, args, { encoding: 'utf8', ...opts });

let r = run(['-pe', 'process.env.BAZ + 1'], { env: { ...process.env, BAZ: 'buzz' } });
console.log('-pe', JSON.stringify(r.stdout), r.status);

r = run(['-e', "const s = process.openStdin(); console.log(s === process.stdin); s.on('data', (d) => console.log('data', String(d))); s.on('end', () => console.log('end'))"],
  { input: 'typed' });
console.log('openStdin', JSON.stringify(r.stdout), r.status);

r = run(['-e', "const fs = require('fs'); const p = fs.realpathSync('/dev/stdin');" +
  "fs.realpath('/dev/stdin', (e, q) => { console.log(/^\\/proc\\/\\d+\\/fd\\/(pipe|socket):\\[\\d+\\]$/.test(p), p === q, e);" +
  "fs.promises.realpath('/no/such/dir').catch((e) => console.log(e.message)); });"], { input: '' });
console.log('realpath', JSON.stringify(r.stdout), r.status);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gojanet-stdio-'));
const out = path.join(dir, 'out');
const fd = fs.openSync(out, 'w');
r = run(['-e', 'console.log(JSON.stringify([process.stdout, process.stderr].map((s) => [s.readable, s.writable])))'],
  { stdio: ['ignore', fd, fd] });
fs.closeSync(fd);
console.log('stdout on a file', fs.readFileSync(out, 'utf8').trim(), r.status);

r = spawnSync('/bin/sh', ['-c', `ulimit -f 1 && '${process.execPath}' -e "require('fs').writeFileSync('${path.join(dir, 'big')}', '.'.repeat(1 << 16))"`],
  { encoding: 'utf8' });
console.log('EFBIG', r.stderr.includes('Error: EFBIG: file too large, write\n'), r.stderr.includes("syscall: 'write'"), r.status);
fs.rmSync(dir, { recursive: true });
