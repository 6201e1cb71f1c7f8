// The export surface of the builtins whose gojanet internals moved out of
// their exports (js/internal/builtin_internals.js) or whose missing public
// names were added (crypto.secureHeapUsed and setEngine,
// _http_server.httpServerPreClose, repl.isValidSyntax): the sorted keys a
// script lists, as node's.
const list = (o) => Object.keys(o).sort().join(',');
for (const name of ['_http_common', '_http_incoming', '_http_outgoing', '_http_server', '_tls_common', '_tls_wrap', 'dgram']) {
  console.log(name, list(require(name)));
}
// (crypto's deprecated aliases are there, not enumerable)
const crypto = require('crypto');
console.log('crypto', ['createCipher', 'createDecipher', 'prng', 'pseudoRandomBytes', 'rng'].map((k) =>
  `${k}:${typeof crypto[k]}:${Object.keys(crypto).includes(k)}`).join(' '));
console.log('crypto', ['secureHeapUsed', 'setEngine'].map((k) => `${k}:${Object.keys(crypto).includes(k)}`).join(' '));
console.log(crypto.secureHeapUsed());
for (const args of [['x'], [5], ['x', 'y'], ['x', 1]]) {
  try {
    crypto.setEngine(...args);
  } catch (e) {
    console.log('setEngine', JSON.stringify(args), e.code, e.message);
  }
}
// Module.prototype's own names (the loader's own helper is not one; node's
// isPreloading and parent accessors are not there)
console.log('module.prototype', Object.getOwnPropertyNames(require('module').prototype).filter((k) => k !== 'isPreloading' && k !== 'parent').sort().join(','));
// repl.isValidSyntax
const repl = require('repl');
console.log('repl', list(repl));
for (const src of ['1+', 'await 1', 'import x from "y"', 'return 1', 'let a = 1', '{a:1}', 'class {', 'new.target']) {
  console.log('isValidSyntax', JSON.stringify(src), repl.isValidSyntax(src));
}
// https closes as http does (httpServerPreClose)
const { httpServerPreClose } = require('_http_server');
const server = require('http').createServer();
server.listen(0, () => {
  httpServerPreClose(server);
  server.close(() => console.log('closed'));
});
