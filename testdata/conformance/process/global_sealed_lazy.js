// Object.seal(globalThis) first: node's data globals are there, writable
// but not configurable; a lazy accessor's first read cannot make it data
// (it throws, as node's), and answers from then on.
Object.seal(globalThis);
const show = (n) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  return `${n} ${'value' in d ? 'data' : 'accessor'} ${d.writable} ${d.configurable}`;
};
const read = (n) => {
  try { return typeof globalThis[n]; } catch (e) { return `${e.name}: ${e.message}`; }
};
console.log(show('console'), '|', show('URL'), '|', show('SharedArrayBuffer'));
console.log(read('TextEncoder'), read('TextEncoder'), show('TextEncoder'));
console.log(read('atob'), atob('aGk='), show('atob'));
console.log(typeof crypto.getRandomValues, show('crypto'), show('performance'));
console.log(Object.isSealed(globalThis), Object.isFrozen(globalThis));
console = 5;
console.log === undefined && process.stdout.write(`console ${console}\n`);
