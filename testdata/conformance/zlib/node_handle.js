// node's handle contract, driven by hand as pngjs's synchronous inflate
// drives it: handle.writeSync(flush, in, inOff, inLen, out, outOff, outLen)
// fills out and leaves [availOut, availIn] in _writeState; an error comes
// through the stream's 'error' (node's handle.onerror). Output sizes
// smaller than the codec's step are served across calls.
'use strict';
const zlib = require('zlib');

function inflateByHand(input, outSize) {
  const z = new zlib.Inflate();
  let err = null;
  z.on('error', (e) => { err = e; });
  const out = [];
  let buf = z._outBuffer;
  let offset = z._outOffset;
  let inOff = 0;
  let availIn = input.length;
  let calls = 0;
  for (;;) {
    const availOutBefore = Math.min(outSize, buf.length - offset);
    const ret = z._handle.writeSync(zlib.constants.Z_FINISH, input, inOff, availIn, buf, offset, availOutBefore);
    calls++;
    // an error destroys the stream at once ('error' comes later)
    if (z.destroyed) return `destroyed ${ret} ${z._handle} ${err}`;
    const [availOutAfter, availInAfter] = z._writeState;
    const have = availOutBefore - availOutAfter;
    out.push(Buffer.from(buf.subarray(offset, offset + have)));
    offset += have;
    inOff += availIn - availInAfter;
    availIn = availInAfter;
    if (offset >= buf.length) { buf = Buffer.alloc(buf.length); offset = 0; }
    if (availOutAfter !== 0) break;
    if (calls > 100000) return 'runaway';
  }
  return Buffer.concat(out);
}

const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(2000));
const packed = zlib.deflateSync(text);
console.log(typeof new zlib.Inflate()._writeState, new zlib.Inflate()._writeState.length, new zlib.Inflate()._outOffset,
  new zlib.Inflate()._outBuffer.length);
for (const size of [16384, 1000, 10]) {
  const got = inflateByHand(packed, size);
  console.log(size, Buffer.isBuffer(got) ? got.equals(text) : got);
}
const bad = Buffer.from('x' + packed.toString('latin1'), 'latin1'); // a bad header
for (const input of [bad, Buffer.from('not zlib at all'), packed.subarray(0, 10)]) {
  const z = new zlib.Inflate();
  z.on('error', (e) => console.log('error event', e.code, e.errno, e.message));
  z._handle.writeSync(zlib.constants.Z_FINISH, input, 0, input.length, z._outBuffer, 0, 16384);
  console.log('after writeSync', z.destroyed, z._handle);
}
console.log(inflateByHand(bad, 16384));
