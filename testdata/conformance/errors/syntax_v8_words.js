// SyntaxErrors in V8's words and at V8's place: the message, the line and
// the caret (as wide as what V8 underlines) for scripts (vm.Script), a
// function body (new Function) and CommonJS files (require).
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');

const sources = [
  // assignment targets
  '1++;', '++1;', 'a?.b++', 'for (1 of x);', 'for (1 in x);', 'for (let x = 1 of y);', '(a, b) = 1', 'x + 1 = 2',
  'this = 1', '[a] += 1', '[...a, b] = c', 'let [a, ...b,] = c;', 'let [a] ;',
  // strict mode
  '"use strict"; eval = 1;', '"use strict"; arguments++;', '"use strict"; function f(eval) {}', '"use strict"; var eval;',
  '"use strict"; try {} catch (arguments) {}', '"use strict"; 010', 'function f() { "use strict"; 0777; }',
  '"use strict"; delete abcd;', '"use strict"; var interface;', '"use strict"; with (a) {}',
  // labels and jumps
  'label: label: 1;', 'continue;', 'a: { continue a; }', 'while (1) { a: { continue a; } }', 'break;', 'break foo;',
  'return 5;', 'switch (a) { default: default: }',
  // await and yield
  'function f() { await g(); }', 'x = await 1;', 'var y = await x', 'function f() { return await x }',
  'function f() { for await (x of y); }', 'async function f() { var await; }', 'function* g() { var yield; }',
  // calls, functions, classes
  'f(a b)', 'f(a, b c)', 'f(await x)', 'new F(a b)', 'function f(...a, b) {}', 'function f(...a = 1) {}',
  'x = {get a(b) {}}', 'x = {set a() {}}', 'class A { constructor() {} constructor() {} }', 'function f() { super.x; }',
  'new.target', 'class A { static prototype() {} }', 'function () {}', 'function* () {}',
  // module syntax in a script
  'import x from "y";', 'export const a = 1;', 'import.meta', 'var import;',
  // regular expressions
  'x = /(/;', 'x = /a/gg;',
  // an arrow after a line break
  'a\n=> 1', '(a)\n=> 1',
];
for (const src of sources) {
  for (const [how, compile] of [['script', (s) => new vm.Script(s, { filename: 's.js' })], ['function', (s) => new Function(s)]]) {
    try {
      compile(src);
      console.log(how, 'compiled', JSON.stringify(src));
    } catch (e) {
      const lines = e.stack.split('\n');
      const arrow = how === 'script' ? JSON.stringify(lines.slice(1, 3)) : '';
      console.log(how, JSON.stringify(src), e.name, JSON.stringify(e.message), arrow);
    }
  }
}

// eval's errors are in V8's words too.
for (const src of ['1++', 'let a b', 'x = await 1', 'if (']) {
  try {
    eval(src);
  } catch (e) {
    console.log('eval', JSON.stringify(src), e.name, JSON.stringify(e.message));
  }
}

// A CommonJS file is a function body: a } too many ends it there, and a
// top-level return is allowed. One that fails as an ES module too reports
// its CommonJS error. Source that esbuild lowers for goja (patterns, for
// await) gets V8's words as well.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syntax-words-'));
try {
  for (const [name, src] of [['brace.js', 'return 5; }\n'], ['brace2.js', 'function f() {\n  return 1;\n}\n}\nfoo();\n'],
    ['call.js', 'console.log(await a);\nlet a b;\n'], ['pattern.js', 'let a;\n[a, 1] = [];\n'],
    ['for_await.js', 'function f() {\n  for await (const x of y);\n}\n']]) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, src);
    try {
      require(file);
      console.log(name, 'loaded');
    } catch (e) {
      const lines = e.stack.split('\n');
      console.log(name, e.name, JSON.stringify(e.message), JSON.stringify(lines[0].replace(dir, '<dir>')), JSON.stringify(lines.slice(1, 4)));
    }
  }
  // An ES module's errors in V8's words as well (esbuild parses modules;
  // goja's parser words what it finds on the same line).
  const modules = ['label: label: 1;', 'async function f() { var await; }', 'const x;', '1++;', 'for (1 of x);',
    'eval = 1;', 'continue;', 'f(a b)', 'export const a = 1; let a = 2;', 'function f() { await g(); }', 'let let = 1;',
    'x = {get a(b) {}}', 'switch (a) { default: default: }', '[...a, b] = c', 'const m = import.meta; m = 1 2;'];
  let chain = Promise.resolve();
  modules.forEach((src, i) => {
    const file = path.join(dir, `m${i}.mjs`);
    fs.writeFileSync(file, `import fs from 'fs';\nexport { fs };\n${src}\n`);
    chain = chain.then(() => import(file)).then(() => console.log('module loaded', src), (e) => {
      console.log('module', JSON.stringify(src), e.name, JSON.stringify(e.message));
    });
  });
  chain.finally(() => fs.rmSync(dir, { recursive: true }));
} catch (e) {
  fs.rmSync(dir, { recursive: true });
  throw e;
}
