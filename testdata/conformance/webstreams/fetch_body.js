// fetch and Response bodies as ReadableStreams: a streamed request body, a
// response read through response.body, Blob bodies and bodyUsed.
const http = require('http');
const server = http.createServer((req, res) => {
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain');
    res.end(`${req.method} ${req.headers['content-length']} ${n} ` + 'x'.repeat(70000));
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}/`;
  const stream = new ReadableStream({
    start(c) { c.enqueue(new TextEncoder().encode('part one, ')); c.enqueue(new Uint8Array([0x41, 0x42])); c.close(); },
  });
  const res = await fetch(base, { method: 'POST', body: stream, duplex: 'half' });
  console.log(res.status, res.bodyUsed, typeof res.body.getReader);
  const reader = res.body.getReader();
  let total = 0;
  let first = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (first === null) first = new TextDecoder().decode(value.subarray(0, 12));
    total += value.byteLength;
  }
  console.log(first, total, res.bodyUsed);
  try { await res.text(); } catch (e) { console.log(e.name, e.message); }

  const blobRes = await fetch(base, { method: 'PUT', body: new Blob(['blob ', 'body']) });
  console.log((await blobRes.text()).slice(0, 14));
  const r = new Response(new Blob(['from a blob'], { type: 'text/x-test' }));
  console.log(r.headers.get('content-type'), await r.text());
  const empty = new Response(null);
  console.log(empty.body, await empty.text() === '');
  const b = await new Response('abc').blob();
  console.log(b.size, b.type, await b.text());
  const streamed = new Response(new Response('chained').body);
  console.log(await streamed.text());
  server.close();
});
