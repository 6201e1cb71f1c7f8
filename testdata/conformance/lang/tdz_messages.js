'use strict';
// V8's "Cannot access 'x' before initialization" names the binding it
// reads: in closures, classes, initialisers, parameters, switches and eval.
// (Stores and destructuring targets still get goja's unnamed message.)
const vm = require('vm');
const cases = [
  () => { function f() { return 1 + foo; } f(); let foo = 1; },
  () => { const z = y + 1; let y; },
  () => { typeof y; let y; },
  () => { y++; let y; },
  () => { const g = () => q; g(); let q; },
  () => { new K(); class K {} },
  () => { o.x; const o = {}; },
  () => { let c = c + 1; },
  () => { for (let i = i; ;) break; },
  () => ((d = e, e) => 1)(),
  () => vm.runInThisContext('zz; let zz = 1;'),
  () => vm.runInThisContext('function gg() { return ww } gg(); let ww = 1;'),
  () => eval('ee; let ee = 1'),
  () => (function () { eval('1'); return hh; let hh; })(),
  () => { class A extends A {} },
  () => { switch (1) { case 0: let s; case 1: s; } },
];
for (const fn of cases) {
  try { fn(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); }
}
