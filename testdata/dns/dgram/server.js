// A DNS server written on dgram and net: the tests run it under gojanet and
// ask it with dig and with the Resolver, over UDP and TCP. It answers A,
// AAAA and TXT from a small table, NXDOMAIN for other names, and for
// big.dgram.test sets the TC bit over UDP so clients ask again over TCP.
// Prints "listening <port>" once both transports are up.
'use strict';
const dgram = require('dgram');
const net = require('net');

const A = 1, AAAA = 28, TXT = 16;
const table = {
  'dgram.test': { [A]: ['198.51.100.1', '198.51.100.2'], [AAAA]: ['2001:db8::53'], [TXT]: ['hello from dgram'] },
  'big.dgram.test': { [A]: Array.from({ length: 100 }, (_, i) => `10.1.${i >> 8}.${(i & 255) + 1}`) },
};

function readName(buf, off) {
  const labels = [];
  for (;;) {
    const len = buf[off++];
    if (len === 0) break;
    labels.push(buf.toString('latin1', off, off + len));
    off += len;
  }
  return [labels.join('.'), off];
}

function rdata(type, value) {
  if (type === A) return Buffer.from(value.split('.').map(Number));
  if (type === AAAA) {
    const [head, tail] = value.split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    const b = Buffer.alloc(16);
    groups.forEach((g, i) => b.writeUInt16BE(parseInt(g, 16), i * 2));
    return b;
  }
  const s = Buffer.from(value);
  return Buffer.concat([Buffer.from([s.length]), s]);
}

// answer builds the response to query msg; udp answers get TC past 512 bytes.
function answer(msg, udp) {
  const id = msg.readUInt16BE(0);
  const rd = msg[2] & 1;
  const [name, end] = readName(msg, 12);
  const qtype = msg.readUInt16BE(end);
  const question = msg.subarray(12, end + 4);
  const entry = table[name.toLowerCase()];
  const values = (entry && entry[qtype]) || [];
  const rrs = values.map((v) => {
    const data = rdata(qtype, v);
    const rr = Buffer.alloc(12);
    rr.writeUInt16BE(0xc00c, 0); // the question's name
    rr.writeUInt16BE(qtype, 2);
    rr.writeUInt16BE(1, 4);
    rr.writeUInt32BE(120, 6);
    rr.writeUInt16BE(data.length, 10);
    return Buffer.concat([rr, data]);
  });
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header[2] = 0x84 | rd; // QR, AA
  header[3] = 0x80 | (entry ? 0 : 3); // RA, NOERROR or NXDOMAIN
  header.writeUInt16BE(1, 4);
  let body = Buffer.concat(rrs);
  if (udp && 12 + question.length + body.length > 512) {
    header[2] |= 2; // TC
    body = Buffer.alloc(0);
    rrs.length = 0;
  }
  header.writeUInt16BE(rrs.length, 6);
  return Buffer.concat([header, question, body]);
}

// UDP and TCP on one port: bind UDP to a free port, then listen there on
// TCP; if TCP has that port taken, try another.
function start(attempt) {
  const udp = dgram.createSocket('udp4');
  udp.on('message', (msg, rinfo) => udp.send(answer(msg, true), rinfo.port, rinfo.address));
  const tcp = net.createServer((sock) => {
    let pending = Buffer.alloc(0);
    sock.on('data', (d) => {
      pending = Buffer.concat([pending, d]);
      while (pending.length >= 2 && pending.length >= 2 + pending.readUInt16BE(0)) {
        const msg = pending.subarray(2, 2 + pending.readUInt16BE(0));
        pending = pending.subarray(2 + msg.length);
        const out = answer(msg, false);
        const len = Buffer.alloc(2);
        len.writeUInt16BE(out.length);
        sock.write(Buffer.concat([len, out]));
      }
    });
    sock.on('error', () => {});
  });
  udp.bind(Number(process.env.DNS_PORT || 0), '127.0.0.1', () => {
    const port = udp.address().port;
    tcp.once('error', (err) => {
      if (err.code !== 'EADDRINUSE' || attempt > 20) throw err;
      udp.close(() => start(attempt + 1));
    });
    tcp.listen(port, '127.0.0.1', () => console.log(`listening ${port}`));
  });
}
start(0);
