const { getEventListeners } = require('events');
const ac = new AbortController();
const t = new EventTarget();
const f = () => {};
t.addEventListener('x', f, { signal: ac.signal });
console.log(getEventListeners(ac.signal, 'abort').length);
t.removeEventListener('x', f);
console.log(getEventListeners(ac.signal, 'abort').length);
t.addEventListener('x', f, { signal: ac.signal });
t.addEventListener('x', f, { signal: ac.signal }); // duplicate
console.log(getEventListeners(ac.signal, 'abort').length, getEventListeners(t, 'x').length);
const { once, on, EventEmitter } = require('events');
const e = new EventEmitter();
once(e, 'y', { signal: ac.signal });
console.log('with once', getEventListeners(ac.signal, 'abort').length);
e.emit('y');
setTimeout(() => console.log('after once resolves', getEventListeners(ac.signal, 'abort').length), 1);
