// autoSelectFamily: with several addresses, each is tried in turn
// (alternating families) until one connects; all failing gives an AggregateError.
const net = require('net');
const server = net.createServer((c) => c.end('made it'));
function twoFamilies(host, options, cb) {
  console.log('lookup options', JSON.stringify(options));
  cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]);
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect({ port, host: 'dual.invalid', lookup: twoFamilies });
  c.on('lookup', (err, address, family, host) => console.log('lookup event', err, address, family, host));
  c.on('connect', () => {
    console.log('connected to', c.remoteAddress,
      JSON.stringify(c.autoSelectFamilyAttemptedAddresses.map((a) => a.replace(String(port), 'PORT'))));
  });
  c.on('data', (d) => console.log('data', String(d)));
  c.on('close', () => {
    server.close(() => {
      const f = net.connect({ port, host: 'dual.invalid', lookup: twoFamilies });
      f.on('error', (e) => {
        console.log('error', e.name, e.code, e.message.replace(new RegExp(String(port), 'g'), 'PORT'));
        if (e.errors) {
          for (const x of e.errors) console.log('  ', x.code, x.message.replace(String(port), 'PORT'));
        }
      });
      f.on('close', (h) => console.log('close', h,
        JSON.stringify(f.autoSelectFamilyAttemptedAddresses.map((a) => a.replace(String(port), 'PORT')))));
    });
  });
});
