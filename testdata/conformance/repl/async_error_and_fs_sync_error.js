// A REPL without useGlobal: an fs sync error prints from the fs function's
// frame with node's property order (errno, code, syscall, path), and an
// error thrown by a callback the input scheduled prints as node's does,
// without the domain's marks.
const repl = require('repl');
const fs = require('fs');
const { PassThrough } = require('stream');

try {
  fs.readdirSync('/nonexistent-gojanet?');
} catch (e) {
  console.log(Object.keys(e), e.stack.split('\n')[1].trim().split(' ')[1]);
}
const input = new PassThrough();
const output = new PassThrough();
let text = '';
output.write = (d) => { text += d; return true; };
const r = repl.start({ prompt: '', input, output, terminal: false, useColors: false });
r.context.fs = fs;
r.write("fs.readdirSync('/nonexistent-gojanet?');\n");
r.write('_error.code;\n');
r.write("setImmediate(() => { throw new Error('baz'); }); undefined;\n");
setImmediate(() => setImmediate(() => {
  r.close();
  for (const l of text.trim().split('\n')) {
    if (/^\s+at /.test(l)) console.log(l.includes('readdirSync') ? '    at <readdirSync frame>' : '    at <other frame>');
    else console.log(l);
  }
}));
