// Internals a script replaces on the request's prototypes are called where
// node calls them, also on the paths js/_http_incoming.js and net.js take
// in place of the general ones: IncomingMessage's _destroy at the end of a
// request nobody reads, and a socket's timeout with fake global timers.
const http = require('http');
const net = require('net');

const orig = http.IncomingMessage.prototype._destroy;
let destroys = 0;
http.IncomingMessage.prototype._destroy = function (err, cb) {
  if (this.method) destroys++;
  return orig.call(this, err, cb);
};

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, () => {
  http.get({ port: server.address().port }, (res) => {
    res.resume();
    res.on('end', () => setTimeout(() => {
      console.log('server _destroy calls', destroys);
      http.IncomingMessage.prototype._destroy = orig;
      server.close(fakeTimers);
    }, 50));
  });
});

// A socket's timeout is node's internal timer: replacing the global
// setTimeout/clearTimeout (fake timers) changes nothing for it.
function fakeTimers() {
  const realSetTimeout = setTimeout;
  const realClearTimeout = clearTimeout;
  const s2 = net.createServer((s) => {
    globalThis.setTimeout = () => 0;
    globalThis.clearTimeout = () => {};
    s.setTimeout(100, () => {
      globalThis.setTimeout = realSetTimeout;
      globalThis.clearTimeout = realClearTimeout;
      console.log('socket timeout');
      s.destroy();
      s2.close();
    });
    s.setTimeout(0);
    s.setTimeout(100);
  });
  s2.listen(0, () => {
    net.connect(s2.address().port).on('close', () => console.log('client closed'));
  });
}
