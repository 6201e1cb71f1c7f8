// An ES module's scope: `this` is undefined (in arrows and a direct eval
// too) and there is no `arguments` (typeof 'undefined', a read a
// ReferenceError, also in a direct eval); functions keep their own.
const read = (f) => { try { return String(f()); } catch (e) { return e.name; } };
console.log('this', this === undefined, (() => this === undefined)(), eval('this === undefined'),
  (() => eval('this === undefined'))());
console.log('indirect eval this', (0, eval)('this === globalThis'));
console.log('arguments', typeof arguments, eval('typeof arguments'), read(() => arguments), read(() => eval('arguments')));
function f() { return [typeof this, arguments.length, (() => arguments.length)()].join(' '); }
console.log('function', f(1, 2));
await null;
console.log('after await', this === undefined, typeof arguments, eval('this === undefined'));
