'use strict';
// process.stdout/stderr/stdin. Writes are synchronous, as node's are for
// files and TTYs, so output order matches console.log's. stdin reads a chunk
// at a time on request (a reading stdin keeps the loop alive, as in node).
// On a terminal they are tty streams (js/tty.js), as in node.

const host = internalBinding('host');
const { Writable, Readable } = require('stream');
const kStdio = Symbol.for('gojanet.tty.stdio');

function makeWritable(fd) {
  // On a terminal, a tty.WriteStream (as in node): size, 'resize' on
  // SIGWINCH, colour support, cursor control.
  if (host.isTTY(fd)) {
    const w = require('tty')[kStdio](fd, () => host.windowSize(fd));
    process.on('SIGWINCH', () => w._refreshSize());
    w._isStdio = true;
    w.destroySoon = w.destroy;
    w._destroy = dummyDestroy;
    return w;
  }
  const w = new Writable({
    write(chunk, encoding, cb) {
      const err = host.write(fd, chunk);
      if (err < 0) cb(require('internal/errors').errnoException(err, 'write'));
      else cb();
    },
  });
  w.fd = fd;
  // node's stdout on a file (SyncWriteStream) or pipe (net.Socket) is not readable.
  w.readable = false;
  w._isStdio = true;
  w.destroySoon = w.destroy;
  w._destroy = dummyDestroy;
  return w;
}

// stdout and stderr cannot be destroyed, as node's: destroy() reports its
// error and 'close', and the stream is writable again after it.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  // (the close stays observable, once, for finished() and pipeline())
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

// process.stdin off a terminal: a paused stdin does not keep the process
// alive, as node's stops reading (methods, as node's socket's pause and
// resume, not listeners a script would see).
class StdinReadable extends Readable {
  pause() {
    host.stdinPaused(true);
    return super.pause();
  }

  resume() {
    host.stdinPaused(false);
    return super.resume();
  }
}
Object.defineProperty(StdinReadable, 'name', { value: 'Readable' });

function makeStdin() {
  if (host.isTTY(0)) return require('tty')[kStdio](0);
  let reading = false;
  let closed = false;
  const kind = host.stdinKind();
  // node reads a file (or /dev/null) with an fs stream that does not close
  // it, so only pipes and terminals emit 'close'.
  const stdin = new StdinReadable({
    emitClose: kind !== 'file',
    read() {
      if (closed) {
        // node's readStart on a closed handle: EINVAL
        stdin.destroy(require('internal/errors').errnoException(-22, 'read'));
        return;
      }
      if (reading) return;
      reading = true;
      host.stdinRead(onChunk);
    },
  });
  // on a pipe, node's stdin is a net.Socket over a Pipe handle a script can
  // close and unref (test-stdout-close-unref): closed, it reads no more
  if (kind === 'pipe') {
    stdin._handle = {
      close(cb) {
        if (closed) return;
        closed = true;
        host.stdinPaused(true);
        if (typeof cb === 'function') process.nextTick(cb);
      },
      ref() {},
      unref() {},
      hasRef() { return !closed; },
    };
  }
  function onChunk(chunk, err) {
    reading = false;
    if (closed) return;
    if (chunk !== null) {
      stdin.push(Buffer.from(chunk));
    } else if (err) {
      stdin.destroy(err);
    } else {
      stdin.push(null);
    }
  }
  stdin.fd = 0;
  return stdin;
}

exports.stdout = makeWritable(1);
exports.stderr = makeWritable(2);
exports.stdin = makeStdin();
