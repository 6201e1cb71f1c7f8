'use strict';
// The `v8` builtin (gojanet): getHeapStatistics() with node's field names.
// gojanet runs on goja, whose values live in the Go heap, so the numbers
// describe the Go heap (modules/v8): total_heap_size is the heap's reserved
// size, used_heap_size the bytes in use, heap_size_limit the Go memory
// limit (or, without one, the machine's memory). Fields with no Go
// counterpart are 0 (V8's executable code, global handles, zapping) or 1
// (one native context per runtime). The rest of node's v8 module (heap
// snapshots, serialize/deserialize, setFlagsFromString, coverage) is V8's
// own machinery and is not provided.

const binding = internalBinding('v8');

function getHeapStatistics() {
  const [heapSys, heapInuse, heapFree, sys, limit, peak] = binding.heapStatistics();
  return {
    total_heap_size: heapSys,
    total_heap_size_executable: 0,
    total_physical_size: heapInuse + heapFree,
    total_available_size: Math.max(0, limit - heapInuse),
    used_heap_size: heapInuse,
    heap_size_limit: limit,
    malloced_memory: Math.max(0, sys - heapSys),
    peak_malloced_memory: Math.max(0, peak - heapSys),
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: 0,
  };
}

module.exports = { getHeapStatistics };
