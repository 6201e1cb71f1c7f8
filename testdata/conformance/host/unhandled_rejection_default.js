// An unhandled rejection throws by default (exit 1) once microtasks drain.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer: never'), 10);
Promise.reject(new Error('nobody catches this'));
Promise.resolve().then(() => console.log('microtasks still run first'));
process.nextTick(() => console.log('ticks too'));
console.log('main done');
