'use strict';
const { Readable } = require('stream');
const log = (s) => console.log(s);
const kIt = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');
function collect(name, r) {
  return new Promise((resolve) => {
    const out = [];
    r.on('data', (d) => out.push(JSON.stringify((d instanceof Buffer) ? 'buf:' + d : d)));
    r.on('end', () => { log(name + ' ' + out.join(',') + ' objectMode=' + r.readableObjectMode); resolve(); });
    r.on('error', (e) => { log(name + ' error ' + e.code + ' ' + e.message); resolve(); });
  });
}
function* gen() { yield 1; yield 2; yield 3; }
const asyncIterable = {
  [kIt]() {
    let i = 0;
    return { next() { return new Promise((res) => setTimeout(() => res(i < 3 ? { value: 'a' + i++, done: false } : { value: undefined, done: true }), 1)); } };
  },
};
(async () => {
  await collect('array', Readable.from([1, 'two', { three: 3 }]));
  await collect('generator', Readable.from(gen()));
  await collect('promises', Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]));
  await collect('async', Readable.from(asyncIterable));
  await collect('string', Readable.from('whole string'));
  await collect('buffer', Readable.from(Buffer.from('buf')));
  await collect('notObjectMode', Readable.from(['a', 'b'], { objectMode: false }));
  await collect('nullvalue', Readable.from(['a', null, 'b']));
  try { Readable.from(42); } catch (e) { log('from(42) ' + e.code); }
  const g = gen();
  const r = Readable.from(g);
  r.once('data', (d) => { log('first ' + d); r.destroy(); });
  r.on('close', () => log('closed; generator next=' + JSON.stringify(g.next())));
})();
