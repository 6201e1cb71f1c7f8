// Resolver settings: setServers/getServers and their validation, the
// constructor's timeout and tries, cancel, timeouts and unreachable servers.
'use strict';
const dns = require('dns');
const port = process.env.DNS_PORT;

console.log(JSON.stringify(new dns.Resolver().getServers()) === JSON.stringify(dns.getServers()));
const r = new dns.Resolver({ timeout: 200, tries: 1 });
const lists = [
  ['1.2.3.4', '[::1]:53', '[2001:db8::1]:5353', '1.2.3.4:5353', '::1', '1.2.3.4:53'],
  'x', [1], ['foo'], ['1.2.3.4:abc'], ['[::1]'], ['[1.2.3.4]:99'], ['localhost:53'], [], null,
];
for (const s of lists) {
  try {
    r.setServers(s);
    console.log('ok', r.getServers());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const o of [{ timeout: -2 }, { timeout: 'x' }, { tries: 0 }, { tries: 1.5 }, { timeout: 2 ** 31 }, 5, null,
  { timeout: -1, tries: 10 }, undefined]) {
  try {
    new dns.Resolver(o);
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try { dns.setServers(['nope']); } catch (e) { console.log(e.code, e.message); }

function step(label, fn) {
  return new Promise((done) => fn((err, v) => {
    console.log(label, err ? `${err.code} ${err.message}` : JSON.stringify(v));
    done();
  }));
}

(async () => {
  const t = new dns.Resolver({ timeout: 150, tries: 2 });
  t.setServers([`127.0.0.1:${port}`]);
  const start = Date.now();
  await step('timeout', (cb) => t.resolve4('timeout.test', cb));
  const took = Date.now() - start;
  console.log('took at least two attempts', took >= 250, took < 3000);

  // A closed port: the server's ICMP error ends each attempt.
  const closed = new dns.Resolver({ timeout: 1000, tries: 1 });
  closed.setServers(['127.0.0.1:1']);
  await step('closed port', (cb) => closed.resolve4('a.test', cb));

  // The second server answers when the first refuses to.
  const two = new dns.Resolver({ timeout: 300, tries: 1 });
  two.setServers(['127.0.0.1:1', `127.0.0.1:${port}`]);
  await step('second server', (cb) => two.resolve4('a.test', cb));

  // cancel: every pending query ends with ECANCELLED; later ones work.
  const c = new dns.Resolver({ timeout: 2000, tries: 1 });
  c.setServers([`127.0.0.1:${port}`]);
  const order = [];
  await new Promise((done) => {
    let n = 0;
    const fin = (label) => (err, v) => {
      order.push(`${label} ${err ? `${err.code} ${err.message}` : v}`);
      if (++n === 3) done();
    };
    c.resolve4('timeout.test', fin('slow'));
    c.resolveMx('timeout.test', fin('slow mx'));
    c.resolve4('a.test', fin('fast'));
    c.cancel();
  });
  console.log(order.sort().join('\n'));
  await step('after cancel', (cb) => c.resolve4('a.test', cb));
  c.cancel(); // nothing pending

  // The default resolver.
  dns.setServers([`127.0.0.1:${port}`]);
  await step('default', (cb) => dns.resolve4('a.test', cb));
  await step('default ttl', (cb) => dns.resolve6('a.test', { ttl: true }, cb));
  console.log(dns.getServers().length);

  // setLocalAddress: queries leave from the given address.
  const local = new dns.Resolver({ timeout: 500, tries: 1 });
  for (const a of [['bad'], ['127.0.0.1', '127.0.0.1'], ['::1', '::1'], ['::1', '127.0.0.2'], ['127.0.0.1', 'bad'],
    [1], ['127.0.0.1', 2], []]) {
    try {
      local.setLocalAddress(...a);
      console.log('setLocalAddress ok', a);
    } catch (e) {
      console.log('setLocalAddress', e.name, e.code, e.message);
    }
  }
  local.setServers([`127.0.0.1:${port}`]);
  await step('from 127.0.0.2', (cb) => local.resolve4('a.test', cb));

  // A resolver with pending queries keeps its servers.
  const busy = new dns.Resolver({ timeout: 500, tries: 1 });
  busy.setServers([`127.0.0.1:${port}`]);
  const p = new Promise((done) => busy.resolve4('a.test', done));
  try {
    busy.setServers(['127.0.0.1', '1.2.3.4:55']);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log(busy.getServers().length);
  await p;
})();
