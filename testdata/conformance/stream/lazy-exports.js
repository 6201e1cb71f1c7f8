'use strict';
// stream's exports a socket server never touches load on first access in
// gojanet; whatever the order of access or assignment, a script sees node's
// plain data properties and values.
const stream = require('stream');
const util = require('util');

// Assigned before any access.
stream.addAbortSignal = 'replaced';
console.log(stream.addAbortSignal, Object.getOwnPropertyDescriptor(stream, 'addAbortSignal').value);

const shape = (k) => {
  const d = Object.getOwnPropertyDescriptor(stream, k);
  return [typeof d.value, d.get === undefined, d.writable, d.enumerable, d.configurable].join(' ');
};
for (const k of ['Transform', 'PassThrough', 'pipeline', 'finished']) {
  console.log(k, typeof stream[k], stream[k].name, stream[k].length, shape(k));
}
console.log(stream.PassThrough.prototype instanceof stream.Transform, stream.Transform.prototype instanceof stream.Duplex);
console.log(util.promisify(stream.finished) === require('stream/promises').finished);
console.log(util.promisify(stream.pipeline) === require('stream/promises').pipeline);
console.log(stream.Stream.pipeline === stream.pipeline, require('stream').Transform === stream.Transform);
console.log(Object.keys(stream).filter((k) => ['Transform', 'PassThrough', 'pipeline', 'finished', 'addAbortSignal'].includes(k)).join());

const t = new stream.PassThrough();
stream.pipeline(stream.Readable.from(['a', 'b']), t, (err) => console.log('pipeline done', err));
t.on('data', (c) => console.log('data', String(c)));
stream.finished(t, (err) => console.log('finished', err));
