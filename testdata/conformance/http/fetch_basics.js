// fetch, Headers, Request and Response against a local http server:
// methods and bodies, JSON, redirects (follow, manual, error; 303 → GET),
// status and headers, errors (connection refused, bad URLs, used bodies),
// and AbortController.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (req.url === '/redirect') {
      res.writeHead(302, { Location: '/target?from=redirect' });
      return res.end();
    }
    if (req.url === '/see-other') {
      res.writeHead(303, { Location: '/target' });
      return res.end();
    }
    if (req.url === '/json') {
      res.setHeader('Content-Type', 'application/json');
      return res.end(JSON.stringify({ ok: true, n: [1, 2, 3] }));
    }
    if (req.url === '/slow') return setTimeout(() => res.end('late'), 500);
    res.setHeader('X-Method', req.method);
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.statusCode = req.url === '/missing' ? 404 : 200;
    res.end(`${req.method} ${req.url} ct=${req.headers['content-type']} accept=${req.headers.accept} body=${body}`);
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const show = async (p) => {
    try {
      const r = await p;
      console.log(r.status, r.ok, r.statusText, r.redirected, r.url.replace(base, 'BASE'), r.headers.get('x-method'), JSON.stringify(await r.text()));
      return r;
    } catch (e) {
      console.log('error', e.name, e.message, e.cause ? e.cause.code || e.cause.message : '');
    }
  };
  await show(fetch(base + '/plain'));
  await show(fetch(base + '/post', { method: 'POST', body: 'hello' }));
  await show(fetch(base + '/form', { method: 'put', body: new URLSearchParams({ a: '1', b: 'x y' }) }));
  await show(fetch(base + '/missing'));
  await show(fetch(base + '/redirect'));
  await show(fetch(base + '/see-other', { method: 'POST', body: 'dropped' }));
  const manual = await fetch(base + '/redirect', { redirect: 'manual' });
  console.log('manual', manual.status, manual.headers.get('location'));
  await show(fetch(base + '/redirect', { redirect: 'error' }));
  const j = await fetch(base + '/json');
  console.log('json', JSON.stringify(await j.json()), j.headers.get('content-type'));
  try { await j.text(); } catch (e) { console.log('reuse', e.name, e.message); }
  const c = await fetch(base + '/cookies');
  console.log('cookies', JSON.stringify(c.headers.getSetCookie()), JSON.stringify([...c.headers.keys()]));
  const ac = new AbortController();
  const p = fetch(base + '/slow', { signal: ac.signal });
  setTimeout(() => ac.abort(), 50);
  await show(p);
  await show(fetch('not a url'));
  await show(fetch(base + '/x', { method: 'GET', body: 'no' }));

  const h = new Headers({ 'Content-Type': 'text/plain', 'X-A': ' 1 ' });
  h.append('x-a', '2');
  h.append('Set-Cookie', 'c=1');
  h.append('Set-Cookie', 'd=2');
  console.log([...h], h.get('X-A'), h.has('content-type'), h.get('nope'));
  try { h.append('bad name', 'x'); } catch (e) { console.log(e.name, e.message); }
  const r = new Response('{"a":1}', { status: 201, headers: { 'X-R': 'y' } });
  console.log(r.status, r.ok, r.headers.get('content-type'), r.headers.get('x-r'), JSON.stringify(await r.json()));
  const rj = Response.json({ b: 2 });
  console.log(rj.headers.get('content-type'), await rj.text());
  const rq = new Request(base + '/r', { method: 'post', body: 'q', headers: { 'X-Q': '1' } });
  console.log(rq.method, rq.url.replace(base, 'BASE'), rq.headers.get('x-q'), rq.headers.get('content-type'), await rq.text(), rq.bodyUsed);
  try { new Response('x', { status: 99 }); } catch (e) { console.log(e.name, e.message); }
  server.close(() => console.log('done'));
});
