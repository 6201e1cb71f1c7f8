'use strict';
// Code running in a vm context is on the caller's stack and the caller's
// frames are on the context's: node shows both contexts' frames in one
// stack (Buffer()'s deprecation warning looks for node_modules there).
const vm = require('vm');

function frames(stack) {
  return stack.split('\n').slice(0, 1).concat(stack.split('\n').slice(1)
    .filter((l) => !l.includes('node:'))
    .map((l) => l.split(__filename).join('FILE')))
    .join('\n');
}

function mainFn() { return frames(new Error('made in main').stack); }
const ctx = vm.createContext({ mainFn });
console.log(vm.runInContext('function inner() { return mainFn(); }\ninner()', ctx, { filename: '/a/node_modules/b/index.js' }));
const made = vm.runInContext('function inner2() { return new Error("made in the context"); }\ninner2()', ctx, { filename: '/a/c.js' });
console.log(frames(made.stack));

// A context calling back into main which calls into the context again.
ctx.again = function again() { return vm.runInContext('function deepest() { return mainFn(); }\ndeepest()', ctx, { filename: '/a/d.js' }); };
console.log(vm.runInContext('function outer() { return again(); }\nouter()', ctx, { filename: '/a/e.js' }));

// A function made in a context, called from main.
const fromCtx = vm.runInContext('(function made() { return new Error("called from main").stack; })', ctx, { filename: '/a/f.js' });
console.log(frames(fromCtx()));

let warnings = 0;
process.on('warning', (w) => { warnings++; console.log(w.code, frames(w.stack)); });
vm.runInNewContext('new Buffer(1)', { Buffer }, { filename: '/a/node_modules/b/x.js' });
vm.runInNewContext('new Buffer(1)', { Buffer }, { filename: '/a/b/x.js' });
setImmediate(() => console.log('warnings', warnings));
