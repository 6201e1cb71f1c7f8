// vm.compileFunction: positions in the function's code (stack frames, syntax
// errors) are the code's own, columnOffset and lineOffset added.
const vm = require('vm');
const show = (f) => { try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 2).join(' | ')); } };
show(vm.compileFunction('throw new Error("a")', [], { filename: 'a.js' }));
show(vm.compileFunction('  throw new Error("b")', ['x', 'y'], { filename: 'b.js', columnOffset: 5 }));
show(vm.compileFunction('\nthrow new Error("c")', [], { filename: 'c.js', lineOffset: 3 }));
show(vm.compileFunction('throw new Error("d")', [], { filename: 'd.js', contextExtensions: [{}] }));
show(vm.compileFunction('null.x', [], { filename: 'e.js', parsingContext: vm.createContext() }));
try { vm.compileFunction('let let = 1', [], { filename: 'f.js' }); } catch (e) { console.log(e.name, e.message, e.stack.split('\n').slice(0, 3).join(' | ')); }
const agen = vm.compileFunction('return (async function* () { yield 1; })().next()', []);
agen().then((r) => console.log('agen', r));
