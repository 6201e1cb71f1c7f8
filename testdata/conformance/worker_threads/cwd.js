'use strict';
// A worker's process.cwd() follows the main thread's process.chdir(): the
// working directory is the process's, shared by every thread.
const { Worker } = require('worker_threads');
const path = require('path');

const start = process.cwd();
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => {
    if (m === 'done') return parentPort.close();
    let chdir;
    try { process.chdir('/'); } catch (e) { chdir = e.code; }
    parentPort.postMessage([process.cwd(), chdir]);
  });
`, { eval: true });
const steps = [path.dirname(start), start];
w.on('message', ([cwd, chdir]) => {
  console.log('worker sees', path.relative(start, cwd) || '.', chdir);
  const next = steps.shift();
  if (next === undefined) {
    w.postMessage('done');
    return;
  }
  process.chdir(next);
  w.postMessage('cwd?');
});
w.postMessage('cwd?');
w.on('exit', (code) => console.log('exit', code, process.cwd() === start));
