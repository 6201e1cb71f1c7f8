// Randomized exchanges (fixed seeds): write, end, destroy, destroy(err),
// resetAndDestroy, destroySoon, pause, resume, cork/uncork, setEncoding,
// setTimeout and a 1 MB write (see lib/exchange_fuzzer.js).
require('./lib/exchange_fuzzer').run([3, 8, 9, 10, 16, 19, 20, 23], [
  'write', 'write', 'end', 'destroy', 'pause', 'resume', 'endData', 'destroyErr', 'timeout', 'nothing',
  'reset', 'destroySoon', 'big', 'cork', 'uncork', 'encoding', 'timeout0']);
