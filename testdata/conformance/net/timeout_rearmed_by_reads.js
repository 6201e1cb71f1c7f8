// After 'timeout' has fired, incoming data and the peer's end re-arm it:
// each quiet spell after activity gives another 'timeout'. (The spells are
// 500 ms against a 100 ms timeout, and the events are printed at the
// client's 'close', not at a fixed time: under load a 250 ms spell and an
// 800 ms report left too little margin.)
const net = require('net');
const server = net.createServer((c) => {
  setTimeout(() => c.write('one'), 500);
  setTimeout(() => c.end('two'), 1000);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const events = [];
  c.setTimeout(100);
  c.on('timeout', () => events.push('timeout'));
  c.on('data', (d) => events.push('data ' + d));
  c.on('end', () => events.push('end'));
  c.on('close', () => {
    console.log(events.join(', '));
    server.close();
  });
});
