// destroy() of a net.Socket: the callback, 'close' and the state flags in
// order, for a socket with and without a handle, a callback that throws
// (swallowed, no 'close'), an error, a _destroy replaced on the socket and a
// destroy from inside another socket's destroy callback.
'use strict';
const net = require('net');
const log = (...a) => console.log(...a);

function flags(s) { return `destroyed=${s.destroyed} closed=${s.closed}`; }

function step1(next) {
  const s = new net.Socket();
  s.on('close', (h) => { log('1 close', h, flags(s)); next(); });
  s.destroy(null, (err) => log('1 cb', err, flags(s)));
  log('1 after', flags(s));
}

function step2(next) {
  const s = new net.Socket();
  s.on('close', () => log('2 close (unexpected)'));
  s.destroy(undefined, () => { log('2 cb throws', flags(s)); throw new Error('cb'); });
  log('2 after', flags(s));
  setImmediate(() => { log('2 later', flags(s)); next(); });
}

function step3(next) {
  const s = new net.Socket();
  s.on('error', (e) => log('3 error', e.message));
  s.on('close', (h) => { log('3 close', h, flags(s)); next(); });
  s.destroy(new Error('boom'), (err) => log('3 cb', err && err.message));
}

function step4(next) {
  const s = new net.Socket();
  s._destroy = function(err, cb) { log('4 own _destroy', err); net.Socket.prototype._destroy.call(this, err, cb); };
  s.on('close', () => { log('4 close', flags(s)); next(); });
  s.destroy();
}

function step5(next) {
  const a = new net.Socket();
  const b = new net.Socket();
  let n = 0;
  const done = () => { if (++n === 2) next(); };
  a.on('close', () => { log('5 a close', flags(a)); done(); });
  b.on('close', () => { log('5 b close', flags(b)); done(); });
  a.destroy(null, () => {
    log('5 a cb', flags(a), flags(b));
    b.destroy(null, () => log('5 b cb', flags(a), flags(b)));
  });
}

function step6(next) {
  let n = 0;
  const done = () => { if (++n === 2) next(); };
  const server = net.createServer((c) => {
    c.on('close', (h) => { log('6 server close', h, flags(c)); server.close(done); });
    c.destroy(null, (err) => log('6 server cb', err, flags(c), c._handle === null));
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('error', (e) => log('6 client error', e.code));
    c.on('close', done);
    c.resume();
  });
}

const steps = [step1, step2, step3, step4, step5, step6];
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); else log('done'); })(0);
