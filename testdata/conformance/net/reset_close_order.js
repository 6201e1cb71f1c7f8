'use strict';
// After a client's resetAndDestroy(), the server side sees ECONNRESET and
// closes before the client's 'close' is emitted.
const net = require('net');
const events = [];
const server = net.createServer((s) => {
  s.on('error', (e) => events.push('server error ' + e.code));
  s.on('close', () => {
    events.push('server close');
  });
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => {
    setTimeout(() => c.resetAndDestroy(), 20);
  });
  c.on('close', (hadError) => {
    events.push('client close ' + hadError);
  });
  c.on('error', (e) => events.push('client error ' + e.code));
  setTimeout(() => {
    console.log(events.join('\n'));
    server.close();
  }, 200);
});
