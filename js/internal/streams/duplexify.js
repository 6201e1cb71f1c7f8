'use strict';
// Duplex.from(), duplexPair() and compose().

const Duplex = require('internal/streams/duplex');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const {
  kAsyncIterator, errors, isDuplexNodeStream, isNodeStream, isReadableNodeStream,
  isWritableNodeStream, isIterable, isReadable, isWritable, lazyBuffer,
} = require('internal/streams/utils');

function codes() { return errors().codes; }

// A Duplex subclass so Readable.from() can build readable-only duplexes.
function Duplexify(options) {
  if (!(this instanceof Duplexify)) return new Duplexify(options);
  Duplex.call(this, options);
  // Duplex.from() results are never half-open on their readable-only/writable-only side.
  if (options && options.readable === false) {
    this._readableState.readable = false;
    this._readableState.ended = true;
    this._readableState.endEmitted = true;
  }
  if (options && options.writable === false) {
    this._writableState.writable = false;
    this._writableState.ending = true;
    this._writableState.ended = true;
    this._writableState.finished = true;
  }
}
Object.setPrototypeOf(Duplexify.prototype, Duplex.prototype);
Object.setPrototypeOf(Duplexify, Duplex);

function fromIterable(iterable, opts) {
  const from = require('internal/streams/from');
  return from(Duplexify, iterable, opts);
}

function duplexFrom(body, name) {
  if (isDuplexNodeStream(body)) return body;
  const ws = require('internal/webstreams');
  if (ws.isReadableStream(body)) return duplexify({ readable: require('stream').Readable.fromWeb(body) });
  if (ws.isWritableStream(body)) return duplexify({ writable: require('stream').Writable.fromWeb(body) });
  if (body instanceof require('internal/blob').Blob) return duplexFrom(body.arrayBuffer(), name);
  if (isReadableNodeStream(body)) return duplexify({ readable: body });
  if (isWritableNodeStream(body)) return duplexify({ writable: body });
  if (isNodeStream(body)) return duplexify({ writable: false, readable: false });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return fromIterable(value, { objectMode: true, write, final, destroy });
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new (codes().ERR_INVALID_RETURN_VALUE)('nully', 'body', val);
      }, (err) => {
        destroyImpl.destroyer(d, err);
      });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(() => {
            promise.then(() => process.nextTick(cb, null), (err) => process.nextTick(cb, err));
          });
        },
        destroy,
      });
      return d;
    }
    throw new (codes().ERR_INVALID_RETURN_VALUE)('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (typeof body === 'string' || body instanceof lazyBuffer() || body instanceof ArrayBuffer) {
    return fromIterable([typeof body === 'string' || body instanceof lazyBuffer() ? body : lazyBuffer().from(body)],
      { objectMode: true, writable: false });
  }
  if (isIterable(body)) return fromIterable(body, { objectMode: true, writable: false });

  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable ?
      (isReadableNodeStream(body.readable) ? body.readable :
        ws.isReadableStream(body.readable) ? require('stream').Readable.fromWeb(body.readable) :
          duplexFrom(body.readable)) : undefined;
    const writable = body.writable ?
      (isWritableNodeStream(body.writable) ? body.writable :
        ws.isWritableStream(body.writable) ? require('stream').Writable.fromWeb(body.writable) :
          duplexFrom(body.writable)) : undefined;
    return duplexify({ readable, writable });
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyImpl.destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new (codes().ERR_INVALID_ARG_TYPE)(name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable',
      'Function', '{ readable, writable } pair', 'Promise'], body);
}

// Feed writes into an async iterable handed to `fn` (a transform-like
// async generator function); its return value becomes the readable side.
function fromAsyncGen(fn) {
  let resolve = null;
  let promise = new Promise((r) => { resolve = r; });
  let ac = null;
  const signal = (() => {
    const AbortController = require('internal/event_target').AbortController; // (ours, not the global)
    if (typeof AbortController === 'function') {
      ac = new AbortController();
      return ac.signal;
    }
    return { aborted: false, reason: undefined, addEventListener() {}, removeEventListener() {} };
  })();
  let finished = false;
  const source = {
    next() {
      if (finished) return Promise.resolve({ value: undefined, done: true });
      const p = promise;
      promise = null;
      return p.then(({ chunk, done, cb }) => {
        process.nextTick(cb);
        if (done) {
          finished = true;
          return { value: undefined, done: true };
        }
        if (signal.aborted) {
          finished = true;
          throw new (errors().AbortError)(undefined, { cause: signal.reason });
        }
        promise = new Promise((r) => { resolve = r; });
        return { value: chunk, done: false };
      });
    },
    return(value) {
      finished = true;
      return Promise.resolve({ value, done: true });
    },
  };
  source[kAsyncIterator] = function() { return this; };
  const value = fn(source, { signal });
  return {
    value,
    write(chunk, encoding, cb) {
      const r = resolve;
      resolve = null;
      r({ chunk, done: false, cb });
    },
    final(cb) {
      const r = resolve;
      resolve = null;
      r({ done: true, cb });
    },
    destroy(err, cb) {
      if (ac) ac.abort();
      else signal.aborted = true;
      cb(err);
    },
  };
}

// The callbacks a Duplex made of other streams holds while it waits on
// them: a write waiting for 'drain', _final for the end, a read for
// 'readable'. take() calls one once.
class Pending {
  constructor() {
    this.drain = null;
    this.finish = null;
    this.readable = null;
  }

  take(name) {
    const cb = this[name];
    this[name] = null;
    if (cb) cb();
  }

  clear() {
    this.drain = null;
    this.finish = null;
    this.readable = null;
  }
}

// writeThrough makes d's writes w's; _final ends w and waits until
// pending.finish is taken (by whoever knows the end is reached).
function writeThrough(d, w, pending) {
  d._write = function(chunk, encoding, callback) {
    if (w.write(chunk, encoding)) callback();
    else pending.drain = callback;
  };
  d._final = function(callback) {
    w.end();
    pending.finish = callback;
  };
  w.on('drain', () => pending.take('drain'));
}

// readThrough makes r's data d's, read as d wants it.
function readThrough(d, r, pending) {
  r.on('readable', () => pending.take('readable'));
  r.on('end', () => { d.push(null); });
  d._read = function() {
    for (;;) {
      const buf = r.read();
      if (buf === null) {
        pending.readable = d._read;
        return;
      }
      if (!d.push(buf)) return;
    }
  };
}

// Combine a writable and a readable into one Duplex.
function duplexify(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    require('internal/streams/readable').wrap(pair.readable) : pair.readable;
  const w = pair.writable;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  const pending = new Pending();
  let onclose; // undefined until a side finishes; then null
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });

  if (writable) {
    eos(w, { writable: true, readable: false }, (err) => {
      writable = false;
      if (err) destroyImpl.destroyer(r, err);
      onfinished(err);
    });
    writeThrough(d, w, pending);
    w.on('finish', () => pending.take('finish'));
  }

  if (readable) {
    eos(r, { readable: true, writable: false }, (err) => {
      readable = false;
      if (err) destroyImpl.destroyer(r, err);
      onfinished(err);
    });
    readThrough(d, r, pending);
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new (errors().AbortError)();
    pending.clear();
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyImpl.destroyer(w, err);
      destroyImpl.destroyer(r, err);
    }
  };
  return d;
}

// duplexPair(): two Duplex ends; what is written to one is read from the other.
const kCallback = Symbol('kCallback');
const kOther = Symbol('kOtherSide');

function DuplexSide(options) {
  Duplex.call(this, options);
  this[kCallback] = null;
  this[kOther] = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);
Object.setPrototypeOf(DuplexSide, Duplex);
DuplexSide.prototype._read = function() {
  const cb = this[kCallback];
  if (cb) {
    this[kCallback] = null;
    cb();
  }
};
DuplexSide.prototype._write = function(chunk, encoding, callback) {
  if (chunk.length === 0) {
    process.nextTick(callback);
  } else {
    this[kOther].push(chunk);
    this[kOther][kCallback] = callback;
  }
};
DuplexSide.prototype._final = function(callback) {
  this[kOther].on('end', callback);
  this[kOther].push(null);
};

function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  a[kOther] = b;
  b[kOther] = a;
  return [a, b];
}

// compose(...streams): one Duplex writing into the first stage and reading
// from the last, with pipeline() joining them. Either end may be a web
// stream: the Duplex then writes through a writer (waiting for
// writer.ready) or reads through a reader. Its 'finish' waits for the last
// stage to finish, as node's does.
function compose(...streams) {
  if (streams.length === 0) throw new (codes().ERR_MISSING_ARGS)('streams');
  if (streams.length === 1) return duplexFrom(streams[0], 'streams[0]');
  const { pipeline } = require('internal/streams/pipeline');
  const ws = require('internal/webstreams');
  const orgStreams = streams.slice();
  if (typeof streams[0] === 'function') streams[0] = duplexFrom(streams[0], 'streams[0]');
  if (typeof streams[streams.length - 1] === 'function') {
    const idx = streams.length - 1;
    streams[idx] = duplexFrom(streams[idx], `streams[${idx}]`);
  }
  const readableEnd = (s) => isReadable(s) || ws.isReadableStream(s) || ws.isTransformStream(s);
  const writableEnd = (s) => isWritable(s) || ws.isWritableStream(s) || ws.isTransformStream(s);
  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n]) && !ws.isWebStream(streams[n])) continue;
    if (n < streams.length - 1 && !readableEnd(streams[n])) {
      throw new (codes().ERR_INVALID_ARG_VALUE)(`streams[${n}]`, orgStreams[n], 'must be readable');
    }
    if (n > 0 && !writableEnd(streams[n])) {
      throw new (codes().ERR_INVALID_ARG_VALUE)(`streams[${n}]`, orgStreams[n], 'must be writable');
    }
  }

  const pending = new Pending();
  let onclose; // undefined while the pipeline runs; null once it ended
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  }

  const head = streams[0];
  const tail = pipeline(streams, onfinished);
  const writable = !!writableEnd(head);
  const readable = !!readableEnd(tail);

  d = new Duplexify({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });

  if (writable) {
    if (isNodeStream(head)) {
      writeThrough(d, head, pending);
    } else {
      const writer = (ws.isTransformStream(head) ? head.writable : head).getWriter();
      d._write = async function(chunk, encoding, callback) {
        try {
          await writer.ready;
          writer.write(chunk).catch(() => {});
          callback();
        } catch (err) {
          callback(err);
        }
      };
      d._final = async function(callback) {
        try {
          await writer.ready;
          writer.close().catch(() => {});
          pending.finish = callback;
        } catch (err) {
          callback(err);
        }
      };
    }
    eos(ws.isTransformStream(tail) ? tail.readable : tail, () => pending.take('finish'));
  }

  if (readable) {
    if (isNodeStream(tail)) {
      readThrough(d, tail, pending);
    } else {
      const reader = (ws.isTransformStream(tail) ? tail.readable : tail).getReader();
      d._read = async function() {
        for (;;) {
          let r;
          try {
            r = await reader.read();
          } catch {
            return; // the pipeline reports the error
          }
          if (r.done) {
            d.push(null);
            return;
          }
          if (!d.push(r.value)) return;
        }
      };
    }
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new (errors().AbortError)();
    pending.clear();
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      if (isNodeStream(tail)) destroyImpl.destroyer(tail, err);
    }
  };
  return d;
}

module.exports = { duplexFrom, duplexPair, compose, Duplexify };
