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

// The default file name, node's: Heap.<date>.<time>.<pid>.<thread id>.<seq>.heapsnapshot.
function snapshotName() {
  return require('internal/diagnostic_filename').diagnosticFilename('Heap', 'heapsnapshot');
}

// --heapsnapshot-signal=SIG: each SIG writes a snapshot (a default-named
// file, in --diagnostic-dir when given), as node's listener does.
function installSignalHandler() {
  const { cliOption } = require('internal/cli_options');
  const signal = cliOption('--heapsnapshot-signal');
  require('internal/validators').validateSignalName(signal);
  const dir = cliOption('--diagnostic-dir');
  process.on(signal, function doWriteHeapSnapshot() {
    const name = snapshotName();
    require('v8').writeHeapSnapshot(dir ? require('path').join(dir, name) : name);
  });
}

module.exports = { heapSnapshotOptions, heapSnapshotStream, snapshotName, installSignalHandler };
