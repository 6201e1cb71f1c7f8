// Buffer.from of ASCII strings into the pool (copied from the string),
// with the encodings that take an ASCII string's bytes as they are, a
// string larger than half the pool, a changed poolSize, and the text read
// back (ASCII decodes written straight into a string value).
const s = 'Hello World\n';
const a = Buffer.from(s);
const b = Buffer.from(s, 'utf8');
const c = Buffer.from(s, 'latin1');
const d = Buffer.from(s, 'ascii');
a[0] = 0x4a; // writing the Buffer leaves the string alone
console.log(s, a.toString(), b.toString(), c.toString('latin1'), d.toString('ascii'));
console.log(a.buffer === b.buffer, a.byteOffset % 8, b.byteOffset - a.byteOffset, a.buffer.byteLength);
const big = 'x'.repeat(5000);
const e = Buffer.from(big);
console.log(e.length, e.buffer.byteLength, e.buffer === a.buffer, e.toString() === big);
Buffer.poolSize = 16;
const f = Buffer.from('0123456789');
f[0] = 0x41;
console.log(f.toString(), f.buffer.byteLength, f.buffer === a.buffer);
Buffer.poolSize = 8192;
const g = Buffer.from('héllo');
console.log(g.length, g.toString(), g.toString('latin1'), g.toString('hex'), g.toString('base64'), g.toString('base64url'));
console.log(Buffer.from('é').toString('ascii'), Buffer.from([0xe9, 0x41]).toString('latin1'), Buffer.from([0xff, 0x41]).toString());
console.log(Buffer.from('').length, Buffer.from('a').toString('hex'), Buffer.from('abc').toString('base64'), Buffer.from([]).toString('base64'));
