'use strict';
// Posting a port's own peer through it loses the channel: node warns, the
// message is dropped (its ArrayBuffers still detached) and both ports close.
const { MessageChannel } = require('worker_threads');

process.on('warning', (w) => console.log('warning', w.name, w.message));
const { port1, port2 } = new MessageChannel();
port2.on('message', () => console.log('unexpected message'));
port2.on('close', () => console.log('port2 close'));
const ab = new ArrayBuffer(4);
port2.postMessage('x', [port1, ab]);
console.log('detached', ab.byteLength);
