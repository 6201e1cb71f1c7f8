'use strict';
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

console.log(typeof errorMonitor, String(errorMonitor), errorMonitor === require('events').errorMonitor);
const e = new EventEmitter();
const log = [];
e.on(errorMonitor, (err, extra) => log.push(`monitor ${err.message} ${extra}`));
try {
  e.emit('error', new Error('one'), 'x');
} catch (err) {
  log.push(`thrown ${err.message}`);
}
e.on('error', (err) => log.push(`handler ${err.message}`));
e.emit('error', new Error('two'));
log.push(`names: ${e.eventNames().map(String).join(',')}`);
log.push(`monitor count ${e.listenerCount(errorMonitor)}`);
// Emitting errorMonitor directly works like any other event.
e.emit(errorMonitor, new Error('direct'));
console.log(log.join('\n'));
