// The net module's exported names and basic identities.
const net = require('net');
console.log(Object.keys(net).sort().join(','));
console.log(require('node:net') === net, net.Stream === net.Socket, net.createConnection === net.connect);
console.log(typeof net.Server, typeof net.Socket, typeof net.BlockList, typeof net.SocketAddress);
console.log(Object.getPrototypeOf(net.Server.prototype) === require('events').prototype);
const stream = require('stream');
const s = new net.Socket();
console.log(s instanceof stream.Duplex, s instanceof stream.Readable, s instanceof stream.Writable,
  s instanceof require('events'));
s.destroy();
