// Columns on a script's first line past the module wrapper's width (a long
// one-line script, minified code): V8's frames count from the line's start.
const vm = require('vm');
const long = 'var a = 1;'.repeat(25) + ' null.x';
for (const run of [
  () => vm.runInThisContext(long),
  () => vm.runInNewContext(long, {}, 'ctx.js'),
  () => new vm.Script(long, { filename: 'off.js', columnOffset: 3 }).runInThisContext(),
  () => vm.runInThisContext('\n' + long, { filename: 'second.js' }),
]) {
  try {
    run();
  } catch (e) {
    console.log(e.stack.split('\n').find((l) => l.startsWith('    at ')));
  }
}
