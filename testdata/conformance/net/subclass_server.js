// class extends net.Server, and the old util.inherits style with net.Socket.
const net = require('net');
const util = require('util');
class EchoServer extends net.Server {
  constructor() {
    super((c) => c.pipe(c));
    this.kind = 'echo';
  }
  describe() { return this.kind + ' server'; }
}
function TaggedSocket(options) {
  net.Socket.call(this, options);
  this.tag = 'tagged';
}
util.inherits(TaggedSocket, net.Socket);
const s = new EchoServer();
console.log(s instanceof net.Server, s.describe(), typeof s.listen);
s.listen(0, '127.0.0.1', () => {
  const c = new TaggedSocket();
  console.log(c instanceof net.Socket, c.tag);
  c.connect(s.address().port, '127.0.0.1', () => c.end('subclassed'));
  c.on('data', (d) => console.log('echo', String(d)));
  c.on('close', () => s.close(() => console.log('closed')));
});
class MySocket extends net.Socket {
  constructor() { super({ allowHalfOpen: true }); this.mine = true; }
}
const m = new MySocket();
console.log(m instanceof net.Socket, m.mine, m.allowHalfOpen);
m.destroy();
