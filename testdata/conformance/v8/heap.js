// v8.getHeapStatistics: node's fields, all numbers, sensible relations.
const v8 = require('v8');
const s = v8.getHeapStatistics();
console.log(Object.keys(s).join());
console.log(Object.values(s).every((v) => typeof v === 'number' && v >= 0));
console.log(s.used_heap_size > 0, s.used_heap_size <= s.heap_size_limit, s.total_heap_size > 0, s.number_of_native_contexts);
