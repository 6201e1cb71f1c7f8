// An exception thrown by an I/O callback (a socket's 'data' listener, an fs
// callback) with ticks, promises and a rejection queued: the handler runs
// first, then the ticks (the callback's, then the handler's), then the
// microtasks, then the rejection; a tick that throws after an I/O callback
// is handled before the ticks after it. Three rounds: nothing tracked, while
// an AsyncLocalStorage is enabled (the callback runs in its handle's
// context), and after it is disabled again.
const net = require('net');
const fs = require('fs');
const { AsyncLocalStorage } = require('async_hooks');

const log = [];
process.on('uncaughtException', (e) => {
  log.push('caught ' + e.message);
  process.nextTick(() => log.push('  tick from handler ' + e.message));
  Promise.resolve().then(() => log.push('  promise from handler ' + e.message));
});
process.on('unhandledRejection', (r) => log.push('unhandled ' + r.message));

function queue(tag) {
  process.nextTick(() => log.push('  tick ' + tag));
  Promise.resolve().then(() => {
    log.push('  promise ' + tag);
    process.nextTick(() => log.push('  tick from promise ' + tag));
  });
  queueMicrotask(() => log.push('  microtask ' + tag));
  setImmediate(() => log.push('  immediate ' + tag));
}

function round(name, done) {
  log.push('round ' + name);
  let n = 0;
  const server = net.createServer((s) => {
    s.on('data', (d) => {
      n++;
      const tag = name + ' data ' + n;
      log.push(tag);
      queue(tag);
      s.write('ack');
      if (n === 1) {
        Promise.reject(new Error('rejected in ' + tag));
        throw new Error(tag);
      }
      process.nextTick(() => { throw new Error('tick of ' + tag); });
      process.nextTick(() => log.push('  after the throwing tick ' + tag));
      s.end();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let acks = 0;
    c.on('connect', () => c.write('one'));
    c.on('data', () => {
      if (++acks === 1) c.write('two');
    });
    c.on('close', () => {
      server.close();
      fs.stat(__filename, () => {
        const tag = name + ' fs';
        log.push(tag);
        queue(tag);
        setImmediate(done);
        throw new Error(tag);
      });
    });
  });
}

const als = new AsyncLocalStorage();
round('untracked', () => {
  als.run({ id: 1 }, () => {
    round('tracked', () => {
      log.push('store ' + JSON.stringify(als.getStore()));
      als.disable();
      round('disabled', () => console.log(log.join('\n')));
    });
  });
});
