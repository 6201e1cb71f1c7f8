'use strict';
// AsyncLocalStorage across promises: a store follows the promise made in
// its context (then callbacks, await continuations, thenables), not the
// context that resolves it; run() and enterWith() inside async functions.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const out = [];
const seen = (label) => out.push(`${label}: ${JSON.stringify(als.getStore())}`);

let resolveLater;
const pending = new Promise((r) => { resolveLater = r; });

als.run({ ctx: 'a' }, () => {
  pending.then(() => seen('then made in a'));
});
function resolveFromB() {
  als.run({ ctx: 'b' }, () => {
    setTimeout(() => {
      seen('timer in b');
      resolveLater(); // resolved from b: then callbacks keep a
    }, 1);
  });
}

async function worker(name) {
  seen(`${name} start`);
  await null;
  seen(`${name} after await`);
  await new Promise((r) => setImmediate(r));
  seen(`${name} after immediate`);
  als.enterWith({ ctx: `${name}-entered` });
  await { then(r) { seen(`${name} thenable`); r(); } };
  seen(`${name} after thenable`);
}

Promise.all([
  als.run({ ctx: 'w1' }, () => worker('w1')),
  als.run({ ctx: 'w2' }, () => worker('w2')),
]).then(() => {
  seen('all done (outside)');
  return als.run({ ctx: 'c' }, async () => {
    await Promise.resolve();
    const inner = als.run({ ctx: 'd' }, () => Promise.resolve().then(() => seen('inner d')));
    seen('c after run d');
    await inner;
    seen('c after inner');
  });
}).then(() => {
  resolveFromB();
  pending.then(() => setTimeout(() => console.log(out.join('\n')), 1));
});
