'use strict';
const events = require('events');
const { getEventListeners, getMaxListeners, setMaxListeners, EventEmitter } = events;

const e = new EventEmitter();
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
console.log('ee', getEventListeners(e, 'x').map((f) => f.name).join(','), getEventListeners(e, 'none').length);

const et = new EventTarget();
et.addEventListener('foo', a);
et.addEventListener('foo', b, { once: true });
const obj = { handleEvent() {} };
et.addEventListener('foo', obj);
const ls = getEventListeners(et, 'foo');
console.log('et', ls.length, ls[0] === a, ls[1] === b, ls[2] === obj, getEventListeners(et, 'bar').length);
et.removeEventListener('foo', a);
console.log('et after remove', getEventListeners(et, 'foo').length);

const ac = new AbortController();
ac.signal.addEventListener('abort', a);
console.log('signal', getEventListeners(ac.signal, 'abort').length);

try {
  getEventListeners({}, 'x');
} catch (err) {
  console.log(err.code, err.message);
}

console.log('getMaxListeners', getMaxListeners(e), getMaxListeners(et));
setMaxListeners(3, e, et);
console.log('after set', getMaxListeners(e), getMaxListeners(et), e.getMaxListeners());
try {
  getMaxListeners({});
} catch (err) {
  console.log(err.code, err.message);
}
const before = EventEmitter.defaultMaxListeners;
setMaxListeners(7);
console.log('default now', EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
setMaxListeners(before);
setMaxListeners();
console.log('default restored', EventEmitter.defaultMaxListeners);
