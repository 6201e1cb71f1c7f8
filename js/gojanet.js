'use strict';
// The 'gojanet' builtin: what a Go program embedding gojanet hands to its
// scripts. listener(name) returns a server handle for a net.Listener that
// Go registered with Runtime.Listen, for server.listen(handle[, cb]).

const tcp = internalBinding('tcp_wrap');

exports.listener = function listener(name) {
  if (typeof name !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
  }
  const h = tcp.goListener(name);
  if (h === null) {
    const err = new Error(`No Go listener named '${name}'`);
    err.code = 'ERR_GOJANET_NO_LISTENER';
    throw err;
  }
  return h;
};
