'use strict';
// The server's own per-request listeners, filled in when _http_server
// loads: the code that emits their event (a whole write's 'finish', a quiet
// request's 'end') calls them directly while the listener is the event's
// only one and emit() is EventEmitter's (what emit() would do, less a call).
// resOnFinish / resFinished(res): the response's 'finish' listener and its
// work; clearIncoming: the request's 'end' listener (called with the request).
// serverFinish and kPerf: ServerResponse's _finish and the symbol of its
// performance entry (end() leaves out a _finish that would do nothing);
// perfMade: whether any response was ever given one (until then end() need
// not read the symbol).
// emitCloseNT(res): the response's 'close' tick (a quiet request's end runs
// it in place: _http_incoming quietReadableNT).
// replayRest(parser, events, chunk, at, stops): _http_common's, for the
// server's chunks parsed in place (js/_http_server.js replayRead).
// wholeWritten(msg, socket): the tick of a whole write (net's writeWhole),
// the server's resFinished, which does a response's 'finish' itself.
// inheritsAll(o, fields): _http_outgoing's, for the server's checks too.
module.exports = { resOnFinish: null, resFinished: null, clearIncoming: null, serverFinish: null, kPerf: null, perfMade: false, replayRest: null, emitCloseNT: null, wholeWritten: null, inheritsAll: null };
