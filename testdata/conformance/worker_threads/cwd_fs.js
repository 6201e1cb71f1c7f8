'use strict';
// A worker resolves relative paths (fs, path) against the process's working
// directory after the main thread's process.chdir(), for a worker started
// after the chdir and for one already running.
const { Worker } = require('worker_threads');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcwd-'));
fs.writeFileSync(path.join(dir, 'here.txt'), 'yes');
const start = process.cwd();
process.chdir(dir);
const w = new Worker(`
  const fs = require('fs');
  const { parentPort } = require('worker_threads');
  const look = () => [fs.existsSync('here.txt'), fs.existsSync('written.txt')];
  fs.writeFileSync('written.txt', 'w');
  parentPort.postMessage(look());
  parentPort.once('message', () => { parentPort.postMessage(look()); parentPort.close(); });
`, { eval: true });
w.once('message', (m) => {
  console.log('after chdir', m, fs.existsSync(path.join(dir, 'written.txt')));
  process.chdir(start);
  w.postMessage('again');
  w.once('message', (m2) => console.log('back at start', m2));
});
w.on('exit', (code) => {
  console.log('exit', code);
  fs.rmSync(dir, { recursive: true });
});
