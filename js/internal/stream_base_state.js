'use strict';
// streamBaseState: how a stream handle written in JavaScript reports a read
// to its socket in node >= 12. It sets streamBaseState[kReadBytesOrError]
// to the byte count (or a negative errno) and calls onread(buffer) with one
// argument (js/net.js's onStreamRead takes both that and gojanet's own
// onread(nread, buffer)). Packages reach it through
// process.binding('stream_wrap') (handle-thing, under spdy).

module.exports = {
  kReadBytesOrError: 0,
  kArrayBufferOffset: 1,
  kBytesWritten: 2,
  kLastWriteWasAsync: 3,
  streamBaseState: new Int32Array(4),
};
