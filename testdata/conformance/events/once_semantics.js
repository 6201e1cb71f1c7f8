'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
const log = [];
function hello(x) {
  log.push(`hello ${x} this=${this === e} args=${arguments.length}`);
}
e.once('hi', hello);
log.push(`listeners: ${e.listeners('hi')[0] === hello}`);
const raw = e.rawListeners('hi')[0];
log.push(`raw is wrapper: ${raw !== hello} name=${raw.name} listener=${raw.listener === hello}`);
log.push(`emit1 ${e.emit('hi', 1)}`);
log.push(`emit2 ${e.emit('hi', 2)}`);
log.push(`count ${e.listenerCount('hi')}`);

// Removing a once listener by the original function.
e.once('r', hello);
e.off('r', hello);
log.push(`after off count ${e.listenerCount('r')} emit ${e.emit('r')}`);

// Calling the raw wrapper directly fires the listener and removes it.
e.once('w', hello);
const w = e.rawListeners('w')[0];
w('direct');
log.push(`after direct call count ${e.listenerCount('w')}`);
w('again');

// Recursive emit from within a once listener fires it only once.
let n = 0;
e.once('rec', () => {
  n++;
  e.emit('rec');
});
e.emit('rec');
log.push(`recursive once calls ${n}`);

// once registered twice fires twice.
e.once('t', hello);
e.once('t', hello);
e.emit('t', 'twice');
log.push(`twice count ${e.listenerCount('t')}`);

// once return value and chaining
log.push(`once returns this ${e.once('q', hello) === e}`);
try {
  e.once('q', 'nope');
} catch (err) {
  log.push(`${err.name} ${err.code} ${err.message}`);
}
console.log(log.join('\n'));
