'use strict';
// destroySoon()'s 'finish' listener as a script sees it (a once() wrapper of
// the socket's destroy), and the events after it.
const net = require('net');
const server = net.createServer((c) => {
  c.on('data', () => {
    c.destroySoon();
    const raw = c.rawListeners("finish").slice(-1);
    console.log('finish listeners', c.listenerCount('finish'), raw.length, raw[0].name, raw[0].length, raw[0].prototype, raw[0].listener === c.destroy, c.listeners('finish')[0] === c.destroy);
  });
  c.on('finish', () => console.log('finish', c.destroyed, c.listenerCount('finish'), c.eventNames()));
  c.on('close', () => { console.log('close', c.destroyed, c.eventNames()); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1', () => s.write('x'));
  s.on('end', () => s.end());
});
