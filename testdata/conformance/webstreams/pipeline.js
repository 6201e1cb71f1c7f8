// stream.pipeline and Duplex.from with WHATWG streams: a web source through
// a TransformStream into a node Writable, a node source into a web sink,
// and an error from the web side reaching the callback.
const { pipeline, Writable, Readable, Duplex } = require('stream');
const upper = () => new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); } });
const got = [];
pipeline(
  ReadableStream.from(['a', 'b', 'c']),
  upper(),
  new Writable({ objectMode: true, write(chunk, e, cb) { got.push(chunk); cb(); } }),
  (err) => {
    console.log('web to node', err, got);
    const sink = [];
    pipeline(Readable.from(['x', 'y']), new WritableStream({ write(c) { sink.push(c); } }), (err2) => {
      console.log('node to web', err2, sink);
      let controller;
      const failing = new ReadableStream({ start(c) { controller = c; } });
      pipeline(failing, new Writable({ write(c, e, cb) { cb(); } }), (err3) => {
        console.log('web error', err3 && err3.message);
        const d = Duplex.from(new ReadableStream({ start(c) { c.enqueue('from web'); c.close(); } }));
        d.on('data', (v) => console.log('Duplex.from', String(v)));
      });
      controller.error(new Error('kaboom'));
    });
  },
);
