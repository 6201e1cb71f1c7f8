'use strict';
// The 'trace_events' builtin: node's trace event categories are written by
// its C++ tracing agent, which gojanet has no counterpart of. node throws
// ERR_TRACE_EVENTS_UNAVAILABLE when required where tracing is unavailable
// (a build without it, or a worker thread), and so does gojanet.
const { codes } = require('internal/errors');

throw new codes.ERR_TRACE_EVENTS_UNAVAILABLE();
