// The Resolver against dgram/server.js (a DNS server on dgram and net) at
// 127.0.0.1:$DNS_PORT: answers over UDP, the truncated one over TCP.
'use strict';
const dns = require('dns');
const r = new dns.promises.Resolver({ timeout: 1000, tries: 2 });
r.setServers([`127.0.0.1:${process.env.DNS_PORT}`]);
(async () => {
  for (const [m, name] of [['resolve4', 'dgram.test'], ['resolve6', 'dgram.test'], ['resolveTxt', 'dgram.test'],
    ['resolve4', 'DGRAM.test'], ['resolveMx', 'dgram.test'], ['resolve4', 'nx.dgram.test']]) {
    try {
      console.log(m, name, JSON.stringify(await r[m](name)));
    } catch (e) {
      console.log(m, name, e.code, e.message);
    }
  }
  const big = await r.resolve4('big.dgram.test', { ttl: true });
  console.log('big', big.length, JSON.stringify(big[0]), JSON.stringify(big[99]));
})();
