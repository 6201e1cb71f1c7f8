'use strict';
// Where an unresolvable name's ReferenceError is reported: V8 gives a
// statement's first bytecode the statement's position (return, throw, if,
// switch, an expression statement), the name's own elsewhere (loop tests,
// declarations, an operand after a comma, later operands).
const vm = require('vm');
const bodies = [
  'return varX', '  return varX', 'throw varX', 'if (varX) {}', 'switch (varX) {}', 'return varX.y',
  'return !varX', 'return varX + 1', 'return varX ? 1 : 2', 'if (true) return varX', 'let y = varX',
  'return 1 + varX', 'return [varX]', 'return {a: varX}', 'while (varX) {}', 'do {} while (varX)',
  'for (;varX;) {}', 'for (const k of varX) {}', '{ varX }', 'x: varX', 'return (0, varX)',
  'return (varX, 1)', 'return (0, varX)()', 'if ((0, varX)) {}', 'return typeof varX + varY',
  'varX', 'varX.y = 1', 'varX()',
];
for (const body of bodies) {
  let where;
  try {
    vm.compileFunction(body, [])();
    where = 'no error';
  } catch (e) {
    where = `${e.message} ${/<anonymous>:(\d+:\d+)/.exec(e.stack)[1]}`;
  }
  console.log(JSON.stringify(body), where);
}
// in a context's script and in a function of the main context
try { vm.runInNewContext('\n  if (nope) {}', {}, { filename: 'ctx.js' }); } catch (e) { console.log(/ctx\.js:(\d+:\d+)/.exec(e.stack)[1]); }
function f() {
  return notThere;
}
try { f(); } catch (e) { console.log(/first_load_position\.js:(\d+:\d+)/.exec(e.stack)[1]); }
