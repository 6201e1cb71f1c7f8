'use strict';
// Runaway recursion throws V8's RangeError, which the script catches and
// goes on: through plain calls, methods, getters, constructors, generators
// (yield* too), async functions, native callbacks and a vm context.
const vm = require('vm');

function check(name, fn) {
  let caught;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  console.log(name, caught instanceof RangeError, caught && caught.message);
}

check('plain', function f() { return f() + 1; });
check('method', () => { const o = { m() { return this.m(); } }; o.m(); });
check('getter', () => { const o = { get x() { return this.x; } }; return o.x; });
check('class fields', () => { class A { y = new A(); } return new A(); });
check('native callback', function f() { return [1].map(f); });
check('toString', () => { const o = { toString() { return `${o}`; } }; return `${o}`; });
check('generator', () => { function* g() { yield* g(); } return [...g()]; });
check('proxy', () => { const p = new Proxy({}, { get(t, k) { return p[k]; } }); return p.x; });
check('bind', () => { let g; function f() { return g(); } g = f.bind(null); f(); });
check('vm context', () => vm.runInNewContext('(function f() { return f(); })()'));

// The catch handler runs near the limit: what it calls may overflow
// again, and a frame further out gets it, as in V8.
let depth = 0;
function a() {
  depth++;
  try {
    return a();
  } catch {
    return [1, 2, 3].map((x) => x * 2).join();
  }
}
console.log('near the limit', a(), depth > 1000);

// The stack records Error.stackTraceLimit frames.
try {
  (function f() { f(); })();
} catch (e) {
  console.log('frames', e.stack.split('\n').filter((l) => l.trim().startsWith('at ')).length);
}

let n = 0;
async function test() {
  n++;
  await test();
}
test().catch((e) => console.log('async', e.name, e.message, n > 1000));
