// ws's permessage-deflate: each message is compressed with a Z_SYNC_FLUSH,
// the trailing 00 00 ff ff is stripped; the receiver feeds the message and
// the tail to a long-lived inflateRaw and flushes.
const zlib = require('zlib');
const TAIL = Buffer.from([0x00, 0x00, 0xff, 0xff]);
const messages = ['hello', 'hello hello hello', '', 'x'.repeat(70000), JSON.stringify({ a: [1, 2, 3], b: 'héllo wörld' }), 'hello'];

function compressAll(deflate, msgs, cb) {
  const out = [];
  let i = 0;
  const chunks = [];
  deflate.on('data', (c) => chunks.push(c));
  (function next() {
    if (i === msgs.length) return cb(out);
    deflate.write(msgs[i++]);
    deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      const data = Buffer.concat(chunks.splice(0));
      out.push(data);
      next();
    });
  })();
}

function decompressAll(inflate, frames, cb) {
  const out = [];
  let i = 0;
  const chunks = [];
  inflate.on('data', (c) => chunks.push(c));
  (function next() {
    if (i === frames.length) return cb(out);
    inflate.write(frames[i++]);
    inflate.write(TAIL);
    inflate.flush(() => {
      out.push(Buffer.concat(chunks.splice(0)).toString());
      next();
    });
  })();
}

const optsList = [{}, { windowBits: 10, memLevel: 5 }, { level: 1 }, { level: 9 }, { level: 0 }, { strategy: zlib.constants.Z_HUFFMAN_ONLY }];
(function run(k) {
  if (k === optsList.length) return;
  const opts = optsList[k];
  const deflate = zlib.createDeflateRaw(opts);
  compressAll(deflate, messages, (frames) => {
    const ends = frames.map((f) => f.length >= 4 && f.subarray(f.length - 4).equals(TAIL));
    const stripped = frames.map((f) => f.subarray(0, f.length - 4));
    decompressAll(zlib.createInflateRaw({ windowBits: opts.windowBits }), stripped, (texts) => {
      console.log(JSON.stringify(opts), ends.every(Boolean),
        texts.every((t, i) => t === messages[i]), texts.map((t) => t.length).join());
      // node's frames decode the same way in one piece.
      const all = zlib.inflateRawSync(Buffer.concat(frames), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      console.log(' whole:', all.toString() === messages.join(''));
      run(k + 1);
    });
  });
})(0);
