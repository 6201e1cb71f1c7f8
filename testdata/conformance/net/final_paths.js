// end() of a net.Socket: Writable's _final through the socket's shutdown,
// with 'prefinish', 'finish', the end() callback and 'close' in order, for
// an accepted socket, a client ended before it connected, a _final replaced
// on the socket, and a socket ended after its peer's end. Each socket's
// events are printed together once both sides closed (the order between two
// sockets is the loop's).
'use strict';
const net = require('net');

function pair(tag, onServer, onClient, next) {
  const logs = { server: [], client: [] };
  let closed = 0;
  const done = () => {
    if (++closed < 2) return;
    server.close(() => {
      for (const side of ['server', 'client']) console.log(tag, side + ':', logs[side].join(', '));
      next();
    });
  };
  const watch = (s, out) => {
    for (const e of ['prefinish', 'finish', 'end', 'close']) s.on(e, () => out.push(`${e}(${s.writableFinished},${s.destroyed})`));
    s.on('error', (e) => out.push('error ' + e.code));
    s.on('close', done);
  };
  const server = net.createServer((c) => { watch(c, logs.server); onServer(c, (m) => logs.server.push(m)); });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    watch(c, logs.client);
    onClient(c, (m) => logs.client.push(m));
  });
}

function step1(next) {
  pair('1', (c, log) => {
    c.end('bye', () => log('end cb ' + c.writableFinished));
    log(`after end ${c.writableEnded} ${c.writableFinished}`);
  }, (c, log) => {
    c.setEncoding('utf8');
    c.on('data', (d) => log('data ' + d));
    c.on('end', () => c.end());
  }, next);
}

function step2(next) {
  pair('2', (c) => { c.resume(); c.on('end', () => c.end()); }, (c, log) => {
    c.end('early', () => log('end cb ' + c.writableFinished));
    log(`pending ${c.pending} ${c.writableEnded}`);
    c.resume();
  }, next);
}

function step3(next) {
  pair('3', (c, log) => {
    c._final = function(cb) { log('own _final'); net.Socket.prototype._final.call(this, cb); };
    c.end();
  }, (c) => { c.on('end', () => c.end()); c.resume(); }, next);
}

function step4(next) {
  pair('4', (c, log) => {
    c.on('end', () => c.end(() => log('end cb')));
    c.resume();
  }, (c) => { c.on('connect', () => c.end()); c.resume(); }, next);
}

const steps = [step1, step2, step3, step4];
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); else console.log('done'); })(0);
