// The names gojanet's conversion of import() gives the module wrapper are
// none a script can see: node has no such names, and a script's own
// variable of the name does not stop import() working.
console.log(typeof __gojanet_import, typeof __gojanet_tla, typeof __gojanet_exports, typeof __gojanet_import_meta);
var __gojanet_import = 'mine';
var __gojanet_exports = 'mine too';
const text = '__gojanet_import(__toESM, (';
import('path').then((m) => {
  console.log(typeof m.join, __gojanet_import, __gojanet_exports, text);
  const f = new Function('__gojanet_dynamic_import', 'return [typeof __gojanet_dynamic_import, typeof import("os")]');
  console.log(f(1));
});
