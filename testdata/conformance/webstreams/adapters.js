// Readable/Writable/Duplex fromWeb and toWeb: data, strings, close, backpressure
// through pipeline, and a bad argument.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
(async () => {
  // Readable.fromWeb
  const r = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105])); c.enqueue(new TextEncoder().encode('!')); c.close(); } }));
  let s = '';
  for await (const chunk of r) s += chunk;
  console.log('fromWeb', s, r.readableEnded);
  const rt = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } }), { encoding: 'utf8' });
  const parts = []; for await (const c of rt) parts.push(c); console.log('fromWeb strings', parts);
  // Readable.toWeb
  const web = Readable.toWeb(Readable.from([Buffer.from('x'), Buffer.from('yz')]));
  const got = []; for await (const c of web) got.push(c.constructor.name + ':' + Buffer.from(c).toString());
  console.log('toWeb', got);
  // Writable.fromWeb
  const sink = [];
  const w = Writable.fromWeb(new WritableStream({ write(c) { sink.push(Buffer.from(c).toString()); }, close() { sink.push('<close>'); } }));
  w.write('one'); w.write(Buffer.from('two'));
  await new Promise((res) => w.end('three', res));
  console.log('Writable.fromWeb', sink);
  // Writable.toWeb
  const out = [];
  const nodeW = new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } });
  const webW = Writable.toWeb(nodeW);
  const writer = webW.getWriter();
  await writer.write(new TextEncoder().encode('hello'));
  await writer.close();
  console.log('Writable.toWeb', out, nodeW.writableFinished);
  // Duplex round trip
  const pt = new PassThrough();
  const { readable, writable } = Duplex.toWeb(pt);
  const wr = writable.getWriter();
  wr.write(new TextEncoder().encode('dup'));
  wr.close();
  const rd = []; for await (const c of readable) rd.push(Buffer.from(c).toString());
  console.log('Duplex.toWeb', rd);
  const d = Duplex.fromWeb({ readable: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } }), writable: new WritableStream({ write(c) { console.log('dup sink', Buffer.from(c).toString()); } }) });
  d.write('to sink');
  d.end();
  const dr = []; for await (const c of d) dr.push(String(c)); console.log('Duplex.fromWeb', dr);
  // pipe a web stream into a node stream via fromWeb + pipeline
  const { pipeline } = require('stream/promises');
  const collected = [];
  await pipeline(Readable.fromWeb(ReadableStream.from([new Uint8Array([49]), new Uint8Array([50])])), new Writable({ write(c, e, cb) { collected.push(String(c)); cb(); } }));
  console.log('pipeline', collected);
  try { Readable.fromWeb({}); } catch (e) { console.log(e.code); }
})();
