// A DNS server on the npm package dns2 (installed by the test, never
// committed), over UDP and TCP: dig asks it. require('dns2') loads the whole
// package, whose DNS-over-HTTPS server needs `https` and `http2`; while a
// builtin it needs is missing, the script says so on stderr and loads dns2's UDP and
// TCP servers by their paths under $DNS2_DIR instead (the same classes).
'use strict';
let Packet, UDPServer, TCPServer;
try {
  ({ Packet, UDPServer, TCPServer } = require('dns2'));
} catch (e) {
  if (!/No such built-in module/.test(e.message)) throw e;
  console.error(`require('dns2'): ${e.message}`);
  // Its "exports" hide the files: reach them through the install directory.
  const dir = require('path').join(process.env.DNS2_DIR, 'node_modules', 'dns2');
  Packet = require(`${dir}/packet.js`);
  UDPServer = require(`${dir}/server/udp.js`);
  TCPServer = require(`${dir}/server/tcp.js`);
}

function handle(request, send) {
  const response = Packet.createResponseFromRequest(request);
  const [question] = request.questions;
  if (question.name === 'dns2.test' && question.type === Packet.TYPE.A) {
    response.answers.push({ name: question.name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 300, address: '203.0.113.7' });
  } else if (question.name === 'dns2.test' && question.type === Packet.TYPE.TXT) {
    response.answers.push({ name: question.name, type: Packet.TYPE.TXT, class: Packet.CLASS.IN, ttl: 300, data: 'served by dns2' });
  } else if (question.name === 'many.dns2.test') {
    for (let i = 1; i <= 60; i++) {
      response.answers.push({ name: question.name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 60, address: `10.2.0.${i}` });
    }
  } else {
    response.header.rcode = 3; // NXDOMAIN
  }
  send(response);
}

const udp = new UDPServer();
const tcp = new TCPServer();
udp.on('request', handle);
tcp.on('request', handle);
udp.on('listening', () => {
  const port = udp.address().port;
  tcp.on('listening', () => console.log(`listening ${port} ${tcp.address().port}`));
  tcp.listen(0, '127.0.0.1');
});
udp.listen(0, '127.0.0.1');
