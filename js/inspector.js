'use strict';
// The 'inspector' builtin: V8's inspector protocol (sessions, the debugger
// URL) has no engine behind it here; goja has no inspector. node built
// without one (--without-inspector) lists the module and throws
// ERR_INSPECTOR_NOT_AVAILABLE when it is required, which is what gojanet
// does: packages that probe for it with try/require take their fallback.
const { codes } = require('internal/errors');

throw new codes.ERR_INSPECTOR_NOT_AVAILABLE();
