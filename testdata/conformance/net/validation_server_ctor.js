// net.Server / createServer option validation and the documented defaults.
const net = require('net');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('number options', () => new net.Server(5));
attempt('string options', () => net.createServer('x'));
attempt('boolean options', () => net.createServer(true));
attempt('highWaterMark string', () => net.createServer({ highWaterMark: 'x' }));
attempt('keepAliveInitialDelay string', () => net.createServer({ keepAliveInitialDelay: 'x' }));
attempt('null options', () => net.createServer(null));
attempt('undefined options', () => net.createServer(undefined, () => {}));
const d = new net.Server();
console.log(JSON.stringify([d.allowHalfOpen, d.pauseOnConnect, d.noDelay, d.keepAlive,
  d.keepAliveInitialDelay, d.highWaterMark, d.maxConnections, d.listening, d.address()]));
const s = net.createServer({ keepAliveInitialDelay: 2500, highWaterMark: 100, noDelay: 1,
  keepAlive: 'yes', allowHalfOpen: true, pauseOnConnect: 1 });
console.log(JSON.stringify([s.allowHalfOpen, s.pauseOnConnect, s.noDelay, s.keepAlive,
  s.keepAliveInitialDelay, s.highWaterMark]));
const neg = net.createServer({ keepAliveInitialDelay: -5 });
console.log('negative delay ->', neg.keepAliveInitialDelay);
const f = net.createServer(() => {});
console.log('connection listeners', f.listenerCount('connection'));
const g = net.createServer({}, () => {});
console.log('connection listeners with options', g.listenerCount('connection'));
console.log('without new', net.Server() instanceof net.Server, net.Server({}) instanceof net.Server);
