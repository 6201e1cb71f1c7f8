'use strict';
// The `dns` builtin (gojanet): lookup() on the system resolver (Go's, through
// internalBinding('cares_wrap')), written from nodejs.org/api/dns.html and
// checked against node. lookup and lookupService are the parts the net module
// needs; resolve4/resolve6 answer from the same resolver.

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

// node's values for the hints flags.
const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const orderCode = { verbatim: 0, ipv4first: 1, ipv6first: 2 };

let defaultResultOrder = 'verbatim';

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
}

function GetAddrInfoReq() {
  this.callback = null;
  this.family = 0;
  this.hostname = '';
  this.oncomplete = null;
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

  const req = new GetAddrInfoReq();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
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

// lookupService: the system resolver is reached only for names, so this
// answers from what is known locally: 127.0.0.1 is 'localhost' (as the
// standard hosts file has it); other addresses fail as getnameinfo does for
// an address without a name (ENOTFOUND). Well-known ports get their service
// name, others stay numeric.
const services = {
  7: 'echo', 20: 'ftp-data', 21: 'ftp', 22: 'ssh', 23: 'telnet', 25: 'smtp', 53: 'domain',
  80: 'http', 110: 'pop3', 143: 'imap2', 443: 'https', 993: 'imaps', 995: 'pop3s',
};

function lookupServiceImpl(address, port, callback, withHostname) {
  address = `${address}`;
  port = +port;
  if (address === '127.0.0.1') {
    process.nextTick(callback, null, 'localhost', services[port] || String(port));
  } else {
    process.nextTick(callback, dnsException(-3008, 'getnameinfo', withHostname ? address : undefined));
  }
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  lookupServiceImpl(address, port, callback, true);
  return {};
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

// resolve4/resolve6/resolve(host, 'A'|'AAAA') from the system resolver.
function resolveFamily(syscall, family) {
  return function resolver(hostname, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateString(hostname, 'name');
    validateFunction(callback, 'callback');
    const req = new GetAddrInfoReq();
    req.hostname = hostname;
    req.oncomplete = function (err, addresses) {
      if (err) {
        const e = dnsException(err, syscall, hostname);
        callback(e);
        return;
      }
      const out = addresses.filter((a) => isIP(a) === family);
      if (out.length === 0) {
        callback(dnsException('ENODATA', syscall, hostname));
        return;
      }
      if (options && options.ttl) callback(null, out.map((address) => ({ address, ttl: 0 })));
      else callback(null, out);
    };
    binding().getaddrinfo(req, hostname, family, 0, 0);
    return req;
  };
}

const resolve4 = resolveFamily('queryA', 4);
const resolve6 = resolveFamily('queryAaaa', 6);

function notImplementedResolver(syscall) {
  return function (hostname, callback) {
    validateString(hostname, 'name');
    validateFunction(callback, 'callback');
    process.nextTick(callback, dnsException('ENOTIMP', syscall, hostname));
    return {};
  };
}

const resolveAny = notImplementedResolver('queryAny');
const resolveCaa = notImplementedResolver('queryCaa');
const resolveCname = notImplementedResolver('queryCname');
const resolveMx = notImplementedResolver('queryMx');
const resolveNaptr = notImplementedResolver('queryNaptr');
const resolveNs = notImplementedResolver('queryNs');
const resolvePtr = notImplementedResolver('queryPtr');
const resolveSoa = notImplementedResolver('querySoa');
const resolveSrv = notImplementedResolver('querySrv');
const resolveTxt = notImplementedResolver('queryTxt');
const reverse = notImplementedResolver('getHostByAddr');

const rrtypes = {
  A: resolve4, AAAA: resolve6, ANY: resolveAny, CAA: resolveCaa, CNAME: resolveCname, MX: resolveMx,
  NAPTR: resolveNaptr, NS: resolveNs, PTR: resolvePtr, SOA: resolveSoa, SRV: resolveSrv, TXT: resolveTxt,
};

function resolve(hostname, rrtype, callback) {
  if (typeof rrtype === 'function') {
    callback = rrtype;
    rrtype = 'A';
  } else if (rrtype === undefined) {
    rrtype = 'A';
  } else {
    validateString(rrtype, 'rrtype');
  }
  const fn = rrtypes[rrtype];
  if (fn === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  return fn(hostname, callback);
}

let servers = ['127.0.0.53'];
function getServers() { return servers.slice(); }
function setServers(list) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('servers', 'Array', list);
  for (let i = 0; i < list.length; i++) validateString(list[i], `servers[${i}]`);
  servers = list.slice();
}

class Resolver {
  constructor(options) { this._options = options; }
  cancel() {}
  getServers() { return getServers(); }
  setServers(list) { setServers(list); }
  setLocalAddress() {}
}
Object.assign(Resolver.prototype, {
  resolve, resolve4, resolve6, resolveAny, resolveCaa, resolveCname, resolveMx, resolveNaptr,
  resolveNs, resolvePtr, resolveSoa, resolveSrv, resolveTxt, reverse,
});

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
Object.assign(module.exports, {
  getServers,
  resolve,
  resolve4,
  resolve6,
  resolveAny,
  resolveCaa,
  resolveCname,
  resolveMx,
  resolveNaptr,
  resolveNs,
  resolvePtr,
  resolveSoa,
  resolveSrv,
  resolveTxt,
  reverse,
});
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
