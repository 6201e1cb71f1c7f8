// Clearing timers that already fired (or twice) must not release other
// timers' hold on the loop; hasRef() after firing and clearing, as node.
const seen = {};
const t1 = setTimeout(() => {
  seen['t1 fired, hasRef'] = t1.hasRef();
  clearTimeout(t1);
  clearTimeout(t1);
  seen['t1 cleared after firing, hasRef'] = t1.hasRef();
}, 1);
// (a slow start can make it due before the immediate and the interval ran:
// then the report waits for them)
const keeper = setTimeout(function report() {
  if (Object.keys(seen).length < 5) return setTimeout(report, 10);
  for (const k of Object.keys(seen).sort()) console.log(k, seen[k]);
  console.log('keeper fired (the loop stayed alive)');
}, 100);
const t2 = setTimeout(() => {}, 1000);
clearTimeout(t2);
clearTimeout(t2);
console.log('cleared timeout hasRef', t2.hasRef());
const im = setImmediate(() => {
  seen['immediate running, hasRef'] = im.hasRef();
  clearImmediate(im);
  im.ref();
  seen['ref() after running, hasRef'] = im.hasRef();
});
const im2 = setImmediate(() => console.log('never'));
clearImmediate(im2);
clearImmediate(im2);
console.log('cleared immediate hasRef', im2.hasRef());
const iv = setInterval(() => {
  clearInterval(iv);
  clearInterval(iv);
  seen['interval cleared in its callback, hasRef'] = iv.hasRef();
}, 5);
const un = setTimeout(() => {}, 1000).unref();
clearTimeout(un);
un.ref();
console.log('ref() after clear, hasRef', un.hasRef(), keeper.hasRef());
