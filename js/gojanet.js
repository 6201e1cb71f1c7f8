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

// handOff(socket, name) passes a connection — best a paused one, so no byte
// has been read yet — to the Go program (Options.HandOff), typically for
// another runtime to serve. The socket is closed here without a FIN.
exports.handOff = function handOff(socket, name) {
  const handle = socket && socket._handle;
  if (!handle || typeof handle.detach !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('socket', 'net.Socket', socket);
  }
  const fd = handle.detach();
  if (fd < 0) throw new Error('socket cannot be handed off (closed, listening or Go-owned)');
  const ok = tcp.handOff(String(name), fd);
  socket.destroy();
  return ok;
};

// secureContext(name) is a tls SecureContext over the *tls.Config the Go
// program registered with Runtime.TLSConfig (certificates managed in Go, for
// example by ACME): tls.createServer({ secureContext }), https.createServer,
// tls.connect({ secureContext }).
exports.secureContext = function secureContext(name) {
  if (typeof name !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
  }
  const ctx = internalBinding('tls_wrap').goConfig(name);
  if (ctx === null) {
    const err = new Error(`No Go TLS config named '${name}'`);
    err.code = 'ERR_GOJANET_NO_TLS_CONFIG';
    throw err;
  }
  const { SecureContext } = require('_tls_common');
  const sc = Object.create(SecureContext.prototype);
  sc.context = ctx;
  return sc;
};
