'use strict';
// Assigning a context global's non-writable property from outside: strict
// code throws node's TypeError (its global's interceptor), sloppy code
// leaves it; writable ones and new ones are set. Other objects of the
// context keep the ordinary read-only errors.
const vm = require('vm');
const sandbox = { w: 1 };
Object.defineProperty(sandbox, 'ro', { value: 51, writable: false });
vm.createContext(sandbox);
const g = vm.runInContext('this', sandbox);
try {
  g.ro = 1;
  console.log('no throw');
} catch (e) {
  console.log(e.constructor === TypeError, e.message);
}
g.w = 2;
g.fresh = 3;
console.log(g.ro, g.w, g.fresh, sandbox.w, sandbox.fresh);
const sloppy = new Function('g', 'g.ro = 7; return g.ro;');
console.log(sloppy(g));
console.log(vm.runInContext('ro = 9; ro', sandbox));
