'use strict';
// MessageChannel, MessagePort and BroadcastChannel within one thread:
// delivery order, transfer of ports and ArrayBuffers, receiveMessageOnPort,
// 'close' on both ends, node-style and EventTarget-style listeners, and
// the errors of a bad transfer list.
const {
  MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort, markAsUntransferable,
} = require('worker_threads');

const show = (f) => {
  try {
    f();
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};

const { port1, port2 } = new MessageChannel();
show(() => port1.postMessage(1, [port1]));
const ab0 = new ArrayBuffer(4);
show(() => port1.postMessage(1, [ab0, ab0]));
const c2 = new MessageChannel();
show(() => port1.postMessage(c2.port1));
show(() => port1.postMessage(1, [c2.port1, c2.port1]));
show(() => port1.postMessage(1, 5));
show(() => port1.postMessage(1, [5]));
show(() => port1.postMessage(() => 1));
show(() => new MessagePort());
show(() => port1.postMessage());
show(() => receiveMessageOnPort({}));
console.log(port1.hasRef(), port2.hasRef());

// Synchronous receive.
port1.postMessage({ x: 1 });
port1.postMessage('second');
console.log(receiveMessageOnPort(port2), receiveMessageOnPort(port2), receiveMessageOnPort(port2));

// Untransferable buffers are cloned, not moved.
const keep = new ArrayBuffer(3);
markAsUntransferable(keep);
port1.postMessage(keep, [keep]);
console.log(keep.byteLength, receiveMessageOnPort(port2).message.byteLength);

// Transferred ArrayBuffers are detached; transferred ports carry on.
const ab = new Uint8Array([1, 2, 3]).buffer;
const inner = new MessageChannel();
port2.on('message', (msg) => {
  console.log('port2 got', msg.n, msg.bytes && [...new Uint8Array(msg.bytes)], msg.port instanceof MessagePort);
  if (msg.port) {
    msg.port.on('message', (m) => {
      console.log('moved port got', m);
      msg.port.close();
    });
  }
  if (msg.n === 3) port2.close();
});
port1.postMessage({ n: 1, bytes: ab }, [ab]);
console.log('sender buffer after transfer', ab.byteLength);
port1.postMessage({ n: 2, port: inner.port2 }, [inner.port2]);
port1.postMessage({ n: 3 });
port1.on('close', () => {
  console.log('port1 close');
  inner.port1.postMessage('through the moved port');
});
port2.on('close', () => console.log('port2 close'));

// EventTarget style.
const et = new MessageChannel();
et.port2.addEventListener('message', (ev) => {
  console.log('event', ev.constructor.name, ev.data, ev.ports.length, ev.origin === '', ev.source);
  et.port2.close();
});
et.port1.postMessage({ via: 'addEventListener' });

const on = new MessageChannel();
on.port2.onmessage = (ev) => {
  console.log('onmessage', ev.data);
  on.port1.close();
};
on.port1.postMessage('handler');

// BroadcastChannel: every other member with the name hears it.
const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const c = new BroadcastChannel('other');
b.onmessage = (ev) => {
  console.log('b heard', ev.data, b.name);
  a.close();
  b.close();
  c.close();
};
a.onmessage = () => console.log('a must not hear itself');
c.onmessage = () => console.log('c must not hear news');
a.postMessage({ headline: 'x' });
show(() => { const d = new BroadcastChannel('z'); d.close(); d.postMessage(1); });

const ev = new MessageEvent('message', { data: 1 });
console.log(ev.data, ev.ports, JSON.stringify(ev.origin), JSON.stringify(ev.lastEventId), ev.source);
