// A fetch request body from a stream (`duplex: 'half'`): sent chunked as it
// is read (each chunk is produced only after the server has the one before),
// async iterables, the chunk types the socket takes and refuses, errors
// mid-body, an empty stream (content-length: 0), redirects, and Request's
// checks: duplex, locked/disturbed streams, a used Request, take-over, clone,
// RequestInit's enumerations, and async iterable Response bodies.
const http = require('http');
let ack = null;
const srv = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => {
    body += d;
    if (req.url === '/steps') { console.log('server got', JSON.stringify(String(d))); const a = ack; ack = null; if (a) a(); }
  });
  req.on('end', () => {
    if (req.url === '/redir307') { res.writeHead(307, { location: '/final' }); res.end(); return; }
    if (req.url === '/redir303') { res.writeHead(303, { location: '/final' }); res.end(); return; }
    res.end(`${req.method} ${req.url} te=${req.headers['transfer-encoding']} cl=${req.headers['content-length']} ct=${req.headers['content-type']} body=${JSON.stringify(body)}`);
  });
});
const mk = (chunks, err) => new ReadableStream({
  pull(c) { if (chunks.length) c.enqueue(chunks.shift()); else if (err) c.error(err); else c.close(); },
});
const t = (name, f) => { try { const r = f(); console.log(name, 'ok', r.duplex, r.mode); } catch (e) { console.log(name, e.name, e.message); } };
srv.listen(0, '127.0.0.1', async () => {
  const u = `http://127.0.0.1:${srv.address().port}`;
  let n = 0;
  const steps = new ReadableStream({
    async pull(c) {
      if (n > 0) await new Promise((resolve) => { ack = resolve; });
      if (n++ < 3) { console.log('client chunk', n); c.enqueue(new TextEncoder().encode('chunk' + n)); } else c.close();
    },
  }, { highWaterMark: 0 });
  const r = await fetch(u + '/steps', { method: 'POST', body: steps, duplex: 'half' });
  console.log('steps', r.status, await r.text());
  const cases = [
    ['uint8', () => mk([new TextEncoder().encode('ab'), new Uint8Array([99])])],
    ['string chunk', () => mk(['str'])],
    ['arraybuffer chunk', () => mk([new ArrayBuffer(2)])],
    ['number chunk', () => mk([5])],
    ['dataview chunk', () => mk([new DataView(new ArrayBuffer(2))])],
    ['buffer chunk', () => mk([Buffer.from('buf')])],
    ['empty chunks', () => mk([new Uint8Array(0), new ArrayBuffer(0), '', Buffer.from('z')])],
    ['empty', () => mk([])],
    ['empty DELETE', () => mk([]), '/p', 'DELETE'],
    ['error mid', () => mk([new TextEncoder().encode('x')], new Error('boom'))],
    ['asyncgen bytes', () => (async function* () { yield Buffer.from('g1'); yield new Uint8Array([50]); })()],
    ['asyncgen strings', () => (async function* () { yield 'str'; yield 'x'; })()],
    ['asyncgen throws', () => (async function* () { yield Buffer.from('g1'); throw new Error('gen boom'); })()],
    ['node Readable', () => require('stream').Readable.from([Buffer.from('r1'), Buffer.from('r2')])],
    ['sync iterable', () => [Buffer.from('a')]],
    ['redir307', () => mk([Buffer.from('r')]), '/redir307'],
    ['redir303', () => mk([Buffer.from('r')]), '/redir303'],
  ];
  for (const [name, body, path, method] of cases) {
    try {
      const res = await fetch(u + (path || '/p'), { method: method || 'POST', body: body(), duplex: 'half' });
      console.log(name, res.status, await res.text());
    } catch (e) {
      console.log(name, 'rejects', e.name, e.message, e.cause && (e.cause.name + ': ' + e.cause.message + (e.cause.code ? ' ' + e.cause.code : '')));
    }
  }
  try { await fetch(u, { method: 'POST', body: mk([]) }); } catch (e) { console.log('no duplex', e.name, e.message); }
  const locked = mk([Buffer.from('a')]); locked.getReader();
  try { await fetch(u, { method: 'POST', body: locked, duplex: 'half' }); } catch (e) { console.log('locked', e.name, e.message); }
  const disturbed = mk([Buffer.from('a')]); const rd = disturbed.getReader(); await rd.read(); rd.releaseLock();
  try { await fetch(u, { method: 'POST', body: disturbed, duplex: 'half' }); } catch (e) { console.log('disturbed', e.name, e.message); }

  const req = new Request(u + '/req', { method: 'PUT', body: mk([Buffer.from('q')]), duplex: 'half' });
  console.log('req.body', req.body instanceof ReadableStream, req.bodyUsed, req.duplex);
  const viaReq = await fetch(req);
  console.log('via Request', await viaReq.text(), req.bodyUsed);
  try { await fetch(req); } catch (e) { console.log('reuse', e.name, e.message); }

  const a = new Request('http://x/', { method: 'PUT', body: 'abc' });
  const b = new Request(a);
  console.log('take-over', a.bodyUsed, b.bodyUsed, a.body.locked);
  t('from used', () => new Request(a));
  b.text().then((v) => console.log('taken text', v));
  const c = new Request('http://x/', { method: 'PUT', body: 'abc', headers: { a: '1' } });
  const cc = c.clone();
  console.log('clone', c.bodyUsed, cc.bodyUsed, cc.method, cc.headers.get('a'), await c.text(), await cc.text());
  const s = new Request('http://x/', { method: 'PUT', body: mk([new Uint8Array([65])]), duplex: 'half' });
  const sc = s.clone();
  console.log('stream clone', await s.text(), await sc.text(), s.bodyUsed, sc.bodyUsed);

  t('string', () => new Request('http://x/', { method: 'POST', body: 'a' }));
  t('duplex full', () => new Request('http://x/', { method: 'POST', body: 'x', duplex: 'full' }));
  t('blob', () => new Request('http://x/', { method: 'POST', body: new Blob(['x']) }));
  for (const bad of [{ cache: 'bogus' }, { mode: 'navigate' }, { credentials: 'x' }, { referrerPolicy: 'x' }, { redirect: 'x' },
    { mode: 'no-cors', method: 'PUT' }, { cache: 'only-if-cached' }, { referrer: 'http://other/' }, { referrer: '' }, { referrer: '/rel' }]) {
    t(JSON.stringify(bad), () => new Request('http://x/a', bad));
  }
  const d = new Request('http://x/a');
  console.log([d.cache, d.credentials, d.destination, d.integrity, d.isHistoryNavigation, d.isReloadNavigation, d.keepalive, d.mode, d.referrer, d.referrerPolicy].map((v) => JSON.stringify(v)).join(' '));
  const e = new Request(new Request('http://x/a', { cache: 'no-store', credentials: 'include', integrity: 'sha256-x', keepalive: true, mode: 'same-origin', referrer: '', referrerPolicy: 'no-referrer' }));
  console.log([e.cache, e.credentials, e.integrity, e.keepalive, e.mode, e.referrer, e.referrerPolicy].map((v) => JSON.stringify(v)).join(' '));
  console.log('bytes', await new Response('héllo').bytes());
  // An async iterable body's values go through Buffer.from.
  for (const [name, vals] of [['str', ['ab']], ['num', [3]], ['ab', [new ArrayBuffer(2)]], ['u16', [new Uint16Array([258])]],
    ['arr', [[1, 2]]], ['obj', [{}]]]) {
    try {
      const b = await new Response((async function* () { yield* vals; })()).arrayBuffer();
      console.log('iterable', name, JSON.stringify([...new Uint8Array(b)]));
    } catch (e) {
      console.log('iterable', name, e.name, e.code, e.message);
    }
  }
  srv.close();
});
