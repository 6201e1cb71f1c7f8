// Builtins load by bare name and with node:, and are the same objects.
console.log(require('node:events') === require('events'));
console.log(require('node:timers').setTimeout === setTimeout);
console.log(require('timers').setImmediate === setImmediate);
console.log(require('node:module') === require('module'));
console.log(typeof require('node:util').inspect);
try { require('node:nope'); } catch (e) { console.log(e.code, e.message); }
try { require('nope-not-a-module'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
const Module = require('module');
console.log(Module.isBuiltin('events'), Module.isBuiltin('node:events'), Module.isBuiltin('nope'));
console.log(Module.builtinModules.includes('events'), Module.builtinModules.includes('timers/promises'));
console.log(require.resolve('events'), require.resolve('node:events'));
