// A streamed fetch body read every way: clone, async iteration, a BYOB
// reader, json/blob/arrayBuffer, a truncated gzip (undici is lenient),
// cancel, and the errors for a body already used.
const http = require('http');
const zlib = require('zlib');
const s = http.createServer((req, res) => {
  if (req.url === '/gz') { res.writeHead(200, { 'content-encoding': 'gzip' }); return res.end(zlib.gzipSync('zipped text '.repeat(5))); }
  if (req.url === '/trunc') { res.writeHead(200, { 'content-encoding': 'gzip' }); const z = zlib.gzipSync('abcdefgh'.repeat(50)); return res.end(z.subarray(0, z.length - 4)); }
  if (req.url === '/json') return res.end('{"a":[1,2]}');
  if (req.url === '/badjson') return res.end('{"a":');
  res.end('plain body');
});
s.listen(0, async () => {
  const base = 'http://127.0.0.1:' + s.address().port;
  const show = (p) => p.then((v) => console.log('ok', typeof v, v instanceof ArrayBuffer ? v.byteLength : JSON.stringify(v)), (e) => console.log('err', e.name, e.message));
  let r = await fetch(base + '/gz');
  const c = r.clone();
  await show(r.text()); await show(c.text());
  r = await fetch(base + '/gz');
  let n = 0; for await (const ch of r.body) n += ch.length; console.log('iter', n, r.bodyUsed);
  await show(r.text());
  r = await fetch(base + '/');
  const rd = r.body.getReader({ mode: 'byob' });
  const x = await rd.read(new Uint8Array(4)); console.log('byob', x.value.length, Buffer.from(x.value).toString());
  rd.releaseLock();
  await show(r.text());
  r = await fetch(base + '/json'); await show(r.json());
  r = await fetch(base + '/badjson'); await show(r.json());
  r = await fetch(base + '/trunc'); await show(r.text().then((t) => t.length));
  r = await fetch(base + '/'); await show(r.blob().then((b) => [b.size, b.type]));
  r = await fetch(base + '/'); await show(r.arrayBuffer());
  r = await fetch(base + '/'); r.body; await show(r.text()); await show(r.text());
  r = await fetch(base + '/gz'); const rd2 = r.body.getReader(); await rd2.cancel('why'); console.log('after cancel', r.bodyUsed); await show(r.text());
  r = await fetch(base + '/'); console.log(r.body.constructor.name, r.body.locked, typeof r.body.getReader);
  await r.body.cancel();
  r = await fetch(base + '/'); const t = new Response(r.body); await show(t.text());
  r = await fetch(base + '/'); await r.text(); console.log('after text', r.bodyUsed, r.body.locked);
  s.close();
});
