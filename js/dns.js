'use strict';
// The `dns` builtin (gojanet), written from nodejs.org/api/dns.html and
// checked against node: lookup() on the system resolver (getaddrinfo in
// modules/dns), lookupService (getnameinfo there), and the Resolver whose
// queries go to DNS servers (modules/dns/resolver.go, on miekg/dns); the
// module-level resolve* use the default resolver (internal/dns).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
  dnsException,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateOneOf,
  validatePort,
  validateString,
} = require('internal/validators');
const { isIP } = require('internal/net');
const dnsUtil = require('internal/dns');

// node's values for the hints flags.
const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const orderCode = { verbatim: 0, ipv4first: 1, ipv6first: 2 };

// --dns-result-order (checked by the CLI before anything runs) sets it.
let defaultResultOrder = require('internal/cli_options').cliOption('--dns-result-order') ?? 'verbatim';

let cares = null;
function binding() {
  if (cares === null) cares = internalBinding('cares_wrap');
  return cares;
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

let warnedEmpty = false;
function emitInvalidHostnameWarning(hostname) {
  if (warnedEmpty) return;
  warnedEmpty = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
    'DeprecationWarning', 'DEP0118');
}

// Parses lookup()'s (hostname, options) into { family, hints, all, order }.
// Shared with dns.promises.lookup; `cbCheck` validates the callback where
// there is one.
function parseLookupArgs(hostname, options, callback, cbCheck) {
  let hints = 0;
  let family = 0;
  let all = false;
  let order = defaultResultOrder;
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function' && cbCheck) {
    callback = options;
  } else if (typeof options === 'number') {
    if (cbCheck) validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && options !== null && typeof options !== 'object') {
    if (cbCheck) validateFunction(cbCheck === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    if (cbCheck) validateFunction(callback, 'callback');
    if (options != null) {
      if (options.hints != null) {
        validateNumber(options.hints, 'options.hints');
        hints = options.hints >>> 0;
        validateHints(hints);
      }
      if (options.family != null) {
        switch (options.family) {
          case 'IPv4': family = 4; break;
          case 'IPv6': family = 6; break;
          default:
            validateOneOf(options.family, 'options.family', validFamilies);
            family = options.family;
        }
      }
      if (options.all != null) {
        validateBoolean(options.all, 'options.all');
        all = options.all;
      }
      if (options.verbatim != null) {
        validateBoolean(options.verbatim, 'options.verbatim');
        order = options.verbatim ? 'verbatim' : 'ipv4first';
      }
      if (options.order != null) {
        validateOneOf(options.order, 'options.order', validOrders);
        order = options.order;
      }
    }
  }
  return { family, hints, all, order, callback };
}

function onlookup(err, addresses) {
  if (err) {
    this.callback(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
  lookupPerfStop(this, addresses);
}

function lookupPerfStop(req, addresses) {
  dnsUtil.perfStop(req.perfStart, 'lookup', {
    hostname: req.hostname, family: req.family, hints: req.hints, verbatim: req.order === 'verbatim', addresses,
  });
}

function onlookupall(err, addresses) {
  if (err) {
    this.callback(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  const out = new Array(addresses.length);
  for (let i = 0; i < addresses.length; i++) {
    const a = addresses[i];
    out[i] = { address: a, family: family || isIP(a) };
  }
  this.callback(null, out);
  lookupPerfStop(this, addresses);
}

// Async contexts (internal/async_context): while tracked, a lookup runs its callback in a
// GETADDRINFOREQWRAP resource, lookupService in a GETNAMEINFOREQWRAP.
const asyncContext = require('internal/async_context');
const asyncState = asyncContext.state;

function GetAddrInfoReqWrap() {
  this.callback = null;
  this.family = 0;
  this.hostname = '';
  this.oncomplete = null;
  this.hints = 0;
  this.order = '';
  this.perfStart = -1;
}

function lookup(hostname, options, callback) {
  const p = parseLookupArgs(hostname, options, callback, arguments.length === 2 ? 2 : 1);
  callback = p.callback;
  const family = p.family;
  const all = p.all;

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }

  const matched = isIP(hostname);
  if (matched) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }

  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  req.hints = p.hints;
  req.order = p.order;
  req.perfStart = dnsUtil.perfStart();
  if (asyncState.active !== 0) asyncContext.trackRequest(req, 'GETADDRINFOREQWRAP');
  const err = binding().getaddrinfo(req, hostname, family, p.hints, orderCode[p.order]);
  if (err) {
    process.nextTick(callback, dnsException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}

Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  configurable: true,
  enumerable: false,
  get() { return require('dns/promises').lookup; },
});

// lookupService: getnameinfo in Go (modules/dns): the address's name from
// /etc/hosts or its PTR record, the port's from /etc/services.
function onlookupservice(err, hostname, service) {
  if (err) {
    this.callback(dnsException(err, 'getnameinfo', this.hostname));
    return;
  }
  this.callback(null, hostname, service);
  dnsUtil.perfStop(this.perfStart, 'lookupService', { host: this.host, port: this.port, hostname, service });
}

function GetNameInfoReq() {
  this.callback = null;
  this.hostname = '';
  this.host = '';
  this.port = 0;
  this.oncomplete = null;
  this.perfStart = -1;
}

function lookupServiceImpl(address, port, callback, withHostname) {
  const req = new GetNameInfoReq();
  req.callback = callback;
  req.hostname = withHostname ? address : undefined;
  req.host = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  if (asyncState.active !== 0) asyncContext.trackRequest(req, 'GETNAMEINFOREQWRAP');
  req.perfStart = dnsUtil.perfStart();
  binding().getnameinfo(req, address, port);
  return req;
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  return lookupServiceImpl(address, +port, callback, true);
}

Object.defineProperty(lookupService, Symbol.for('nodejs.util.promisify.custom'), {
  configurable: true,
  enumerable: false,
  get() { return require('dns/promises').lookupService; },
});

function getDefaultResultOrder() { return defaultResultOrder; }
function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultResultOrder = order;
}

// The Resolver: every resolve* is a query on the resolver's channel
// (internal/dns), completing with node's result shapes and errors. A
// request is a QueryReqWrap (resolve* returns it; node's class name), made
// as a literal below.
function QueryReqWrap() {}

const QueryReqWrapPrototype = QueryReqWrap.prototype;

// result is in its final shape ({ address, ttl } objects for ttl: true).
// The binding makes the success call itself (req.callback(null, result))
// when a request's oncomplete is this one.
function onresolve(err, result) {
  if (err) this.callback(dnsException(err, this.bindingName, this.hostname));
  else this.callback(null, result);
}
binding().setOnresolve(onresolve);

function resolver(bindingName) {
  // (name, callback) or (name, options, callback); a rest parameter
  // rather than `arguments` (goja builds an arguments object per call),
  // which keeps query.length 2 as node's.
  function query(name, callback, ...rest) {
    let options;
    if (rest.length > 0) {
      options = callback;
      callback = rest[0];
    }
    if (typeof name !== 'string') validateString(name, 'name');
    if (typeof callback !== 'function') validateFunction(callback, 'callback');
    // A literal: fewer allocations in goja than a constructor growing the
    // object field by field.
    const req = {
      __proto__: QueryReqWrapPrototype,
      bindingName,
      callback,
      hostname: name,
      oncomplete: onresolve,
      ttl: !!(options && options.ttl),
    };
    const err = dnsUtil.startQuery(this, req, bindingName, name);
    if (err) throw err;
    return req;
  }
  Object.defineProperty(query, 'name', { value: bindingName });
  return query;
}

class Resolver extends dnsUtil.ResolverBase {}

for (const [method, bindingName] of dnsUtil.methodBindings) {
  Resolver.prototype[method] = resolver(bindingName);
}

function resolve(hostname, rrtype, callback) {
  let method;
  if (typeof rrtype === 'string') {
    method = dnsUtil.rrtypeMethods[rrtype];
  } else if (typeof rrtype === 'function') {
    method = 'resolve4';
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  return Resolver.prototype[method].call(this, hostname, callback);
}
Resolver.prototype.resolve = resolve;

function getServers() { return dnsUtil.boundResolver(module.exports).getServers(); }
function setServers(servers) { dnsUtil.defaultResolverSetServers(servers); }

const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
};
Object.assign(module.exports, errorCodes);
module.exports.getServers = getServers;
dnsUtil.bindDefaultResolver(module.exports, Resolver.prototype);
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('dns/promises'); },
});

// For dns/promises.
module.exports._parseLookupArgs = parseLookupArgs;
Object.defineProperty(module.exports, '_parseLookupArgs', { enumerable: false });
module.exports._errorCodes = errorCodes;
Object.defineProperty(module.exports, '_errorCodes', { enumerable: false });
module.exports._lookupServiceImpl = lookupServiceImpl;
Object.defineProperty(module.exports, '_lookupServiceImpl', { enumerable: false });
