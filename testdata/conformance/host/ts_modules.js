// The JavaScript twin of ts_modules.ts: node's output for it is ts_modules.stdout.
const { EventEmitter } = require('events');
const delay = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const VERSION = '1.0';
(async () => {
  const events = require('events');
  console.log(events.EventEmitter === EventEmitter, VERSION);
  const emitter = new EventEmitter();
  emitter.on('ping', (n) => console.log('ping', n));
  emitter.emit('ping', 1);
  const v = await delay(5, 'delayed value');
  console.log(v);
  console.log(true);
})();
