'use strict';
// dns.promises / require('dns/promises') (gojanet): the promise forms of
// lookup and lookupService, resolving { address, family } (or an array with
// `all`), rejecting with the same errors as the callback API.

const dns = require('dns');
const { isIP } = require('internal/net');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
  dnsException,
} = require('internal/errors');
const { validatePort } = require('internal/validators');

function lookup(hostname, options) {
  const p = dns._parseLookupArgs(hostname, options, undefined, 0);
  const all = p.all;
  const family = p.family;
  return new Promise((resolve, reject) => {
    if (!hostname) {
      dns.lookup(hostname, { family, all }, () => {});
      if (all) resolve([]);
      else resolve({ address: null, family: family === 6 ? 6 : 4 });
      return;
    }
    const matched = isIP(hostname);
    if (matched) {
      if (all) resolve([{ address: hostname, family: matched }]);
      else resolve({ address: hostname, family: matched });
      return;
    }
    const opts = { family, hints: p.hints, all, order: p.order };
    dns.lookup(hostname, opts, (err, address, fam) => {
      if (err) {
        reject(err);
      } else if (all) {
        resolve(address);
      } else {
        resolve({ address, family: fam });
      }
    });
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return new Promise((resolve, reject) => {
    // As node's, the promise's error does not carry the hostname.
    dns._lookupServiceImpl(address, port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    }, false);
  });
}

function promisifyResolver(fn) {
  return function (hostname, arg) {
    return new Promise((resolve, reject) => {
      const cb = (err, result) => (err ? reject(err) : resolve(result));
      if (arg === undefined) fn(hostname, cb);
      else fn(hostname, arg, cb);
    });
  };
}

const resolverNames = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];

class Resolver {
  constructor(options) { this._options = options; }
  cancel() {}
  getServers() { return dns.getServers(); }
  setServers(list) { dns.setServers(list); }
  setLocalAddress() {}
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: dns.getDefaultResultOrder,
  setDefaultResultOrder: dns.setDefaultResultOrder,
  setServers: dns.setServers,
};
Object.assign(module.exports, dns._errorCodes);
module.exports.getServers = dns.getServers;
for (const name of resolverNames) {
  const p = promisifyResolver(dns[name]);
  module.exports[name] = p;
  Resolver.prototype[name] = p;
}
void dnsException;
