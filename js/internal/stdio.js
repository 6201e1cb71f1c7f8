'use strict';
// process.stdout/stderr/stdin. Writes are synchronous, as node's are for
// files and TTYs, so output order matches console.log's. stdin reads a chunk
// at a time on request (a reading stdin keeps the loop alive, as in node).
// On a terminal they are tty streams (js/tty.js), as in node.

const host = internalBinding('host');
const { Writable, Readable } = require('stream');
const { lazyBuffer } = require('internal/streams/utils'); // buffer's Buffer, not the global
const { setImmediate } = require('internal/timers'); // (ours, not the global a script may replace)
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
// resume, not listeners a script would see). Nor does one whose pipe handle
// a script unref'd or closed: resume then takes no ref back.
const hold = { paused: false, unrefed: false, closed: false, handleReading: false };
function syncHold() {
  host.stdinPaused(hold.paused || hold.unrefed || hold.closed);
}

class StdinReadable extends Readable {
  pause() {
    hold.paused = true;
    syncHold();
    // node's stdin stops its handle reading on 'pause'
    hold.handleReading = false;
    return super.pause();
  }

  resume() {
    hold.paused = false;
    syncHold();
    return super.resume();
  }
}
Object.defineProperty(StdinReadable, 'name', { value: 'Readable' });

// On a pipe node's stdin is a net.Socket, whose unref() lets the process
// exit while it is flowing and ref() holds it again (through its handle's);
// a file's fs.ReadStream has neither.
class StdinPipe extends StdinReadable {
  ref() {
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle) this._handle.unref();
    return this;
  }
}
Object.defineProperty(StdinPipe, 'name', { value: 'Readable' });

function makeStdin() {
  if (host.isTTY(0)) return require('tty')[kStdio](0);
  let reading = false;
  const kind = host.stdinKind();
  // node reads a file (or /dev/null) with an fs stream that does not close
  // it, so only pipes and terminals emit 'close'.
  const stdin = new (kind === 'pipe' ? StdinPipe : StdinReadable)({
    emitClose: kind !== 'file',
    read() {
      if (hold.closed) {
        // node's closed handle that is still reading never calls back; one
        // that was not (never started, paused, back-pressured) fails its
        // readStart with EINVAL
        if (hold.handleReading) return;
        stdin.destroy(require('internal/errors').errnoException(-22, 'read'));
        return;
      }
      hold.handleReading = true;
      if (reading) return;
      reading = true;
      host.stdinRead(onChunk);
    },
  });
  // on a pipe, node's stdin is a net.Socket over a Pipe handle a script can
  // close and unref (test-stdout-close-unref): closed, it reads no more
  if (kind === 'pipe') {
    stdin._handle = {
      fd: 0,
      close(cb) {
        if (hold.closed) return;
        hold.closed = true;
        this.fd = -1;
        syncHold();
        // the socket's destroy waits for its handle's close, which already
        // happened: node's stdin then emits no 'close'
        stdin._readableState.emitClose = false;
        // a handle's close callback runs after the ticks, as libuv's
        if (typeof cb === 'function') setImmediate(cb);
      },
      ref() {
        hold.unrefed = false;
        syncHold();
      },
      unref() {
        hold.unrefed = true;
        syncHold();
      },
      hasRef() { return !hold.unrefed; },
    };
  }
  function onChunk(chunk, err) {
    reading = false;
    if (hold.closed) return;
    if (chunk !== null) {
      // back-pressure stops node's handle reading
      if (!stdin.push(lazyBuffer().from(chunk))) hold.handleReading = false;
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
