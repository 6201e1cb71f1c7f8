// digest(enc) answers strings for Buffer's encodings (written straight into
// the string value) and Buffers otherwise; an ETag's sha1 in base64.
const crypto = require('crypto');
const body = Buffer.from('Hello World\n');
const tag = crypto.createHash('sha1').update(body, 'utf8').digest('base64').substring(0, 27);
console.log(tag, '"' + body.length.toString(16) + '-' + tag + '"');
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'HEX', 'Base64', '', undefined, 'buffer']) {
  const out = crypto.createHash('sha256').update('abc').digest(enc);
  console.log(String(enc), typeof out, Buffer.isBuffer(out), Buffer.isBuffer(out) ? out.toString('hex') : JSON.stringify(out));
}
console.log(crypto.createHash('md5').update('').digest('hex'), crypto.createHmac('sha1', 'k').update('v').digest('base64'));
console.log(crypto.createHash('shake256', { outputLength: 100 }).update('x').digest('hex').length);
const h = crypto.createHash('sha1'); h.update('a'); console.log(h.digest('hex'));
try { h.digest('hex'); } catch (e) { console.log(e.code); }
// the same digest again, in the same or another encoding, between others
// (the binding hands back the last string for the same digest and encoding)
const seq = [];
for (const [alg, data, enc] of [['sha1', body, 'base64'], ['sha1', body, 'base64'], ['sha1', body, 'hex'], ['sha1', 'x', 'base64'],
  ['sha1', body, 'BASE64'], ['sha512', 'abc', 'base64'], ['sha512', 'abc', 'base64'], ['shake256', 'x', 'hex'], ['md5', body, 'latin1'],
  ['md5', body, 'latin1'], ['md5', body, 'binary'], ['sha1', body, 'base64url']]) {
  const out = crypto.createHash(alg, alg === 'shake256' ? { outputLength: 80 } : undefined).update(data).digest(enc);
  seq.push(JSON.stringify(out));
}
console.log(seq.join(' '));
