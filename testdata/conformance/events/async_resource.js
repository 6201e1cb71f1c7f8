'use strict';
const { EventEmitterAsyncResource, EventEmitter } = require('events');

class MyResource extends EventEmitterAsyncResource {}
const r = new MyResource();
console.log(r instanceof EventEmitter, typeof r.asyncId, typeof r.triggerAsyncId, typeof r.asyncResource);
console.log(r.asyncResource.eventEmitter === r);
r.on('x', (v) => console.log('x', v));
console.log('emit ->', r.emit('x', 1));
const named = new EventEmitterAsyncResource({ name: 'Named' });
named.on('y', function () { console.log('this ok', this === named); });
named.emit('y');
try {
  new EventEmitterAsyncResource();
} catch (err) {
  console.log(err.code, err.message);
}
const s = new EventEmitterAsyncResource('StringName');
console.log(typeof s.emitDestroy);
