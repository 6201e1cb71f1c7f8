'use strict';
// destroy()/error bookkeeping shared by Readable, Writable and Duplex.
// Order guaranteed (as in Node): destroy(err) -> _destroy -> next tick: 'error', then 'close'.

const {
  kDestroy, kConstruct, kIsDestroyed, aggregateTwoErrors, errors, isRequest, isFinished,
} = require('internal/streams/utils');

const { tick1 } = require('internal/timers'); // process.nextTick without its rest array and apply()
const EEemit = require('events').prototype.emit;

function recordError(err, w, r) {
  if (err) {
    // Touch the stack so it is captured at the point of failure.
    err.stack; // eslint-disable-line no-unused-expressions
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;

  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }

  if (err) recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;

  if (s && s.constructed === false) {
    destroyWhenConstructed(this, err, cb);
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

// (the closure made apart from destroy(), whose every call would otherwise
// allocate the scope it closes over)
function destroyWhenConstructed(self, err, cb) {
  self.once(kDestroy, function(er) {
    runDestroy(this, aggregateTwoErrors(er, err), cb);
  });
}

// A _destroy known to call its callback once, synchronously, and do nothing
// else with it (net.Socket's: js/net.js registers it with the steps it takes,
// which call destroyed() where _destroy calls its callback): runDestroy runs
// those steps without making the onDestroy closure and its scope.
let knownDestroy = null;
let knownDestroySteps = null;
function setKnownDestroy(fn, steps) {
  knownDestroy = fn;
  knownDestroySteps = steps;
}

// What onDestroy does once called (and the known _destroy's steps call).
function destroyed(self, err, cb) {
  const r = self._readableState;
  const w = self._writableState;
  if (err) recordError(err, w, r);
  if (w) w.closed = true;
  if (r) r.closed = true;
  if (typeof cb === 'function') cb(err);
  if (err) process.nextTick(emitErrorCloseNT, self, err);
  else tick1(emitCloseNT, self);
}

function runDestroy(self, err, cb) {
  const ws = self._writableState;
  if (!err && self._destroy === knownDestroy && knownDestroy !== null && ws && ws.closed === false) {
    // (a throw before the steps called destroyed() is onDestroy's error, as
    // the closure's catch makes it; one after, from cb or later, is
    // swallowed as there: `closed`, set before anything a script can run
    // without an error, tells which)
    try {
      knownDestroySteps(self, null, cb, true);
    } catch (e) {
      if (ws.closed === false) destroyed(self, e, cb);
    }
    return;
  }
  runDestroyWithCallback(self, err, cb);
}

// (apart from runDestroy: a function declaration there would be made at
// every call, the known path's too)
function runDestroyWithCallback(self, err, cb) {
  let called = false;
  function onDestroy(err) {
    if (called) return;
    called = true;
    destroyed(self, err, cb);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) {
    // (emit() with nobody listening does nothing: a rest array on goja)
    const events = self._events;
    if (self.emit !== EEemit || events === null || (events !== undefined && events.close !== undefined)) self.emit('close');
  }
}

function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  // Only changed fields are written: a state's fields default from its
  // prototype, and sockets undestroy every new state.
  if (r) {
    const ended = r.readable === false;
    if (r.constructed !== true) r.constructed = true;
    if (r.closed !== false) r.closed = false;
    if (r.closeEmitted !== false) r.closeEmitted = false;
    if (r.destroyed !== false) r.destroyed = false;
    if (r.errored !== null) r.errored = null;
    if (r.errorEmitted !== false) r.errorEmitted = false;
    if (r.reading !== false) r.reading = false;
    if (r.ended !== ended) r.ended = ended;
    if (r.endEmitted !== ended) r.endEmitted = ended;
  }
  if (w) {
    const ended = w.writable === false;
    if (w.constructed !== true) w.constructed = true;
    if (w.destroyed !== false) w.destroyed = false;
    if (w.closed !== false) w.closed = false;
    if (w.closeEmitted !== false) w.closeEmitted = false;
    if (w.errored !== null) w.errored = null;
    if (w.errorEmitted !== false) w.errorEmitted = false;
    if (w.finalCalled !== false) w.finalCalled = false;
    if (w.prefinished !== false) w.prefinished = false;
    if (w.ended !== ended) w.ended = ended;
    if (w.ending !== ended) w.ending = ended;
    if (w.finished !== ended) w.finished = ended;
  }
}

// Used by the stream internals for errors that happen while working:
// destroys when autoDestroy is on, otherwise only emits 'error'.
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, w, r);
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : new (errors().codes.ERR_MULTIPLE_CALLBACK)());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct(function(err) { process.nextTick(onConstruct, err); });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

function emitCloseLegacy(stream) { stream.emit('close'); }
function emitErrorCloseLegacy(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitCloseLegacy, stream);
}

// Destroy anything stream-like (used by pipeline, finished, async iteration).
function destroyer(stream, err) {
  if (!stream || stream[kIsDestroyed] || stream.destroyed) return;
  if (!err && !isFinished(stream)) {
    const { AbortError } = errors();
    err = new AbortError();
  }
  if (isRequest(stream) && stream.req) {
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitErrorCloseLegacy, stream, err);
  } else {
    process.nextTick(emitCloseLegacy, stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  emitCloseNT, // (http's IncomingMessage: js/_http_incoming.js)
  setKnownDestroy, // (net.Socket's _destroy: js/net.js)
  destroyed,
  construct,
  destroyer,
  destroy,
  undestroy,
  errorOrDestroy,
};
