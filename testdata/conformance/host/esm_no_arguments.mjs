// Module scope has no `arguments` (as the global scope): typeof is
// 'undefined' and a read a ReferenceError, at the top level, after an
// await, and in arrow functions; a function's own arguments are its own.
console.log(typeof arguments);
try {
  console.log(arguments.length);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
function f() { return arguments.length; }
const g = () => typeof arguments;
console.log(f(1, 2, 3), g(), typeof this, (() => this)());
await null;
try {
  console.log(arguments[0]);
} catch (e) {
  console.log('after await:', e.message);
}
export const value = 1;
