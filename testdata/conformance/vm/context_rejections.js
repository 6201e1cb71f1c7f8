// A vm context's unhandled rejection is the process's (one isolate in node):
// unhandledRejection and rejectionHandled see the context's promise.
const vm = require('vm');
const ctx = vm.createContext({log: console.log});
// (Not checked: node runs a context's microtasks in the isolate's queue,
// after the caller's code; gojanet drains them as the context's script
// returns, as node does with microtaskMode 'afterEvaluate'.)
vm.runInContext('log("sync")', ctx);
setTimeout(() => vm.runInContext('log("timer"); Promise.resolve(8).then(v => log("then2", v))', ctx), 1);
process.on('unhandledRejection', (r, p) => console.log('UR', r.message, p instanceof Promise, typeof p.then));
vm.runInContext('Promise.reject(new Error("boom"))', ctx);
const p2 = vm.runInContext('const q = Promise.reject(new Error("late")); q', ctx);
setTimeout(() => p2.catch(e => console.log('caught late', e.message)), 10);
process.on('rejectionHandled', (p) => console.log('handled', p === p2));
// util.inspect sees a context's promise's state and value, both ways.
const util = require('util');
const ctx2 = vm.createContext({ p: Promise.resolve({ z: 2 }), util });
console.log(vm.runInContext('util.inspect(p)', ctx2));
console.log(util.inspect(vm.runInContext('Promise.resolve(7)', ctx2)));
console.log(util.inspect(vm.runInContext('new Promise(() => {})', ctx2)));
console.log(util.inspect(vm.runInContext('({ a: Promise.resolve({ b: 1 }) })', ctx2)));
