// perf_hooks: marks, measures, entries, observers, timerify, histograms,
// the global performance object and errors (deterministic parts).
const { performance, PerformanceObserver, PerformanceEntry, PerformanceMark, PerformanceMeasure, createHistogram, monitorEventLoopDelay } = require('perf_hooks');

console.log(performance === globalThis.performance, typeof performance.now(), performance.now() >= 0,
  Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
const m = performance.mark('a', { startTime: 5, detail: { k: [1] } });
console.log(m instanceof PerformanceEntry, m instanceof PerformanceMark, m.name, m.entryType, m.startTime, m.duration, JSON.stringify(m.detail), Object.keys(m));
console.log(JSON.stringify(m), String(m), Object.prototype.toString.call(m));
performance.mark('b', { startTime: 15 });
performance.mark('a', { startTime: 8 });
console.log(JSON.stringify(performance.measure('a-b', 'a', 'b')));
console.log(JSON.stringify(performance.measure('opts', { start: 'a', end: 'b', detail: 'd' })));
console.log(JSON.stringify(performance.measure('dur', { start: 1, duration: 3 })));
console.log(JSON.stringify(performance.measure('end-dur', { end: 'b', duration: 4 })));
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}@${e.startTime}`).join(' '));
console.log(performance.getEntriesByName('a').length, performance.getEntriesByType('measure').length, performance.getEntriesByName('a', 'measure').length);
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name).join());
performance.clearMarks();
performance.clearMeasures('dur');
console.log(performance.getEntries().map((e) => e.name).join());
performance.clearMeasures();
console.log(performance.getEntries().length);
for (const bad of [() => performance.measure('x', 'nope'), () => new PerformanceEntry(), () => new PerformanceMeasure(),
  () => performance.mark('x', { startTime: 'a' }), () => performance.mark('x', { startTime: -1 }), () => performance.mark(Symbol('s')),
  () => new PerformanceObserver(1), () => new PerformanceObserver(() => {}).observe({}), () => performance.timerify(1),
  () => createHistogram({ lowest: 0 }), () => createHistogram().record(0), () => createHistogram().record('x'), () => monitorEventLoopDelay({ resolution: 0 })]) {
  try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(PerformanceObserver.supportedEntryTypes.includes('mark'), PerformanceObserver.supportedEntryTypes.includes('measure'));

const obs = new PerformanceObserver((list, observer) => {
  console.log('observed', list.getEntries().map((e) => `${e.entryType}:${e.name}`).join(), list.getEntriesByType('mark').length,
    list.getEntriesByName('m2').length, observer === obs);
  obs.disconnect();
  const h = createHistogram();
  console.log('empty histogram', h.min, h.max, h.count, Number.isNaN(h.mean), Number.isNaN(h.stddev), h.exceeds, h.minBigInt, h.countBigInt);
  for (const v of [1, 2, 3, 4, 100]) h.record(v);
  h.record(5n);
  console.log('histogram', h.min, h.max, h.count, h.mean, h.percentile(50), h.percentile(100), h.percentileBigInt(1), h.maxBigInt);
  h.reset();
  console.log('reset', h.count, h.max);
  const t = performance.timerify(function add(a, b) { return a + b; });
  console.log('timerify', t(2, 3), t.name, t.length);
  const d = monitorEventLoopDelay({ resolution: 5 });
  console.log('monitor', d.enable(), d.enable(), d.disable(), d.disable());
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m1');
performance.mark('m2');
performance.measure('m1-m2', 'm1', 'm2');
