'use strict';
// EventEmitter's internal add, for streams: events fills it in when it
// loads. Readable.prototype.on calls `add` directly (one call frame less per
// listener a stream gets) while Stream.prototype.on is still EventEmitter's
// own `on`; a script that replaced that is called as in node.
// emitKnown(target, type, n, a, b) is target.emit(type, ...) for a type
// other than 'error' with n (0-2) arguments while target.emit is `emit`.
// initOf(emitter, opts) is EventEmitter.init's work as a plain call, for
// while EventEmitter.init is still `init` (domain replaces it).
module.exports = { add: null, on: null, emit: null, emitKnown: null, init: null, initOf: null };
