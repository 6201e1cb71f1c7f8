'use strict';
const EventEmitter = require('events');
const util = require('util');

const e = new EventEmitter();
console.log(util.inspect(e));
e.on('x', function named() {});
e.on('y', function a() {});
e.on('y', function b() {});
console.log(util.inspect(e, { depth: 0 }));
class Sub extends EventEmitter {}
console.log(util.inspect(new Sub()));
console.log(util.inspect(new EventEmitter({ captureRejections: true })));
console.log(util.inspect(new AbortController()));
console.log(util.inspect(AbortSignal.abort('r')));
console.log(util.inspect(new EventTarget()));
console.log(util.inspect({ nested: { deeper: { signal: new AbortController().signal } } }));
console.log(util.inspect([new EventTarget()], { depth: -1 }));
