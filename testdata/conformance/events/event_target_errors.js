'use strict';
const t = new EventTarget();
function show(fn) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
show(() => new Event());
show(() => new CustomEvent());
show(() => t.dispatchEvent({ type: 'x' }));
show(() => t.dispatchEvent());
show(() => t.addEventListener('x', 5));
show(() => t.addEventListener('x', 'str'));
show(() => t.addEventListener('x'));
show(() => t.removeEventListener('x'));
show(() => t.addEventListener('x', () => {}, { signal: 'nope' }));
show(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));

// Recursive dispatch of the same event.
const ev = new Event('r');
t.addEventListener('r', () => show(() => t.dispatchEvent(ev)));
t.dispatchEvent(ev);

// null listener: warning, no error.
process.on('warning', (w) => console.log('warning', w.name, w.message));
t.addEventListener('n', null);
t.removeEventListener('n', null);

// A throwing listener does not stop the others; the error is uncaught later.
process.on('uncaughtException', (err) => console.log('uncaught', err.message));
const t2 = new EventTarget();
t2.addEventListener('b', () => { console.log('b1'); throw new Error('boom'); });
t2.addEventListener('b', () => console.log('b2'));
console.log('dispatch returned', t2.dispatchEvent(new Event('b')));
console.log('after dispatch');
setTimeout(() => console.log('end'), 5);
