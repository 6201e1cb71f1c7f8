'use strict';
// _stream_writable: node's legacy alias of stream.Writable.

module.exports = require('stream').Writable;
