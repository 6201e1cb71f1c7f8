'use strict';
// An unknown defaultEncoding fails at construction; Symbol.asyncDispose on
// a Readable destroys it with an AbortError unless it had ended.
const { Readable, Writable } = require('stream');
for (const make of [() => new Readable({ read() {}, defaultEncoding: 'nope' }),
                    () => new Writable({ write(c, e, cb) { cb(); }, defaultEncoding: 'nope' })]) {
  try {
    make();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const w = new Writable({ decodeStrings: false, defaultEncoding: 'hex', write(c, e, cb) { console.log(typeof c, e); cb(); } });
w.write('abcd');
(async () => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => console.log('error', e.name));
  await r[Symbol.asyncDispose]();
  console.log('disposed', r.destroyed);
  const done = Readable.from(['x']);
  for await (const v of done) console.log('read', v);
  await done[Symbol.asyncDispose]();
  console.log('disposed ended', done.destroyed);
})();
