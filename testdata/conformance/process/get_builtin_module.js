console.log(typeof process.getBuiltinModule, process.getBuiltinModule.name, process.getBuiltinModule.length);
console.log(Object.getOwnPropertyDescriptor(process, 'getBuiltinModule').enumerable);
console.log(process.getBuiltinModule('fs') === require('fs'), process.getBuiltinModule('node:fs') === require('fs'));
console.log(process.getBuiltinModule('nope'), process.getBuiltinModule('test'), typeof process.getBuiltinModule('node:test'));
console.log(process.getBuiltinModule('fs/promises') === require('fs/promises'), process.getBuiltinModule('module') === require('module'));
console.log(process.getBuiltinModule('internal/errors'), process.getBuiltinModule('./x'), process.getBuiltinModule(''));
for (const v of [1, null, undefined, {}, Symbol('s')]) {
  try { process.getBuiltinModule(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
const { createRequire } = process.getBuiltinModule('node:module');
console.log(typeof createRequire(__filename)('path').join);
