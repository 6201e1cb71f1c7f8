'use strict';
// Readable byte streams: a BYOB reader's buffer handed to the source through
// controller.byobRequest (respond, respondWithNewView), element-aligned
// reads, autoAllocateChunkSize for a default reader, a reader released with
// a read pending, buffers taken over (detached), node's errors, and when
// each read settles against other microtasks.
const show = (label, f) => {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

function withRequest(label, f, opts = {}) {
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      show(label, () => f(c.byobRequest, c));
      if (opts.after) opts.after(c);
    },
  });
  const rd = rs.getReader({ mode: 'byob' });
  return rd.read(opts.view || new Uint8Array(16)).then(
    (x) => console.log(label, '->', x),
    (e) => console.log(label, '-> error', e.name, e.code, e.message));
}

const respondOne = { after: (c) => c.byobRequest && c.byobRequest.respond(1) };
const respondZero = { after: (c) => c.byobRequest && c.byobRequest.respond(0) };

(async () => {
  await withRequest('request view', (r) => [r.view.constructor.name, r.view.byteOffset, r.view.byteLength], respondOne);
  await withRequest('respond 0 while readable', (r) => r.respond(0), respondOne);
  await withRequest('respond past the view', (r) => r.respond(100), respondOne);
  await withRequest('new view of zero length', (r) => r.respondWithNewView(new Uint8Array(0)), respondOne);
  await withRequest('new view not a view', (r) => r.respondWithNewView({}), respondOne);
  await withRequest('new view at another offset', (r) => r.respondWithNewView(new Uint8Array(r.view.buffer, 1, 1)), respondOne);
  await withRequest('new view of another buffer', (r) => r.respondWithNewView(new Uint8Array(8)), respondOne);
  await withRequest('new view', (r) => {
    const v = new Uint8Array(r.view.buffer, 0, 3);
    v.set([1, 2, 3]);
    r.respondWithNewView(v);
    return [r.view, v.buffer.byteLength];
  });
  await withRequest('closed, respond 1', (r, c) => { c.close(); r.respond(1); }, respondZero);
  await withRequest('closed, new view not empty', (r, c) => {
    c.close();
    r.respondWithNewView(new Uint8Array(r.view.buffer, 0, 1));
  }, respondZero);
  await withRequest('closed, respond 0', (r, c) => { c.close(); r.respond(0); return r.view; });
  await withRequest('enqueue with a request pending', (r, c) => {
    c.enqueue(new Uint8Array([5, 6]));
    return [r.view, c.byobRequest];
  });
  await withRequest('respond then enqueue', (r, c) => {
    r.view[0] = 1;
    r.respond(1);
    c.enqueue(new Uint8Array([7]));
  });
  await withRequest('half an element', (r) => { r.view[0] = 1; r.respond(1); return r.view; }, {
    view: new Uint16Array(4),
    after: (c) => {
      const r2 = c.byobRequest;
      console.log('  second request', r2 && r2.view);
      if (r2) { r2.view[0] = 2; r2.respond(1); }
    },
  });
  await withRequest('error', (r, c) => { c.error(new Error('boom')); return r.view; });
  await withRequest('close with half an element', (r, c) => { r.view[0] = 1; r.respond(1); c.close(); }, { view: new Uint16Array(4) });

  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 8,
    pull(c) {
      const r = c.byobRequest;
      console.log('auto view', r.view);
      r.view.set([1, 2]);
      r.respond(2);
    },
  });
  console.log('auto read', await auto.getReader().read());
  show('autoAllocateChunkSize 0', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }));
  show('autoAllocateChunkSize on a default stream', () => new ReadableStream({ autoAllocateChunkSize: 8 }));

  let ctl;
  const released = new ReadableStream({ type: 'bytes', pull(c) { ctl = c; } });
  const first = released.getReader({ mode: 'byob' });
  first.read(new Uint8Array(4)).then((x) => console.log('released read', x), (e) => console.log('released read error', e.message));
  await new Promise((r) => setTimeout(r, 5));
  first.releaseLock();
  console.log('released');
  await null;
  console.log('tick 1');
  await null;
  console.log('tick 2');
  const req = ctl.byobRequest;
  console.log('request after release', req && req.view);
  req.view[0] = 9;
  req.respond(1);
  console.log('next reader', await released.getReader().read());

  const u = new Uint8Array([1, 2]);
  new ReadableStream({ type: 'bytes', start(c) { c.enqueue(u); } });
  console.log('enqueued chunk detached', u.byteLength, u.buffer.byteLength);
  show('enqueue a detached chunk', () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(u); } }));

  const three = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); } });
  const r3 = three.getReader({ mode: 'byob' });
  console.log('reads', await r3.read(new Uint8Array(2)), await r3.read(new Uint8Array(2)), await r3.read(new Uint8Array(2)));
  const sixteen = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3])); } });
  const r16 = sixteen.getReader({ mode: 'byob' });
  console.log('Uint16 read of 3 bytes', await r16.read(new Uint16Array(4)));
  const bufs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); } });
  console.log('Buffer read', await bufs.getReader({ mode: 'byob' }).read(Buffer.alloc(4)));
  const dv = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); } });
  const dvr = await dv.getReader({ mode: 'byob' }).read(new DataView(new ArrayBuffer(3)));
  console.log('DataView read', dvr.value.constructor.name, dvr.value.byteLength);
  const given = new Uint8Array(4);
  const taken = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([8])); } });
  await taken.getReader({ mode: 'byob' }).read(given);
  console.log('the reader\'s view detached', given.byteLength);

  const bad = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  for (const [label, v] of [['zero-length view', new Uint8Array(0)], ['not a view', {}], ['detached view', given]]) {
    await bad.read(v).then(() => console.log(label, 'read'), (e) => console.log(label, e.name, e.code, e.message));
  }
  show('new ReadableStreamBYOBRequest()', () => new ReadableStreamBYOBRequest());
  console.log(Object.getOwnPropertyNames(ReadableStreamBYOBRequest.prototype));

  const order = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1])); } });
  order.getReader({ mode: 'byob' }).read(new Uint8Array(4)).then((x) => console.log('byob read settles', x.value.length));
  Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
})();
