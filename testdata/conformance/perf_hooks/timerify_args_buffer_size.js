'use strict';
// A timerified function's entry carries its arguments by index too, and
// setResourceTimingBufferSize converts its argument as WebIDL's unsigned long
// (NaN, Infinity and strings that are not numbers are 0).
const { performance, PerformanceObserver } = require('perf_hooks');

const ti = {
  startTime: 0, endTime: 0, finalServiceWorkerStartTime: 0, redirectStartTime: 0, redirectEndTime: 0,
  postRedirectStartTime: 0,
  finalConnectionTimingInfo: {
    domainLookupStartTime: 0, domainLookupEndTime: 0, connectionStartTime: 0, connectionEndTime: 0,
    secureConnectionStartTime: 0, ALPNNegotiatedProtocol: 0,
  },
  finalNetworkRequestStartTime: 0, finalNetworkResponseStartTime: 0, encodedBodySize: 0, decodedBodySize: 0,
};

const obs = new PerformanceObserver((list) => {
  const e = list.getEntries()[0];
  console.log(e.name, e.entryType, e[0], e[1], e.detail);
  obs.disconnect();
  sizes();
});
obs.observe({ type: 'function' });
class N { constructor(a, b) { this.a = a; this.b = b; } }
new (performance.timerify(N))(1, 'abc');

async function sizes() {
  const counts = [];
  for (const v of ['foo', NaN, Infinity, 2.9, '3', 2 ** 32 + 2, -1]) {
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(v);
    for (let i = 0; i < 5; i++) performance.markResourceTiming(ti, `https://example.org/${i}`, '', globalThis, '');
    counts.push(performance.getEntriesByType('resource').length);
    // the 'resourcetimingbufferfull' round of a full buffer ends before the next size
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
  }
  console.log(counts.join(' '));
}
