// net.BlockList: rules, checks across families, and errors.
const net = require('net');
const bl = new net.BlockList();
bl.addAddress('1.2.3.4');
bl.addRange('10.0.0.1', '10.0.0.10');
bl.addSubnet('192.168.0.0', 16);
bl.addAddress('::1', 'ipv6');
bl.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
console.log(JSON.stringify(bl.rules));
const checks = [['1.2.3.4'], ['10.0.0.5'], ['10.0.0.11'], ['192.168.5.5'], ['::1', 'ipv6'],
  ['::ffff:1.2.3.4', 'ipv6'], ['::ffff:10.0.0.3', 'ipv6'], ['8592:757c:efae:4e45:f::', 'ipv6'],
  ['1.2.3.5'], ['::1'], ['x'], ['1.2.3.4', 'ipv6'], ['1.2.3.4', 'IPv4']];
for (const c of checks) console.log(JSON.stringify(c), bl.check(...c));
const mapped = new net.BlockList();
mapped.addAddress('::ffff:1.2.3.4', 'ipv6');
console.log('mapped', mapped.check('1.2.3.4'), mapped.check('::ffff:1.2.3.4', 'ipv6'));
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message.split(' Received')[0]);
  }
}
attempt('addAddress(1)', () => bl.addAddress(1));
attempt('family ipv5', () => bl.addAddress('1.2.3.4', 'ipv5'));
attempt('bad address', () => bl.addAddress('x'));
attempt('range backwards', () => bl.addRange('10.0.0.10', '10.0.0.1'));
attempt('prefix 33', () => bl.addSubnet('1.2.3.4', 33));
attempt('prefix string', () => bl.addSubnet('1.2.3.4', 'x'));
attempt('prefix 129', () => bl.addSubnet('::', 129, 'ipv6'));
attempt('check(5)', () => bl.check(5));
const sa = new net.SocketAddress({ address: '1.2.3.4', port: 80 });
const bl3 = new net.BlockList();
bl3.addAddress(sa);
bl3.addSubnet(new net.SocketAddress({ address: '5.0.0.0' }), 8);
bl3.addRange(new net.SocketAddress({ address: '6.0.0.0' }), new net.SocketAddress({ address: '6.0.0.9' }));
console.log(JSON.stringify(bl3.rules), bl3.check(sa), bl3.check(new net.SocketAddress({ address: '5.1.1.1' })),
  bl3.check(new net.SocketAddress({ address: '6.0.0.10' })));
