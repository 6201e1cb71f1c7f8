'use strict';
const EventEmitter = require('events');

process.on('exit', (code) => console.log('exit code', code));
const e = new EventEmitter();
console.log('before');
setTimeout(() => {
  e.emit('error', new Error('nobody listens'));
  console.log('not reached');
}, 1);
