'use strict';
// addAbortSignal(signal, stream): destroy the stream with an AbortError when
// the signal aborts; a web stream is errored through its controller.

const { errors, isNodeStream } = require('internal/streams/utils');
let eos;

function validateSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateSignal(signal, 'signal');
  if (!isNodeStream(stream) && !require('internal/webstreams').isWebStream(stream)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream) ? () => {
    stream.destroy(new (errors().AbortError)(undefined, { cause: signal.reason }));
  } : () => {
    require('internal/webstreams').errorStream(stream, new (errors().AbortError)(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort);
    if (!eos) eos = require('internal/streams/end-of-stream');
    eos(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate, validateSignal };
