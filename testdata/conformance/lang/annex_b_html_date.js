// Annex B's String HTML methods and Date getYear/setYear, Date's long zone
// name in toString/toTimeString, and globals node has (Performance*; no GoError).
for (const n of ['anchor', 'big', 'blink', 'bold', 'fixed', 'fontcolor', 'fontsize', 'italics', 'link', 'small', 'strike', 'sub', 'sup']) {
  const d = Object.getOwnPropertyDescriptor(String.prototype, n);
  console.log(n, d.value.length, d.enumerable, d.writable, d.configurable, 'ab"c'[n]('x"y&'), String.prototype[n].call(5, 7));
  try {
    String.prototype[n].call(null);
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
console.log(new Date(2020, 5, 3).getYear(), new Date(1850, 1, 1).getYear(), new Date(NaN).getYear());
for (const y of [99, 5, 2024, -1, 100, 50.7, 'x', undefined]) {
  const d = new Date(2020, 5, 3, 4, 5, 6);
  const r = d.setYear(y);
  console.log(y, Number.isNaN(r), d.getFullYear(), d.getMonth(), d.getDate(), d.getHours());
}
const n = new Date(NaN);
n.setYear(77);
console.log(n.getFullYear(), n.getMonth(), n.getDate(), n.getHours(), n.getMinutes());
console.log(Date.prototype.getYear.length, Date.prototype.setYear.length);
try {
  Date.prototype.getYear.call({});
} catch (e) {
  console.log(e.constructor.name);
}
// The zone's long English name, not an abbreviation such as (UTC) or (CEST).
const longName = /\((?:[A-Z][a-zü]+ )+[A-Z][a-z]+\)$/;
console.log(longName.test(String(new Date(2020, 5, 3))), longName.test(new Date(2020, 0, 3).toTimeString()));
console.log(String(new Date(NaN)), Date.prototype.toString.name, Date.prototype.toTimeString.length);
for (const g of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
  'PerformanceObserverEntryList', 'PerformanceResourceTiming', 'GoError']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, g);
  console.log(g, typeof globalThis[g], d ? d.enumerable : 'absent');
}
console.log(performance instanceof Performance, PerformanceEntry === require('perf_hooks').PerformanceEntry);
console.log('toGMTString', new Date(0).toGMTString(), Date.prototype.toGMTString === Date.prototype.toUTCString, Object.getOwnPropertyDescriptor(Date.prototype, 'toGMTString').enumerable);
