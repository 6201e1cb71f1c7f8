'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
const log = [];
let added = false;
e.on('newListener', (event, listener) => {
  log.push(`newListener ${String(event)} ${listener.name} count-before=${e.listenerCount(event)}`);
  if (event === 'event' && !added) {
    added = true;
    // Inserted before the listener that triggered this event.
    e.on('event', function B() { log.push('B'); });
  }
});
e.on('event', function A() { log.push('A'); });
e.emit('event');

// newListener reports the original function for once().
e.once('o', function onceListener() {});
e.prependOnceListener('o', function prependedOnce() {});
e.prependListener('o', function prepended() {});
// newListener for itself is not reported (added before it exists).
const f = new EventEmitter();
f.on('newListener', (ev) => log.push(`f newListener ${ev}`));
f.on('newListener', function second() {});
const sym = Symbol('s');
e.on(sym, function symListener() {});
console.log(log.join('\n'));
console.log(e.listeners('event').map((fn) => fn.name).join(','));
console.log(e.listeners('o').map((fn) => fn.name).join(','));
