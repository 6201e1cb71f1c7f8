// Tab completion (REPLServer#complete) and .save/.load, on a REPL fed
// programmatically.
const repl = require('repl');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let text = '';
output.write = (d) => { text += d; return true; };
const r = repl.start({ prompt: '> ', input, output, terminal: false, useGlobal: true });

globalThis.bag = Object.assign(Object.create(null), { alpha: 1, also: 2, beta: 3 });
class Base { baseMethod() {} }
class Derived extends Base { derivedMethod() {} }
globalThis.inst = new Derived();
inst.ownField = 1;

function show(line) {
  r.complete(line, (err, [list, on]) => console.log(JSON.stringify(line), err, JSON.stringify(list), JSON.stringify(on)));
}
show('.b');
show('.');
show('.ex');
show('bag.al');
show('bag.');
show('bag.zz');
show('inst.');
show('inst.der');
show("require('chi");
show('require("string_d');
show('zzzNothing');
show('1 + ');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repl-'));
const file = path.join(dir, 'session.js');
r.write('const saved = 5\n');
r.write('function again() {\n');
r.write('  return saved * 2\n');
r.write('}\n');
r.write(`.save ${file}\n`);
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
fs.writeFileSync(path.join(dir, 'load.js'), 'var loaded = 1 +\n  2\nloaded * 10\n');
r.write(`.load ${path.join(dir, 'load.js')}\n`);
r.write('loaded\n');
r.write(`.load ${path.join(dir, 'missing.js')}\n`);
r.write(`.load ${dir}\n`);
r.close();
r.on('exit', () => {
  console.log(text.replaceAll(dir, 'DIR'));
  fs.rmSync(dir, { recursive: true });
});
