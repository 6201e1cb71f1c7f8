// options.lookup replaces dns.lookup: it is called with the host and options,
// and its answer is where the socket connects.
const net = require('net');
const server = net.createServer((c) => c.end('via custom lookup'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({
    port: server.address().port,
    host: 'my.service.invalid',
    family: 4,
    lookup(host, options, cb) {
      console.log('lookup called with', host, JSON.stringify(options));
      cb(null, '127.0.0.1', 4);
    },
  });
  c.on('lookup', (err, address, family, host) => console.log('lookup event', err, address, family, host));
  c.on('data', (d) => console.log('data', String(d)));
  c.on('close', () => {
    const bad = net.connect({
      port: 1, host: 'bad.invalid', family: 4,
      lookup(host, options, cb) { cb(null, 'not-an-ip', 4); },
    });
    bad.on('error', (e) => console.log('bad address', e.name, e.code, e.message));
    bad.on('close', () => {
      const fam = net.connect({
        port: 1, host: 'fam.invalid', family: 4,
        lookup(host, options, cb) { cb(null, '127.0.0.1', 5); },
      });
      fam.on('error', (e) => console.log('bad family', e.name, e.code, e.message));
      fam.on('close', () => {
        const failing = net.connect({
          port: 1, host: 'fail.invalid', family: 4,
          lookup(host, options, cb) { const e = new Error('no way'); e.code = 'ECUSTOM'; cb(e); },
        });
        failing.on('lookup', (err) => console.log('lookup event with error', err.code));
        failing.on('error', (e) => console.log('lookup failure', e.code, e.message));
        failing.on('close', () => server.close());
      });
    });
  });
});
