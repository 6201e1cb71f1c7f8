'use strict';
// v8.promiseHooks: the order of init (with parent), before, after and
// settled over async functions, thenables, finally, Promise.all; argument
// errors; a hook that throws is uncaught; stop functions.
const ids = new Map(); let n = 0;
const id = (p) => { if (!ids.has(p)) ids.set(p, ++n); return ids.get(p); };
let log = [];
let hooks = {
  init(p, parent) { log.push(`init ${id(p)} ${parent === undefined ? '-' : id(parent)}`); },
  before(p) { log.push(`before ${id(p)}`); },
  after(p) { log.push(`after ${id(p)}`); },
  settled(p) { log.push(`settled ${id(p)}`); },
};
function run() {
  async function f() { log.push('f start'); await 1; log.push('f mid'); await Promise.resolve(2); log.push('f end'); return 3; }
  f().then(() => log.push('then'));
  Promise.resolve({ then(r) { r(5); } }).then(() => log.push('thenable'));
  new Promise((res) => res(Promise.resolve(7))).then(() => log.push('res-promise'));
  Promise.reject(new Error('x')).catch(() => log.push('caught')).finally(() => log.push('fin'));
  Promise.resolve(1).then().then(() => log.push('passthrough'));
  async function g() { try { await Promise.reject(1); } catch { log.push('g caught'); } return Promise.resolve(2); }
  g();
  Promise.all([1, Promise.resolve(2)]).then(() => log.push('all'));
  const o = { constructor: Promise };
  Promise.resolve(o).then((v) => log.push('resolve obj ' + (v === o)));
  (async () => { log.push('await obj ' + ((await o) === o)); })();
}
const { promiseHooks } = require('v8');
for (const [fn, arg] of [['onInit', async () => {}], ['onBefore', async function* () {}], ['onAfter', 1],
  ['onSettled', undefined], ['onInit', {}]]) {
  try {
    promiseHooks[fn](arg);
  } catch (e) {
    console.log(fn, e.name, e.code, e.message);
  }
}
try {
  promiseHooks.createHook({ settled: function* () {} });
} catch (e) {
  console.log('createHook', e.code, e.message);
}
console.log(Object.keys(promiseHooks).join(), typeof promiseHooks.createHook({}));

const stop = promiseHooks.createHook(hooks);
run();
setTimeout(() => {
  stop();
  stop();
  Promise.resolve().then(() => {});
  console.log(log.join('\n'));
  const errors = [];
  process.on('uncaughtException', (e) => errors.push(e.message));
  const s1 = promiseHooks.onInit(() => { s1(); throw new Error('init threw'); });
  const s2 = promiseHooks.onSettled(() => { s2(); throw new Error('settled threw'); });
  const s3 = promiseHooks.onBefore(() => { s3(); throw new Error('before threw'); });
  const s4 = promiseHooks.onAfter(() => { s4(); throw new Error('after threw'); });
  Promise.resolve().then(() => errors.push('callback ran'));
  setTimeout(() => console.log(errors.join('\n')), 1);
}, 10);
