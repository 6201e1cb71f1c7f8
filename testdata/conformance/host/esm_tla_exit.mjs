// process.exit during a pending top-level await uses the given code, not 13.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => process.exit(), 1);
await new Promise(() => {});
