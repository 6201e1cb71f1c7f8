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
// process's node-internal names a script can list
for (const k of ['_debugEnd', '_debugProcess', '_linkedBinding', '_preload_modules', '_startProfilerIdleNotifier',
  '_stopProfilerIdleNotifier', '_tickCallback', 'debugPort', 'moduleLoadList']) {
  console.log('process', k, Object.keys(process).includes(k), typeof process[k]);
}
console.log(process._preload_modules, process.debugPort, Array.isArray(process.moduleLoadList));
try {
  process._linkedBinding('none');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  process.debugPort = 80;
} catch (e) {
  console.log(e.name, e.code, e.message);
}
process.debugPort = 0;
console.log(process.debugPort, process._debugEnd(), process._startProfilerIdleNotifier());
process.nextTick(() => console.log('tick ran in _tickCallback'));
process._tickCallback();
console.log('after _tickCallback');
// Module.prototype's own names; module.parent and isPreloading accessors
const Module = require('module');
console.log('module.prototype', Object.getOwnPropertyNames(Module.prototype).sort().join(','));
console.log('module', Object.getOwnPropertyNames(module).sort().join(','), module.parent === undefined || module.parent === null, module.isPreloading);
// the legacy Stream's eventNames: names with listeners
const Stream = require('stream');
const s = new Stream();
s.on('a', () => {});
s.on('b', () => {});
s.removeAllListeners('b');
s._events.c = [];
console.log('stream', Object.getOwnPropertyNames(Stream.prototype).sort().join(','), s.eventNames());
// repl.isValidSyntax
const repl = require('repl');
console.log('repl', list(repl));
for (const src of ['1+', 'await 1', 'import x from "y"', 'return 1', 'let a = 1', '{a:1}', 'class {', 'new.target']) {
  console.log('isValidSyntax', JSON.stringify(src), repl.isValidSyntax(src));
}
// https closes as http does (httpServerPreClose)
const { httpServerPreClose } = require('_http_server');
const server = require('http').createServer();
server.listen(0, () => {
  httpServerPreClose(server);
  server.close(() => console.log('closed'));
});
