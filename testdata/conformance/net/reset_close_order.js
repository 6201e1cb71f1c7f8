'use strict';
// After a client's resetAndDestroy(), the server side sees ECONNRESET and
// closes before the client's 'close' is emitted.
const net = require('net');
const events = [];
function record(e) {
  events.push(e);
  if (events.length === 3) {
    console.log(events.join('\n'));
    server.close();
  }
}
let serverSocket = false;
const server = net.createServer((s) => {
  serverSocket = true;
  s.on('error', (e) => record('server error ' + e.code));
  s.on('close', () => record('server close'));
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => {
    // Reset once the server holds its side of the connection.
    const reset = () => (serverSocket ? c.resetAndDestroy() : setTimeout(reset, 5));
    setTimeout(reset, 5);
  });
  c.on('close', (hadError) => record('client close ' + hadError));
  c.on('error', (e) => record('client error ' + e.code));
});
