'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
const out = [];
e.on('data', function (a, b) {
  out.push(`data1 ${a} ${b} this=${this === e}`);
});
e.addListener('data', (a) => out.push(`data2 ${a}`));
out.push(`emit data -> ${e.emit('data', 1, 2)}`);
out.push(`emit none -> ${e.emit('none', 1)}`);
out.push(`on returns this: ${e.on('x', () => {}) === e}`);
out.push(`addListener === on: ${EventEmitter.prototype.addListener === EventEmitter.prototype.on}`);
out.push(`off === removeListener: ${EventEmitter.prototype.off === EventEmitter.prototype.removeListener}`);

// Argument counts from 0 to 6 are passed through exactly.
e.on('args', function () {
  out.push(`args(${arguments.length}): ${JSON.stringify(Array.from(arguments))}`);
});
e.emit('args');
e.emit('args', 'a');
e.emit('args', 'a', 'b');
e.emit('args', 'a', 'b', 'c');
e.emit('args', 'a', 'b', 'c', 'd');
e.emit('args', 1, 2, 3, 4, 5, 6);
e.emit('args', undefined);

// Return values of listeners are ignored.
e.on('ret', () => 42);
out.push(`emit ret -> ${e.emit('ret')}`);

// Internal shape that npm packages look at.
const f = new EventEmitter();
out.push(`_events proto null: ${Object.getPrototypeOf(f._events) === null}`);
out.push(`_eventsCount ${f._eventsCount} _maxListeners ${f._maxListeners}`);
const l1 = () => {};
const l2 = () => {};
f.on('one', l1);
out.push(`single stored as fn: ${f._events.one === l1}`);
f.on('one', l2);
out.push(`two stored as array: ${Array.isArray(f._events.one)} ${f._events.one.length}`);
f.on('two', l1);
out.push(`_eventsCount ${f._eventsCount}`);
f.off('one', l1);
out.push(`back to fn: ${f._events.one === l2}`);
console.log(out.join('\n'));
