// Slowloris against node's http server defences (cmd/gojanet/faults_test.go):
// server.timeout closes idle sockets; headersTimeout answers 408 to headers
// trickled too slowly. argv: port.
const http = require('http');
const port = +process.argv[2];
const server = http.createServer({ headersTimeout: 1000, requestTimeout: 2000, connectionsCheckingInterval: 100 },
  (req, res) => res.end('ok\n'));
server.timeout = 300;
server.listen(port, '127.0.0.1', () => console.log('listening'));
