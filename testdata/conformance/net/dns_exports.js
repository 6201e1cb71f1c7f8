// The dns module's constants and exported names.
const dns = require('dns');
console.log(dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);
console.log(dns.NOTFOUND, dns.NODATA, dns.TIMEOUT, dns.CANCELLED, dns.CONNREFUSED);
console.log(Object.keys(dns).join(','));
console.log(Object.keys(dns.promises).join(','));
console.log(require('dns/promises') === dns.promises, require('node:dns') === dns);
console.log(typeof dns.lookup, typeof dns.lookupService, typeof dns.Resolver, typeof dns.promises.lookup);
