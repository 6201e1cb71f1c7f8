// net.SocketAddress: defaults, getters, toJSON and validation.
const net = require('net');
const sa = new net.SocketAddress({ address: '1.2.3.4', port: 80 });
console.log(JSON.stringify(sa), sa.address, sa.port, sa.family, sa.flowlabel);
console.log(net.SocketAddress.isSocketAddress(sa), net.SocketAddress.isSocketAddress({}));
console.log(JSON.stringify(new net.SocketAddress({ address: '::1', family: 'ipv6', flowlabel: 5 }).toJSON()));
console.log(JSON.stringify(new net.SocketAddress()));
console.log(JSON.stringify(new net.SocketAddress({ family: 'ipv6' })));
function attempt(label, fn) {
  try {
    console.log(label, 'ok', JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('address 1', () => new net.SocketAddress({ address: 1 }));
attempt('family x', () => new net.SocketAddress({ family: 'x' }));
attempt('port -1', () => new net.SocketAddress({ port: -1 }));
attempt('address x', () => new net.SocketAddress({ address: 'x' }));
attempt('flowlabel -1', () => new net.SocketAddress({ flowlabel: -1, family: 'ipv6' }));
attempt('options 5', () => new net.SocketAddress(5));
attempt('v6 address as v4', () => new net.SocketAddress({ address: '::1' }));
