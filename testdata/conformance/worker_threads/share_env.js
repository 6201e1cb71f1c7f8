'use strict';
// new Worker(file, { env: SHARE_ENV }): parent and worker share one
// environment; any other worker gets a copy.
const { Worker, SHARE_ENV, workerData, parentPort } = require('worker_threads');

// The main thread's environment lists variables in the order they were set
// (environ's); a copy's order is unspecified (node's is a hash map's), so
// copying workers sort.
const mine = (sorted = false) => {
  const keys = Object.keys(process.env).filter((k) => k.startsWith('GJ_SHARE_'));
  if (sorted) keys.sort();
  return keys.map((k) => `${k}=${process.env[k]}`).join(' ');
};

if (workerData === null) {
  process.env.GJ_SHARE_PARENT = 'parent';
  process.env.GJ_SHARE_GONE = 'to delete';
  const shared = new Worker(__filename, { workerData: 'shared', env: SHARE_ENV });
  process.env.GJ_SHARE_AFTER = 'after creation';
  shared.on('message', (m) => {
    console.log('parent heard', m, '|', mine());
    shared.postMessage('check');
  });
  shared.on('exit', () => {
    console.log('parent after shared worker:', mine());
    console.log('deleted in worker:', 'GJ_SHARE_GONE' in process.env, process.env.GJ_SHARE_GONE);
    console.log('number became', typeof process.env.GJ_SHARE_NUM, process.env.GJ_SHARE_NUM);
    const copy = new Worker(__filename, { workerData: 'copy' });
    copy.on('exit', () => {
      console.log('parent after copying worker:', mine());
      const given = new Worker(__filename, { workerData: 'given', env: { GJ_SHARE_ONLY: 'own' } });
      given.on('exit', () => console.log('parent after env-given worker:', mine()));
    });
  });
} else if (workerData === 'shared') {
  console.log('shared worker starts with', mine());
  process.env.GJ_SHARE_WORKER = 'worker';
  delete process.env.GJ_SHARE_GONE;
  process.env.GJ_SHARE_NUM = 42;
  parentPort.postMessage('set');
  parentPort.once('message', () => {
    console.log('shared worker sees', mine());
    parentPort.close();
  });
} else if (workerData === 'copy') {
  console.log('copying worker starts with', mine(true));
  process.env.GJ_SHARE_COPY = 'not shared';
  delete process.env.GJ_SHARE_PARENT;
  console.log('copying worker now', mine(true));
} else {
  console.log('env-given worker has', mine());
}
