'use strict';
// dns.promises / require('dns/promises') (gojanet): lookup and lookupService
// resolving { address, family } / { hostname, service }, and the promise
// Resolver, whose methods run the same queries as the callback one
// (internal/dns) and reject with the same errors.

const dns = require('dns');
const dnsUtil = require('internal/dns');
const { isIP } = require('internal/net');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
  dnsException,
} = require('internal/errors');
const { validatePort, validateString } = require('internal/validators');

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
    dns._lookupServiceImpl(address, +port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    }, false);
  });
}

// A request (QueryReqWrap, node's class name), made as a literal: fewer
// allocations in goja than a constructor growing it field by field.
function QueryReqWrap() {}
const QueryReqWrapPrototype = QueryReqWrap.prototype;

// result is in its final shape ({ address, ttl } objects for ttl: true).
function onresolve(err, result) {
  if (err) this.reject(dnsException(err, this.bindingName, this.hostname));
  else this.resolve(result);
}

function resolver(bindingName) {
  function query(name, options) {
    if (typeof name !== 'string') validateString(name, 'name');
    const req = {
      __proto__: QueryReqWrapPrototype,
      bindingName,
      hostname: name,
      resolve: null,
      reject: null,
      ttl: !!(options && options.ttl),
      oncomplete: onresolve,
    };
    const promise = new Promise((resolve, reject) => {
      req.resolve = resolve;
      req.reject = reject;
    });
    const err = dnsUtil.startQuery(this, req, bindingName, name);
    if (err) req.reject(err);
    return promise;
  }
  Object.defineProperty(query, 'name', { value: bindingName });
  return query;
}

class Resolver extends dnsUtil.ResolverBase {}

for (const [method, bindingName] of dnsUtil.methodBindings) {
  Resolver.prototype[method] = resolver(bindingName);
}

function resolve(hostname, rrtype) {
  let method;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    method = dnsUtil.rrtypeMethods[rrtype];
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    method = 'resolve4';
  }
  return Resolver.prototype[method].call(this, hostname);
}
Resolver.prototype.resolve = resolve;

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: dns.getDefaultResultOrder,
  setDefaultResultOrder: dns.setDefaultResultOrder,
  setServers(servers) { dnsUtil.targetSetServers(module.exports, servers); },
};
Object.assign(module.exports, dns._errorCodes);
module.exports.getServers = function getServers() {
  return dnsUtil.boundResolver(module.exports).getServers();
};
dnsUtil.bindDefaultResolver(module.exports, Resolver.prototype);
void ERR_INVALID_ARG_TYPE;
