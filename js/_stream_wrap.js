'use strict';
// The deprecated `_stream_wrap` builtin (DEP0125): node's JSStreamSocket, a
// net.Socket over any Duplex (js/internal/js_stream_socket.js).

module.exports = require('internal/js_stream_socket');
process.emitWarning('The _stream_wrap module is deprecated.', 'DeprecationWarning', 'DEP0125');
