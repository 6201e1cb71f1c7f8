'use strict';
// _stream_duplex: node's legacy alias of stream.Duplex.

module.exports = require('stream').Duplex;
