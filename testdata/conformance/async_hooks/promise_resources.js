'use strict';
// PROMISE resources: one per promise (the promise itself), triggered by its
// parent, before/after around the job that resolves it, promiseResolve when
// it settles; hooks enabled and disabled while promises are pending.
const async_hooks = require('async_hooks');

const names = new Map();
const name = (id) => {
  if (id <= 1) return 'top'; // 0 where nothing was tracked (node: inside a promise job)
  if (!names.has(id)) names.set(id, `p${names.size + 1}`);
  return names.get(id);
};
const log = [];
const promises = new Set();
const hook = async_hooks.createHook({
  init(id, type, trigger, resource) {
    if (type !== 'PROMISE') return;
    promises.add(id);
    log.push(`init ${name(id)} trigger=${promises.has(trigger) || trigger <= 1 ? name(trigger) : 'other'} ` +
      `resource=${resource instanceof Promise}`);
  },
  before(id) { if (promises.has(id)) log.push(`before ${name(id)}`); },
  after(id) { if (promises.has(id)) log.push(`after ${name(id)}`); },
  promiseResolve(id) { if (promises.has(id)) log.push(`resolve ${name(id)}`); },
});
hook.enable();

const where = (label) => {
  const id = async_hooks.executionAsyncId();
  const res = async_hooks.executionAsyncResource();
  log.push(`${label}: in ${promises.has(id) ? name(id) : id} trigger ${name(async_hooks.triggerAsyncId())} ` +
    `resource is promise ${res instanceof Promise}`);
};

async function child(x) {
  where('child start');
  await null;
  where('child after await');
  return x * 2;
}

async function main() {
  const a = Promise.resolve(1);
  const b = a.then((v) => { where('then'); return v + 1; });
  const v = await b;
  where('main after await b');
  const w = await child(v);
  await Promise.all([Promise.resolve(w), 3]);
  where('main after all');
  await { then(r) { where('thenable then'); r(4); } };
  try {
    await Promise.reject(new Error('no'));
  } catch {
    where('main catch');
  }
  return 'done';
}

main().then((r) => {
  where('main done ' + r);
  hook.disable();
  Promise.resolve('untracked').then(() => {
    hook.enable();
    log.push('enabled inside');
    const p = new Promise((resolve) => setImmediate(() => { hook.disable(); resolve(); }));
    p.then(() => log.push('settled after disable')).then(() => {
      console.log(log.join('\n'));
    });
  });
});
