'use strict';
const EventEmitter = require('events');

process.on('warning', (w) => {
  console.log(`warning: ${w.name}: ${w.message}`);
  console.log(`  type=${String(w.type)} count=${w.count} emitter=${w.emitter === e || w.emitter === f || w.emitter === g}`);
});

console.log('default', EventEmitter.defaultMaxListeners);
const e = new EventEmitter();
console.log('get', e.getMaxListeners());
for (let i = 0; i < 11; i++) e.on('data', () => {});
for (let i = 0; i < 5; i++) e.on('data', () => {}); // warns only once per event
for (let i = 0; i < 11; i++) e.on('other', () => {});

class Named extends EventEmitter {}
const f = new Named();
console.log('setMaxListeners returns this', f.setMaxListeners(2) === f, f.getMaxListeners());
f.on('x', () => {});
f.on('x', () => {});
f.on('x', () => {});
const sym = Symbol('mysym');
f.on(sym, () => {}).on(sym, () => {}).on(sym, () => {});

const g = new EventEmitter();
g.setMaxListeners(0); // unlimited
for (let i = 0; i < 50; i++) g.on('many', () => {});
g.setMaxListeners(Infinity);
for (let i = 0; i < 50; i++) g.on('more', () => {});
console.log('g count', g.listenerCount('many') + g.listenerCount('more'));

EventEmitter.defaultMaxListeners = 1;
const h = new EventEmitter();
console.log('h max', h.getMaxListeners());
EventEmitter.defaultMaxListeners = 10;
console.log('h max after', h.getMaxListeners());
