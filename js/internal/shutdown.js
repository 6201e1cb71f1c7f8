'use strict';
// Graceful shutdown for embedders (Runtime.Shutdown): every server stops
// accepting and closes, every socket is ended (it closes after the peer's
// FIN, as usual); the loop then empties and the runtime returns. The Go
// handle layer knows every open handle; handle.owner is its Server or Socket.

exports.shutdown = function shutdown() {
  const handles = internalBinding('tcp_wrap').liveHandles();
  for (const h of handles) {
    const owner = h.owner;
    if (!owner) {
      h.close();
    } else if (h.isListening()) {
      if (owner.listening !== false) owner.close();
    } else if (!owner.destroyed) {
      owner.end();
    }
  }
};
