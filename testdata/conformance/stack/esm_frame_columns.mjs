// An ES module runs converted (esbuild) under a source map: its frames name
// the module's own lines and columns, as V8 does for the original source.
function f() { return new Error('e'); }
const at = (e) => e.stack.split('\n')[1].match(/:(\d+):(\d+)\)?$/).slice(1).join(':');
console.log(at(f()));
console.log(at(new Error('x')));
  console.log(at((() => new Error('y'))()));
const o = { m() { return new TypeError('m'); } };
console.log(at(o.m()));
