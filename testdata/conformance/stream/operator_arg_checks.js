'use strict';
// Readable operators check their options as node's do: concurrency and
// highWaterMark must be integers (ERR_OUT_OF_RANGE), and the
// promise-returning operators reject instead of throwing.
const { Readable } = require('stream');
for (const op of ['map', 'filter', 'flatMap']) {
  for (const opts of [{ concurrency: 'Foo' }, { concurrency: 0 }, { highWaterMark: -1 }, 1]) {
    try {
      Readable.from([1])[op]((x) => x, opts);
      console.log(op, 'ok');
    } catch (e) {
      console.log(op, e.code, e.message);
    }
  }
}
(async () => {
  for (const op of ['forEach', 'some', 'every', 'find', 'reduce', 'toArray']) {
    let p;
    try {
      p = op === 'toArray' ? Readable.from([1]).toArray(1) : Readable.from([1])[op](1);
      console.log(op, 'returned', p instanceof Promise);
      await p;
    } catch (e) {
      console.log(op, 'rejected', e.code);
    }
  }
  try {
    await Readable.from([1]).forEach((x) => x, { concurrency: 'x' });
  } catch (e) {
    console.log('forEach concurrency', e.code);
  }
})();
