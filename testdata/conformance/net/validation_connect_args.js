// net.connect / socket.connect argument validation.
const net = require('net');
function attempt(label, fn) {
  try {
    const s = fn();
    console.log(label, 'ok');
    if (s) { s.on('error', () => {}); s.destroy(); }
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('no arguments', () => net.connect());
attempt('{}', () => net.connect({}));
attempt('{ host }', () => net.createConnection({ host: 'localhost' }));
attempt('{ port: undefined }', () => net.connect({ port: undefined }));
attempt('{ port: null }', () => net.connect({ port: null }));
attempt('port -1', () => net.connect(-1));
attempt('port 65536', () => net.connect({ port: 65536 }));
attempt('port true', () => net.connect({ port: true }));
attempt('port "abc" in options', () => net.connect({ port: 'abc' }));
attempt('localAddress', () => net.connect({ port: 80, localAddress: 'foo' }));
attempt('localPort', () => net.connect({ port: 80, localPort: 'x' }));
attempt('family 5', () => net.connect({ port: 80, host: 'example.invalid', family: 5 }));
attempt('lookup 5', () => net.connect({ port: 80, host: 'example.invalid', lookup: 5 }));
attempt('autoSelectFamily 5', () => net.connect({ port: 80, autoSelectFamily: 5 }));
attempt('attempt timeout 0', () => net.connect({ port: 80, host: 'example.invalid', autoSelectFamilyAttemptTimeout: 0 }));
attempt('path 5', () => net.connect({ path: 5 }));
attempt('new Socket().connect()', () => new net.Socket().connect());
attempt('connect(null)', () => net.connect(null));
