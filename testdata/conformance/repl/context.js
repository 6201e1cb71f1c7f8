'use strict';
// A REPL without useGlobal evaluates in a vm context of its own: its own
// intrinsics, the main realm's other globals, a console on its output; `_`
// survives .clear, top-level declarations persist between lines, and
// require resolves from the working directory with '<repl>' as its name.
const repl = require('repl');
const { PassThrough } = require('stream');

function session(options, lines) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (d) => { out += d; });
    const r = repl.start({ input, output, prompt: '> ', terminal: false, ...options });
    r.on('exit', () => resolve({ r, out }));
    for (const line of lines) input.write(line + '\n');
    setTimeout(() => input.end(), 100);
  });
}

(async () => {
  let { r, out } = await session({}, [
    'let x = 1', 'x + 1', 'var y = 2', 'y', 'class K {}; typeof K',
    'typeof require', 'typeof fs', 'typeof process', 'Array === globalThis.Array',
    '_', '[1, 2].map((v) => v * 2)', 'throw new Error("boom")', 'throw null',
    'await Promise.resolve(7)', 'console === globalThis.console',
    '.clear', 'typeof x', '_', 'x = 20', '_', '_ = 5', '_',
    'require("./no-such-file")',
  ]);
  // Frames inside node's module loader are node's own.
  console.log(out.split('\n').filter((l) => !l.startsWith('    at ')).join('\n'));
  console.log('context is global:', r.context === globalThis);
  console.log('main realm saw y:', typeof y, 'x:', typeof x);
  console.log('context has global:', r.context.global === r.context);
  console.log('context console is not ours:', r.context.console !== console);

  ({ r, out } = await session({ useGlobal: true }, ['var replGlobalVar = 3', 'typeof replGlobalVar']));
  console.log(out);
  console.log('useGlobal context is global:', r.context === globalThis, typeof replGlobalVar);
})();
