'use strict';
// process.stdout/stderr/stdin. Writes are synchronous, as node's are for
// files and TTYs, so output order matches console.log's. stdin reads a chunk
// at a time on request (a reading stdin keeps the loop alive, as in node).

const host = internalBinding('host');
const { Writable, Readable } = require('stream');

function makeWritable(fd) {
  const w = new Writable({
    write(chunk, encoding, cb) {
      host.write(fd, chunk);
      cb();
    },
  });
  w.fd = fd;
  // Like node, only a terminal has isTTY (and its size); pipes and files do not.
  if (host.isTTY(fd)) {
    w.isTTY = true;
    const size = host.windowSize(fd);
    if (size) {
      w.columns = size[0];
      w.rows = size[1];
    }
    w.getWindowSize = () => [w.columns, w.rows];
    w.hasColors = () => true;
    w.getColorDepth = () => 8;
  }
  w._isStdio = true;
  w.destroySoon = w.destroy;
  w._destroy = function (err, cb) { cb(err); };
  return w;
}

function makeStdin() {
  let reading = false;
  // node reads a file (or /dev/null) with an fs stream that does not close
  // it, so only pipes and terminals emit 'close'.
  const stdin = new Readable({
    emitClose: host.stdinKind() !== 'file',
    read() {
      if (reading) return;
      reading = true;
      host.stdinRead(onChunk);
    },
  });
  function onChunk(chunk, err) {
    reading = false;
    if (chunk !== null) {
      stdin.push(Buffer.from(chunk));
    } else if (err) {
      stdin.destroy(err);
    } else {
      stdin.push(null);
    }
  }
  stdin.fd = 0;
  if (host.isTTY(0)) {
    stdin.isTTY = true;
  }
  return stdin;
}

exports.stdout = makeWritable(1);
exports.stderr = makeWritable(2);
exports.stdin = makeStdin();
