// Default names of reports and heap snapshots (date, time and pid masked):
// one sequence for the process, a worker's included, taken only when a
// default name is made; the thread id is the writer's.
const v8 = require('v8');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Worker, isMainThread, threadId } = require('worker_threads');
const mask = (n) => n.replace(/\.\d{8}\.\d{6}\.\d+\./, '.DATE.TIME.PID.');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diagname-'));
process.chdir(dir);
process.report.writeReport("named.json");
v8.writeHeapSnapshot("named.heapsnapshot");
const r = process.report.writeReport();
const h = v8.writeHeapSnapshot();
console.log(mask(r), mask(h));
const w = new Worker(`
const v8 = require('v8');
const { parentPort } = require('worker_threads');
const h = v8.writeHeapSnapshot();
process.report.writeReport("named.json");
v8.writeHeapSnapshot("named.heapsnapshot");
const r = process.report.writeReport();
parentPort.postMessage([h, r]);
`, { eval: true });
w.on('message', ([h2, r2]) => {
  console.log(mask(h2), mask(r2));
  w.on('exit', () => {
    console.log(mask(process.report.writeReport()));
    process.chdir(os.tmpdir());
    fs.rmSync(dir, { recursive: true });
  });
});
