'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
const log = [];
e.on('x', () => log.push('on1'));
e.prependListener('x', () => log.push('prepend1'));
e.on('x', () => log.push('on2'));
e.prependOnceListener('x', () => log.push('prependOnce'));
e.prependListener('x', () => log.push('prepend2'));
e.emit('x');
log.push('--');
e.emit('x');
log.push(`prependListener returns this ${e.prependListener('y', () => {}) === e}`);
log.push(`prependOnceListener returns this ${e.prependOnceListener('y', () => {}) === e}`);
const f = new EventEmitter();
f.prependListener('only', () => log.push('only'));
f.emit('only');
try { f.prependListener('z', null); } catch (err) { log.push(err.message); }
try { f.prependOnceListener('z', 1); } catch (err) { log.push(err.message); }
console.log(log.join('\n'));
