// A query keeps the process alive until it completes; a cancelled one does not.
'use strict';
const dns = require('dns');
const r = new dns.Resolver({ timeout: 5000, tries: 4 });
r.setServers([`127.0.0.1:${process.env.DNS_PORT}`]);
r.resolve4('timeout.test', (err) => console.log('callback', err.code));
setTimeout(() => { r.cancel(); console.log('cancelled'); }, 50);
process.on('exit', () => console.log('exit'));
