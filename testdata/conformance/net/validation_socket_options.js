// new net.Socket() option checks and setTimeout validation.
const net = require('net');
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r instanceof net.Socket);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('objectMode', () => new net.Socket({ objectMode: true }));
attempt('readableObjectMode', () => new net.Socket({ readableObjectMode: true }));
attempt('writableObjectMode', () => new net.Socket({ writableObjectMode: true }));
attempt('objectMode false', () => new net.Socket({ objectMode: false }));
const s = new net.Socket();
attempt('setTimeout string', () => s.setTimeout('x'));
attempt('setTimeout -1', () => s.setTimeout(-1));
attempt('setTimeout Infinity', () => s.setTimeout(Infinity));
attempt('setTimeout NaN', () => s.setTimeout(NaN));
attempt('setTimeout bad callback', () => s.setTimeout(10, 5));
attempt('setTimeout 100', () => s.setTimeout(100));
console.log('timeout', s.timeout);
attempt('setTimeout 0', () => s.setTimeout(0));
console.log('timeout', s.timeout);
attempt('setTimeout 50.5', () => s.setTimeout(50.5, () => {}));
console.log('timeout', s.timeout, 'listeners', s.listenerCount('timeout'));
s.destroy();
attempt('setNoDelay', () => new net.Socket().setNoDelay());
attempt('setKeepAlive', () => new net.Socket().setKeepAlive(true, 1000));
attempt('ref', () => new net.Socket().ref());
attempt('unref', () => new net.Socket().unref());
attempt('without new', () => net.Socket());
console.log('Stream is Socket', net.Stream === net.Socket);
