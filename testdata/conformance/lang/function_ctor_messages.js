// The Function constructors' SyntaxError messages, as V8 words them: the
// parameters are parsed in the whole source (a comment or string may run
// on into the body) and must end where the wrapper's ')' is.
const AsyncFunction = (async () => {}).constructor;
const GeneratorFunction = (function* () {}).constructor;
const cases = [
  [Function, '/*', '*/){'], // a comment closed in the body
  [Function, ' /*[', 'return 1'], // never closed
  [Function, ' arguments/*', '"use strict"'], // after a parameter
  [Function, 'a,', ''],
  [Function, '...a, b', ''],
  [Function, '...class', ''],
  [Function, '...a = 1', ''],
  [Function, '...(a)', ''],
  [Function, '...[a, b]', 'return a + b'],
  [Function, '...a', '"use strict"'],
  [Function, ' #p', ''],
  [Function, '#p\\u0061', ''],
  [Function, 'a', 'b', '}'],
  [Function, 'a) {', ''],
  [Function, 'a = "x', '"'],
  [AsyncFunction, 'a = await', ''],
  [AsyncFunction, 'a = await 1', ''],
  [AsyncFunction, 'await', ''],
  [AsyncFunction, '', 'await'],
  [GeneratorFunction, 'a = yield', ''],
];
for (const [C, ...args] of cases) {
  try {
    const f = new C(...args);
    console.log('ok', JSON.stringify(args), typeof f);
  } catch (e) {
    console.log(e.name, JSON.stringify(e.message), JSON.stringify(args));
  }
}
try {
  eval('x /*');
} catch (e) {
  console.log('eval', e.name, e.message);
}
