// An uncaught exception exits with 1; 'exit' listeners still run with code 1.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => console.log('later timer: never'), 20);
setTimeout(() => {
  console.log('throwing');
  throw new Error('boom');
}, 1);
