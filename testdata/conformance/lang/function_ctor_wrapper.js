'use strict';
// new Function (and its async and generator kinds) and vm.compileFunction
// parse their parameters and body as parts of one function: code that
// closes the wrapper early is a SyntaxError, never run. Braces inside
// strings, comments and templates are no such thing.
const vm = require('vm');
const cases = [
  ['});\nconsole.log("ran 1");\n(function() {'],
  ['a) { console.log("ran 2") }, function (b', 'return 1'],
  ['}, function () {'],
  ['}).call(null, function() {'],
  ['a', 'b', 'return a + b'],
  ['return 1 // comment'],
  ['/* } */ return "}"'],
  ['a = function () { return "}" }', 'return a()'],
  ['return `}${"}"}`'],
  [''],
];
for (const args of cases) {
  try {
    const f = new Function(...args);
    console.log('ok', JSON.stringify(f.toString()), f(2, 3));
  } catch (e) {
    console.log(e.name, e.message);
  }
}
for (const C of [Object.getPrototypeOf(async function () {}).constructor, Object.getPrototypeOf(function* () {}).constructor]) {
  try {
    new C('});\nconsole.log("ran 3");\n(function() {');
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.message);
  }
}
for (const [code, params] of [['});\n\n(function() {\nconsole.log("ran 4");\n})();\n\n(function() {'],
  ['console.log("Hello, World!")'], ['return p + q', ['p', 'q']], ['return "}"']]) {
  try {
    const f = vm.compileFunction(code, params);
    console.log('ok', JSON.stringify(f.toString()), f('a', 'b'));
  } catch (e) {
    console.log(e.name, e.message);
  }
}
// A body given a line offset keeps its own columns on its first line.
Error.stackTraceLimit = 1;
for (const options of [{ lineOffset: 3 }, { lineOffset: 2, columnOffset: 4 }, { columnOffset: 3 }, {}]) {
  try {
    vm.compileFunction('throw new Error("Sample Error")', [], options)();
  } catch (e) {
    console.log(JSON.stringify(options), e.stack.split('\n')[1]);
  }
}
