'use strict';
// node's http module: the server (js/_http_server.js), the client
// (js/_http_client.js, js/_http_agent.js) and their messages
// (js/_http_incoming.js, js/_http_outgoing.js) over the Go parser
// (modules/http_parser, reached through js/_http_common.js).

const { methods, parsers } = require('_http_common');
const { cliOptions } = require('internal/builtin_internals').httpCommon;
const { IncomingMessage } = require('_http_incoming');
const { validateHeaderName, validateHeaderValue, OutgoingMessage } = require('_http_outgoing');
const { _connectionListener, STATUS_CODES, Server, ServerResponse } = require('_http_server');
const { validateInteger } = require('internal/validators');
const agentModule = require('_http_agent');
const { Agent } = agentModule;
const { ClientRequest } = require('_http_client');

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

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
  Agent,
  ClientRequest,
  request,
  get,
  validateHeaderName,
  validateHeaderValue,
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
    parsers.max = max;
  },
};

// --max-http-header-size=N sets it (16 KiB by default), as in node.
Object.defineProperty(module.exports, 'maxHeaderSize', {
  configurable: true, enumerable: true,
  get() { return cliOptions().maxHeaderSize; },
});

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true, enumerable: true,
  get() { return agentModule.globalAgent; },
  set(value) { agentModule.globalAgent = value; },
});
