// More randomized exchanges (fixed seeds), adding pipe-to-self, unpipe,
// latin1 writes, corked writev, read(0), end(cb), setNoDelay and dropping the
// 'data' listeners to the plans of random_exchanges.js (see lib/exchange_fuzzer.js).
require('./lib/exchange_fuzzer').run([1, 2, 6, 8, 11, 17, 40, 42], [
  'write', 'write', 'end', 'destroy', 'pause', 'resume', 'endData', 'destroyErr', 'timeout', 'nothing',
  'reset', 'destroySoon', 'big', 'cork', 'uncork', 'encoding', 'timeout0', 'pipeSelf', 'unpipe', 'latin1',
  'writev', 'read0', 'endCb', 'setNoDelay', 'removeData']);
