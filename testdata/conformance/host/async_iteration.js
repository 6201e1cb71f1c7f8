// Async generators and for await (goja lacks them; the loader lowers them).
'use strict';
async function* numbers(n) {
  for (let i = 0; i < n; i++) {
    await new Promise((r) => setTimeout(r, 1));
    yield i;
  }
  return 'done';
}
async function* delegating() {
  yield 'first';
  const r = yield* numbers(2);
  yield `inner returned ${r}`;
}
const custom = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return { next: async () => (i < 2 ? { value: `custom ${i++}`, done: false } : { value: undefined, done: true }) };
  },
};
class Queue {
  constructor() { this.items = ['a', 'b']; }
  async *[Symbol.asyncIterator]() { for (const x of this.items) yield x; }
}
(async () => {
  for await (const x of delegating()) console.log(x);
  for await (const x of [Promise.resolve('p1'), 'plain', Promise.resolve('p2')]) console.log(x);
  for await (const x of custom) console.log(x);
  for await (const x of new Queue()) console.log('queue', x);
  const g = numbers(5);
  console.log(await g.next(), await g.return('early'), await g.next());
  console.log(typeof Symbol.asyncIterator, String(Symbol.asyncIterator));
  async function* failing() { yield 1; throw new Error('gen failed'); }
  try {
    for await (const x of failing()) console.log('got', x);
  } catch (e) {
    console.log('caught', e.message);
  }
  let cleaned = false;
  async function* withFinally() { try { yield 1; yield 2; } finally { cleaned = true; } }
  for await (const x of withFinally()) { console.log('break at', x); break; }
  console.log('finally ran', cleaned);
})();
