'use strict';
const util = require('util');
// Stacks differ between engines, so every error gets a fixed stack.
function mk(Ctor, msg, stack) {
  const e = new Ctor(msg);
  Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  return e;
}
const withFrames = mk(Error, 'boom', 'Error: boom\n    at fn (file.js:1:1)\n    at main (file.js:2:2)');
console.log(util.inspect(withFrames));
console.log(util.inspect(mk(Error, 'no frames', 'Error: no frames')));
console.log(util.inspect(mk(TypeError, 'bad type', 'TypeError: bad type')));
console.log(util.inspect(mk(RangeError, 'r', 'RangeError: r\n    at x (y.js:1:1)')));
const props = mk(Error, 'with props', 'Error: with props\n    at here (h.js:1:1)');
props.code = 'E_CODE';
props.info = { detail: [1, 2] };
console.log(util.inspect(props));
const propsNoFrames = mk(Error, 'p', 'Error: p');
propsNoFrames.code = 'X';
console.log(util.inspect(propsNoFrames));
console.log(util.inspect({ err: props }));
console.log(util.inspect([propsNoFrames]));
const renamed = mk(Error, 'x', 'Error: x');
renamed.name = 'Custom';
console.log(util.inspect(renamed));
class MyError extends Error {}
console.log(util.inspect(mk(MyError, 'mine', 'Error: mine\n    at z (z.js:1:1)')));
class NamedError extends Error {
  constructor(m) { super(m); this.name = 'NamedError'; }
}
console.log(util.inspect(mk(NamedError, 'n', 'NamedError: n\n    at q (q.js:1:1)')));
const caused = new Error('outer', { cause: 'inner reason' });
Object.defineProperty(caused, 'stack', { value: 'Error: outer\n    at o (o.js:1:1)', configurable: true, writable: true });
console.log(util.inspect(caused));
const empty = mk(Error, '', 'Error');
console.log(util.inspect(empty));
const sym = mk(Error, 's', 'Error: s');
sym[Symbol('tag')] = 1;
console.log(util.inspect(sym));
const noStack = new Error('gone');
delete noStack.stack;
Object.defineProperty(noStack, 'stack', { value: undefined, configurable: true });
console.log(util.inspect(noStack));
console.log(util.format('%s', mk(Error, 'fmt', 'Error: fmt')));
console.log(util.inspect(mk(Error, 'deep', 'Error: deep'), { depth: 0 }));
