'use strict';
const { Readable } = require('stream');
const log = (s) => console.log(s);
(async () => {
  log('toArray ' + JSON.stringify(await Readable.from([1, 2, 3, 4]).toArray()));
  log('map ' + JSON.stringify(await Readable.from([1, 2, 3]).map((x) => x * 2).toArray()));
  log('async map ' + JSON.stringify(await Readable.from([1, 2, 3]).map(async (x) => x + 1).toArray()));
  log('filter ' + JSON.stringify(await Readable.from([1, 2, 3, 4, 5]).filter((x) => x % 2).toArray()));
  log('take ' + JSON.stringify(await Readable.from([1, 2, 3, 4, 5]).take(2).toArray()));
  log('drop ' + JSON.stringify(await Readable.from([1, 2, 3, 4, 5]).drop(3).toArray()));
  log('flatMap ' + JSON.stringify(await Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray()));
  log('reduce ' + await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  log('reduce noinit ' + await Readable.from([1, 2, 3]).reduce((a, b) => a + b));
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { log('reduce empty ' + e.code + ' ' + e.message); }
  log('some ' + await Readable.from([1, 2, 3]).some((x) => x > 2) + ' ' + await Readable.from([1]).some((x) => x > 2));
  log('every ' + await Readable.from([1, 2, 3]).every((x) => x > 0) + ' ' + await Readable.from([1, -1]).every((x) => x > 0));
  log('find ' + await Readable.from([1, 2, 3]).find((x) => x > 1) + ' ' + await Readable.from([1]).find((x) => x > 1));
  const seen = [];
  await Readable.from(['a', 'b']).forEach((x) => seen.push(x));
  log('forEach ' + seen.join());
  const buf = await new Readable({ read() { this.push('ab'); this.push(null); } }).toArray();
  log('bytes ' + buf.length + ' ' + buf[0]);
  const src = Readable.from([1, 2, 3, 4]);
  const t = src.take(1);
  log('take result ' + JSON.stringify(await t.toArray()));
  await new Promise((r) => setTimeout(r, 5));
  log('src destroyed after take ' + src.destroyed);
  try { Readable.from([1]).map(5); } catch (e) { log('map(5) ' + e.code); }
})();
