'use strict';
// map/filter with concurrency: calls start as others settle (not as their
// results are read), the read-ahead bound is concurrency + highWaterMark,
// results keep the source's order; aborting the signal fails a pending read
// at once, and a mapper that rethrows afterwards is not an unhandled error;
// readable.compose().
const { Readable, Duplex, finished } = require('stream');
const { once } = require('events');
const net = require('net');

function dependent(n) {
  // promise i settles once resolve(j) ran for every j <= i
  const resolvers = [];
  const promises = [];
  let chain = Promise.resolve();
  for (let i = 0; i < n; i++) {
    let r;
    const own = new Promise((res) => { r = res; });
    chain = chain.then(() => own);
    promises.push(chain);
    resolvers.push(r);
  }
  return promises.map((p, i) => [p, resolvers[i]]);
}

(async () => {
  const order = [];
  const deps = dependent(4);
  const out = await Readable.from([2, 0, 1, 3]).map(async (item) => {
    const [p, resolve] = deps[item];
    resolve();
    await p;
    order.push(item);
    return item * 10;
  }, { concurrency: 2 }).toArray();
  console.log('map', out, 'finished in', order);

  const started = [];
  const gate = [];
  const s = Readable.from([1, 2, 3, 4, 5, 6]).map((v) => {
    started.push(v);
    return new Promise((resolve) => gate.push(() => resolve(v)));
  }, { concurrency: 2, highWaterMark: 1 });
  const it = s[Symbol.asyncIterator]();
  const first = it.next();
  await new Promise((r) => setImmediate(r));
  console.log('in flight before any settles', started);
  gate.shift()();
  await new Promise((r) => setImmediate(r));
  console.log('after one settles', started);
  while (gate.length) gate.shift()();
  console.log('first', (await first).value);
  await it.return();

  for (const concurrency of [1, 2]) {
    const ac = new AbortController();
    let calls = 0;
    const stream = Readable.from([1, 2, 3, 4]).map(async (_, { signal }) => {
      calls++;
      await once(signal, 'abort');
      throw signal.reason;
    }, { signal: ac.signal, concurrency });
    setImmediate(() => ac.abort());
    try {
      for await (const v of stream) console.log('unexpected', v);
    } catch (e) {
      console.log('concurrency', concurrency, 'rejected', e.name, 'calls', calls);
    }
  }

  const composed = Readable.from(['a', 'b', 'c', 'd']).compose(async function* (source) {
    let pair = '';
    for await (const chunk of source) {
      pair += chunk;
      if (pair.length === 2) {
        yield pair;
        pair = '';
      }
    }
  });
  console.log('compose', await composed.toArray());

  const r = new Readable({ read() {} });
  console.log('iter.stream', r[Symbol.asyncIterator]().stream === r, r.iterator({}).stream === r);
  try { r.iterator(42); } catch (e) { console.log(e.code, e.message); }
  try { finished(r, { cleanup: 2 }); console.log('cleanup 2 accepted by the callback form'); } catch (e) { console.log(e.code); }
  try { await require('stream/promises').finished(r, { cleanup: 2 }); } catch (e) { console.log('promises', e.code); }

  const chunks = [];
  const d = Duplex.fromWeb({
    readable: new ReadableStream({ start(c) { c.enqueue(Buffer.from('hi')); c.close(); } }),
    writable: new WritableStream({ write(chunk) { chunks.push(chunk); } }),
  });
  const written = Buffer.from('there');
  d.write(written, () => {
    console.log('web writer got the same Buffer:', chunks[0] === written);
  });
  d.write('text', () => console.log('a string arrives as', chunks[1].constructor.name));
  d.once('data', (c) => console.log('read', Buffer.isBuffer(c), String(c)));

  const server = net.createServer().listen(0, () => {
    const c = net.connect(server.address().port, () => {
      try { c.write('x', 'buffer'); } catch (e) { console.log(e.name, e.code, e.message); }
      c.destroy();
      server.close();
    });
  });
})();
