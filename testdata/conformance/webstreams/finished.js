// stream.finished() and stream/promises finished() on WHATWG streams.
const { finished } = require('stream');
const fp = require('stream/promises').finished;
(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
  finished(rs, (err) => console.log('readable finished', err));
  for await (const x of rs) console.log('got', x);
  const bad = new ReadableStream({ start(c) { c.error(new Error('kaput')); } });
  finished(bad, (err) => console.log('errored', err.message));
  const w = new WritableStream();
  const p = fp(w);
  await w.getWriter().close();
  await p; console.log('writable finished');
  const w2 = new WritableStream();
  finished(w2, (err) => console.log('aborted', err));
  await w2.abort('reason');
})();
