'use strict';
// What v8.getHeapSnapshot and worker.getHeapSnapshot share: the options'
// validation (node's) and the Readable a snapshot is read from. The
// snapshot's bytes are taken at once on the heap's own loop (the walk,
// modules/v8 heapsnapshot.go) and handed out in chunks.

const { validateObject, validateBoolean } = require('internal/validators');

// heapSnapshotOptions returns exposeNumericValues; exposeInternals changes
// nothing here (the walk shows what it has).
function heapSnapshotOptions(options) {
  if (options === undefined) return false;
  validateObject(options, 'options');
  const { exposeInternals = false, exposeNumericValues = false } = options;
  validateBoolean(exposeInternals, 'options.exposeInternals');
  validateBoolean(exposeNumericValues, 'options.exposeNumericValues');
  return exposeNumericValues;
}

const chunkSize = 64 * 1024;

function heapSnapshotStream(buf) {
  const { Readable } = require('stream');
  const stream = new Readable({ read() {} });
  for (let off = 0; off < buf.length; off += chunkSize) {
    stream.push(buf.subarray(off, Math.min(off + chunkSize, buf.length)));
  }
  stream.push(null);
  return stream;
}

module.exports = { heapSnapshotOptions, heapSnapshotStream };
