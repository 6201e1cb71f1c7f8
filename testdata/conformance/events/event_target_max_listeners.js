'use strict';
const { setMaxListeners, getMaxListeners, defaultMaxListeners } = require('events');

process.on('warning', (w) => {
  console.log(`${w.name}: ${w.message}`);
  console.log(`  target=${w.target === et || w.target === ac.signal} type=${w.type} count=${w.count}`);
});
const et = new EventTarget();
console.log('default', getMaxListeners(et), defaultMaxListeners);
for (let i = 0; i < 11; i++) et.addEventListener('foo', () => {});
for (let i = 0; i < 11; i++) et.addEventListener('bar', () => {}); // warned once per target
const ac = new AbortController();
setMaxListeners(2, ac.signal);
for (let i = 0; i < 3; i++) ac.signal.addEventListener('abort', () => {});
const quiet = new EventTarget();
setMaxListeners(0, quiet);
for (let i = 0; i < 20; i++) quiet.addEventListener('q', () => {});
try {
  console.log('quiet', getMaxListeners(quiet));
} catch (err) {
  console.log('quiet (limit 0 is not recognised):', err.code, err.message);
}
setMaxListeners(5, quiet);
console.log('quiet now', getMaxListeners(quiet));
