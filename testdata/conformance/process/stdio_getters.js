// process.stdout/stderr/stdin stay getter-only accessors once made, as
// node's: a sloppy assignment is ignored, a strict one throws.
const show = (k) => {
  const d = Object.getOwnPropertyDescriptor(process, k);
  console.log(k, typeof d.get, typeof d.set, d.enumerable, d.configurable, 'value' in d);
};
show('stdout');
process.stdout.write('made\n');
for (const k of ['stdout', 'stderr', 'stdin']) show(k);
process.stdout = 1;
console.log(typeof process.stdout, process.stdout === process.stdout);
(function () {
  'use strict';
  try { process.stderr = 1; } catch (e) { console.log(e.constructor.name, e.message); }
})();
console.log(typeof process.stderr.write);
// the getters' names and lengths are node's
for (const k of ['stdout', 'stderr', 'stdin']) {
  const { get } = Object.getOwnPropertyDescriptor(process, k);
  console.log(k, get.name, get.length, 'prototype' in get);
}
