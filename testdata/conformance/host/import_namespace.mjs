// What import() gives in an ES module is node's namespace object: null
// prototype, the 'Module' tag, and util.inspect shows the bindings' values.
const esm = await import('./fixtures/esm_lib.mjs');
console.log(Object.getPrototypeOf(esm), Object.prototype.toString.call(esm));
console.log(Object.keys(esm));
console.log(esm);
const str = await import('./fixtures/exports_string.js');
console.log(str);
const math = await import('./fixtures/math.js');
console.log(Object.prototype.toString.call(math), typeof math.default);
