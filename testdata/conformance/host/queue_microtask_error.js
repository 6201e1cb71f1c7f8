// queueMicrotask: an exception goes to 'uncaughtException'; other microtasks still run.
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
queueMicrotask(() => console.log('first'));
queueMicrotask(() => { throw new Error('microtask failed'); });
queueMicrotask(() => console.log('third'));
Promise.resolve().then(() => console.log('promise'));
try { queueMicrotask(42); } catch (e) { console.log(e.name, e.code); }
setTimeout(() => console.log('done'), 1);
