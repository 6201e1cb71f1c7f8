'use strict';
// _stream_transform: node's legacy alias of stream.Transform.

module.exports = require('stream').Transform;
