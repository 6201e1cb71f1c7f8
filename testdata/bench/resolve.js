// resolve4 queries per second against a DNS server on loopback (DNS_PORT;
// `go run ./internal/dnstest/dnsserve -addr 127.0.0.1:5353`): CONCURRENCY
// queries in flight (default 16) for SECONDS (default 3) after a 0.5 s warm-up.
// Also prints the process's CPU time (all threads) per query in that window.
// With QUERIES=n it asks exactly n and exits, for instruction counts
// (valgrind --tool=callgrind; the difference of two n is the cost per query).
'use strict';
const dns = require('dns');
const r = new dns.Resolver({ timeout: 2000, tries: 2 });
r.setServers([`127.0.0.1:${process.env.DNS_PORT || 5353}`]);
const concurrency = Number(process.env.CONCURRENCY || 16);
const seconds = Number(process.env.SECONDS || 3);
const fixed = process.env.QUERIES !== undefined;
let left = Number(process.env.QUERIES);
let counting = false;
let done = 0;
let errors = 0;
let stop = false;
function one() {
  if (stop) return;
  if (fixed && left-- <= 0) return;
  r.resolve4('a.test', (err) => {
    if (err) errors++;
    else if (counting || fixed) done++;
    one();
  });
}
for (let i = 0; i < concurrency; i++) one();
if (fixed) {
  process.on('exit', () => console.log(`resolve4 ${done} queries (errors ${errors})`));
} else {
  setTimeout(() => {
    counting = true;
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    setTimeout(() => {
      counting = false;
      stop = true;
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      const cpu = process.cpuUsage(cpu0);
      const perQuery = (cpu.user + cpu.system) / done;
      console.log(`resolve4 ${Math.round(done / s)} queries/s, ${perQuery.toFixed(1)} µs CPU/query ` +
        `(${(cpu.user / done).toFixed(1)} user, ${(cpu.system / done).toFixed(1)} system; errors ${errors})`);
    }, seconds * 1000);
  }, 500);
}
