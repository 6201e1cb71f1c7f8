'use strict';
// Function declarations are hoisted: whatever runs first in the body sees
// them made. gojanet makes them after leading statements that cannot see
// them; these are the cases where the statements can, or nearly can.

function fastTrack(keys, done) {
  var n = 0;
  if (!keys || keys.length === 0) {
    return done('fast');
  }
  function step() {
    if (n >= keys.length) return done('done ' + n);
    n++;
    return again();
  }
  function again() { return step(); }
  return step();
}
for (let i = 0; i < 3; i++) {
  console.log(fastTrack([], (s) => s), fastTrack([1, 2, 3], (s) => s));
}

function seesTypeof() { var t = typeof g; function g() {} return t; }
console.log('typeof in prefix:', seesTypeof());

function viaEval() { var t = (0, eval)('typeof Math'); var u = typeof h; function h() {} return t + ' ' + u; }
console.log('indirect eval:', viaEval());

function sloppyEval() { return Function('var t = eval("typeof k"); function k() {} return t;')(); }
console.log('direct eval:', sloppyEval());

function viaArguments() { var n = arguments.length; function q() {} return n + ' ' + typeof q; }
console.log('arguments:', viaArguments(1, 2));

const clash = Function('a', 'var x = arguments[0]; var y = typeof a; function a() {} return typeof x + " " + y;');
console.log('parameter clash (sloppy):', clash(5));

function clashStrict(b) { var y = typeof b; function b() {} return y; }
console.log('parameter clash (strict):', clashStrict(5));

function identity() {
  var o = {};
  if (o.missing) return null;
  function f() { return f; }
  return f() === f && f.name === 'f' && f.length === 0;
}
console.log('identity:', identity(), identity());

let calls = 0;
function recurse(d) {
  calls++;
  var r = d > 0 ? recurse(d - 1) : 'bottom';
  function inner() { return d; }
  return r + ':' + inner();
}
console.log('recursion:', recurse(3), calls);

function throwsFirst() {
  var v = JSON.parse('{');
  function never() {}
  return v;
}
try { throwsFirst(); } catch (e) { console.log('throw in prefix:', e.name); }

function stackOf() {
  var x = 1;
  if (x === 2) return '';
  function named() { return new Error('e').stack.split('\n')[1].trim().split(' ')[1]; }
  return named();
}
console.log('frame name:', stackOf());

function blockDecl() {
  var r = typeof inBlock;
  { function inBlock() {} }
  function top() {}
  return r + ' ' + typeof inBlock + ' ' + typeof top;
}
console.log('block function:', blockDecl());

function* gen() { var a = 1; yield typeof g2; function g2() {} }
console.log('generator:', gen().next().value);

async function asy() { var a = 1; function g3() {} return typeof g3; }
asy().then((v) => console.log('async:', v));

function objectAndArray() {
  var o = { a: 1, b: [1, 2, { c: 3 }], ['k' + 1]: 2, ...{ s: 1 } };
  var t = `${o.a}-${o.k1}`;
  if (!o.b) return 'no';
  function read() { return t + ' ' + Object.keys(o).join(','); }
  return read();
}
console.log('literals:', objectAndArray());

function closureInPrefix() {
  var f = () => typeof late;
  var r = f();
  function late() {}
  return r;
}
console.log('arrow in prefix:', closureInPrefix());

function getterInPrefix() {
  var o = { get g() { return typeof late2; } };
  var r = o.g;
  function late2() {}
  return r;
}
console.log('getter in prefix:', getterInPrefix());
