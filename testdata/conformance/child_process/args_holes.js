// A hole in spawn's arguments is the string 'undefined', as node's ToString
// makes it (it was a Go panic in the binding); tls's ALPNProtocols with a
// hole throws before anything connects, as node's.
const cp = require('child_process');
console.log(JSON.stringify(cp.spawnSync('echo', [, 'x']).stdout.toString()));
console.log(JSON.stringify(cp.execFileSync('echo', ['a', , 'y']).toString()));
try {
  require('tls').connect({ port: 1, host: '127.0.0.1', ALPNProtocols: [, 'h2'] });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  require('tls').connect({ port: 1, host: '127.0.0.1', ALPNProtocols: ['h2', 5] });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
