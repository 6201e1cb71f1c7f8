'use strict';
// What builtins share beyond their public exports (node's _http_common
// exports 12 names, _http_incoming 3, _http_outgoing 6, _http_server 9,
// _tls_common 3: a script that lists or walks them sees node's). Each
// builtin fills its part as it loads; another builtin reads a part after
// requiring its owner.
module.exports = {
  httpCommon: null, // _http_common's
  httpIncoming: null, // _http_incoming's
  httpOutgoing: null, // _http_outgoing's
  httpServer: null, // _http_server's (for https and http2)
  tlsCommon: null, // _tls_common's
  dgramSocketHandle: null, // dgram's: a socket's handle, for child_process
  // Intrinsics as they were at start-up (internal/bootstrap loads this
  // module before any script runs): node's primordials, for the few calls
  // of a builtin that loads later and that node makes through a primordial
  // (a script's replacement of Object.isExtensible or Math.floor is not
  // called there)
  primordials: Object.freeze({
    ObjectIsExtensible: Object.isExtensible,
    MathFloor: Math.floor,
  }),
};
