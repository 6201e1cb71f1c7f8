'use strict';
// pipeline(...streams, callback): pipe streams together, forward errors and
// destroy every stream when one fails. Stages may be streams, iterables,
// or functions (source() / transform(source) / destination(source)).

const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const {
  kAsyncIterator, errors, aggregateTwoErrors, isIterable, isNodeStream,
  isReadable, isReadableNodeStream, isReadableFinished, once,
} = require('internal/streams/utils');

let PassThrough;
let AbortControllerImpl;

function codes() { return errors().codes; }

function streamDestroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => { finished = true; });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
    finished = !err;
  });
  return {
    destroy: (err) => {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || new (codes().ERR_STREAM_DESTROYED)('pipe'));
    },
    cleanup,
  };
}

function popCallback(streams) {
  const cb = streams[streams.length - 1];
  if (typeof cb !== 'function') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('streams[stream.length - 1]', 'Function', cb);
  }
  return streams.pop();
}

function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  // Readable's own iterator, even where the instance hid its own (legacy
  // streams set it to null).
  if (isReadableNodeStream(val)) return require('internal/streams/readable').prototype[kAsyncIterator].call(val);
  throw new (codes().ERR_INVALID_ARG_TYPE)('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

function getIterator(iterable) {
  if (typeof iterable[kAsyncIterator] === 'function') return iterable[kAsyncIterator]();
  return iterable[Symbol.iterator]();
}

// Write an (async) iterable into a node Writable, honouring backpressure.
async function pumpToNode(iterable, writable, finish, opts) {
  const end = opts.end;
  let error;
  let onresolve = null;

  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };
  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) reject(error);
        else resolve();
      };
    }
  });

  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    const it = getIterator(iterable);
    let itDone = false;
    try {
      for (;;) {
        const r = await it.next();
        if (r.done) {
          itDone = true;
          break;
        }
        if (!writable.write(r.value)) await wait();
      }
    } catch (e) {
      if (!itDone && typeof it.return === 'function') {
        try { await it.return(); } catch { /* ignore */ }
      }
      throw e;
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

function pipeline(...streams) {
  return pipelineImpl(streams, once(popCallback(streams)));
}

function newAbortController() {
  if (!AbortControllerImpl) {
    AbortControllerImpl = require('internal/event_target').AbortController; // (ours, not the global)
  }
  if (AbortControllerImpl) return new AbortControllerImpl();
  // Minimal stand-in when the host has no AbortController.
  const listeners = [];
  const signal = {
    aborted: false,
    reason: undefined,
    addEventListener(type, fn) { if (type === 'abort') listeners.push(fn); },
    removeEventListener(type, fn) {
      const i = listeners.indexOf(fn);
      if (i !== -1) listeners.splice(i, 1);
    },
  };
  return {
    signal,
    abort(reason) {
      if (signal.aborted) return;
      signal.aborted = true;
      signal.reason = reason;
      const l = listeners.slice();
      for (let i = 0; i < l.length; i++) l[i].call(signal, { type: 'abort' });
    },
  };
}

// Write an (async) iterable into a WHATWG WritableStream (or a
// TransformStream's writable side) through one writer: each chunk waits for
// writer.ready (backpressure); a failure aborts the stream with it.
async function pumpToWeb(readable, writable, finish, opts) {
  if (webstreams().isTransformStream(writable)) writable = writable.writable;
  const writer = writable.getWriter();
  try {
    const it = getIterator(readable);
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      await writer.ready;
      writer.write(r.value).catch(() => {});
    }
    await writer.ready;
    if (opts.end) await writer.close();
    finish();
  } catch (err) {
    try {
      await writer.abort(err);
      finish(err);
    } catch (abortErr) {
      finish(abortErr);
    }
  }
}

let webstreamsModule;
function webstreams() {
  if (!webstreamsModule) webstreamsModule = require('internal/webstreams');
  return webstreamsModule;
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw new (codes().ERR_MISSING_ARGS)('streams');

  const ac = newAbortController();
  const signal = ac.signal;
  const outerSignal = opts && opts.signal;

  const lastStreamCleanup = [];

  function abort() {
    finishImpl(new (errors().AbortError)());
  }
  if (outerSignal) {
    if (outerSignal.aborted) process.nextTick(abort);
    else outerSignal.addEventListener('abort', abort);
  }

  let error;
  let value;
  const destroys = [];
  let finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (outerSignal) outerSignal.removeEventListener('abort', abort);
    ac.abort();
    if (final) {
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      process.nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = streamDestroyer(stream, reading, writing);
        destroys.push(destroy);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }
      // Errors are reported through finished(); this only keeps an
      // unhandled 'error' from throwing.
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          finish(err);
        }
      };
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(() => { stream.removeListener('error', onError); });
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) {
          throw new (codes().ERR_INVALID_RETURN_VALUE)('Iterable, AsyncIterable or Stream', 'source', ret);
        }
      } else if (isIterable(stream) || isReadableNodeStream(stream) || webstreams().isTransformStream(stream)) {
        ret = stream; // a ReadableStream is async iterable
      } else {
        ret = require('internal/streams/duplexify').duplexFrom(stream, 'body');
      }
    } else if (typeof stream === 'function') {
      if (webstreams().isTransformStream(ret)) ret = ret.readable;
      ret = makeAsyncIterable(ret);
      ret = stream(ret, { signal });
      if (reading) {
        if (!isIterable(ret, true)) {
          throw new (codes().ERR_INVALID_RETURN_VALUE)('AsyncIterable', `transform[${i - 1}]`, ret);
        }
      } else {
        if (!PassThrough) PassThrough = require('internal/streams/passthrough');
        const pt = new PassThrough({ objectMode: true });
        const then = ret && ret.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            process.nextTick(finish);
          }, (err) => {
            pt.destroy(err);
            process.nextTick(finish, err);
          });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else {
          throw new (codes().ERR_INVALID_RETURN_VALUE)('AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        const { destroy, cleanup } = streamDestroyer(ret, false, true);
        destroys.push(destroy);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, { end });
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (webstreams().isTransformStream(ret)) {
        finishCount++;
        pumpToNode(ret.readable, stream, finish, { end });
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw new (codes().ERR_INVALID_ARG_TYPE)('val',
          ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else if (webstreams().isWebStream(stream)) {
      // A web stream joins through a writer (pumpToWeb): a node Readable is
      // read through its async iterator, as node does.
      if (isReadableNodeStream(ret)) {
        finishCount++;
        pumpToWeb(makeAsyncIterable(ret), stream, finish, { end });
      } else if (webstreams().isTransformStream(ret)) {
        finishCount++;
        pumpToWeb(ret.readable, stream, finish, { end });
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToWeb(ret, stream, finish, { end });
      } else {
        throw new (codes().ERR_INVALID_ARG_TYPE)('val',
          ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else {
      ret = require('internal/streams/duplexify').duplexFrom(stream, 'body');
    }
  }

  if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) {
    process.nextTick(abort);
  }
  return ret;
}

function pipe(src, dst, finish, opts) {
  const end = opts.end;
  let ended = false;
  dst.on('close', () => {
    if (!ended) {
      // Finish if the destination closes before the source has ended.
      finish(new (codes().ERR_STREAM_PREMATURE_CLOSE)());
    }
  });

  src.pipe(dst, { end: false });

  if (end) {
    const endFn = () => {
      ended = true;
      dst.end();
    };
    if (isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);

    eos(src, { readable: true, writable: false }, (err) => {
      const rState = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
          rState && rState.ended && !rState.errored && !rState.errorEmitted) {
        // Some streams close before 'end' is emitted; wait for it.
        src.once('end', endFn).once('error', finish);
      } else {
        finish(err);
      }
    });
  } else {
    // end: false leaves the destination open; the pipeline is done once
    // the source is (errors of the destination still fail it).
    finish();
    return eos(src, { readable: true, writable: false }, finish);
  }

  return eos(dst, { readable: false, writable: true }, finish);
}

module.exports = { pipeline, pipelineImpl };
