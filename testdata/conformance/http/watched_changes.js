// A script that patches what the server's shortcuts rely on (the
// prototypes' methods, a template's defaults, a module's hooks), at
// different times: before listen, inside a handler, between requests on a
// keep-alive connection, and puts things back. The host checks those
// things once per change, not per request (goja's watch epoch:
// third_party/goja gojanet_watch.go, js/_http_server.js reqChecks and
// freshChecks): each patched method must run, and each restored one stop
// running, exactly where node's does.
const http = require('http');
const net = require('net');
const { Stream } = require('stream');
const EventEmitter = require('events');

const SRproto = http.ServerResponse.prototype;
const IMproto = http.IncomingMessage.prototype;
const OMproto = http.OutgoingMessage.prototype;
const EEproto = EventEmitter.prototype;
const saved = {};

function wrap(proto, name, label) {
  if (!Object.hasOwn(saved, label)) saved[label] = [proto, name, Object.getOwnPropertyDescriptor(proto, name)];
  const orig = proto[name];
  proto[name] = function (...args) {
    if (serverSide(this)) {
      const a0 = typeof args[0] === 'string' ? args[0].split('\r\n')[0] : typeof args[0];
      console.log(`  ${label}(${a0}) on ${this.constructor.name}`);
    }
    return orig.apply(this, args);
  };
}
// the server's objects, not the client's
function serverSide(o) {
  return o instanceof http.ServerResponse || (o instanceof http.IncomingMessage && o.statusCode === null) ||
    (o && o.server === server);
}
function restore(label) {
  const [proto, name, d] = saved[label];
  if (d) Object.defineProperty(proto, name, d);
  else delete proto[name];
  delete saved[label];
}

// before listen: assignSocket, restored at request 3
wrap(SRproto, 'assignSocket', 'assignSocket');

const steps = {
  // inside the handler: for this response and the next ones
  2: { handler() { wrap(SRproto, 'emit', 'res.emit'); } },
  3: { before() { restore('assignSocket'); } },
  4: { before() { restore('res.emit'); wrap(IMproto, '_addHeaderLines', '_addHeaderLines'); } },
  5: { before() { restore('_addHeaderLines'); IMproto._construct = function (cb) { console.log('  _construct'); cb(); }; } },
  6: { before() { delete IMproto._construct; wrap(OMproto, '_flush', '_flush'); } },
  7: { before() { restore('_flush'); wrap(EEproto, 'on', 'EE.on'); } },
  8: { handler() { restore('EE.on'); wrap(Stream.prototype, 'removeListener', 'Stream.removeListener'); } },
  9: { before() { restore('Stream.removeListener'); } },
  // a prototype inserted into ServerResponse.prototype's chain
  10: {
    before() {
      const mid = Object.create(OMproto);
      mid.emit = function (ev, ...args) { if (serverSide(this)) console.log(`  mid.emit(${ev})`); return OMproto.emit.call(this, ev, ...args); };
      Object.setPrototypeOf(SRproto, mid);
    },
  },
  11: { before() { Object.setPrototypeOf(SRproto, OMproto); } },
  // a default on the prototype the request template copies
  12: { before() { IMproto._maxListeners = 3; } },
  13: { before() { delete IMproto._maxListeners; } },
  // EventEmitter.init, as a domain replaces it
  14: {
    before() {
      const init = EventEmitter.init;
      EventEmitter.init = function (opts) { if (this instanceof http.IncomingMessage) console.log('  EE.init'); return init.call(this, opts); };
      steps.initSaved = init;
    },
  },
  15: { before() { EventEmitter.init = steps.initSaved; } },
  // a listener a response gets through OutgoingMessage's on, set inside a handler
  16: { handler(req, res) { OMproto.on = function (ev, fn) { if (serverSide(this)) console.log(`  OM.on(${ev})`); return EEproto.on.call(this, ev, fn); }; } },
  18: { before() { delete OMproto.on; } },
  // an instance's own methods, set in a handler: on that response, request
  // or socket alone (the socket's stay for the connection's next requests)
  20: { handler(req, res) { res.emit = logged(res.emit, 'own res.emit'); } },
  21: { handler(req, res) { req.resume = logged(req.resume, 'own req.resume'); req.on = logged(req.on, 'own req.on'); } },
  22: { handler(req, res) { res.writeHead = logged(res.writeHead, 'own res.writeHead'); res.detachSocket = logged(res.detachSocket, 'own res.detachSocket'); } },
  23: {
    handler(req, res) {
      const p = Object.create(SRproto);
      p._finish = function () { console.log('  proto _finish'); return SRproto._finish.call(this); };
      Object.setPrototypeOf(res, p);
    },
  },
  24: { handler(req, res) { req.socket.removeListener = logged(req.socket.removeListener, 'own socket.removeListener'); } },
  26: { handler(req, res) { delete req.socket.removeListener; req.socket.write = logged(req.socket.write, 'own socket.write'); } },
  27: { before() { serverSocket.write = undefined; delete serverSocket.write; wrap(net.Socket.prototype, 'write', 'Socket.write'); } },
  28: { before() { restore('Socket.write'); wrap(net.Socket.prototype, 'setTimeout', 'Socket.setTimeout'); } },
  29: { before() { restore('Socket.setTimeout'); } },
};

function logged(f, label) {
  return function (...args) {
    console.log(`  ${label}(${typeof args[0] === 'string' ? args[0].split('\r\n')[0] : typeof args[0]})`);
    return f.apply(this, args);
  };
}
let serverSocket;

const N = 30;
var server = http.createServer((req, res) => {
  const i = Number(req.url.slice(1));
  serverSocket = req.socket;
  console.log(`handler ${i} hwm=${req.readableHighWaterMark} max=${req.getMaxListeners()} res.max=${res.getMaxListeners()}`);
  if (steps[i] && steps[i].handler) steps[i].handler(req, res);
  res.end(`ok ${i}`);
});

server.listen(0, async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const port = server.address().port;
  for (let i = 1; i <= N; i++) {
    if (steps[i] && steps[i].before) steps[i].before();
    console.log(`request ${i}`);
    const body = await new Promise((resolve, reject) => {
      http.get({ port, path: `/${i}`, agent }, (res) => {
        let b = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { b += d; });
        res.on('end', () => resolve(b));
      }).on('error', reject);
    });
    console.log(`response ${i}: ${body}`);
  }
  agent.destroy();
  server.close();
});
