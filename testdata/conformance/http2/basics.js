// http2: settings helpers and errors, a server and client over h2c with
// streams, trailers, push, ping, settings and the compatibility API.
'use strict';
const http2 = require('http2');
const assert = require('assert');

const { constants } = http2;
console.log(constants.NGHTTP2_CANCEL, constants.HTTP2_HEADER_STATUS, constants.HTTP_STATUS_TEAPOT,
            Object.keys(constants).length);
console.log(http2.getDefaultSettings());
const packed = http2.getPackedSettings({ enablePush: false, initialWindowSize: 100, maxFrameSize: 20000 });
console.log(packed.toString('hex'), http2.getUnpackedSettings(packed));
for (const bad of [{ maxFrameSize: 1 }, { enablePush: 1 }, { initialWindowSize: 2 ** 31 }]) {
  try { http2.getPackedSettings(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { http2.getUnpackedSettings(Buffer.alloc(5)); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof http2.Http2ServerRequest, typeof http2.Http2ServerResponse, String(http2.sensitiveHeaders));

const steps = [];
const pushSteps = []; // the pushed stream's events, whose order against the main stream's is the server's choice
const server = http2.createServer();
server.on('stream', (stream, headers, flags, raw) => {
  const path = headers[':path'];
  steps.push(`server stream ${headers[':method']} ${path} flags=${flags} ${stream.id}`);
  if (path === '/echo') {
    let body = '';
    stream.setEncoding('utf8');
    stream.on('data', (d) => { body += d; });
    stream.on('end', () => {
      stream.respond({ ':status': 200, 'x-len': body.length }, { waitForTrailers: true });
      stream.on('wantTrailers', () => stream.sendTrailers({ 'x-trailer': 'done' }));
      stream.end(body.toUpperCase());
    });
  } else if (path === '/push') {
    assert.strictEqual(stream.pushAllowed, true);
    stream.pushStream({ ':path': '/pushed' }, (err, push, h) => {
      assert.ifError(err);
      push.respond({ ':status': 200, 'x-pushed': '1' });
      push.end('pushed body');
      stream.respond({ ':status': 200 });
      stream.end('main body');
    });
  } else if (path === '/errors') {
    try { stream.respond({ ':status': 99 }); } catch (e) { steps.push(`${e.code} ${e.message}`); }
    try { stream.respond({ ':status': 101 }); } catch (e) { steps.push(`${e.code} ${e.message}`); }
    try { stream.respond({ connection: 'close' }); } catch (e) { steps.push(`${e.code} ${e.message}`); }
    try { stream.respond({ ':foo': 'x' }); } catch (e) { steps.push(`${e.code} ${e.message}`); }
    try { stream.respond({ 'content-type': ['a', 'b'] }); } catch (e) { steps.push(`${e.code} ${e.message}`); }
    stream.respond({ ':status': 204 });
    try { stream.respond(); } catch (e) { steps.push(`${e.code} ${e.message}`); }
  } else if (path === '/reset') {
    stream.on('error', (e) => steps.push(`server reset stream error ${e.code} ${e.message}`));
    stream.on('close', () => steps.push(`server reset stream closed rstCode=${stream.rstCode}`));
    stream.close(http2.constants.NGHTTP2_REFUSED_STREAM);
  }
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('stream', (push, headers) => {
    pushSteps.push(`client push promise ${headers[':path']}`);
    push.on('push', (h) => pushSteps.push(`push response ${h[':status']} ${h['x-pushed']}`));
    let body = '';
    push.setEncoding('utf8');
    push.on('data', (d) => { body += d; });
    push.on('end', () => pushSteps.push(`push body ${body}`));
  });

  const echo = () => new Promise((resolve) => {
    const req = client.request({ ':method': 'POST', ':path': '/echo' });
    req.on('response', (h, flags) => steps.push(`echo response ${h[':status']} x-len=${h['x-len']} flags=${flags}`));
    req.on('trailers', (t) => steps.push(`echo trailers ${t['x-trailer']}`));
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => steps.push(`echo body ${body.length} ${body.slice(0, 12)}`));
    req.on('close', () => { steps.push(`echo close ${req.rstCode}`); resolve(); });
    req.write('hello ');
    req.end('http2'.repeat(20000));
  });
  const get = (path) => new Promise((resolve) => {
    const req = client.request({ ':path': path });
    req.on('response', (h) => steps.push(`${path} response ${h[':status']}`));
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('error', (e) => steps.push(`${path} error ${e.code} ${e.message}`));
    req.on('close', () => { steps.push(`${path} close rstCode=${req.rstCode} body=${body}`); resolve(); });
  });
  const ping = () => new Promise((resolve) => {
    client.ping(Buffer.from('12345678'), (err, duration, payload) => {
      steps.push(`ping ${err} ${typeof duration} ${payload}`);
      resolve();
    });
  });
  const settings = () => new Promise((resolve) => {
    client.settings({ initialWindowSize: 100000 }, (err) => {
      steps.push(`settings acked ${err} ${client.localSettings.initialWindowSize}`);
      resolve();
    });
  });
  (async () => {
    await echo();
    await get('/push');
    await get('/errors');
    await get('/reset');
    await ping();
    await settings();
    try { client.ping(Buffer.alloc(3), () => {}); } catch (e) { steps.push(`${e.code} ${e.message}`); }
    client.close(() => {
      steps.push(`client closed ${client.closed} ${client.destroyed}`);
      compat();
    });
  })();
});

function compat() {
  server.close();
  const srv = http2.createServer((req, res) => {
    steps.push(`compat ${req.method} ${req.url} ${req.httpVersion} ${req.headers['x-a']} ${req.authority !== undefined}`);
    res.setHeader('x-b', 'b');
    res.statusCode = 201;
    assert.strictEqual(res.getHeader('x-b'), 'b');
    try { res.setHeader(':path', 'x'); } catch (e) { steps.push(`${e.code} ${e.message}`); }
    try { res.statusCode = 100; } catch (e) { steps.push(`${e.code} ${e.message}`); }
    res.write('part1 ');
    res.end('part2', () => steps.push('compat end callback'));
  });
  srv.listen(0, () => {
    const client = http2.connect(`http://localhost:${srv.address().port}`);
    const req = client.request({ ':path': '/compat?x=1', 'x-a': 'a' });
    req.on('response', (h) => steps.push(`compat response ${h[':status']} ${h['x-b']}`));
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      steps.push(`compat body ${body}`);
      client.close();
      srv.close(() => {
        for (const s of steps) console.log(s);
        for (const s of pushSteps) console.log(s);
      });
    });
  });
}
