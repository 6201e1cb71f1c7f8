'use strict';
// for await over Readables, break destroying the stream, async generators
// as pipeline stages and as Readable.from() sources.
const { Readable, Writable, pipeline, PassThrough } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');
const log = (s) => console.log(s);

async function main() {
  const r = Readable.from(['a', 'b', 'c']);
  for await (const chunk of r) log('chunk ' + chunk);
  log('after loop readableEnded=' + r.readableEnded);

  const r2 = new Readable({ read() {} });
  r2.push('x'); r2.push('y');
  r2.on('close', () => log('r2 close'));
  for await (const chunk of r2) {
    log('r2 chunk ' + chunk);
    break;
  }
  log('after break destroyed=' + r2.destroyed);

  const r3 = new Readable({ read() {} });
  setTimeout(() => r3.destroy(new Error('boom')), 1);
  try {
    for await (const chunk of r3) log('never ' + chunk);
  } catch (e) {
    log('caught ' + e.message);
  }

  async function* gen() { yield 'g1'; await null; yield 'g2'; }
  const out = [];
  for await (const v of Readable.from(gen())) out.push(v);
  log('from async gen ' + out.join());

  const collected = [];
  await pipelineP(
    gen,
    async function* upper(source) { for await (const c of source) yield String(c).toUpperCase(); },
    new Writable({ objectMode: true, write(c, e, cb) { collected.push(c); cb(); } }),
  );
  log('pipeline with generators ' + collected.join());

  const total = await pipelineP(Readable.from([1, 2, 3]), async function (source) {
    let s = 0;
    for await (const n of source) s += n;
    return s;
  });
  log('sum ' + total);

  await new Promise((resolve) => {
    pipeline(Readable.from(['q']), new PassThrough({ objectMode: true }), async function* (source) {
      for await (const c of source) { yield c; throw new Error('gen failed'); }
    }, new PassThrough({ objectMode: true }), (err) => { log('pipeline cb ' + (err && err.message)); resolve(); });
  });
}
main().then(() => log('done'));
