// The Function constructors parse their parameters first, as V8: a ')'
// that closes them before their end is "Arg string terminates parameters
// early", one that goes on past it (into the wrapper's) "Unexpected end of
// arg string", else the parameters' own error.
const AsyncFunction = (async function () {}).constructor;
const GeneratorFunction = (function* () {}).constructor;
const cases = [
  [Function, 'a) { return 1 }; (function (', 'x'], [Function, 'a) {', '}'], [Function, 'a', 'b) { return 1 }; (function (c', 'x'],
  [Function, '/*', '*/){'], [Function, 'a = ")"', 'return a'], [Function, 'a = (1', ''], [Function, '(a', ''], [Function, 'a)', ''],
  [Function, 'a, b', 'return a + b'], [Function, '{a, b} = {}, [c] = [1], ...d', 'return d'], [Function, 'a = `)`', 'return a'],
  [Function, 'a = /)/', 'return a'], [Function, 'a // )', 'return a'], [Function, 'a /* ) */', 'return a'],
  [AsyncFunction, 'a) { return 1 }; (async function (', 'x'], [GeneratorFunction, 'a) {', '}'],
  [Function, 'a b', ''], [Function, 'a,', ''], [Function, ',', ''], [Function, '})', ''],
  [Function, '', '}); (function() {'], [Function, 'a', '})'],
  [Function, 'a = "', ''], [Function, 'a = `', ''], [Function, '[a', ''], [Function, '{a', ''], [Function, 'a =', ''],
  [Function, '...a, b', ''], [Function, '...a b', ''], [Function, 'a = 1)', ''], [Function, 'a', 'b', 'c) {', '}'],
  [Function, 'a\n)', ''], [Function, 'a = function () {}', 'return 1'], [Function, 'a = () => {}) { return 1 }; (function (', ''],
];
for (const [F, ...args] of cases) {
  try {
    const f = new F(...args);
    console.log('ok', String(f).replace(/\n/g, '\\n'));
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
