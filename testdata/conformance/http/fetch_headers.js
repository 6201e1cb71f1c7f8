// The request headers fetch sends, as node 20's: host and connection first,
// the request's own in the order and case given (a name keeps the case it
// was first appended with; set() takes the new one), then the defaults it
// lacks and content-length; a Host of its own is dropped, Connection may
// only say close or keep-alive, and a few headers fail the fetch.
const http = require('http');
const server = http.createServer((req, res) => {
  const raw = req.rawHeaders.slice();
  raw[1] = raw[1] === req.socket.localAddress + ':' + req.socket.localPort ? 'HOST:PORT' : raw[1];
  res.end(JSON.stringify(raw));
});
server.listen(0, '127.0.0.1', async () => {
  const base = 'http://127.0.0.1:' + server.address().port;
  const show = async (init, input = base) => {
    try {
      console.log(await (await fetch(input, init)).text());
    } catch (e) {
      console.log('error', e.name, e.message, e.cause && e.cause.message);
    }
  };
  await show();
  const h = new Headers([['B-One', '1'], ['a-two', '2'], ['b-ONE', '3']]);
  h.set('A-TWO', 'x');
  h.append('Connection', 'close');
  await show({ headers: h });
  await show(undefined, new Request(base, { method: 'PUT', body: new Uint8Array([1, 2]), headers: { 'Content-Type': 'x/y', Host: 'example' } }));
  await show({ method: 'POST', body: new Blob(['zz']) });
  await show({ headers: { 'Accept-Encoding': 'identity', 'Accept-Language': 'en', 'User-Agent': 'me' } });
  for (const headers of [{ Connection: 'Close' }, { connection: 'upgrade' }, { 'transfer-encoding': 'chunked' }, { 'keep-alive': '1' }, { expect: '100-continue' }, { upgrade: 'x' }]) {
    await show({ headers });
  }
  server.close();
});
