'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
const log = [];
function a() { log.push('a'); e.removeListener('x', b); }
function b() { log.push('b'); }
function c() { log.push('c'); e.on('x', d); }
function d() { log.push('d'); }
e.on('x', a);
e.on('x', b);
e.on('x', c);
e.emit('x');
log.push('--');
e.emit('x');
log.push('--');
// Removing all listeners during emit does not stop the current emit.
const f = new EventEmitter();
f.on('y', () => { log.push('y1'); f.removeAllListeners('y'); });
f.on('y', () => log.push('y2'));
f.emit('y');
log.push(`y after: ${f.emit('y')}`);
// A listener that removes itself.
const g = new EventEmitter();
function self() { log.push('self'); g.off('z', self); }
g.on('z', self);
g.on('z', () => log.push('z2'));
g.emit('z');
g.emit('z');
// Prepending during emit.
const h = new EventEmitter();
h.on('p', () => { log.push('p1'); h.prependListener('p', () => log.push('p0')); });
h.emit('p');
h.emit('p');
// Throwing listener stops the rest.
const k = new EventEmitter();
k.on('t', () => { throw new Error('stop'); });
k.on('t', () => log.push('never'));
try { k.emit('t'); } catch (err) { log.push(`caught ${err.message}`); }
console.log(log.join('\n'));
