// The process object is also a builtin module (require('process'), node:process).
const p = require('process');
const q = require('node:process');
console.log(p === process, q === process, require('module').builtinModules.includes('process'));
console.log(typeof p.nextTick, p.argv.length > 0);
