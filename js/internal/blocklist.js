'use strict';
// net.SocketAddress and net.BlockList (gojanet), split out of js/net.js so
// that they are compiled only when a script first reads them through net's
// getters (node loads its internal/socketaddress and internal/blocklist
// lazily the same way).
//
// Written from Node's documentation (nodejs.org/api/net.html) and by
// comparing behaviour with the real node.

const {
  codes: {
    ERR_INVALID_ADDRESS,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateInt32,
  validateObject,
  validateOneOf,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isIPv4, isIPv6, parseIPv6 } = require('internal/net');
const { kClone, kDeserialize } = require('internal/worker/js_transferable');

// ---- SocketAddress ----------------------------------------------------------

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kAddr = Symbol('address');

class SocketAddress {
  static isSocketAddress(value) {
    return value !== null && typeof value === 'object' && value[kAddr] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let family = options.family;
    if (family === undefined) family = 'ipv4';
    if (typeof family === 'string') family = family.toLowerCase();
    let address = options.address;
    const port = options.port === undefined ? 0 : options.port;
    const flowlabel = options.flowlabel === undefined ? 0 : options.flowlabel;
    switch (family) {
      case 'ipv4':
        if (address === undefined) address = '127.0.0.1';
        break;
      case 'ipv6':
        if (address === undefined) address = '::';
        break;
      default:
        throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    if ((family === 'ipv4' && !isIPv4(address)) || (family === 'ipv6' && !isIPv6(address))) {
      throw new ERR_INVALID_ADDRESS();
    }
    this[kAddr] = { address, port: port | 0, family, flowlabel };
  }

  get address() { return this[kAddr].address; }
  get port() { return this[kAddr].port; }
  get family() { return this[kAddr].family; }
  get flowlabel() { return this[kAddr].flowlabel; }

  toJSON() {
    const a = this[kAddr];
    return { address: a.address, port: a.port, family: a.family, flowlabel: a.flowlabel };
  }

  // postMessage/structuredClone: a SocketAddress with the same fields
  [kClone]() {
    return { data: { ...this[kAddr] }, deserializeInfo: 'internal/blocklist:SocketAddress' };
  }

  [kDeserialize](data) {
    this[kAddr] = { address: data.address, port: data.port, family: data.family, flowlabel: data.flowlabel };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const a = this[kAddr];
    return `SocketAddress { address: '${a.address}', port: ${a.port}, family: '${a.family}', flowlabel: ${a.flowlabel} }`;
  }
}

// ---- BlockList --------------------------------------------------------------
// Addresses are kept as BigInts: IPv4 in 32 bits, IPv6 in 128. IPv4 rules
// also match IPv4-mapped IPv6 addresses and the other way round.

function v4ToBig(s) {
  const p = s.split('.');
  return BigInt(((+p[0] << 24) >>> 0) + (+p[1] << 16) + (+p[2] << 8) + +p[3]);
}
function v6ToBig(s) {
  const g = parseIPv6(s);
  let n = 0n;
  for (let i = 0; i < 8; i++) n = (n << 16n) | BigInt(g[i]);
  return n;
}
const MAPPED_PREFIX = 0xffffn << 32n;
function mappedToV4(n) {
  return (n >> 32n) === 0xffffn ? (n & 0xffffffffn) : null;
}

function toSocketAddress(value, family, name) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  if (typeof family === 'string') family = family.toLowerCase();
  validateOneOf(family, 'family', ['ipv4', 'ipv6']);
  return new SocketAddress({ address: value, family });
}

function familyCheck(family) {
  validateString(family, 'family');
  const f = family.toLowerCase();
  if (f !== 'ipv4' && f !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('options.family', family);
  return f;
}

function addrNum(sa) {
  return sa.family === 'ipv4' ? v4ToBig(sa.address) : v6ToBig(sa.address);
}

const kRules = Symbol('rules');

class BlockList {
  constructor() {
    this[kRules] = [];
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList { rules: ${inspect ? inspect(this.rules, options) : JSON.stringify(this.rules)} }`;
  }

  addAddress(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      family = familyCheck(family);
      address = new SocketAddress({ address, family });
    }
    const n = addrNum(address);
    this[kRules].unshift({ kind: 'Address', family: address.family, lo: n, hi: n, text: address.address });
  }

  addRange(start, end, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(start)) {
      validateString(start, 'start');
      family = familyCheck(family);
      start = new SocketAddress({ address: start, family });
    }
    if (!SocketAddress.isSocketAddress(end)) {
      validateString(end, 'end');
      family = familyCheck(family);
      end = new SocketAddress({ address: end, family });
    }
    const lo = addrNum(start);
    const hi = addrNum(end);
    if (start.family === end.family && lo > hi) {
      throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    }
    this[kRules].unshift({ kind: 'Range', family: start.family, lo, hi, text: `${start.address}-${end.address}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(network)) {
      validateString(network, 'network');
      family = familyCheck(family);
      network = new SocketAddress({ address: network, family });
    }
    const bits = network.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    const n = addrNum(network);
    const hostBits = BigInt(bits - prefix);
    const lo = (n >> hostBits) << hostBits;
    const hi = lo | ((1n << hostBits) - 1n);
    this[kRules].unshift({ kind: 'Subnet', family: network.family, lo, hi, text: `${network.address}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch (e) {
        return false;
      }
    }
    const n = addrNum(address);
    const fam = address.family;
    const v4 = fam === 'ipv6' ? mappedToV4(n) : null;
    const rules = this[kRules];
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i];
      if (r.family === fam) {
        if (n >= r.lo && n <= r.hi) return true;
      } else if (fam === 'ipv6' && v4 !== null) {
        if (v4 >= r.lo && v4 <= r.hi) return true;
      } else if (fam === 'ipv4') {
        const m = MAPPED_PREFIX | n;
        if (m >= r.lo && m <= r.hi) return true;
      }
    }
    return false;
  }

  get rules() {
    return this[kRules].map((r) => `${r.kind}: ${r.family === 'ipv4' ? 'IPv4' : 'IPv6'} ${r.text}`);
  }

  // postMessage/structuredClone: node's clone shares the original's native
  // list, so a rule added through either is seen by both. On this thread the
  // receiver shares the rules array; another thread cannot share a JS
  // object, so there it gets a copy of the rules as they were.
  [kClone]() {
    const rules = this[kRules];
    let id = ruleIds.get(rules);
    if (id === undefined) {
      for (const [k, ref] of sharedRules) if (ref.deref() === undefined) sharedRules.delete(k);
      id = ++nextRulesId;
      ruleIds.set(rules, id);
      sharedRules.set(id, new WeakRef(rules));
    }
    return {
      data: { thread: require('worker_threads').threadId, id, rules },
      deserializeInfo: 'internal/blocklist:BlockList',
    };
  }

  [kDeserialize]({ thread, id, rules }) {
    let shared;
    if (thread === require('worker_threads').threadId) shared = sharedRules.get(id)?.deref();
    this[kRules] = shared ?? rules;
  }
}

// The rule arrays of block lists posted from this thread, by id, for
// receivers on this thread (held weakly).
const sharedRules = new Map();
const ruleIds = new WeakMap();
let nextRulesId = 0;

module.exports = { BlockList, SocketAddress };
