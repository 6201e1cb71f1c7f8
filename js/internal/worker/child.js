'use strict';
// The worker side of worker_threads' error path: an uncaught exception in a
// worker is not printed there, it is serialized (as postMessage would) and
// handed to Go, which raises it as the parent's Worker 'error' event.

const { toParts } = require('internal/worker/io');

function reportError(err) {
  let parts;
  try {
    parts = toParts(err);
  } catch {
    const { codes } = require('internal/errors');
    parts = toParts(new codes.ERR_WORKER_UNSERIALIZABLE_ERROR());
  }
  internalBinding('worker').reportError(parts[0], parts[1], parts[2], parts[3]);
}

module.exports = { reportError };
