'use strict';
// _stream_passthrough: node's legacy alias of stream.PassThrough.

module.exports = require('stream').PassThrough;
