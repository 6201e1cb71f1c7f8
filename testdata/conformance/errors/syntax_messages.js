// SyntaxErrors read as V8's: the token quoted, the identifier named, an
// illegal token and the end of input in V8's words, and node's arrow
// (file:line, the line, a caret; none at the end of input) at the head of
// the stack of a required file's error.
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');

const sources = ['let x = ;', 'let x = a b;', 'let x = if;', 'x = )', 'let s = "abc', '@', 'if (',
  'function f() {\n  return 1;\n', 'let x = true false;', '1 + => 2', 'let é = 1; let y = é zz;'];
for (const src of sources) {
  try {
    new vm.Script(src, { filename: 'src.js' });
    console.log('compiled', JSON.stringify(src));
  } catch (e) {
    console.log(e.name, JSON.stringify(e.message), JSON.stringify(e.stack.split('\n').slice(0, 3)));
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syntax-'));
try {
  for (const [name, src] of [['ident.js', 'const a = 1;\nlet x = a b;\n'], ['eof.js', 'const a = 1;\nif (\n']]) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, src);
    try {
      require(file);
    } catch (e) {
      const lines = e.stack.split('\n');
      console.log(name, e.message, JSON.stringify(lines[0].replace(dir, '<dir>')), JSON.stringify(lines.slice(1, 5)));
    }
  }
  // An ES module's error (esbuild parses it) in V8's words; its stack has
  // no arrow.
  const sources = ['let x = ;', 'let x = a b;', 'let x = if;', 'if (', 'let x = 1 23;', "let x = 'a' 'b';", 'let x = true false;'];
  let chain = Promise.resolve();
  sources.forEach((src, i) => {
    const file = path.join(dir, `m${i}.mjs`);
    fs.writeFileSync(file, `import fs from 'fs';\n${src}\n`);
    chain = chain.then(() => import(file)).then(() => console.log('loaded', src), (e) => {
      console.log('esm', JSON.stringify(src), e.name, JSON.stringify(e.message), e.stack.split('\n')[0]);
    });
  });
  chain.finally(() => fs.rmSync(dir, { recursive: true }));
} catch (e) {
  fs.rmSync(dir, { recursive: true });
  throw e;
}
