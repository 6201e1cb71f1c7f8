'use strict';
// IP address parsing shared by net, dns and the BlockList (gojanet).
// Written from the documented behaviour of net.isIP / isIPv4 / isIPv6 and
// checked against node: dotted quads without leading zeros; IPv6 with at
// most one '::', an optional trailing dotted quad and an optional %zone.

function isDecOctet(s) {
  const n = s.length;
  if (n === 0 || n > 3) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  if (n > 1 && s.charCodeAt(0) === 48) return false;
  return +s <= 255;
}

function isIPv4(s) {
  s = `${s}`;
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (let i = 0; i < 4; i++) if (!isDecOctet(parts[i])) return false;
  return true;
}

function isHexGroup(s) {
  const n = s.length;
  if (n === 0 || n > 4) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

const zoneChars = /^[0-9a-zA-Z\-.:]+$/;

// Returns the eight 16-bit groups of an IPv6 address, or null.
function parseIPv6(s) {
  s = `${s}`;
  const pct = s.indexOf('%');
  if (pct !== -1) {
    if (!zoneChars.test(s.slice(pct + 1))) return null;
    s = s.slice(0, pct);
  }
  const dbl = s.indexOf('::');
  if (dbl !== -1 && s.indexOf('::', dbl + 1) !== -1) return null;
  let head;
  let tail;
  if (dbl === -1) {
    head = s.split(':');
    tail = null;
  } else {
    const a = s.slice(0, dbl);
    const b = s.slice(dbl + 2);
    head = a === '' ? [] : a.split(':');
    tail = b === '' ? [] : b.split(':');
  }
  const groups = [];
  function take(list, allowV4Last) {
    for (let i = 0; i < list.length; i++) {
      const g = list[i];
      if (allowV4Last && i === list.length - 1 && g.indexOf('.') !== -1) {
        if (!isIPv4(g)) return false;
        const q = g.split('.');
        groups.push((+q[0] << 8) | +q[1], (+q[2] << 8) | +q[3]);
      } else if (isHexGroup(g)) {
        groups.push(parseInt(g, 16));
      } else {
        return false;
      }
    }
    return true;
  }
  if (tail === null) {
    if (!take(head, true) || groups.length !== 8) return null;
    return groups;
  }
  if (!take(head, false)) return null;
  const nHead = groups.length;
  if (!take(tail, true)) return null;
  const nTail = groups.length - nHead;
  if (nHead + nTail > 7) return null;
  const out = groups.slice(0, nHead);
  for (let i = nHead + nTail; i < 8; i++) out.push(0);
  for (let i = 0; i < nTail; i++) out.push(groups[nHead + i]);
  return out;
}

function isIPv6(s) {
  return parseIPv6(s) !== null;
}

// The last string asked about: a socket sending to one peer asks about the
// same address for every datagram.
let lastIP = '';
let lastFamily = 0;

function isIP(s) {
  if (typeof s === 'string' && s === lastIP) return lastFamily;
  const family = isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0;
  if (typeof s === 'string') {
    lastIP = s;
    lastFamily = family;
  }
  return family;
}

// The diagnostics channels net, dgram and child_process publish on
// ('net.client.socket', 'net.server.socket', 'udp.socket', 'child_process').
// diagnostics_channel fills them in when a script loads it: nothing can
// subscribe before that, so net need not load it (≈ 8 KB of JavaScript
// compiled at every start-up).
const netChannels = { client: null, server: null, udp: null, childProcess: null, worker: null };
// http's ('http.client.request.start', 'http.client.request.error',
// 'http.client.response.finish', 'http.server.request.start',
// 'http.server.response.finish'), filled in the same way.
const httpChannels = { clientStart: null, clientError: null, clientFinish: null, serverStart: null, serverFinish: null };

// cluster.worker is the cluster module in a cluster worker (set by its
// _setupWorker), null elsewhere: net and dgram ask the primary for their
// listening handles then, and need not load cluster to know.
const cluster = { worker: null };

// A socket's stream consumer (http's server connection state, as node's
// parser consumes the handle): an object whose consume(socket, chunk), when
// not null, net's read callback offers each chunk first; a chunk it takes
// (returns true) is all anything sees of it.
// setSocketTimeout(socket, ms): socket.setTimeout(ms) for a validated
// integer 0 <= ms <= 2^31-1 and no callback, without its checks (net fills
// it in; http's keep-alive turns the timeout off and on per request).
// writeWhole(socket, string, encoding, msg[, body]): socket.write() of one
// string (and a body) to an idle net.Socket straight to its handle (net
// fills it in; http's response written whole, completed by the functions
// http hands to wholeDone), or false when the socket is not idle (true for
// a write the kernel took whole with no other code run, 1 otherwise).
// idleSite: the host's shapesHeld site at which net holds the shape of an
// idle Writable state (writeWhole's checks as one call; net fills it in).
const kStreamConsumer = Symbol('kStreamConsumer');

module.exports = {
  isIP, isIPv4, isIPv6, parseIPv6, netChannels, httpChannels, cluster, kStreamConsumer,
  setSocketTimeout: null, writeWhole: null, wholeDone: null, idleSite: -1,
};
