'use strict';
// The `http2` builtin (gojanet): node's API over the Go session engine in
// modules/http2. The sessions, streams and servers are in
// js/internal/http2/core.js, the request/response compatibility API in
// js/internal/http2/compat.js, header and settings helpers in
// js/internal/http2/util.js.

const core = require('internal/http2/core');
const util = require('internal/http2/util');
const constants = require('internal/http2/constants');

let compat;
function lazyCompat() {
  if (compat === undefined) compat = require('internal/http2/compat');
  return compat;
}

module.exports = {
  connect: core.connect,
  constants,
  createServer: core.createServer,
  createSecureServer: core.createSecureServer,
  getDefaultSettings: util.getDefaultSettings,
  getPackedSettings: util.getPackedSettings,
  getUnpackedSettings: util.getUnpackedSettings,
  performServerHandshake: core.performServerHandshake,
  sensitiveHeaders: util.kSensitiveHeaders,
  get Http2ServerRequest() { return lazyCompat().Http2ServerRequest; },
  get Http2ServerResponse() { return lazyCompat().Http2ServerResponse; },
};
