'use strict';
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
const s1 = Symbol('one');
const s2 = Symbol('one');
e.on(s1, () => log.push('s1'));
e.on(s2, () => log.push('s2'));
e.emit(s1);
e.emit(s2);
for (const name of ['__proto__', 'constructor', 'hasOwnProperty', 'toString', '']) {
  e.on(name, (v) => log.push(`${JSON.stringify(name)} ${v}`));
  e.emit(name, 'ok');
}
log.push(`count ${e.eventNames().length}`);
log.push(`names ${e.eventNames().map((n) => (typeof n === 'symbol' ? n.toString() : JSON.stringify(n))).join(' ')}`);
log.push(`emit unknown ${e.emit('valueOf')}`);
e.removeAllListeners('__proto__');
log.push(`after remove ${e.listenerCount('__proto__')} ${e.eventNames().length}`);
console.log(log.join('\n'));
