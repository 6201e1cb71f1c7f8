'use strict';
// Readable.from(iterable[, options]) without async generators (goja has none):
// pulls from a sync or async iterator, one push per value.

const { kAsyncIterator, errors, lazyBuffer } = require('internal/streams/utils');

function from(Readable, iterable, opts) {
  let iterator;
  if (typeof iterable === 'string' || iterable instanceof lazyBuffer()) {
    return new Readable(Object.assign({ objectMode: true }, opts, {
      read() {
        this.push(iterable);
        this.push(null);
      },
    }));
  }

  let isAsync;
  if (iterable && typeof iterable[kAsyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[kAsyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable(Object.assign({ objectMode: true, highWaterMark: 1 }, opts));
  let reading = false;

  readable._read = function() {
    if (!reading) {
      reading = true;
      next();
    }
  };

  readable._destroy = function(error, cb) {
    close(error).then(
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error));
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  async function next() {
    for (;;) {
      try {
        const { value, done } = isAsync ? await iterator.next() : iterator.next();
        if (done) {
          readable.push(null);
        } else {
          const res = (value && typeof value.then === 'function') ? await value : value;
          if (res === null) {
            reading = false;
            throw new (errors().codes.ERR_STREAM_NULL_VALUES)();
          } else if (readable.push(res)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

module.exports = from;
