'use strict';
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const log = (s) => console.log(s);
function* source() { yield 'x'; yield 'y'; yield 'z'; }
const sink = new Writable({ objectMode: true, write(c, e, cb) { log('sink ' + c); cb(); } });
pipeline(source, sink, (err) => {
  log('gen->stream done ' + err);
  const src = Readable.from(['1', '2', '3']);
  pipeline(src, async (iterable) => {
    const it = iterable[Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator')]();
    let total = '';
    for (;;) {
      const { value, done } = await it.next();
      if (done) break;
      total += value;
    }
    return 'total:' + total;
  }, (err, val) => {
    log('stream->async fn done err=' + err + ' val=' + val);
    pipeline(['p', 'q'], new PassThrough({ objectMode: true }), async (it) => {
      const i2 = it[Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator')]();
      const r = [];
      for (;;) { const { value, done } = await i2.next(); if (done) break; r.push(value); }
      return r.join('+');
    }, (err, v) => log('array->pt->fn ' + err + ' ' + v));
  });
});
