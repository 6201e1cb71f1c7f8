// Pings: maxOutstandingPings caps the unanswered ones (a ping past it is not
// sent; its callback gets ERR_HTTP2_PING_CANCEL before ping() returns
// false), each ping is an HTTP2PING async resource its callback runs in, and
// a payload that is not a view is refused with node's message.
const async_hooks = require('async_hooks');
const h2 = require('http2');
const pings = new Set();
const events = { init: 0, before: 0, after: 0, destroy: 0 };
async_hooks.createHook({
  init(id, type) { if (type === 'HTTP2PING') { pings.add(id); events.init++; } },
  before(id) { if (pings.has(id)) events.before++; },
  after(id) { if (pings.has(id)) events.after++; },
  destroy(id) { if (pings.has(id)) events.destroy++; },
}).enable();
const server = h2.createServer();
server.listen(0, () => {
  const client = h2.connect(`http://localhost:${server.address().port}`, { maxOutstandingPings: 2 });
  client.on('connect', () => {
    let answered = 0;
    const done = (err, duration, payload) => {
      console.log('answered', err, typeof duration, String(payload));
      if (++answered === 2) {
        client.close();
        server.close();
      }
    };
    console.log('first', client.ping(Buffer.from('abcdefgh'), done));
    console.log('second', client.ping(Buffer.from('abcdefgi'), done));
    let sync = true;
    console.log('third', client.ping((err) => console.log('third callback', err.code, err.message, 'sync', sync)));
    sync = false;
    try {
      client.ping({}, () => {});
    } catch (e) {
      console.log(e.code, e.message);
    }
  });
});
process.on('exit', () => console.log(events));
