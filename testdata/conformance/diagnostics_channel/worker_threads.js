'use strict';
// diagnostics_channel's 'worker_threads' channel: every new Worker is
// published from its constructor.
const dc = require('diagnostics_channel');
const { Worker } = require('worker_threads');

dc.subscribe('worker_threads', ({ worker }) => {
  console.log('published', worker instanceof Worker, worker.threadId > 0, typeof worker.postMessage);
});
const w = new Worker('1', { eval: true });
console.log('after constructor');
w.on('exit', (code) => console.log('exit', code));
