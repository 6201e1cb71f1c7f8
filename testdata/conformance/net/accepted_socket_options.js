'use strict';
// Accepted sockets of servers with different options, one after the other
// and side by side (net's accepted sockets are copies of a template made for
// a server's options), and after Socket.prototype changed between them:
// what a script reads of each, and the order of its events against ticks.
const net = require('net');

const out = [];
function describe(tag, c) {
  out.push([tag, c.allowHalfOpen, c.readableHighWaterMark, c.writableHighWaterMark, c.isPaused(), c.readableFlowing,
    c.eventNames().join('|'), c.listenerCount('end'), c.writable, c.readable, c.pending, c.connecting,
    c.remoteAddress, c.localAddress, typeof c.remotePort, c.bytesRead, c.bytesWritten, c.server !== null,
    c.destroyed, c.readyState, c.timeout, c._writableState.length, c._readableState.length, c.marker]);
}

function run(opts, tag, conns, then) {
  let left = conns;
  const server = net.createServer(opts, (c) => {
    describe(tag, c);
    c.on('data', (d) => {
      out.push([tag, 'data', String(d)]);
      process.nextTick(() => out.push([tag, 'tick after data']));
    });
    c.on('end', () => {
      out.push([tag, 'end', c.writable]);
      if (c.allowHalfOpen) c.end('bye');
    });
    c.on('finish', () => out.push([tag, 'finish']));
    c.on('close', (hadError) => {
      out.push([tag, 'close', hadError]);
      server.getConnections((err, n) => {
        out.push([tag, 'connections', err, n]);
        if (--left === 0) server.close(then);
      });
    });
    if (opts.pauseOnConnect) setTimeout(() => c.resume(), 20);
  });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    let i = 0;
    const one = () => {
      const s = net.connect(port, '127.0.0.1', () => { s.end('hi ' + i); });
      s.resume();
      s.on('close', () => { if (++i < conns) one(); });
    };
    one();
  });
}

run({}, 'plain', 2, () =>
  run({ allowHalfOpen: true, highWaterMark: 1024 }, 'halfopen', 2, () =>
    run({ pauseOnConnect: true }, 'paused', 1, () => {
      net.Socket.prototype.marker = 'patched';
      run({}, 'patched', 2, () => {
        delete net.Socket.prototype.marker;
        run({ highWaterMark: 0 }, 'hwm0', 1, () => {
          for (const line of out) console.log(JSON.stringify(line));
        });
      });
    })));
