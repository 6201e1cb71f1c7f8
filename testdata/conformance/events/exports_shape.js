'use strict';
const events = require('events');
const EventEmitter = events;
console.log(Object.keys(events).join(','));
console.log(Object.getOwnPropertyNames(EventEmitter.prototype).sort().join(','));
console.log(Object.getOwnPropertySymbols(new EventEmitter()).map(String).join(','));
console.log(EventEmitter.name, EventEmitter.length);
const fns = ['emit', 'on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'prependListener',
  'prependOnceListener', 'listeners', 'rawListeners', 'listenerCount', 'eventNames', 'setMaxListeners', 'getMaxListeners'];
console.log(fns.map((f) => `${f}:${EventEmitter.prototype[f].name}/${EventEmitter.prototype[f].length}`).join(' '));
const statics = ['once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners', 'listenerCount', 'addAbortListener', 'init'];
console.log(statics.map((f) => `${f}:${typeof EventEmitter[f]}/${EventEmitter[f].length}`).join(' '));
console.log(typeof EventEmitter.EventEmitterAsyncResource, typeof events.errorMonitor, EventEmitter.defaultMaxListeners);
console.log('prototype defaults', EventEmitter.prototype._events, EventEmitter.prototype._eventsCount, EventEmitter.prototype._maxListeners);
for (const name of ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal']) {
  console.log(name, typeof globalThis[name], globalThis[name].name, globalThis[name].length,
    Object.getOwnPropertyNames(globalThis[name].prototype).join(','));
}
