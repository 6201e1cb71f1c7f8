// Ciphers as streams: data through a Cipheriv, a bad decrypt as 'error'.
const crypto = require('crypto');
const key = (n) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + 1) & 255));
const iv16 = key(16);
// As a stream.
const c = crypto.createCipheriv('aes-128-ctr', key(16), iv16);
const chunks = [];
c.on('data', (d) => chunks.push(d));
c.on('end', () => console.log('stream', Buffer.concat(chunks).toString('hex')));
c.write('hello ');
c.end('world');
const d = crypto.createDecipheriv('aes-128-cbc', key(16), iv16);
d.on('error', (e) => console.log('stream error', e.code, e.message));
d.on('data', () => {});
d.end(Buffer.alloc(16));
const g = crypto.createCipheriv('aes-256-gcm', key(32), key(12));
require('stream').pipeline(require('stream').Readable.from([Buffer.from('abc'), Buffer.from('def')]), g,
  async function* (src) { for await (const x of src) yield x; }, (err) => console.log('pipeline', err, g.getAuthTag().toString('hex')));
