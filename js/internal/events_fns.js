'use strict';
// EventEmitter's internal add, for streams: events fills it in when it
// loads. Readable.prototype.on calls `add` directly (one call frame less per
// listener a stream gets) while Stream.prototype.on is still EventEmitter's
// own `on`; a script that replaced that is called as in node.
// emitKnown(target, type, n, a, b) is target.emit(type, ...) for a type
// other than 'error' with n (0-2) arguments while target.emit is `emit`.
// initOf(emitter, opts) is EventEmitter.init's work as a plain call, for
// while EventEmitter.init is still `init` (domain replaces it).
// kShapeMode, kCapture and proto (EventEmitter.prototype) let http's
// per-request constructors do init's work for no options in place;
// defaultMaxListeners.value is EventEmitter.defaultMaxListeners without
// its getter (http adds a listener in place where no warning is due);
// addCatch(target, result, type, args) is what emit does with a listener's
// result that is not undefined or null (captureRejections); onceWrap(target,
// type, listener) is the wrapper once() adds.
module.exports = { add: null, on: null, emit: null, emitKnown: null, init: null, initOf: null,
  initShaped: null, kShapeMode: null, kCapture: null, proto: null, defaultMaxListeners: null, addCatch: null,
  onceWrap: null };
