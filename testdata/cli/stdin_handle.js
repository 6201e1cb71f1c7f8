'use strict';
// process.stdin on a pipe the parent keeps open: its _handle as node's.
const { spawn } = require('child_process');

const children = {
  // closed, then paused and resumed: the read still out keeps nothing alive
  closedResume: `process.stdin.on('data', (d) => console.log('data', String(d)));
    setTimeout(() => { process.stdin._handle.close(); process.stdin.pause(); process.stdin.resume(); }, 20);`,
  // an unref'd handle lets the process exit after its timer
  unref: `process.stdin.on('data', (d) => console.log('data', String(d)));
    process.stdin._handle.unref(); console.log(process.stdin._handle.fd, process.stdin._handle.hasRef());
    setTimeout(() => console.log('timer'), 50);`,
  // closed in a 'data' listener while reading, then resumed: nothing more
  closedWhileReading: `const s = process.stdin;
    s.on('data', (d) => { console.log('data', JSON.stringify(String(d))); s._handle.close(); console.log(s._handle.fd); setTimeout(() => s.resume(), 20); });
    ['error', 'end', 'close'].forEach((e) => s.on(e, (x) => console.log(e, x && x.code)));`,
  // closed before reading starts: EINVAL, then the close callback, no 'close'
  closedBefore: `const s = process.stdin;
    s._handle.close(() => console.log('closed cb'));
    s._handle.close(() => console.log('closed cb2'));
    s.on('data', (d) => console.log('data', String(d)));
    ['error', 'end', 'close'].forEach((e) => s.on(e, (x) => console.log(e, x && x.code)));`,
};

(async () => {
  for (const [name, code] of Object.entries(children)) {
    const cp = spawn(process.execPath, ['-e', code], { stdio: ['pipe', 'pipe', 'inherit'] });
    cp.stdin.on('error', () => {});
    if (name === 'closedWhileReading') cp.stdin.write('hi\n');
    let out = '';
    cp.stdout.on('data', (d) => { out += d; });
    const exitCode = await new Promise((resolve) => cp.on('close', resolve));
    cp.stdin.end();
    console.log(name, JSON.stringify(out), exitCode);
  }
})();
