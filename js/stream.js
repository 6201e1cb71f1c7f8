'use strict';
// The `stream` builtin (gojanet). Exports the legacy Stream constructor with
// Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, ...

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const destroyImpl = require('internal/streams/destroy');
const utils = require('internal/streams/utils');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');

// Readable helper methods and Duplex.from/compose/duplexPair load on first
// use (saves a few milliseconds on every require('stream')).
let operators;
function loadOperators() {
  if (!operators) operators = require('internal/streams/operators');
  return operators;
}
function defineLazyOperator(name, group) {
  Object.defineProperty(Readable.prototype, name, {
    value: function(...args) {
      return loadOperators()[group][name].apply(this, args);
    },
    enumerable: false, configurable: true, writable: true,
  });
}
for (const name of ['asIndexedPairs', 'compose', 'drop', 'filter', 'flatMap', 'map', 'take']) {
  defineLazyOperator(name, 'streamReturning');
}
for (const name of ['every', 'forEach', 'reduce', 'toArray', 'some', 'find']) {
  defineLazyOperator(name, 'promiseReturning');
}

// Exports a socket server never touches (Transform, PassThrough, pipeline,
// finished, addAbortSignal: ≈ 20 KB of JavaScript) load on first access,
// and then become the plain data properties node has (a set before that
// defines one too).
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
function lazyExport(name, load) {
  const define = (value) => {
    Object.defineProperty(Stream, name, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(Stream, name, {
    get() { return define(load()); },
    set(value) { define(value); },
    enumerable: true,
    configurable: true,
  });
}

let duplexify;
function loadDuplexify() {
  if (!duplexify) duplexify = require('internal/streams/duplexify');
  return duplexify;
}
Duplex.from = function from(body) {
  return loadDuplexify().duplexFrom(body, 'body');
};

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
lazyExport('Transform', () => require('internal/streams/transform'));
lazyExport('PassThrough', () => require('internal/streams/passthrough'));
lazyExport('pipeline', () => {
  const { pipeline } = require('internal/streams/pipeline');
  // util.promisify(pipeline) gives the promise form.
  Object.defineProperty(pipeline, kCustomPromisify, {
    enumerable: true,
    get() { return require('stream/promises').pipeline; },
  });
  return pipeline;
});
Stream.compose = function compose(...streams) { return loadDuplexify().compose(...streams); };
Stream.duplexPair = function duplexPair(options) { return loadDuplexify().duplexPair(options); };
lazyExport('addAbortSignal', () => require('internal/streams/add-abort-signal').addAbortSignal);
lazyExport('finished', () => {
  const eos = require('internal/streams/end-of-stream');
  Object.defineProperty(eos, kCustomPromisify, {
    enumerable: true,
    get() { return require('stream/promises').finished; },
  });
  return eos;
});
Stream.destroy = destroyImpl.destroyer;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (!promises) promises = require('stream/promises');
    return promises;
  },
});

Stream.Stream = Stream;
Stream._isUint8Array = utils.isUint8Array;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._uint8ArrayToBuffer = utils.toBuffer;

module.exports = Stream;
