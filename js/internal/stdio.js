'use strict';
// process.stdout/stderr/stdin. Writes are synchronous, as node's are for
// files and TTYs, so output order matches console.log's.

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
  w.isTTY = false;
  w._isStdio = true;
  w.destroySoon = w.destroy;
  w._destroy = function (err, cb) { cb(err); };
  return w;
}

exports.stdout = makeWritable(1);
exports.stderr = makeWritable(2);
exports.stdin = new Readable({ read() { this.push(null); } });
exports.stdin.fd = 0;
