'use strict';
// A socket's handle whose close a script replaced (node's own
// test-http-client-spurious-aborted does) may call the close callback as a
// plain function: 'close' still comes, with hadError, after the handle's
// close, for a clean destroy and for destroy(err).
const net = require('net');
const out = [];
const server = net.createServer((c) => { c.resume(); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const one = (err, then) => {
    const s = net.connect(port, '127.0.0.1', () => {
      const h = s._handle;
      const orig = h.close;
      h.close = function(callback) {
        orig.call(h);
        out.push(['replaced close', typeof callback, callback.length]);
        callback();
      };
      s.destroy(err);
      out.push(['destroyed', s.destroyed, s._handle]);
    });
    s.on('error', (e) => out.push(['error', e.message]));
    s.on('close', (hadError) => { out.push(['close', hadError]); then(); });
  };
  one(undefined, () => one(new Error('boom'), () => {
    server.close();
    for (const l of out) console.log(JSON.stringify(l));
  }));
});
