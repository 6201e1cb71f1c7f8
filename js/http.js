'use strict';
// node's http module: the server (js/_http_server.js) and its messages
// (js/_http_incoming.js, js/_http_outgoing.js) over the Go parser
// (modules/http_parser, reached through js/_http_common.js).

const { methods } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { validateHeaderName, validateHeaderValue, OutgoingMessage } = require('_http_outgoing');
const { _connectionListener, STATUS_CODES, Server, ServerResponse } = require('_http_server');
const { validateInteger } = require('internal/validators');

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

module.exports = {
  _connectionListener,
  METHODS: methods.slice().sort(),
  STATUS_CODES,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  maxHeaderSize: 16 * 1024,
  // Parsers are not pooled here (each connection owns one); the limit is
  // validated as node does and has nothing else to bound.
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
  },
};
