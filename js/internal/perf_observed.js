'use strict';
// Which of the entry types builtins report themselves ('http', 'http2', 'net') some
// PerformanceObserver wants now: perf_hooks sets these as observers come
// and go, so http checks a field per request and never loads perf_hooks.
module.exports = { http: false, http2: false, net: false };
