'use strict';
// Web streams in stream.pipeline (callback and promise forms), compose()
// and addAbortSignal(): a node Readable into a WritableStream is read
// through its async iterator (chunks pushed together arrive together), a
// TransformStream in the middle, errors from either side, and an abort
// erroring a web stream through its controller.
const { Readable, Writable, Transform, pipeline, compose, addAbortSignal, finished } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');

const upper = () => new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); } });
const collect = (values) => new WritableStream({ write(chunk) { values.push(String(chunk)); } });

function step(name, run) {
  return new Promise((resolve) => run((...args) => { console.log(name, ...args); resolve(); }));
}

(async () => {
  await step('node readable into a WritableStream', (done) => {
    const values = [];
    const r = new Readable({ read() {} });
    pipeline(r, collect(values), (err) => done(err, values));
    r.push('hello');
    r.push('world');
    r.push(null);
  });
  await step('ReadableStream through TransformStreams into a node Writable', (done) => {
    const values = [];
    const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
    const w = new Writable({ objectMode: true, write(chunk, enc, cb) { values.push(chunk); cb(); } });
    const last = pipeline(rs, upper(), upper(), w, (err) => done(err, values));
    console.log('  returns the last stream:', last === w);
  });
  await step('a source error reaches the callback', (done) => {
    let ctl;
    const rs = new ReadableStream({ start(c) { ctl = c; } });
    pipeline(rs, upper(), new WritableStream({ write() {} }), (err) => done(err && err.message));
    ctl.error(new Error('kaboom'));
  });
  await step('a sink error reaches the callback', (done) => {
    const rs = new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } });
    pipeline(rs, new WritableStream({ write() { throw new Error('sink failed'); } }), (err) => done(err && err.message));
  });
  await step('returns a TransformStream last', (done) => {
    const t = upper();
    const ret = pipeline(Readable.from(['q']), t, (err) => done(err, ret === t));
    t.readable.getReader().read().then((r) => console.log('  read from it', r));
  });
  {
    const values = [];
    const rs = new ReadableStream({ start(c) { c.enqueue('p'); c.close(); } });
    await pipelinePromise(rs, upper(), collect(values));
    console.log('promise pipeline ending in a WritableStream', values);
  }

  await step('compose of two TransformStreams', (done) => {
    let res = '';
    const d = compose(
      new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toString().replace(' ', '_')); } }),
      upper());
    d.on('data', (chunk) => { res += chunk; });
    d.on('end', () => done(res));
    d.end('hello world');
  });
  await step('compose Transform, generator, TransformStream', (done) => {
    let res = '';
    compose(
      new Transform({ transform(chunk, enc, cb) { cb(null, chunk + chunk); } }),
      async function*(source) { for await (const chunk of source) yield chunk; },
      upper())
      .end('asd')
      .on('data', (buf) => { res += buf; })
      .on('end', () => done(res));
  });
  await step('compose ReadableStream, Transform', (done) => {
    let res = '';
    compose(
      new ReadableStream({ start(c) { c.enqueue('asd'); c.close(); } }),
      new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } }))
      .on('data', (buf) => { res += buf; })
      .on('end', () => done(res));
  });
  await step('compose TransformStream into a WritableStream', (done) => {
    let res = '';
    compose(upper(), new WritableStream({ write(chunk) { res += chunk; } }))
      .end('xyz')
      .on('finish', () => done(res));
  });
  await step('compose with a failing TransformStream', (done) => {
    compose(new TransformStream({ transform(chunk, c) { c.error(new Error('asd')); } }), upper())
      .on('data', () => console.log('  data!'))
      .on('error', (err) => done(err.message))
      .end('xyz');
  });
  try {
    compose(new WritableStream(), upper());
  } catch (e) {
    console.log('compose with a WritableStream first:', e.name, e.code);
  }

  await step('addAbortSignal on a ReadableStream', (done) => {
    const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); } });
    const reader = rs.getReader();
    const ac = new AbortController();
    addAbortSignal(ac.signal, rs);
    finished(rs, (err) => {
      reader.read().then(() => console.log('  read after abort'), (e) => done(err.name, e.name));
    });
    reader.read().then((r) => { console.log('  first read', r.value); ac.abort(); });
  });
  await step('addAbortSignal on a WritableStream', (done) => {
    const values = [];
    const ws = collect(values);
    const writer = ws.getWriter();
    const ac = new AbortController();
    addAbortSignal(ac.signal, ws);
    finished(ws, (err) => {
      writer.write('b').then(() => console.log('  wrote after abort'), (e) => done(err.name, e.name, values));
    });
    writer.write('a').then(() => ac.abort());
  });
  try {
    addAbortSignal(new AbortController().signal, {});
  } catch (e) {
    console.log('addAbortSignal on an object:', e.code, e.message);
  }
})();
