// Spawning from a working directory that was removed: the child starts (it
// inherits the directory, as node's), sync and async; an explicit cwd that
// does not exist is still ENOENT.
const fs = require('fs');
const os = require('os');
const path = require('path');
const cp = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'removed-cwd-'));
process.chdir(dir);
fs.rmdirSync(dir);
console.log(cp.spawnSync('sh', ['-c', 'echo sync child']).stdout.toString().trim());
try {
  cp.execFileSync('sh', ['-c', 'exit 0'], { cwd: path.join(dir, 'nope'), stdio: 'ignore' });
} catch (e) {
  console.log('explicit missing cwd', e.code);
}
const child = cp.spawn('sh', ['-c', 'echo async child']);
child.stdout.pipe(process.stdout);
child.on('close', (code, signal) => console.log('close', code, signal));
