// queueMicrotask without a handler: the exception exits 1.
process.on('exit', (code) => console.log('exit', code));
queueMicrotask(() => { throw new Error('microtask failed'); });
queueMicrotask(() => console.log('second microtask'));
setTimeout(() => console.log('timer: never'), 1);
