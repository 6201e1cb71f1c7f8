// A worker's eval code with top-level await runs as an ES module, as node
// 20's module syntax detection has it (require is not defined there; an
// `await` that is an identifier keeps the code a script).
const { Worker } = require('worker_threads');
const cases = [
  'const x = await Promise.resolve(5); require("worker_threads").parentPort.postMessage(x)',
  'import { parentPort } from "worker_threads"; parentPort.postMessage(await Promise.resolve("esm"))',
  'import { parentPort } from "worker_threads"; parentPort.postMessage([import.meta.url.endsWith("/[eval1]"), typeof require, typeof module])',
  'require("worker_threads").parentPort.postMessage(typeof await)',
  'const { parentPort } = require("worker_threads"); parentPort.postMessage(String(await Promise.resolve(7)))',
];
let i = 0;
function next() {
  if (i >= cases.length) return;
  const n = ++i;
  const w = new Worker(cases[n - 1], { eval: true });
  w.on('message', (m) => console.log(n, 'message', m));
  w.on('error', (e) => console.log(n, 'error', e.name, e.message.split('\n')[0]));
  w.on('exit', (c) => {
    console.log(n, 'exit', c);
    next();
  });
}
next();
