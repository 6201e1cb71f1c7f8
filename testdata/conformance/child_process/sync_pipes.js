// execSync/execFileSync pipe the child's stderr (in the error and its message,
// then written to ours); a spawnSync timeout while a grandchild holds the
// pipes ends with ETIMEDOUT; a ChildProcess has no stdio before spawn(); a
// spawn error sets exitCode to the negative errno.
const cp = require('child_process');
try { cp.execSync('echo to-err >&2; exit 3'); } catch (e) { console.log(JSON.stringify(e.message), e.status, e.stderr.toString(), e.output.length); }
try { cp.execFileSync('sh', ['-c', 'echo e2 >&2; exit 2']); } catch (e) { console.log(JSON.stringify(e.message), e.status, String(e.stderr)); }
const r = cp.spawnSync('sh', ['-c', 'sleep 2 & echo grandchild'], { timeout: 300 });
console.log('timeout with a grandchild holding the pipe', r.error && r.error.code, r.signal);
const c = new cp.ChildProcess();
console.log(c.stdin, c.stdout, c.stdio);
const bad = cp.spawn('no-such-command-here');
bad.on('error', (e) => console.log('error', e.code, bad.exitCode));
bad.on('close', (code, sig) => console.log('close', code, sig));
