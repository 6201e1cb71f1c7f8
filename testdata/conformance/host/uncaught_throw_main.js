// A throw in the main script exits 1 before anything queued runs... except
// that nextTicks and microtasks queued before the throw do not run either.
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => console.log('tick: never'));
setTimeout(() => console.log('timer: never'), 0);
console.log('before throw');
throw new TypeError('bad');
