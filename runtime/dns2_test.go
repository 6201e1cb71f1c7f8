package runtime_test

import (
	"os/exec"
	"testing"
)

// dns2App serves DNS with the dns2 package over UDP and TCP and asks it
// with dig (from bind9-dnsutils) over each, from child_process.
const dns2App = `
const dns2 = require('dns2');
const { execFile } = require('child_process');
const { Packet } = dns2;
const server = dns2.createServer({
  udp: true, tcp: true,
  handle: (request, send, rinfo) => {
    const response = Packet.createResponseFromRequest(request);
    const [question] = request.questions;
    response.answers.push({ name: question.name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 300, address: '10.1.2.3' });
    if (question.name.startsWith('two.')) {
      response.answers.push({ name: question.name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 300, address: '10.1.2.4' });
    }
    send(response);
  },
});
server.on('listening', () => {
  const addrs = server.addresses();
  const dig = (args) => new Promise((resolve) => execFile('dig', args, (err, out) => resolve(err ? 'error ' + err.message : out.trim())));
  (async () => {
    console.log('udp', await dig(['@127.0.0.1', '-p', String(addrs.udp.port), 'one.example.test', 'A', '+short', '+tries=1', '+time=3']));
    console.log('tcp', await dig(['@127.0.0.1', '-p', String(addrs.tcp.port), 'two.example.test', 'A', '+short', '+tcp', '+tries=1', '+time=3']));
    server.close();
  })();
});
server.listen({ udp: { port: 0, address: '127.0.0.1', type: 'udp4' }, tcp: { port: 0, address: '127.0.0.1' } });
`

func TestDNS2ServesDig(t *testing.T) {
	if _, err := exec.LookPath("dig"); err != nil {
		t.Skip("dig not installed (apt-get install bind9-dnsutils)")
	}
	runPackageApp(t, dns2App, "dns2@2")
}
