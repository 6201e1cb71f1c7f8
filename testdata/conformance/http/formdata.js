// FormData (node 20's global): entries, iteration, errors, inspect, and as a body:
// multipart/form-data encoded by Response/Request and read back by formData(),
// urlencoded bodies, a clone read twice; then sent by fetch to a server.
const util = require('util');
const fd = new FormData();
console.log(util.inspect(fd), String(fd), Object.prototype.toString.call(fd));
fd.append('a', '1'); fd.append('a', 2); fd.append('b\ud800', 'x\r\ny'); fd.append('f', new Blob(['hi'], { type: 'text/plain' }));
fd.append('g', new Blob(['yo']), 'g.txt'); fd.append('h', new File(['zz'], 'orig.bin', { type: 'app/x' }));
fd.append('i', new File(['zz'], 'orig.bin'), 'renamed');
console.log(util.inspect(fd, { depth: 4 }).replace(/lastModified: \d+/g, 'lastModified: N'));
console.log([...fd.keys()], fd.get('a'), fd.getAll('a'), fd.has('zz'), fd.get('zz'));
const f = fd.get('f'); console.log(f.constructor.name, f.name, f.type, f.size, fd.get('g').name, fd.get('h').name, fd.get('h').type, fd.get('i').name);
fd.set('a', 'only'); console.log([...fd.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]));
fd.delete('a'); console.log([...fd.keys()]);
fd.forEach(function (v, k, o) { console.log('each', k, typeof v, o === fd, this); }, 42);
for (const [name, args] of [['append', []], ['append', ['x']], ['get', []], ['set', ['x']]]) {
  try { fd[name](...args); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
try { new FormData({}); } catch (e) { console.log(e.name, e.message); }
try { FormData.prototype.get.call({}, 'a'); } catch (e) { console.log(e.name, e.message); }
console.log(FormData.length, FormData.prototype.append.length, Object.getOwnPropertyNames(FormData.prototype));
(async () => {
  const r = new Response(fd);
  const ct = r.headers.get('content-type');
  console.log(ct.replace(/\d{5,}/, 'N'));
  const text = await r.clone().text();
  console.log(JSON.stringify(text.replace(/\d{5,}/g, 'N')));
  const back = await r.formData();
  console.log([...back.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : [v.constructor.name, v.name, v.type, v.size]]));
  const u = await new Response('a=1&b=%20x&a=+2', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
  console.log([...u]);
  try { await new Response('x', { headers: { 'content-type': 'text/plain' } }).formData(); } catch (e) { console.log(e.name, e.message); }
  const req = new Request('http://x/', { method: 'POST', body: fd });
  console.log(req.headers.get('content-type').replace(/\d{5,}/, 'N'), (await req.formData()).getAll('f').length);
  // fetch sends it with a length; the server sees node's bytes.
  const http = require('http');
  const server = http.createServer((rq, rs) => {
    const chunks = [];
    rq.on('data', (c) => chunks.push(c)).on('end', () => {
      const b = Buffer.concat(chunks).toString();
      console.log(rq.headers['content-type'].replace(/\d{5,}/, 'N'), rq.headers['content-length'], rq.headers['transfer-encoding']);
      console.log(JSON.stringify(b.replace(/\d{5,}/g, 'N')));
      rs.end('ok');
    });
  }).listen(0, async () => {
    const body = new FormData();
    body.append('field', 'v\nw');
    body.append('upload', new Blob([Buffer.from([0, 1, 2, 255])], { type: 'application/x-bin' }), 'a "q".bin');
    const res = await fetch(`http://127.0.0.1:${server.address().port}/`, { method: 'POST', body });
    console.log(res.status, await res.text());
    server.close();
  });
})();
