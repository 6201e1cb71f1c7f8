// A REPL fed lines programmatically: values, declarations that persist,
// `_` and `_error`, errors as the REPL prints them, multi-line input,
// commands, and the options that change what is printed.
const repl = require('repl');
const { PassThrough } = require('stream');

function session(options, lines, setup) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.write = (d) => { text += d; return true; };
  const r = repl.start({ prompt: '> ', input, output, terminal: false, useGlobal: true, ...options });
  let exited = false;
  r.on('exit', () => { exited = true; });
  if (setup) setup(r);
  for (const line of lines) r.write(line + '\n');
  r.close();
  console.log(text.split('\n').map((l) => '| ' + l).join('\n'));
  console.log('exit event:', exited);
  return r;
}

session({}, [
  '1 + 1',
  'let answer = 42',
  'answer * 2',
  '_',
  '_ + 1',
  'const o = { a: [1, 2, { b: 3 }] }',
  'o',
  '{ a: 1, b: "two" }',
  '{ let inner = 5; inner }',
  'function twice(x) { return 2 * x }',
  'twice(21)',
  'class Point { constructor(x) { this.x = x } }',
  'new Point(3)',
  'undefinedThing',
  'throw new RangeError("too far")',
  'throw { code: 7 }',
  'throw "text"',
  '_error',
  'const multi = [',
  '  1,',
  '  2',
  ']',
  'multi.length',
  'function f() {',
  '  return "inner"',
  '}',
  'f()',
  '.foo',
  '(function () { throw new TypeError("deep") })()',
  '"str"',
  'null',
  'typeof require',
  'typeof path.join',
  '',
  '.break',
]);

session({ ignoreUndefined: true, prompt: '$ ' }, [
  'var quiet',
  'undefined',
  '.say hello there',
  '.help',
  '_ = 10',
  '20',
  '_',
], (r) => {
  r.defineCommand('say', {
    help: 'Say something',
    action(rest) {
      this.output.write(`said: ${rest}\n`);
      this.displayPrompt();
    },
  });
});

const custom = session({
  eval: (cmd, context, file, cb) => cb(null, cmd.trim().toUpperCase()),
  writer: (v) => `<<${v}>>`,
}, ['shout this', 'file name']);
console.log(typeof custom.eval, custom.lines);

try {
  repl.start({ eval: () => {}, breakEvalOnSigint: true });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(typeof repl.REPL_MODE_SLOPPY, typeof repl.REPL_MODE_STRICT, repl.builtinModules.includes('net'));
