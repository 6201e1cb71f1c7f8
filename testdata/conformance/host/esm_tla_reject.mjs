// A throw after a top-level await is fatal (origin 'unhandledRejection'),
// without an 'unhandledRejection' event.
process.on('unhandledRejection', () => console.log('unhandledRejection: not emitted'));
process.on('exit', (code) => console.log('exit', code));
await null;
console.log('this is', this);
setTimeout(() => console.log('timer: never'), 1);
throw new Error('failed after await');
