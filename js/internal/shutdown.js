'use strict';
// Graceful shutdown for embedders (Runtime.Shutdown): servers and sockets
// register here while open; shutdown() closes servers and ends sockets, and
// the loop then empties as their 'close' events run.

const open = new Set();

// track(obj, gracefulClose): gracefulClose is called once on shutdown.
exports.track = function track(obj, gracefulClose) {
  open.add({ obj, gracefulClose });
  return obj;
};

exports.untrack = function untrack(obj) {
  for (const e of open) {
    if (e.obj === obj) {
      open.delete(e);
      return;
    }
  }
};

exports.shutdown = function shutdown() {
  const all = Array.from(open);
  open.clear();
  for (const e of all) e.gracefulClose.call(e.obj);
};
