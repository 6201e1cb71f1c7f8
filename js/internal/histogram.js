'use strict';
// The constructors that postMessage's receiver looks up by a histogram's
// deserializeInfo ('internal/histogram:ClonedHistogram' and
// 'internal/histogram:ClonedRecordableHistogram', node's names). perf_hooks
// defines them and fills these exports when it loads; loading it here
// covers a receiver that has not required perf_hooks yet.
module.exports = {};
require('perf_hooks');
