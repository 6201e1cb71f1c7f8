'use strict';
const EventEmitter = require('events');
const util = require('util');

function Legacy(name) {
  EventEmitter.call(this);
  this.name = name;
}
util.inherits(Legacy, EventEmitter);
Legacy.prototype.hello = function () {
  this.emit('hello', this.name);
};

const l = new Legacy('old');
l.on('hello', (n) => console.log('legacy hello', n));
l.hello();
console.log('instanceof', l instanceof EventEmitter, l instanceof Legacy);
console.log('own _events', Object.prototype.hasOwnProperty.call(l, '_events'), l._eventsCount);

class Modern extends EventEmitter {
  constructor() {
    super({ captureRejections: false });
    this.x = 1;
  }
  fire() {
    return this.emit('fire', this.x);
  }
}
const m = new Modern();
m.on('fire', (x) => console.log('modern fire', x));
console.log('fire ->', m.fire());
console.log('modern instanceof', m instanceof EventEmitter, m.constructor.name);

// An object that never ran the constructor still works (lazy _events).
const bare = Object.create(EventEmitter.prototype);
bare.on('z', () => console.log('bare z'));
bare.emit('z');
console.log('bare count', bare.listenerCount('z'));

// Mixing into a plain object.
const obj = { name: 'mixin' };
Object.assign(obj, EventEmitter.prototype);
EventEmitter.call(obj);
obj.on('m', function () { console.log('mixin m', this.name); });
obj.emit('m');

console.log('self reference', EventEmitter.EventEmitter === EventEmitter);
console.log('node:events', require('node:events') === EventEmitter);
console.log('usingDomains', EventEmitter.usingDomains);
console.log('init', typeof EventEmitter.init);

// Calling init twice keeps listeners.
const twice = new EventEmitter();
twice.on('k', () => console.log('still here'));
EventEmitter.call(twice);
twice.emit('k');
