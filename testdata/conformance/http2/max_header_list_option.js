// A top-level maxHeaderListSize option is not node's: neither advertised
// nor enforced (settings.maxHeaderListSize is).
const http2 = require('http2');
function run(name, opts) {
  return new Promise((resolve) => {
    const server = http2.createServer(opts);
    server.on('stream', (s) => { s.respond(); s.end(); });
    server.listen(0, () => {
      const c = http2.connect('http://localhost:' + server.address().port);
      c.once('remoteSettings', (rs) => {
        console.log(name, 'advertised', rs.maxHeaderListSize);
        const r = c.request({ 'x-big': 'x'.repeat(2000) });
        r.on('response', (h) => console.log(name, 'status', h[':status']));
        r.on('error', (e) => console.log(name, 'error', e.code));
        r.resume();
        r.on('close', () => { console.log(name, 'close', r.rstCode); c.close(); server.close(resolve); });
      });
    });
  });
}
(async () => {
  await run('top', { maxHeaderListSize: 1000 });
  await run('settings', { settings: { maxHeaderListSize: 1000 } });
})();
