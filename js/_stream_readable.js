'use strict';
// _stream_readable: node's legacy alias of stream.Readable.

module.exports = require('stream').Readable;
