// Resource timing (performance.markResourceTiming, PerformanceResourceTiming,
// the resource buffer and 'resourcetimingbufferfull'), and histograms posted
// through a MessageChannel: the receiver shares the sender's record.
const { performance, PerformanceObserver, PerformanceResourceTiming, PerformanceEntry, createHistogram, monitorEventLoopDelay } = require('perf_hooks');
const util = require('util');

console.log(performance instanceof EventTarget, PerformanceObserver.supportedEntryTypes.includes('resource'));
console.log(Object.keys(Object.getPrototypeOf(performance)).join());
console.log(Object.getOwnPropertyNames(PerformanceResourceTiming.prototype).join());
try { new PerformanceResourceTiming(); } catch (e) { console.log(e.name, e.code, e.message); }

const info = (start, end, extra) => ({
  startTime: start, redirectStartTime: 0, redirectEndTime: 0, postRedirectStartTime: start,
  finalServiceWorkerStartTime: 0, finalNetworkRequestStartTime: start + 1, finalNetworkResponseStartTime: start + 2,
  endTime: end, encodedBodySize: 100, decodedBodySize: 200,
  finalConnectionTimingInfo: { domainLookupStartTime: start, domainLookupEndTime: start, connectionStartTime: start,
    connectionEndTime: start + 1, secureConnectionStartTime: 0, ALPNNegotiatedProtocol: 'http/1.1' },
  ...extra,
});

const seen = [];
const obs = new PerformanceObserver((list) => {
  seen.push(...list.getEntries().map((e) => `${e.entryType}:${e.name}`));
});
obs.observe({ type: 'resource' });

const r = performance.markResourceTiming(info(10, 25), 'http://a.test/x', 'fetch', globalThis, '');
console.log(r instanceof PerformanceEntry, String(r), r.duration, r.transferSize, r.nextHopProtocol);
console.log(util.inspect(r));
console.log(JSON.stringify(performance.markResourceTiming(info(5, 6, { finalConnectionTimingInfo: null }), 'http://b.test/', 'other', globalThis, 'local')));
performance.mark('m', { startTime: 7 });
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}@${e.startTime}`).join(' '));
console.log(performance.getEntriesByType('resource').length, performance.getEntriesByName('http://a.test/x').length);
try { performance.markResourceTiming(info(1, 2), 'x', 'fetch', globalThis, 'reload'); } catch (e) { console.log(e.name, e.code); }
try { performance.setResourceTimingBufferSize(); } catch (e) { console.log(e.name, e.code, e.message); }
performance.clearResourceTimings('http://a.test/x');
console.log(performance.getEntriesByType('resource').map((e) => e.name).join());
performance.clearResourceTimings();
performance.clearMarks();

// A buffer of 1: the rest waits, the event handler may make room.
let rounds = 0;
performance.onresourcetimingbufferfull = (e) => {
  rounds++;
  console.log('full', e.type, performance.getEntriesByType('resource').length);
  if (rounds === 1) performance.setResourceTimingBufferSize(3);
};
performance.setResourceTimingBufferSize(1);
for (let i = 0; i < 4; i++) performance.markResourceTiming(info(i, i + 1), `u${i}`, 'fetch', globalThis, '');
console.log('buffered now', performance.getEntriesByType('resource').map((e) => e.name).join());
setImmediate(() => {
  console.log('after the event', performance.getEntriesByType('resource').map((e) => e.name).join(), rounds);
  console.log('observer saw', seen.join(' '));
  obs.disconnect();
  histograms();
});

function histograms() {
  const h = createHistogram();
  h.record(1);
  console.log(util.inspect(h, { depth: -1 }), util.inspect(h).split('\n')[0]);
  const mc = new MessageChannel();
  mc.port1.onmessage = ({ data }) => {
    console.log('received', data.count, data.min, typeof data.record);
    data.record(2n);
    data.record(7);
    console.log('sender sees', h.count, h.max, h.percentile(100));
    h.reset();
    console.log('receiver after reset', data.count);
    mc.port1.close();
    const e = monitorEventLoopDelay({ resolution: 10 });
    e.enable();
    const mc2 = new MessageChannel();
    mc2.port1.onmessage = ({ data }) => {
      console.log('interval clone', data.count > 0, data.min > 0, data.enable, data.disable, typeof data.percentile);
      e.disable();
      mc2.port1.close();
    };
    const t = setInterval(() => {
      if (e.count > 0) {
        clearInterval(t);
        mc2.port2.postMessage(e);
      }
    }, 20);
  };
  mc.port2.postMessage(h);
}
