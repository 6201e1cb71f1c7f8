'use strict';
const { Readable } = require('stream');
const log = (s) => console.log(s);
const kIt = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');
async function main() {
  let i = 0;
  const r = new Readable({ objectMode: true, read() { setTimeout(() => this.push(i < 4 ? { i: i++ } : null), 1); } });
  r.on('close', () => log('close'));
  const it = r[kIt]();
  for (;;) {
    const { value, done } = await it.next();
    if (done) break;
    log('value ' + JSON.stringify(value));
  }
  log('loop done destroyed=' + r.destroyed);
  const r2 = new Readable({ read() {} });
  r2.push('a'); r2.push('b');
  setTimeout(() => r2.destroy(new Error('kaput')), 2);
  const it2 = r2[kIt]();
  try {
    for (;;) {
      const { value, done } = await it2.next();
      if (done) break;
      log('r2 value ' + value);
    }
  } catch (e) {
    log('caught ' + e.message);
  }
  const r3 = Readable.from(['x', 'y', 'z']);
  const it3 = r3[kIt]();
  log('r3 first ' + (await it3.next()).value);
  const ret = await it3.return();
  log('r3 return done=' + ret.done);
  await new Promise((res) => setTimeout(res, 1));
  log('r3 destroyed=' + r3.destroyed);
}
main().then(() => log('main done'));
