// Object.freeze(globalThis): node's process and Buffer accessors stay
// accessors, not configurable, and their set still works.
const out = process.stdout;
const lines = [];
const log = (...a) => lines.push(a.join(' '));
util = require('util');
const B = Buffer;
Object.freeze(globalThis);
for (const name of ['process', 'Buffer']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  log(name, typeof d.get, typeof d.set, d.configurable, d.enumerable, 'writable' in d);
  try { d.set(5); log('set ok', typeof globalThis[name], typeof d.get()); } catch (e) { log(e.name, e.message); }
  try { (function () { 'use strict'; globalThis[name] = 6; })(); log('assign ok', globalThis[name]); } catch (e) { log(e.name, e.message); }
}
log(Object.isFrozen(globalThis), typeof B);
globalThis.Buffer = B; // (restored before any write: this case is about the accessor)
out.write(lines.join('\n') + '\n');
