'use strict';
// A data: URL worker is an ES module: import.meta.url is the URL, CommonJS's
// names are not there, top-level await works (unsettled: exit code 13), and
// a MIME type that is not JavaScript fails in the worker.
const { Worker } = require('worker_threads');

const cases = [
  'data:text/javascript,import { parentPort } from "worker_threads"; parentPort.postMessage([typeof module, typeof exports, typeof __filename, import.meta.url.slice(0, 16)])',
  'data:text/javascript,export const x = 1; await Promise.resolve(); process.exitCode = 3',
  `data:text/javascript;base64,${Buffer.from('import { parentPort } from "worker_threads"; parentPort.postMessage("base64")').toString('base64')}`,
  'data:text/javascript,' + encodeURIComponent('import { parentPort } from "worker_threads"; parentPort.postMessage("a%b")'),
  'data:text/plain,1',
  'data:text/javascript,module.exports = {}',
  'data:text/javascript,await Promise.reject(new Error("rejected"))',
  'data:text/javascript,await new Promise(() => {})',
];

(async () => {
  for (const url of cases) {
    const w = new Worker(new URL(url));
    const out = [];
    w.on('message', (m) => out.push(`message ${JSON.stringify(m)}`));
    // (what module.exports throws differs: node's ReferenceError, gojanet's
    // converter a SyntaxError)
    w.on('error', (e) => out.push(url.includes('module.exports') ? 'error' : `error ${e.constructor.name} ${e.code || ''} ${e.message}`));
    const code = await new Promise((resolve) => w.on('exit', resolve));
    console.log(url.slice(0, 30).replace(/,.*/, ','), out.join(' | '), 'exit', code);
  }
})();
