// The export surface of the builtins whose gojanet internals moved out of
// their exports (js/internal/builtin_internals.js) or whose missing public
// names were added: the sorted keys a script lists, as node's.
const list = (o) => Object.keys(o).sort().join(',');
for (const name of ['_http_common', '_http_incoming', '_http_outgoing', '_http_server', '_tls_common', '_tls_wrap', 'dgram']) {
  console.log(name, list(require(name)));
}
// (crypto's deprecated aliases are there, not enumerable)
const crypto = require('crypto');
console.log('crypto', ['createCipher', 'createDecipher', 'prng', 'pseudoRandomBytes', 'rng'].map((k) =>
  `${k}:${typeof crypto[k]}:${Object.keys(crypto).includes(k)}`).join(' '));
console.log('crypto', ['secureHeapUsed', 'setEngine'].map((k) => `${k}:${Object.keys(crypto).includes(k)}`).join(' '));
console.log(crypto.secureHeapUsed());
for (const args of [['x'], [5], ['x', 'y'], ['x', 1]]) {
  try {
    crypto.setEngine(...args);
  } catch (e) {
    console.log('setEngine', JSON.stringify(args), e.code, e.message);
  }
}
// console: _stdout/_stderr not enumerable; V8's context() and createTask()
const con = require('console');
console.log('console', list(con));
const ctx = console.context('c');
console.log(typeof ctx, list(ctx), ctx.log('nowhere'), ctx.count());
const task = console.createTask('t');
console.log(list(task), task.run.length, task.run(() => 42));
for (const bad of [undefined, '', 5]) {
  try {
    console.createTask(bad);
  } catch (e) {
    console.log('createTask', e.name, e.message);
  }
}
try {
  task.run(5);
} catch (e) {
  console.log('run', e.name, e.message);
}
// https closes as http does (httpServerPreClose)
const { httpServerPreClose } = require('_http_server');
const server = require('http').createServer();
server.listen(0, () => {
  httpServerPreClose(server);
  server.close(() => console.log('closed'));
});
