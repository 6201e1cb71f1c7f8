'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
const log = [];
function a() {}
function b() {}
function c() {}
e.on('removeListener', function rl(event, listener) {
  log.push(`removeListener ${String(event)} ${listener.name} remaining=${e.listenerCount(event)}`);
});
e.on('x', a);
e.on('x', b);
e.on('x', c);
e.on('y', a);
e.once('z', function onceZ() {});

e.removeListener('x', b);
e.off('x', function notThere() {});
e.emit('z');
log.push('--- removeAllListeners(x)');
e.on('x', b);
e.removeAllListeners('x');
log.push('--- removeAllListeners()');
e.on('x', a);
e.on('w', b);
e.removeAllListeners();
log.push(`eventNames after: [${e.eventNames().join(',')}] count=${e._eventsCount}`);

// removeListener listener is called after the listener is gone.
const f = new EventEmitter();
f.on('removeListener', (ev, l) => log.push(`f ${ev} ${l.name} still=${f.listeners(ev).includes(l)}`));
f.on('q', a);
f.off('q', a);

// Removing the same function registered twice removes the last one added.
const g = new EventEmitter();
const names = [];
function dup() { names.push('dup'); }
function mid() { names.push('mid'); }
g.on('d', dup);
g.on('d', mid);
g.on('d', dup);
g.off('d', dup);
g.emit('d');
log.push(`after removing one dup: ${names.join(',')}`);

// removeAllListeners with no removeListener listener
const h = new EventEmitter();
h.on('a', a).on('b', b);
h.removeAllListeners('a');
log.push(`h names: ${h.eventNames().join(',')} count=${h._eventsCount}`);
h.removeAllListeners('b');
log.push(`h names: [${h.eventNames().join(',')}] count=${h._eventsCount}`);
log.push(`chain: ${h.removeAllListeners() === h} ${h.removeListener('nope', a) === h}`);
console.log(log.join('\n'));
