'use strict';
// worker_threads.moveMessagePortToContext: the moved port is an object of the
// context's realm, receives values deserialized in that realm, and the
// original port is left detached.
const vm = require('vm');
const fs = require('fs');
const { generateKeySync } = require('crypto');
const { MessageChannel, MessagePort, moveMessagePortToContext } = require('worker_threads');

const show = (e) => `${e.constructor.name} ${e.name} ${e.code} ${e.message}`;
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, show(e));
  }
}

// Argument checks.
{
  const { port1 } = new MessageChannel();
  const ctx = vm.createContext();
  attempt('non-port', () => moveMessagePortToContext({}, ctx));
  attempt('null port', () => moveMessagePortToContext(null, ctx));
  attempt('plain object context', () => moveMessagePortToContext(port1, {}));
  attempt('string context', () => moveMessagePortToContext(port1, 'ctx'));
  const { port2 } = new MessageChannel();
  port2.close();
  attempt('closed port', () => moveMessagePortToContext(port2, {}));
  port1.close();
}

const ctx = vm.createContext({ log: console.log });
const { port1, port2 } = new MessageChannel();
port1.on('close', () => console.log('original port1: close'));
const moved = moveMessagePortToContext(port1, ctx);
console.log('main: instanceof Object', moved instanceof Object, 'instanceof MessagePort', moved instanceof MessagePort);
attempt('original postMessage', () => port1.postMessage('lost'));
ctx.port = moved;

vm.runInContext(`
  'use strict';
  const chain = [];
  for (let o = port; o !== null; o = Object.getPrototypeOf(o)) {
    chain.push(o.constructor.name + '[' + Object.getOwnPropertyNames(o).filter((k) => k !== '__proto__' && !k.startsWith('__')).sort().join(',') + ']');
  }
  log('ctx chain', chain.join(' > '));
  log('ctx onmessage', typeof port.onmessage, 'provider', port.getProviderType(), 'hasRef', port.hasRef());
  const tryIt = (label, fn) => {
    try { fn(); log(label, 'ok'); } catch (e) {
      log(label, e.constructor.name, e.name, e.code, e.message, e instanceof Error, e instanceof Object);
    }
  };
  tryIt('ctx no args', () => port.postMessage());
  tryIt('ctx function', () => port.postMessage({ f() {} }));
  tryIt('ctx source in list', () => port.postMessage(1, [port]));
  tryIt('ctx bad transfer item', () => port.postMessage(1, [{}]));
  tryIt('ctx bad list', () => port.postMessage(1, 5));
  tryIt('ctx illegal this', () => port.postMessage.call({}, 1));
  tryIt('ctx new constructor', () => new port.constructor());

  let n = 0;
  port.onmessage = function (event) {
    n++;
    const { data, ports } = event;
    log('ctx message', n, this === port, Object.keys(event).join(), event.type, event.target === port,
      event.constructor.name, Array.isArray(ports), ports.length);
    if (n === 1) {
      log('ctx realm', data instanceof Object, data.list instanceof Array, data.map instanceof Map,
        data.date instanceof Date, data.bytes instanceof Uint8Array, data.err instanceof TypeError,
        Object.getPrototypeOf(data) === Object.prototype);
      log('ctx values', JSON.stringify(data.list), data.map.get('k'), data.date.toISOString(),
        Array.from(data.bytes).join(), data.err.message, data.text, data.big);
      const ab = new ArrayBuffer(4);
      new Uint8Array(ab).set([9, 8, 7, 6]);
      port.postMessage({ reply: data.list, ab }, [ab]);
      log('ctx transferred buffer length', ab.byteLength);
    } else if (n === 2) {
      const inner = data.p;
      log('ctx port in message', ports[0] === inner, inner instanceof Object, inner.constructor === port.constructor);
      inner.onmessage = (e) => {
        log('ctx inner port got', e.data.greeting, e.target === inner);
        inner.postMessage('inner reply');
      };
      inner.start();
    } else {
      log('ctx got', JSON.stringify(data));
      port.postMessage('done');
    }
  };
  port.onmessageerror = (event) => {
    log('ctx messageerror', event.type, event.data instanceof Error, event.data.code, event.data.message, Object.keys(event.data).join());
  };
  port.start();
`, ctx);

// Each step waits for the previous one's answer: the order is the same in
// both runtimes.
const other = new MessageChannel();
let handle;
port2.on('message', (msg) => {
  if (msg === 'done') {
    console.log('main: done');
    port2.close();
    other.port2.close();
    setTimeout(() => port1.close(), 20);
    return;
  }
  console.log('main got', JSON.stringify(msg.reply), msg instanceof Object, msg.ab instanceof ArrayBuffer,
    Array.from(new Uint8Array(msg.ab)).join());
  port2.postMessage({ p: other.port1 }, [other.port1]);
  other.port2.postMessage({ greeting: 'hi' });
});
port2.on('close', () => console.log('port2: close'));
other.port2.on('message', (m) => {
  console.log('main other got', m);
  // What cannot be made in a context fails the message there; later
  // messages arrive.
  port2.postMessage({ key: generateKeySync('aes', { length: 128 }) });
  port2.postMessage(handle, [handle]);
  console.log('main: handle transferred', handle.fd);
  port2.postMessage({ after: 'errors' });
});

fs.promises.open(__filename).then((fh) => {
  handle = fh;
  port2.postMessage({
    list: [1, 'two', { three: 3 }], map: new Map([['k', 'v']]), date: new Date(0),
    bytes: new Uint8Array([1, 2, 3]), err: new TypeError('boom'), text: 'héllo ☃', big: 10n,
  });
});
