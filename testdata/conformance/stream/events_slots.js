// Streams' _events start with the common events' slots (undefined), so
// EventEmitter runs in its shape mode on them: a removed listener leaves
// its slot undefined and emits no 'removeListener'; sockets inherit Readable's on(); builtin emits call listeners
// with exactly their arguments; pipe()'s listeners as node shows them.
'use strict';
const { Readable, Writable, Duplex, PassThrough, Transform } = require('stream');
const net = require('net');
const EventEmitter = require('events');

for (const C of [Readable, Writable, Duplex, PassThrough, Transform, net.Socket]) {
  const s = new C();
  console.log(C.name, JSON.stringify(Object.keys(s._events)), s._eventsCount,
    Object.getPrototypeOf(s._events) === Object.prototype, Object.prototype.hasOwnProperty.call(s, '_eventsCount'),
    s.eventNames());
}

const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
d.on('removeListener', (type, fn) => console.log('removeListener event:', type, fn.name));
function a() {} function b() {} function c() {}
d.on('data', a); d.removeListener('data', a);
d.on('end', a); d.on('end', b); d.on('end', c);
console.log('end list', d.listeners('end').map((f) => f.name));
d.removeListener('end', b);
console.log('after removing b', d.listeners('end').map((f) => f.name));
d.prependListener('end', b);
console.log('prepended', d.listeners('end').map((f) => f.name));
d.removeListener('end', c); d.removeListener('end', a); d.removeListener('end', b);
d.on('foo', a); d.removeListener('foo', a);
console.log(JSON.stringify(Object.keys(d._events)), d.eventNames(), d._eventsCount);
d.removeAllListeners();
console.log(JSON.stringify(Object.keys(d._events)), Object.getPrototypeOf(d._events));

console.log('Socket on is Readable on:', net.Socket.prototype.on === Readable.prototype.on,
  net.Socket.prototype.addListener === Readable.prototype.on, net.Socket.prototype.once === EventEmitter.prototype.once,
  Object.prototype.hasOwnProperty.call(net.Socket.prototype, 'on'));

// A subclass replacing emit sees the builtin emits; others get listeners
// called with exactly the arguments node passes.
class Loud extends PassThrough {
  emit(type, ...args) {
    if (typeof type === 'string' && ['end', 'finish', 'unpipe', 'pipe', 'prefinish', 'pause'].includes(type)) {
      console.log('emit', type, args.length);
    }
    return super.emit(type, ...args);
  }
}
const src = new Readable({ read() {} });
const dst = new Loud();
src.pipe(dst);
src.unpipe(dst);
dst.on('data', () => {});
dst.end('x');
dst.on('end', function () { console.log('end listener args', arguments.length); });
dst.on('finish', function () { console.log('finish listener args', arguments.length); });
const p = new PassThrough();
p.on('unpipe', function (s, info) { console.log('unpipe listener args', arguments.length, s === src, typeof info); });
src.pipe(p);
src.unpipe(p);

const server = net.createServer((sock) => {
  sock.on('end', () => {});
  sock.pipe(sock);
  console.log('server socket end', sock.rawListeners('end').map((f) => f.name + (f.listener ? '/' + f.listener.name : '')));
  console.log('server socket close', sock.rawListeners('close').map((f) => f.name + (f.listener ? '/' + f.listener.name : '')));
  console.log('server socket keys', JSON.stringify(Object.keys(sock._events)));
  sock.on('close', function (hadError) {
    console.log('close args', arguments.length, hadError, JSON.stringify(Object.keys(sock._events)), sock.eventNames());
    server.close();
  });
});
server.on('connection', function () { console.log('connection args', arguments.length); });
server.listen(0, '127.0.0.1', () => {
  const cl = net.connect(server.address().port, '127.0.0.1', () => {
    cl.end('bye');
  });
  cl.on('data', (x) => console.log('client got', String(x)));
});
