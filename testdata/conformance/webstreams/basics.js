// WHATWG streams: reading and async iteration, tee, pipeTo/pipeThrough with
// transforms, errors, writer backpressure, abort, byte streams with a BYOB
// reader, text and compression streams, cancel and AbortSignal.
const { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy } = require('stream/web');
(async () => {
  // basic read
  const rs = new ReadableStream({
    start(c) { c.enqueue('a'); c.enqueue('b'); },
    pull(c) { if (!this.n) { this.n = 1; c.enqueue('c'); } else c.close(); },
  });
  const out = [];
  for await (const chunk of rs) out.push(chunk);
  console.log('iter', out, rs.locked);
  // tee
  const [t1, t2] = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } }).tee();
  const r1 = []; for await (const x of t1) r1.push(x);
  const r2 = []; for await (const x of t2) r2.push(x);
  console.log('tee', r1, r2);
  // pipeThrough + pipeTo with a transform
  const upper = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); }, flush(c) { c.enqueue('!'); } });
  const got = [];
  const ws = new WritableStream({ write(chunk) { got.push(chunk); }, close() { got.push('<closed>'); } });
  await ReadableStream.from(['x', 'y', 'z']).pipeThrough(upper).pipeTo(ws);
  console.log('pipe', got);
  // errors
  const bad = new ReadableStream({ pull(c) { c.error(new Error('boom')); } });
  try { await bad.getReader().read(); } catch (e) { console.log('error', e.message); }
  const reader = new ReadableStream().getReader();
  try { new ReadableStream().getReader(); reader.releaseLock(); await reader.read(); } catch (e) { console.log(e.name, e.code, e.message); }
  // writer backpressure
  const slow = new WritableStream({ write() { return new Promise((r) => setTimeout(r, 5)); } }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = slow.getWriter();
  console.log('desired', w.desiredSize);
  w.write(1); w.write(2);
  console.log('desired after 2', w.desiredSize);
  await w.ready; console.log('ready again', w.desiredSize);
  await w.close(); console.log('closed', slow.locked);
  // abort
  const ab = new WritableStream({ abort(r) { console.log('sink abort', r); } });
  await ab.abort('why');
  // byte stream + byob
  const bytes = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); } });
  const br = bytes.getReader({ mode: 'byob' });
  const a = await br.read(new Uint8Array(3)); console.log('byob', a.done, [...a.value]);
  const b = await br.read(new Uint8Array(3)); console.log('byob', b.done, [...b.value]);
  const c2 = await br.read(new Uint8Array(3)); console.log('byob', c2.done, [...c2.value]);
  // text streams
  const enc = new TextEncoderStream();
  const dec = new TextDecoderStream();
  const txt = [];
  await ReadableStream.from(['héllo ', 'wörld']).pipeThrough(enc).pipeThrough(dec).pipeTo(new WritableStream({ write(s) { txt.push(s); } }));
  console.log('text', txt.join(''));
  console.log(String(new ReadableStream()), Object.prototype.toString.call(new WritableStream()), typeof globalThis.ReadableStream);
  console.log(require('util').inspect(new ReadableStream()));
  try { new ReadableStream({ type: 'nope' }); } catch (e) { console.log(e.name, e.code); }
  // cancel propagates to source
  const cs = new ReadableStream({ cancel(r) { console.log('source cancel', r); } });
  await cs.cancel('stop');
  // pipeTo with abort signal
  const ac = new AbortController();
  const never = new ReadableStream({ pull() { return new Promise(() => {}); }, cancel(r) { console.log('cancel on abort', r.name); } });
  const p = never.pipeTo(new WritableStream({ abort(r) { console.log('abort on abort', r.name); } }), { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log('pipe rejected', e.name); }
  {
  const input = 'compress me '.repeat(50);
  for (const f of ['gzip', 'deflate', 'deflate-raw']) {
    const out = await new Response(new Blob([input]).stream().pipeThrough(new CompressionStream(f)).pipeThrough(new DecompressionStream(f))).text().catch((e) => 'ERR ' + e.message);
    console.log(f, out === input);
  }
  try { new CompressionStream('zip'); } catch (e) { console.log(e.name, e.code); }
  }
})();
