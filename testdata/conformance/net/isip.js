// net.isIP / isIPv4 / isIPv6 on valid and invalid inputs.
const net = require('net');
const inputs = ['1.2.3.4', '0.0.0.0', '255.255.255.255', '01.2.3.4', '1.2.3.256', '1.2.3', '1.2.3.4.5',
  '1.2..3', ' 1.2.3.4', '1.2.3.4 ', '0x1.2.3.4', '1.2.3.04', '::', '::1', '::ffff:1.2.3.4', 'fe80::1%eth0',
  'fe80::1%', '::%z', '1::2::3', '1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:8::', '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7', '::1:2:3:4:5:6:7', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '[::1]',
  ':1::', '1:::2', 'ABCD::ef', '12345::', '::ffff:01.2.3.4', '::1.2.3.4:5', '1::1.2.3.4', 'g::1',
  '', 'localhost', 123, null, undefined, {}, { toString() { return '10.0.0.1'; } }];
for (const i of inputs) {
  const shown = typeof i === 'string' ? JSON.stringify(i) : String(i);
  console.log(shown, net.isIP(i), net.isIPv4(i), net.isIPv6(i));
}
