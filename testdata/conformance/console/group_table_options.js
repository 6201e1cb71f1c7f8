// Console options (groupIndentation, inspectOptions and their checks),
// console.table of Map/Set iterators, warnings through a patched
// process.stderr.write.
const { Console } = require('console');
const { Writable } = require('stream');
let out = '';
const sink = new Writable({ write(c, e, cb) { out += c; cb(); } });
const c = new Console({ stdout: sink, stderr: sink, groupIndentation: 3, inspectOptions: { depth: 0, colors: false } });
c.log('outer');
c.group('g1');
c.log('level 2');
c.group();
c.warn('level 3\nsecond line');
c.groupEnd();
c.log({ a: { b: { c: 1 } } });
c.groupEnd();
c.groupEnd();
c.log('back');
c.table(new Map([[1, 'a'], [2, 'b']]).entries());
c.table(new Map([[1, 'a'], [2, 'b']]).values());
c.table(new Set(['x', 'y']).values());
c.table(new Map());
console.log(out);
for (const bad of [{ groupIndentation: -1 }, { groupIndentation: 1001 }, { groupIndentation: '2' },
  { inspectOptions: null }, { inspectOptions: 5 }]) {
  try {
    new Console({ stdout: sink, ...bad });
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const write = process.stderr.write;
let seen = '';
process.stderr.write = function(data, ...rest) { seen += data; return true; };
process.emitWarning('careful', 'CustomWarning', 'CW01');
process.nextTick(() => {
  process.stderr.write = write;
  console.log(JSON.stringify(seen.replace(/\(\w+:\d+\)/, '(PROC:PID)').replace(/`[\w.-]+ --trace/, '`RUNTIME --trace')));
});
