// A top-level await that never settles: node exits with 13 once the loop is empty.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => console.log('timer'), 1);
console.log('waiting forever');
await new Promise(() => {});
console.log('never');
