// A module that names esbuild's helpers (free, as node has none): the
// conversion renames its own (__toESM2) and import(), `import * as`, a
// CommonJS default and `export * from` still work as in node.
import * as path from 'path';
import events from 'events';
import { esmValue } from './esm_helper_names_dep.mjs';
export * from './esm_helper_names_dep.mjs';

console.log(typeof __toESM, typeof __copyProps, typeof __defProp, typeof __getOwnPropNames, typeof __reExport);
console.log(typeof path.join, typeof events, typeof events.once, esmValue);
const fs = await import('fs');
console.log(typeof fs.readFileSync, typeof fs.default.readFileSync);
const dep = await import('./esm_helper_names_dep.mjs');
console.log(Object.keys(dep), dep.default);
import('util').then((u) => console.log(typeof u.inspect, typeof u.default.inspect));
