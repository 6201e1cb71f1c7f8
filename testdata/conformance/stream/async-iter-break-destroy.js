'use strict';
const { Readable } = require('stream');
const log = (s) => console.log(s);
const kIt = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');
async function main() {
  let n = 0;
  const r = new Readable({ read() { this.push('c' + n++); }, destroy(err, cb) { log('_destroy err=' + err); cb(err); } });
  r.on('close', () => log('close'));
  const it = r[kIt]();
  log('next ' + (await it.next()).value);
  log('next ' + (await it.next()).value);
  await it.return();
  log('after return destroyed=' + r.destroyed);
  const r2 = new Readable({ objectMode: true, read() {} });
  r2.push(1);
  const it2 = r2.iterator({ destroyOnReturn: false });
  log('it2 ' + (await it2.next()).value);
  await it2.return();
  log('it2 destroyed=' + r2.destroyed);
  r2.push(2);
  r2.push(null);
  const it3 = r2[kIt]();
  const all = [];
  for (;;) { const x = await it3.next(); if (x.done) break; all.push(x.value); }
  log('rest ' + all.join());
}
main().then(() => log('done'));
