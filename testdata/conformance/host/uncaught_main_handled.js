// A throw in the main module with an 'uncaughtException' listener: the listener
// runs first, then the ticks and microtasks the module queued, then the loop.
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
setTimeout(() => console.log('timer'), 1);
console.log('throwing');
throw new Error('from main');
