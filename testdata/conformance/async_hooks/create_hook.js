// async_hooks.createHook over a timer → immediate → fs → TCP server and
// client sequence: each callback reports the type of the resource it runs
// in and of that resource's trigger, and the hooks report init (node's type
// names), before/after pairs and destroys for the same resources. Ticks
// and promises are left out of the event list (their number follows each
// runtime's stream internals), DNSCHANNEL too (node makes one when net
// loads).
const ah = require('async_hooks');
const fs = require('fs');
const net = require('net');

const types = new Map([[1, 'top']]);
const triggers = new Map([[1, 0]]);
const events = [];
const hidden = new Set(['TickObject', 'PROMISE', 'DNSCHANNEL']);
const counts = { before: 0, after: 0 };
const destroyed = new Set();
const hook = ah.createHook({
  init(id, type, trigger, resource) {
    types.set(id, type);
    triggers.set(id, trigger);
    if (!hidden.has(type)) events.push(`init ${type} <- ${types.get(trigger)}`);
  },
  before(id) { counts.before++; },
  after(id) { counts.after++; },
  destroy(id) { destroyed.add(types.get(id)); },
});

function where(label) {
  const id = ah.executionAsyncId();
  let t = id;
  // Ticks and promises stand for what scheduled them.
  while (types.get(t) === 'TickObject' || types.get(t) === 'PROMISE') t = triggers.get(t);
  events.push(`${label}: in ${types.get(t)}, trigger ${types.get(ah.triggerAsyncId())}`);
}

hook.enable();
const t = setTimeout(() => {
  where('timeout');
  setImmediate(() => {
    where('immediate');
    fs.stat(__filename, (err, st) => {
      where('stat');
      const server = net.createServer((s) => {
        where('connection');
        s.on('data', (d) => {
          where('server data');
          s.end('bye');
        });
        s.on('close', () => {
          server.close(() => {
            where('server closed');
          });
        });
      });
      server.listen(0, '127.0.0.1', () => {
        const c = net.connect(server.address().port, '127.0.0.1', () => {
          where('connect');
          c.write('hi');
        });
        c.on('data', () => where('client data'));
        c.on('end', () => where('client end'));
      });
    });
  });
}, 1);

process.on('exit', () => {
  hook.disable();
  console.log(events.join('\n'));
  console.log('before === after:', counts.before === counts.after, counts.before > 10);
  console.log('destroyed:', ['Timeout', 'Immediate', 'FSREQCALLBACK', 'TCPCONNECTWRAP', 'SHUTDOWNWRAP', 'TickObject']
    .map((ty) => `${ty}=${destroyed.has(ty)}`).join(' '));
  console.log('after disable:', ah.executionAsyncId());
});
