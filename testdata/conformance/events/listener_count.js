'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
function a() {}
function b() {}
const sym = Symbol('s');
console.log('empty', e.listenerCount('x'), JSON.stringify(e.eventNames()), e.listeners('x').length, e.rawListeners('x').length);
e.on('x', a);
e.on('x', b);
e.on('x', a);
e.once('x', b);
e.on(sym, a);
e.on('y', b);
console.log('count', e.listenerCount('x'), e.listenerCount(sym), e.listenerCount('nope'));
console.log('count with listener', e.listenerCount('x', a), e.listenerCount('x', b), e.listenerCount('y', a), e.listenerCount('y', b));
console.log('static', EventEmitter.listenerCount(e, 'x'), EventEmitter.listenerCount(e, 'nope'));
console.log('names', e.eventNames().map(String).join(','));
console.log('listeners', e.listeners('x').map((f) => f.name).join(','));
console.log('raw', e.rawListeners('x').map((f) => f.name).join(','));
const copy = e.listeners('x');
copy.push(() => {});
console.log('copy is independent', e.listenerCount('x'));
const rawCopy = e.rawListeners('y');
rawCopy.length = 0;
console.log('raw copy is independent', e.listenerCount('y'));
// Names keep insertion order; numbers become strings.
const n = new EventEmitter();
n.on(2, a).on('b', a).on(1, a);
console.log('numeric names', JSON.stringify(n.eventNames()));
n.emit(2);
console.log('emit number ->', n.emit('2'), n.listenerCount(1));
// Object without listenerCount method for static call.
const fake = { _events: { q: [a, b] } };
console.log('static on fake', EventEmitter.listenerCount(fake, 'q'));
