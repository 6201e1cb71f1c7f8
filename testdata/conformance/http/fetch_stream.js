// fetch's response body as node 20's: resolved at the headers, streamed
// chunk by chunk with backpressure, Content-Encoding decoded (gzip, x-gzip,
// deflate, br and lists of them), errors mid-body, cancel, and the request
// headers node sends.
const http = require('http');
const zlib = require('zlib');

const body = Buffer.from('hello '.repeat(100));
let held = null;
let connections = 0;
const bigTotal = 16 << 20;
let bigWritten = 0;
const server = http.createServer((req, res) => {
  const u = req.url;
  if (u === '/h') return res.end(JSON.stringify(req.rawHeaders.filter((_, i) => i !== 1)));
  if (u === '/hold') {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write('data: 1\n\n');
    held = res;
    return;
  }
  if (u === '/release') {
    held.write('data: 2\n\n');
    setTimeout(() => { held.end(); res.end('ok'); }, 20);
    return;
  }
  if (u === '/reset') {
    res.writeHead(200, { 'content-length': '100' });
    res.write('part');
    setTimeout(() => res.socket.destroy(), 20);
    return;
  }
  if (u === '/badgzip') {
    res.writeHead(200, { 'content-encoding': 'gzip' });
    const z = zlib.gzipSync(body);
    z[z.length - 5] ^= 0xff;
    return res.end(Buffer.concat([z.subarray(0, 12), Buffer.from('garbage!garbage!')]));
  }
  if (u === '/big') {
    res.writeHead(200, { 'content-length': String(bigTotal) });
    const chunk = Buffer.alloc(65536, 'x');
    const more = () => {
      while (bigWritten < bigTotal) {
        bigWritten += chunk.length;
        if (!res.write(chunk)) { res.once('drain', more); return; }
      }
      res.end();
    };
    more();
    return;
  }
  if (u === '/slowbig') {
    res.writeHead(200);
    res.write('first');
    held = res;
    return;
  }
  const [path, q] = u.split('?');
  const enc = decodeURIComponent(q || '');
  let z = body;
  for (const c of enc.split(',').map((s) => s.trim().toLowerCase())) {
    if (c === 'gzip' || c === 'x-gzip') z = zlib.gzipSync(z);
    else if (c === 'deflate') z = zlib.deflateSync(z);
    else if (c === 'br') z = zlib.brotliCompressSync(z);
  }
  const status = Number(path.slice(1)) || 200;
  res.writeHead(status, { 'content-encoding': enc, 'content-length': z.length });
  res.end(req.method === 'HEAD' || status === 204 || status === 304 ? undefined : z);
});
server.on('connection', () => connections++);

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const errInfo = (e) => [e.name, e.message, e.cause ? (e.cause.name + ': ' + e.cause.code) : ''].join(' | ');

  console.log(await (await fetch(base + '/h')).text());
  console.log(await (await fetch(base + '/h', { headers: { 'X-Zed': '1', Accept: 'text/plain', 'accept-encoding': 'br' } })).text());
  console.log(await (await fetch(base + '/h', { method: 'POST', body: 'abc', headers: { 'User-Agent': 'me' } })).text());

  for (const e of ['gzip', 'x-gzip', 'GZip', 'deflate', 'br', 'identity', 'gzip, br', 'br,deflate', 'deflate, gzip, br', 'foo', 'gzip, foo', '']) {
    const r = await fetch(base + '/?' + encodeURIComponent(e));
    const ab = Buffer.from(await r.arrayBuffer());
    // Content-Length stays as received: the encoded length.
    const asSent = r.headers.get('content-length') === String(ab.length);
    console.log(JSON.stringify(e), r.headers.get('content-encoding'), asSent, ab.length === 600, ab.subarray(0, 2).toString('hex'));
  }
  for (const [m, p] of [['HEAD', '/?gzip'], ['GET', '/204?gzip'], ['GET', '/304?gzip']]) {
    const r = await fetch(base + p, { method: m });
    const ab = await r.arrayBuffer();
    console.log(m, p, r.status, r.body === null, ab.byteLength, r.headers.get('content-encoding'));
  }

  // Resolved at the headers: the rest of the body is sent only after.
  const r = await fetch(base + '/hold');
  console.log('resolved before end', r.status, r.bodyUsed);
  const reader = r.body.getReader();
  const dec = new TextDecoder();
  let c = await reader.read();
  console.log('chunk', JSON.stringify(dec.decode(c.value)), r.bodyUsed);
  await (await fetch(base + '/release')).text();
  for (;;) {
    c = await reader.read();
    if (c.done) break;
    console.log('chunk', JSON.stringify(dec.decode(c.value)));
  }
  console.log('done', r.bodyUsed);

  // Errors mid-body.
  try {
    await (await fetch(base + '/reset')).text();
  } catch (e) { console.log('reset:', e.name, e.message); }
  try {
    await (await fetch(base + '/badgzip')).text();
  } catch (e) { console.log('badgzip:', e.name, e.message, e.cause && e.cause.code); }
  {
    const ac = new AbortController();
    const r2 = await fetch(base + '/hold', { signal: ac.signal });
    const p = r2.text();
    setTimeout(() => ac.abort(), 20);
    try { await p; } catch (e) { console.log('abort:', e.name, e.message); }
    held.end();
  }
  {
    const ac = new AbortController();
    const r2 = await fetch(base + '/hold', { signal: ac.signal });
    ac.abort(new Error('mine'));
    try { await r2.text(); } catch (e) { console.log('abort reason:', e.name, e.message); }
    held.end();
  }

  // Backpressure: an unread 16 MiB body holds the server's writes back.
  {
    const r3 = await fetch(base + '/big');
    await new Promise((res) => setTimeout(res, 200));
    console.log('server held back while unread:', bigWritten < bigTotal);
    const ab = await r3.arrayBuffer();
    console.log('big', ab.byteLength);
  }

  // cancel() mid-body lets go of the connection; later fetches work.
  {
    const r4 = await fetch(base + '/slowbig');
    const rd = r4.body.getReader();
    console.log('first', dec.decode((await rd.read()).value));
    await rd.cancel();
    // (false only if no close came in 5 s: 500 ms was a short wait under load)
    const closed = await new Promise((res) => {
      const t = setTimeout(() => res(false), 5000);
      held.on('close', () => { clearTimeout(t); res(true); });
    });
    console.log('server saw close after cancel:', closed);
    console.log(await (await fetch(base + '/?gzip')).text().then((t) => t.length));
  }
  console.log('bodyUsed after text', await (async () => { const x = await fetch(base + '/?'); await x.text(); return x.bodyUsed; })());
  server.close();
});
