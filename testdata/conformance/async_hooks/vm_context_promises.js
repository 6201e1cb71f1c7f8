// AsyncLocalStorage and async_hooks across a vm context's promises: the
// store survives await and then() in a context, as in node (one isolate).
const vm = require('vm');
const { AsyncLocalStorage, executionAsyncId, createHook } = require('async_hooks');

// (lines sorted at exit: node runs a context's microtasks in the one
// queue, gojanet when the context's call returns; the order is not the test)
const lines = [];
const log = (...a) => lines.push(a.map(String).join(' '));
process.on('exit', () => console.log(lines.sort().join('\n')));
const storage = new AsyncLocalStorage();
const context = vm.createContext({ storage, log });

vm.runInContext(`
  async function step(name) {
    log(name, 'before await', storage.getStore());
    await null;
    log(name, 'after await', storage.getStore());
    await new Promise((r) => setTimeoutLike(r));
    log(name, 'after a promise', storage.getStore());
    return name;
  }
  var setTimeoutLike = (r) => Promise.resolve().then(r);
  storage.run('ctx-a', () => step('a').then((v) => log('then of', v, storage.getStore())));
  storage.run('ctx-b', () => step('b'));
  log('outside', storage.getStore());
`, context);

// a context's promise awaited by the main runtime, and the other way round
const p = vm.runInContext('Promise.resolve(7)', context);
storage.run('main', async () => {
  const v = await p;
  log('main awaited a context promise', v, storage.getStore());
  const f = vm.runInContext('(async (q) => { const x = await q; return [x, storage.getStore()]; })', context);
  log('context awaited a main promise', JSON.stringify(await f(Promise.resolve(8))));
});

// promise resources from a context reach createHook's init
let inits = 0;
const hook = createHook({ init(id, type) { if (type === 'PROMISE') inits++; } }).enable();
vm.runInContext('Promise.resolve().then(() => {})', context);
hook.disable();
log('context promises seen by init', inits > 0);
