'use strict';
// A rejected promise returned by an EventTarget listener becomes an uncaught
// exception (reported on a later tick), like a synchronous throw.
process.on('uncaughtException', (err) => console.log('uncaught', err.message));
const t = new EventTarget();
t.addEventListener('c', async () => { throw new Error('async boom'); });
t.addEventListener('c', () => console.log('second listener runs'));
console.log('dispatch returned', t.dispatchEvent(new Event('c')));
setTimeout(() => console.log('end'), 5);
