'use strict';
// The part of gojanet's dns that the callback API (js/dns.js) and the promise
// API (js/dns/promises.js) share: ResolverBase (a Resolver's servers, timeout,
// tries and cancel), the channel under it (ChannelWrap: the Go queries of
// internalBinding('cares_wrap'), see modules/dns/resolver.go) and the default
// resolver the module-level resolve* functions are bound to. Written from
// nodejs.org/api/dns.html and checked against node 20.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_DNS_SET_SERVERS_FAILED,
    ERR_INVALID_IP_ADDRESS,
  },
  dnsException,
} = require('internal/errors');
const { validateArray, validateInt32, validateString } = require('internal/validators');
const { isIP } = require('internal/net');
const { internalImmediate } = require('internal/timers');

let cares = null;
function binding() {
  if (cares === null) cares = internalBinding('cares_wrap');
  return cares;
}

const DNS_PORT = 53;

// The TypeError node's C++ half throws for a bad argument value.
function invalidArgValue(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}
const UV_EINVAL = -22;

// What the channel's query returns for a name to ask as punycode.
const NON_ASCII = 1;

// The query types' numbers, for the binding.
const qtypes = {
  A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, ANY: 255, CAA: 257,
};

// completeLater completes req with r (an error code, or a result) in an
// immediate: node's c-ares callback for a query that ended at once
// (EBADNAME, cancel()) runs from SetImmediate.
function completeLater(req, r) {
  internalImmediate(() => {
    if (typeof r === 'string') req.oncomplete(r);
    else req.oncomplete(0, r);
  });
}

// ChannelWrap is a resolver's channel: the Go channel (modules/dns) that
// holds its servers, timeout, tries, source addresses and pending queries,
// and the server list ([ip, port] pairs) getServers reports.
class ChannelWrap {
  constructor(timeout, tries) {
    this._ch = binding().newChannel(timeout, tries);
    this.servers = binding().systemServers();
    this._ch.setServers(this.servers);
  }

  // query(req, type, name): req.oncomplete(err, result) later; A and AAAA
  // results are { address, ttl } objects when req.ttl is set.
  query(req, type, name, hostsAddr) {
    const r = this._ch.query(req, qtypes[type], name, req.ttl === true, hostsAddr);
    if (r !== 0) completeLater(req, r);
  }

  // getHostByAddr: /etc/hosts first (node's c-ares answers from it), else
  // a PTR query. The result is the name's aliases, as node's is.
  getHostByAddr(req, address) {
    if (isIP(address) === 0) return UV_EINVAL;
    const orig = req.oncomplete;
    const ptr = {
      ttl: false,
      oncomplete(err, result) {
        if (err === 'ENODATA') err = 'ENOTFOUND';
        return orig.call(req, err, result);
      },
    };
    this.query(ptr, 'PTR', binding().reverseName(address), address);
    return 0;
  }

  getServers() {
    return this.servers.map((s) => s.slice());
  }

  // setServers(list) → 0, or the reason c-ares gives for refusing.
  setServers(list) {
    const err = this._ch.setServers(list);
    if (err === 0) this.servers = list;
    return err;
  }

  // setLocalAddress: the source addresses queries go out from, by family.
  setLocalAddress(first, second) {
    const f1 = isIP(first);
    const f2 = second === undefined ? 0 : isIP(second);
    if (f1 === 0 || (second !== undefined && f2 === 0)) {
      throw invalidArgValue('Invalid IP address.');
    }
    if (f1 === f2) throw invalidArgValue(`Cannot specify two IPv${f1} addresses.`);
    const local = { 4: '', 6: '' };
    local[f1] = first;
    if (f2) local[f2] = second;
    this._ch.setLocalAddress(local[4], local[6]);
  }

  cancel() {
    const reqs = this._ch.cancel();
    for (let i = 0; i < reqs.length; i++) completeLater(reqs[i], 'ECANCELLED');
  }
}

function validateTimeout(options) {
  const { timeout = -1 } = { ...options };
  validateInt32(timeout, 'options.timeout', -1);
  return timeout;
}

function validateTries(options) {
  const { tries = 4 } = { ...options };
  validateInt32(tries, 'options.tries', 1);
  return tries;
}

const bracketed = /^\[([^[\]]*)\]/;
const hostAndPort = /(^.+?)(?::(\d+))?$/;

// parseServer turns '1.2.3.4', '1.2.3.4:5353', '::1', '[::1]:5353' into [ip, port].
function parseServer(serv) {
  if (isIP(serv) !== 0) return [serv, DNS_PORT];
  const b = bracketed.exec(serv);
  if (b !== null && isIP(b[1]) !== 0) {
    const m = hostAndPort.exec(serv);
    return [b[1], parseInt(m[2], 10) || DNS_PORT];
  }
  const m = hostAndPort.exec(serv);
  if (m !== null && isIP(m[1]) !== 0) {
    return [m[1], parseInt(m[2] || DNS_PORT, 10)];
  }
  throw new ERR_INVALID_IP_ADDRESS(serv);
}

class ResolverBase {
  constructor(options = undefined) {
    const timeout = validateTimeout(options);
    const tries = validateTries(options);
    this._handle = new ChannelWrap(timeout, tries);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return (this._handle.getServers() || []).map(([ip, port]) => {
      if (!port || port === DNS_PORT) return ip;
      return `${isIP(ip) === 6 ? `[${ip}]` : ip}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const list = [];
    for (let i = 0; i < servers.length; i++) {
      validateString(servers[i], `servers[${i}]`);
      const [ip, port] = parseServer(servers[i]);
      // c-ares keeps one of each server.
      if (!list.some((s) => s[0] === ip && s[1] === port)) list.push([ip, port]);
    }
    const err = this._handle.setServers(list);
    if (err) throw new ERR_DNS_SET_SERVERS_FAILED(err, servers);
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    this._handle.setLocalAddress(ipv4, ipv6);
  }
}

// The query types behind each method name, as node names its bindings.
const bindingTypes = {
  queryAny: 'ANY', queryA: 'A', queryAaaa: 'AAAA', queryCaa: 'CAA', queryCname: 'CNAME',
  queryMx: 'MX', queryNs: 'NS', queryTxt: 'TXT', querySrv: 'SRV', queryPtr: 'PTR',
  queryNaptr: 'NAPTR', querySoa: 'SOA',
};

// The query types' numbers by binding name.
const bindingQtypes = { __proto__: null };
for (const k of Object.keys(bindingTypes)) bindingQtypes[k] = qtypes[bindingTypes[k]];

// Resolver.prototype's methods in node's order, by binding name.
const methodBindings = [
  ['resolveAny', 'queryAny'], ['resolve4', 'queryA'], ['resolve6', 'queryAaaa'],
  ['resolveCaa', 'queryCaa'], ['resolveCname', 'queryCname'], ['resolveMx', 'queryMx'],
  ['resolveNs', 'queryNs'], ['resolveTxt', 'queryTxt'], ['resolveSrv', 'querySrv'],
  ['resolvePtr', 'queryPtr'], ['resolveNaptr', 'queryNaptr'], ['resolveSoa', 'querySoa'],
  ['reverse', 'getHostByAddr'],
];

// The order node's module exports list them in.
const exportOrder = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt',
  'reverse'];

const rrtypeMethods = {
  __proto__: null,
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname',
  MX: 'resolveMx', NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa',
  SRV: 'resolveSrv', TXT: 'resolveTxt',
};

let punycode = null;
function toASCII(name) {
  if (punycode === null) punycode = require('punycode');
  return punycode.toASCII(name);
}

// Performance entries (type 'dns'), made only while an observer wants them.
let perfHooks = null;
// perfStart(): a start time, or -1 when nobody observes 'dns'.
function perfStart() {
  if (perfHooks === null) perfHooks = require('perf_hooks');
  return perfHooks._hasObserver('dns') ? perfHooks._now() : -1;
}
function perfStop(start, name, detail) {
  if (start >= 0) perfHooks._enqueueEntry(name, 'dns', start, detail);
}

// startQuery sends req's query on resolver's channel. It returns node's
// error for a query that cannot start (reverse of something not an IP).
function startQuery(resolver, req, bindingName, name) {
  const handle = resolver._handle;
  if (perfHooks === null) perfHooks = require('perf_hooks');
  if (perfHooks._hasObserver('dns')) {
    const start = perfHooks._now();
    const done = req.oncomplete;
    req.oncomplete = function(err, result) {
      done.call(this, err, result);
      if (!err) perfStop(start, bindingName, { host: name, ttl: !!this.ttl, result });
    };
  }
  if (bindingName === 'getHostByAddr') {
    const err = handle.getHostByAddr(req, name);
    return err ? dnsException(err, bindingName, name) : null;
  }
  // The channel refuses (NON_ASCII) a name that is not ASCII: it is asked
  // as punycode, as node's does.
  const ch = handle._ch;
  const type = bindingQtypes[bindingName];
  let r = ch.query(req, type, name, req.ttl === true);
  if (r === NON_ASCII) r = ch.query(req, type, toASCII(name), req.ttl === true);
  if (r !== 0) completeLater(req, r);
  return null;
}

// The default resolvers: dns.resolve* and dns.promises.resolve* are bound to
// one (the module's), which dns.setServers replaces for both and
// dns.promises.setServers for the promise API only, as in node.
let defaultResolver = null;
const bound = []; // { target, proto, resolver }

function getDefaultResolver() {
  if (defaultResolver === null) defaultResolver = new ResolverBase();
  return defaultResolver;
}

// bindDefaultResolver(target, proto): target[method] = proto[method] bound to the resolver.
function bindDefaultResolver(target, proto, resolver = getDefaultResolver()) {
  let b = bound.find((x) => x.target === target);
  if (b === undefined) {
    b = { target, proto, resolver };
    bound.push(b);
  }
  b.resolver = resolver;
  for (const name of exportOrder) target[name] = proto[name].bind(resolver);
}

// boundResolver(target) is the resolver target's functions use.
function boundResolver(target) {
  return bound.find((x) => x.target === target).resolver;
}

function newResolverWith(servers) {
  const resolver = new ResolverBase();
  resolver.setServers(servers);
  return resolver;
}

// dns.setServers: a new default resolver, for both APIs.
function defaultResolverSetServers(servers) {
  const resolver = newResolverWith(servers);
  defaultResolver = resolver;
  for (const b of bound) bindDefaultResolver(b.target, b.proto, resolver);
}

// dns.promises.setServers: a new resolver for target's functions only.
function targetSetServers(target, servers) {
  const resolver = newResolverWith(servers);
  bindDefaultResolver(target, boundResolverEntry(target).proto, resolver);
}

function boundResolverEntry(target) {
  return bound.find((x) => x.target === target);
}

module.exports = {
  ResolverBase,
  methodBindings,
  rrtypeMethods,
  startQuery,
  bindDefaultResolver,
  defaultResolverSetServers,
  targetSetServers,
  boundResolver,
  perfStart,
  perfStop,
  ERR_INVALID_ARG_TYPE,
};
