// A view of a detached ArrayBuffer has no bytes, as in V8: Buffer and
// crypto read it as empty (buffer.compare panicked in Go, crypto's update
// threw).
const ab = new ArrayBuffer(8);
const u = new Uint8Array(ab);
const dv = new DataView(ab);
structuredClone(ab, { transfer: [ab] });
const crypto = require('crypto');
for (const f of [() => Buffer.from(u), () => Buffer.byteLength(u), () => Buffer.compare(Buffer.alloc(0), u),
  () => Buffer.compare(u, Buffer.from('a')), () => crypto.createHash('md5').update(dv).digest('hex'),
  () => crypto.createHash('sha1').update(u).digest('hex'), () => crypto.createHash('sha1').update(ab).digest('hex'),
  // Buffer.concat copies with TypedArray#set, which refuses a detached view;
  // TextDecoder decodes one as nothing; inspect marks the buffer (detached)
  () => Buffer.concat([u]), () => Buffer.concat([Buffer.from('x'), u], 4), () => new TextDecoder().decode(u),
  () => new TextDecoder().decode(ab), () => new TextDecoder('utf-16le').decode(dv),
  () => require('util').inspect(ab), () => require('util').inspect({ ab }, { showHidden: true })]) {
  try {
    console.log(f());
  } catch (e) {
    console.log('E', e.code || e.name, e.message);
  }
}
