'use strict';
// repl.isValidSyntax: whether the input parses as a script (await allowed at
// the top level) or as an expression; for await and import() are valid, an
// ES module's import and export and a top-level return are not.
const r = require('repl');
const inputs = [
  'for await (const x of y) {}', 'import("fs")', 'await import("fs")', 'import x from "y"',
  'export default 1', 'export {}', 'await 1', '{a:1}', 'a b',
  'class A { #x = 1; m() { return #x in this } }', 'async function* g() {}', 'x = import.meta',
  'return 1', 'yield 1', 'let a = 1; let a = 2', 'import.meta', '1 +',
  'function f() { for await (const x of y) {} }',
  'async function f() { for await (const x of y) {} }', "import 'x'", '// c', '/* c', '`a',
  'with (a) {}', "'use strict'; with (a) {}", 'let let = 1', 'new.target', 'super()', 'import(x)',
  'label: label: 1', 'break', '({a:1} = 1)', 'import("fs"); return 1',
  'for await (const x of y) { return 1 }', 'const p = import("x"); p',
  'class A { static { this.x = 1 } }', 'x?.y', 'a ??= b',
  // unfinished statements after something goja lacks
  'import("x"); if (a)', 'import("x"); while (a)', 'for await (const x of y) {} for (;;)',
  'import("x"); lbl:', 'import("x"); if (a) b; else', 'await import("x"); if (a)',
  'for await (const x of y) {} do', 'import("x"); try {}',
];
for (const s of inputs) console.log(JSON.stringify(s), r.isValidSyntax(s));
