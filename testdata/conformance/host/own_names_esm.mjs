// An ES module sees none of the names its conversion uses.
console.log(typeof __gojanet_import, typeof __gojanet_require, typeof __gojanet_module, typeof __gojanet_exports);
const __gojanet_tla = 'mine';
export const x = __gojanet_tla;
const m = await import('path');
console.log(typeof m.join, x, typeof import.meta.url);
