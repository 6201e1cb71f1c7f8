// A module that names esbuild's helpers (free, as node has none): the
// conversion's helpers keep out of their way, and import(), `import * as`,
// a CommonJS default and `export * from` still work as in node.
import * as path from 'path';
import events from 'events';
import { esmValue } from './esm_helper_names_dep.mjs';
export * from './esm_helper_names_dep.mjs';

console.log(typeof __toESM, typeof __copyProps, typeof __defProp, typeof __getOwnPropNames, typeof __reExport);
console.log(typeof __create, typeof __toCommonJS, typeof __export, typeof __publicField, typeof __commonJS);
console.log(typeof path.join, typeof events, typeof events.once, esmValue);
const fs = await import('fs');
console.log(typeof fs.readFileSync, typeof fs.default.readFileSync);
const dep = await import('./esm_helper_names_dep.mjs');
console.log(Object.keys(dep), dep.default);
// A name of a helper in a string, a property and a class field (lowered).
const o = { __toESM: '__toESM', __create: 1 };
class C { static __defProp = 2; #x = 3; get x() { return this.#x; } }
console.log(o.__toESM, Object.keys(o), C.__defProp, new C().x, '__copyProps'.length);
import('util').then((u) => console.log(typeof u.inspect, typeof u.default.inspect));
