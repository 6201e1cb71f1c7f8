const cp = require('child_process');
const c = cp.spawn('sh', ['-c', 'echo out; echo err >&2; cat; exit 3']);
const ev = [];
let out = '', err = '';
c.stdout.on('data', (d) => out += d);
c.stderr.on('data', (d) => err += d);
c.on('spawn', () => ev.push('spawn'));
c.on('exit', (code, sig) => ev.push(`exit ${code} ${sig}`));
c.on('close', (code, sig) => {
  ev.push(`close ${code} ${sig}`);
  console.log(ev.join(', '), JSON.stringify(out), JSON.stringify(err));
  cp.exec('echo hi && exit 2', (e, so, se) => {
    console.log('exec', e && e.code, e && e.message, JSON.stringify(so));
    cp.execFile('nonexistent-cmd', (e) => {
      console.log('enoent', e.code, e.errno, e.syscall, e.path, e.spawnargs, e.message);
      const k = cp.spawn('sleep', ['10']);
      k.on('exit', (code, sig) => {
        console.log('killed', code, sig, k.killed, k.signalCode);
        console.log(cp.execSync('echo sync').toString());
        console.log(cp.spawnSync('sh', ['-c', 'echo a; exit 4'], { encoding: 'utf8' }).status);
        try { cp.execSync('exit 5', { stdio: 'pipe' }) } catch (e) { console.log('execSync', e.status, e.message) }
        console.log(cp.spawnSync('nonexistent-cmd').error.code);
        console.log(cp.execFileSync('cat', { input: 'piped in' }).toString());
        const t = cp.spawnSync('sleep', ['5'], { timeout: 100 });
        console.log('timeout', t.error.code, t.signal);
        require('util').promisify(cp.exec)('echo promised').then((r) => console.log(r));
      });
      setTimeout(() => k.kill(), 50);
    });
  });
});
c.stdin.end('input\n');
