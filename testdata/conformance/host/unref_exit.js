// Only unref'd handles left: the process exits without running them, and 'beforeExit' fires.
setTimeout(() => console.log('unref timeout: never'), 1000).unref();
setInterval(() => console.log('unref interval: never'), 1000).unref();
process.on('beforeExit', (code) => console.log('beforeExit', code));
process.on('exit', (code) => console.log('exit', code));
console.log('main done');
