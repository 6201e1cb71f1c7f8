// AsyncLocalStorage: the store follows timers, immediates, nextTick,
// promise reactions, await, queueMicrotask, EventEmitter listeners and
// AsyncResource scopes; run/exit/enterWith/disable/bind/snapshot.
const { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId } = require('async_hooks');
const EventEmitter = require('events');

const als = new AsyncLocalStorage();
const log = (label) => console.log(label, JSON.stringify(als.getStore()));
const steps = [];
const step = (fn) => steps.push(fn);
const next = () => { const fn = steps.shift(); if (fn) setTimeout(fn, 5); };

log('outside');
console.log('ids at top', executionAsyncId(), triggerAsyncId());
step(() => {
  // Where each callback saw the store; printed sorted, as the order of
  // timers against immediates depends on timing.
  const seen = {};
  const note = (label) => { seen[label] = JSON.stringify(als.getStore()); };
  let done;
  als.run({ id: 1 }, () => {
    log('sync');
    setTimeout(() => note('timeout'), 1);
    setImmediate(() => note('immediate'));
    process.nextTick(() => note('nextTick'));
    queueMicrotask(() => note('microtask'));
    Promise.resolve().then(() => note('then'));
    const iv = setInterval(() => { note('interval'); clearInterval(iv); }, 1);
    // Its timer is armed last and is due last: the others have run when
    // it resolves (a fixed wait raced it under load).
    done = (async () => {
      await null;
      note('after await');
      await new Promise((r) => setTimeout(r, 2));
      note('after awaited timer');
    })();
  });
  log('after run');
  done.then(() => {
    for (const k of Object.keys(seen).sort()) console.log(k, seen[k]);
    next();
  });
});
step(() => {
  const ee = new EventEmitter();
  ee.on('x', () => log('listener'));
  als.run('emitter-ctx', () => ee.emit('x'));
  ee.emit('x');
  const res = als.run('resource-ctx', () => new AsyncResource('MyRes'));
  res.runInAsyncScope(() => log('runInAsyncScope'));
  als.run('other', () => res.runInAsyncScope(() => log('runInAsyncScope from other')));
  const bound = als.run('bound-ctx', () => AsyncLocalStorage.bind(() => log('bound')));
  bound();
  const snap = als.run(123, () => AsyncLocalStorage.snapshot());
  console.log('snapshot', als.run(321, () => snap(() => als.getStore())));
  console.log('resource ids', typeof res.asyncId(), res.asyncId() > 1, typeof res.triggerAsyncId());
  const b2 = res.bind(function (a) { return [this, a, als.getStore()]; });
  console.log('resource bind', JSON.stringify(b2.call('t', 'a')), b2.length);
  next();
});
step(() => {
  als.run('outer', () => {
    als.exit(() => {
      log('inside exit');
      setTimeout(() => {
        log('timer from exit');
        next();
      }, 1);
    });
    log('after exit');
  });
});
step(() => {
  const a2 = new AsyncLocalStorage();
  a2.enterWith('entered');
  console.log('enterWith', a2.getStore());
  setTimeout(() => {
    console.log('enterWith in timer', a2.getStore());
    a2.disable();
    console.log('after disable', a2.getStore());
    a2.run('again', () => console.log('run after disable', a2.getStore()));
    next();
  }, 1);
});
step(() => {
  const a3 = new AsyncLocalStorage();
  const a4 = new AsyncLocalStorage();
  a3.run('three', () => a4.run('four', () => {
    setTimeout(() => console.log('two storages', a3.getStore(), a4.getStore()), 1);
  }));
  for (const bad of [() => new AsyncResource(1), () => new AsyncResource('x', { triggerAsyncId: -2 }), () => AsyncLocalStorage.bind(1)]) {
    try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
});
next();
