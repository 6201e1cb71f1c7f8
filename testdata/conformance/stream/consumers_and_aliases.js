// stream/consumers on node streams, web streams and async iterables, and
// the legacy _stream_* aliases.
const { text, json, buffer, arrayBuffer, blob } = require('stream/consumers');
const { Readable, PassThrough } = require('stream');
(async () => {
  console.log(await text(Readable.from(['hé', 'llo'])));
  console.log(await json(Readable.from([Buffer.from('{"a":'), Buffer.from('[1,2]}')])));
  const b = await buffer(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1, 2])); c.enqueue(new Uint8Array([3])); c.close(); } }));
  console.log(b, b.buffer.byteLength);
  console.log((await arrayBuffer((async function* () { yield 'ab'; yield new Uint8Array([99]); })())).byteLength);
  const bl = await blob(Readable.from(['x', 'yz']));
  console.log(bl.size, await bl.text());
  const objects = new PassThrough({ objectMode: true });
  objects.end({});
  console.log((await buffer(objects)).toString());
  try { await json(Readable.from(['{bad'])); } catch (e) { console.log(e.name); }
  const s = require('stream');
  console.log(require('_stream_readable') === s.Readable, require('_stream_writable') === s.Writable,
    require('_stream_duplex') === s.Duplex, require('_stream_transform') === s.Transform,
    require('_stream_passthrough') === s.PassThrough);
})();
