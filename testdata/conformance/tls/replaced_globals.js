'use strict';
// Builtins keep their own URL, TextEncoder/TextDecoder, structuredClone,
// AbortController and DOMException when a script replaces the globals:
// https.get with a URL string, http2.connect with one, TextEncoderStream,
// Writable.toWeb's string encoding, performance.mark's cloned detail, util's
// transferableAbortController, process.loadEnvFile, in node and here.
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const http2 = require('http2');
const util = require('util');
const { Writable } = require('stream');
const { TextEncoderStream, TextDecoderStream } = require('stream/web');
const { performance } = require('perf_hooks');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

for (const name of ['URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'structuredClone', 'AbortController', 'DOMException']) {
  globalThis[name] = null;
}

const detail = { a: [1] };
const mark = performance.mark('m', { detail });
console.log('mark detail cloned:', mark.detail !== detail, mark.detail.a[0]);
const ac = util.transferableAbortController();
console.log('transferable controller:', typeof ac.abort, ac.signal.aborted);
const envFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-')), '.env');
fs.writeFileSync(envFile, 'REPLACED_GLOBALS_X=1\n');
process.loadEnvFile(envFile);
console.log('loadEnvFile:', process.env.REPLACED_GLOBALS_X);
fs.rmSync(path.dirname(envFile), { recursive: true });

async function streams() {
  const enc = new TextEncoderStream();
  const w = enc.writable.getWriter();
  w.write('hé');
  w.close();
  const { value } = await enc.readable.getReader().read();
  console.log('TextEncoderStream:', Array.from(value).join(','));
  const dec = new TextDecoderStream();
  const dw = dec.writable.getWriter();
  dw.write(new Uint8Array([0x68, 0xc3, 0xa9]));
  dw.close();
  console.log('TextDecoderStream:', (await dec.readable.getReader().read()).value);
  const chunks = [];
  const ws = new WritableStream({ write(c) { chunks.push(c); } });
  const writable = Writable.fromWeb(ws);
  await new Promise((resolve) => writable.end('str', resolve));
  console.log('Writable.fromWeb string:', chunks[0] instanceof Uint8Array, Buffer.from(chunks[0]).toString());
}

function httpsGet() {
  return new Promise((resolve) => {
    const server = https.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (req, res) => res.end('https ' + req.url));
    server.listen(0, '127.0.0.1', () => {
      https.get(`https://127.0.0.1:${server.address().port}/s?x=1`, { rejectUnauthorized: false }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          console.log('https.get string:', res.statusCode, body);
          server.close(resolve);
        });
      }).on('error', (e) => { console.log('https.get error', e.message); server.close(resolve); });
    });
  });
}

function http2Connect() {
  return new Promise((resolve) => {
    const server = http2.createServer();
    server.on('stream', (stream, headers) => { stream.respond({ ':status': 200 }); stream.end('h2 ' + headers[':path']); });
    server.listen(0, '127.0.0.1', () => {
      const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
      const req = client.request({ ':path': '/p' });
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        console.log('http2.connect string:', body);
        client.close();
        server.close(resolve);
      });
    });
  });
}

streams().then(httpsGet).then(http2Connect).then(() => console.log('done'));
